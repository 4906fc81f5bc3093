import { Head } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'

export default function ServerError() {
  return (
    <PublicLayout>
      <Head title="500" />
      <section className="hero">
        <div className="container">
          <p className="eyebrow">500</p>
          <h1>Κάτι πήγε στραβά.</h1>
          <p className="lead">Δοκίμασε ξανά σε λίγο.</p>
        </div>
      </section>
    </PublicLayout>
  )
}
