import { Head } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'

const steps = [
  { title: 'Μας λες τι χρειάζεσαι', text: 'Gaming, δημιουργία, ανάπτυξη, αρχιτεκτονική: ξεκινάμε από τη χρήση και τον προϋπολογισμό σου.' },
  { title: 'Παίρνεις προσφορά', text: 'Η ομάδα μας συνθέτει το σύστημα κομμάτι-κομμάτι και σου στέλνει σύνδεσμο με την προσφορά.' },
  { title: 'Αποδέχεσαι και πληρώνεις', text: 'Διεκδικείς την προσφορά στον λογαριασμό σου και πληρώνεις με ασφάλεια μέσω Viva.' },
  { title: 'Συναρμολόγηση και QA', text: 'Βλέπεις την πρόοδο, τις φωτογραφίες και τα τεστ πριν το σύστημα φύγει για σένα.' },
]

export default function Home() {
  return (
    <PublicLayout>
      <Head title="Custom PCs" />
      <section className="hero">
        <div className="container">
          <p className="eyebrow">Boutique custom PC builder · Αθήνα</p>
          <h1>Υπολογιστές φτιαγμένοι για εσένα.</h1>
          <p className="lead">
            Δεν είμαστε κατάστημα με καλάθι. Μιλάμε μαζί σου, σχεδιάζουμε το σύστημα, το
            συναρμολογούμε, το τεστάρουμε και σου το παραδίδουμε έτοιμο.
          </p>
          <p>
            <a className="button" href="/contact">
              Ζήτα προσφορά
            </a>{' '}
            <a className="button ghost" href="/how-it-works">
              Πώς δουλεύουμε
            </a>
          </p>
        </div>
      </section>
      <section className="container">
        <div className="steps">
          {steps.map((step, index) => (
            <div className="step" key={step.title}>
              <div className="num">0{index + 1}</div>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </div>
          ))}
        </div>
      </section>
    </PublicLayout>
  )
}
