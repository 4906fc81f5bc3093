import LegalDocument, { type LegalText } from '~/components/legal_document'

const el: LegalText = {
  title: 'Όροι χρήσης',
  updated: 'Τελευταία ενημέρωση: 23 Νοεμβρίου 2026',
  sections: [
    {
      heading: 'Ποιοι είμαστε',
      paragraphs: [
        'Η PCMR σχεδιάζει, συναρμολογεί, ελέγχει και παραδίδει υπολογιστές κατά παραγγελία. Οι όροι αυτοί ισχύουν για τη χρήση του ιστότοπου, του λογαριασμού σας και για κάθε παραγγελία που κάνετε μέσω αυτού.',
      ],
    },
    {
      heading: 'Λογαριασμός',
      paragraphs: [
        'Δίνετε αληθινά στοιχεία και κρατάτε τον κωδικό σας μυστικό. Μπορείτε να αλλάξετε τα στοιχεία σας από τις ρυθμίσεις του λογαριασμού. Μπορούμε να αναστείλουμε λογαριασμό που χρησιμοποιείται καταχρηστικά.',
      ],
    },
    {
      heading: 'Προσφορές και παραγγελίες',
      paragraphs: [
        'Κάθε σύστημα ξεκινά από προσφορά που συντάσσει η ομάδα μας. Η προσφορά ισχύει έως την ημερομηνία που αναγράφει· μετά από αυτήν δεν μπορεί να γίνει αποδεκτή, εκτός αν την ανανεώσουμε. Οι τιμές περιλαμβάνουν ΦΠΑ.',
        'Η παραγγελία ολοκληρώνεται όταν αποδεχτείτε την προσφορά και πληρώσετε. Οι πληρωμές γίνονται μέσω της Viva· εμείς δεν βλέπουμε ούτε αποθηκεύουμε στοιχεία καρτών.',
      ],
    },
    {
      heading: 'Υπαναχώρηση',
      paragraphs: [
        'Τα συστήματα συναρμολογούνται σύμφωνα με τις δικές σας προδιαγραφές, γι’ αυτό το δικαίωμα υπαναχώρησης εξ αποστάσεως δεν εφαρμόζεται σε αυτά από τη στιγμή που ξεκινά η συναρμολόγηση. Μέχρι τότε μπορείτε να ακυρώσετε και επιστρέφουμε το ποσό που πληρώσατε.',
      ],
    },
    {
      heading: 'Εγγύηση',
      paragraphs: [
        'Κάθε σύστημα συνοδεύεται από την εγγύηση που αναγράφει η παραγγελία, επιπλέον της νόμιμης εγγύησης. Επικοινωνήστε μαζί μας για οποιοδήποτε πρόβλημα.',
      ],
    },
    {
      heading: 'Επικοινωνία',
      paragraphs: [
        'Για κάθε ερώτηση σχετικά με τους όρους, γράψτε μας από τη σελίδα επικοινωνίας.',
      ],
    },
  ],
}

const en: LegalText = {
  title: 'Terms of use',
  updated: 'Last updated: 23 November 2026',
  sections: [
    {
      heading: 'Who we are',
      paragraphs: [
        'PCMR designs, assembles, tests and delivers made-to-order computers. These terms apply to the use of this website, your account and every order you place through it.',
      ],
    },
    {
      heading: 'Your account',
      paragraphs: [
        'Give true details and keep your password secret. You can change your details in your account settings. We may suspend an account that is being misused.',
      ],
    },
    {
      heading: 'Quotes and orders',
      paragraphs: [
        'Every system starts from a quote written by our team. A quote is valid until the date it shows; after that it cannot be accepted unless we extend it. Prices include VAT.',
        'An order is placed when you accept the quote and pay. Payments go through Viva; we never see or store card details.',
      ],
    },
    {
      heading: 'Withdrawal',
      paragraphs: [
        'Systems are assembled to your specifications, so the distance-selling right of withdrawal does not apply to them once assembly has started. Until then you may cancel and we refund what you paid.',
      ],
    },
    {
      heading: 'Warranty',
      paragraphs: [
        'Every system comes with the warranty shown on its order, on top of the legal guarantee. Contact us about any problem.',
      ],
    },
    {
      heading: 'Contact',
      paragraphs: ['For any question about these terms, write to us from the contact page.'],
    },
  ],
}

export default function Terms() {
  return <LegalDocument text={{ el, en }} />
}
