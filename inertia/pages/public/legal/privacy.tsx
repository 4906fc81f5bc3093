import LegalDocument, { type LegalText } from '~/components/legal_document'

const el: LegalText = {
  title: 'Πολιτική απορρήτου',
  updated: 'Τελευταία ενημέρωση: 23 Νοεμβρίου 2026',
  sections: [
    {
      heading: 'Τι κρατάμε',
      paragraphs: [
        'Όνομα, email, τηλέφωνο (αν το δώσετε), τη γλώσσα σας, τις προσφορές και τις παραγγελίες σας με τα στοιχεία αποστολής, και τα μηνύματα που μας στέλνετε. Για την ασφάλεια του λογαριασμού κρατάμε τον κωδικό σας μόνο κρυπτογραφημένο (hash) και ένα ημερολόγιο συνδέσεων.',
        'Οι πληρωμές γίνονται στη Viva· από αυτήν λαμβάνουμε μόνο την επιβεβαίωση και το ποσό της συναλλαγής, ποτέ στοιχεία κάρτας.',
      ],
    },
    {
      heading: 'Γιατί',
      paragraphs: [
        'Για να εκτελέσουμε τη σύμβαση (προσφορά, συναρμολόγηση, παράδοση, εγγύηση), για να τηρήσουμε φορολογικές υποχρεώσεις και για να σας στέλνουμε μηνύματα για τις παραγγελίες σας. Δεν πουλάμε δεδομένα και δεν στέλνουμε διαφημίσεις χωρίς τη συγκατάθεσή σας.',
      ],
    },
    {
      heading: 'Πόσο καιρό',
      paragraphs: [
        'Όσο υπάρχει ο λογαριασμός σας και, για τις παραγγελίες, όσο ορίζει η φορολογική νομοθεσία.',
      ],
    },
    {
      heading: 'Τα δικαιώματά σας',
      paragraphs: [
        'Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού, φορητότητας και εναντίωσης (ΓΚΠΔ). Γράψτε μας από τη σελίδα επικοινωνίας. Μπορείτε επίσης να απευθυνθείτε στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.',
      ],
    },
    {
      heading: 'Cookies',
      paragraphs: [
        'Χρησιμοποιούμε μόνο τα cookies που χρειάζεται η σύνδεση και η ασφάλεια των φορμών, εκτός αν συμφωνήσετε σε περισσότερα.',
      ],
    },
  ],
}

const en: LegalText = {
  title: 'Privacy policy',
  updated: 'Last updated: 23 November 2026',
  sections: [
    {
      heading: 'What we keep',
      paragraphs: [
        'Your name, email, phone (if you give it), language, your quotes and orders with their delivery details, and the messages you send us. For account security we keep your password only as a hash, and a log of sign-ins.',
        'Payments happen at Viva; from Viva we receive only the confirmation and amount of a transaction, never card details.',
      ],
    },
    {
      heading: 'Why',
      paragraphs: [
        'To carry out the contract (quote, assembly, delivery, warranty), to meet tax obligations and to send you messages about your orders. We do not sell data and send no marketing without your consent.',
      ],
    },
    {
      heading: 'For how long',
      paragraphs: ['As long as your account exists and, for orders, as long as tax law requires.'],
    },
    {
      heading: 'Your rights',
      paragraphs: [
        'You have the rights of access, rectification, erasure, restriction, portability and objection (GDPR). Write to us from the contact page. You may also complain to the Hellenic Data Protection Authority.',
      ],
    },
    {
      heading: 'Cookies',
      paragraphs: [
        'We use only the cookies that signing in and form security need, unless you agree to more.',
      ],
    },
  ],
}

export default function Privacy() {
  return <LegalDocument text={{ el, en }} />
}
