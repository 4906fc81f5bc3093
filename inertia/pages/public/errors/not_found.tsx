import { Head } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'

export default function NotFound() {
  return (
    <PublicLayout>
      <Head title="404" />
      <section className="hero">
        <div className="container">
          <p className="eyebrow">404</p>
          <h1>Η σελίδα δεν βρέθηκε.</h1>
          <a className="button" href="/">
            Αρχική
          </a>
        </div>
      </section>
    </PublicLayout>
  )
}
