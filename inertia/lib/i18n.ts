/*
| Client copy of the customer pages (auth and portal) in Greek and English,
| keyed by the `locale` shared prop (Greek unless the visitor or the account
| chose English). Server messages (flash, form errors) arrive already
| translated.
*/
import { usePage } from '@inertiajs/react'

export type Locale = 'el' | 'en'

const el = {
  'lang.label': 'Γλώσσα',
  'lang.el': 'Ελληνικά',
  'lang.en': 'English',

  'nav.login': 'Σύνδεση',
  'nav.register': 'Εγγραφή',
  'nav.portal': 'Ο λογαριασμός μου',
  'nav.dashboard': 'Αρχική',
  'nav.settings': 'Ρυθμίσεις',
  'nav.logout': 'Αποσύνδεση',
  'nav.main': 'Πλοήγηση λογαριασμού',

  'field.firstName': 'Όνομα',
  'field.lastName': 'Επώνυμο',
  'field.email': 'Email',
  'field.password': 'Κωδικός',
  'field.passwordHint':
    'Τουλάχιστον 10 χαρακτήρες. Μια φράση από λέξεις είναι εύκολη να τη θυμάστε.',
  'field.phone': 'Τηλέφωνο (προαιρετικό)',
  'field.phoneHint': 'Για να σας καλέσουμε για την προσφορά σας, αν χρειαστεί.',
  'field.currentPassword': 'Τρέχων κωδικός',
  'field.newPassword': 'Νέος κωδικός',
  'field.newEmail': 'Νέο email',
  'field.locale': 'Γλώσσα email και σελίδων',
  'field.show': 'Εμφάνιση',
  'field.hide': 'Απόκρυψη',

  'register.title': 'Δημιουργία λογαριασμού',
  'register.lead':
    'Με λογαριασμό διεκδικείτε τις προσφορές σας, πληρώνετε και παρακολουθείτε τη συναρμολόγηση του υπολογιστή σας.',
  'register.termsBefore': 'Αποδέχομαι τους ',
  'register.termsLink': 'όρους χρήσης',
  'register.termsMiddle': ' και την ',
  'register.privacyLink': 'πολιτική απορρήτου',
  'register.termsAfter': '.',
  'register.submit': 'Δημιουργία λογαριασμού',
  'register.haveAccount': 'Έχετε ήδη λογαριασμό;',

  'checkEmail.title': 'Ελέγξτε το email σας',
  'checkEmail.body':
    'Στείλαμε ένα μήνυμα στη διεύθυνση που δώσατε. Ανοίξτε τον σύνδεσμο που περιέχει για να επιβεβαιώσετε το email σας.',
  'checkEmail.bodyWithEmail':
    'Στείλαμε ένα μήνυμα στο {email}. Ανοίξτε τον σύνδεσμο που περιέχει για να επιβεβαιώσετε το email σας.',
  'checkEmail.spam':
    'Δεν το βλέπετε σε λίγα λεπτά; Κοιτάξτε στα ανεπιθύμητα ή ζητήστε νέο σύνδεσμο.',
  'checkEmail.resend': 'Νέος σύνδεσμος επιβεβαίωσης',
  'checkEmail.login': 'Σύνδεση',

  'site.nav': 'Κύρια πλοήγηση',
  'site.services': 'Υπηρεσίες',
  'site.howItWorks': 'Πώς δουλεύουμε',
  'site.pricing': 'Τιμές',
  'site.faq': 'Συχνές ερωτήσεις',
  'site.contact': 'Επικοινωνία',
  'site.tagline': 'Custom PCs, χειροποίητα στην Αθήνα.',
  'site.terms': 'Όροι χρήσης',
  'site.privacy': 'Απόρρητο',
  'google.continue': 'Συνέχεια με Google',
  'google.or': 'ή',
  'google.terms': 'Συνεχίζοντας με Google αποδέχεστε τους όρους χρήσης.',
  'login.title': 'Σύνδεση',
  'login.lead': 'Συνδεθείτε για να δείτε τις προσφορές και τις παραγγελίες σας.',
  'login.submit': 'Σύνδεση',
  'login.forgot': 'Ξεχάσατε τον κωδικό σας;',
  'login.noAccount': 'Δεν έχετε λογαριασμό;',
  'login.resend': 'Δεν λάβατε το email επιβεβαίωσης;',

  'forgot.title': 'Ξεχάσατε τον κωδικό σας;',
  'forgot.lead':
    'Γράψτε το email του λογαριασμού σας και θα σας στείλουμε σύνδεσμο για νέο κωδικό.',
  'forgot.submit': 'Αποστολή συνδέσμου',
  'forgot.back': 'Επιστροφή στη σύνδεση',

  'reset.title': 'Νέος κωδικός',
  'reset.lead': 'Διαλέξτε νέο κωδικό για τον λογαριασμό σας.',
  'reset.submit': 'Αποθήκευση κωδικού',

  'verify.title': 'Επιβεβαίωση email',
  'verify.lead': 'Πατήστε το κουμπί για να ολοκληρώσετε την επιβεβαίωση της διεύθυνσης email σας.',
  'verify.submit': 'Επιβεβαίωση',

  'resend.title': 'Νέος σύνδεσμος επιβεβαίωσης',
  'resend.lead':
    'Γράψτε το email με το οποίο εγγραφήκατε και θα σας στείλουμε νέο σύνδεσμο επιβεβαίωσης.',
  'resend.submit': 'Αποστολή',

  'portal.title': 'Ο λογαριασμός μου',
  'portal.welcome': 'Καλώς ήρθατε, {name}.',
  'portal.lead':
    'Εδώ βλέπετε τις προσφορές και τις παραγγελίες σας. Όταν σας στείλουμε προσφορά, τη διεκδικείτε με τον κωδικό της.',
  'portal.banner': 'Δεν έχετε επιβεβαιώσει ακόμα το email σας ({email}).',
  'portal.bannerResend': 'Αποστολή νέου συνδέσμου',
  'portal.orders': 'Οι παραγγελίες σας',
  'portal.noOrders': 'Δεν έχετε ακόμα παραγγελίες.',
  'portal.col.number': 'Αριθμός',
  'portal.col.status': 'Κατάσταση',
  'portal.col.total': 'Σύνολο',

  'status.draft': 'Πρόχειρο',
  'status.quote': 'Προσφορά',
  'status.claimed': 'Διεκδικήθηκε',
  'status.confirmed': 'Επιβεβαιωμένη',
  'status.completed': 'Ολοκληρωμένη',
  'status.cancelled': 'Ακυρωμένη',

  'settings.title': 'Ρυθμίσεις',
  'settings.profile': 'Στοιχεία',
  'settings.profileSubmit': 'Αποθήκευση',
  'settings.password': 'Κωδικός',
  'settings.passwordSubmit': 'Αλλαγή κωδικού',
  'settings.email': 'Email',
  'settings.emailLead':
    'Τρέχουσα διεύθυνση: {email}. Θα στείλουμε σύνδεσμο επιβεβαίωσης στη νέα διεύθυνση· η αλλαγή ολοκληρώνεται όταν τον ανοίξετε.',
  'settings.emailSubmit': 'Αλλαγή email',
}

export type MessageKey = keyof typeof el

const en: Record<MessageKey, string> = {
  'lang.label': 'Language',
  'lang.el': 'Ελληνικά',
  'lang.en': 'English',

  'nav.login': 'Sign in',
  'nav.register': 'Create account',
  'nav.portal': 'My account',
  'nav.dashboard': 'Overview',
  'nav.settings': 'Settings',
  'nav.logout': 'Sign out',
  'nav.main': 'Account navigation',

  'field.firstName': 'First name',
  'field.lastName': 'Last name',
  'field.email': 'Email',
  'field.password': 'Password',
  'field.passwordHint': 'At least 10 characters. A phrase of a few words is easy to remember.',
  'field.phone': 'Phone (optional)',
  'field.phoneHint': 'So that we can call you about your quote if needed.',
  'field.currentPassword': 'Current password',
  'field.newPassword': 'New password',
  'field.newEmail': 'New email',
  'field.locale': 'Language of emails and pages',
  'field.show': 'Show',
  'field.hide': 'Hide',

  'register.title': 'Create your account',
  'register.lead':
    'With an account you claim your quotes, pay, and follow the build of your PC step by step.',
  'register.termsBefore': 'I accept the ',
  'register.termsLink': 'terms of use',
  'register.termsMiddle': ' and the ',
  'register.privacyLink': 'privacy policy',
  'register.termsAfter': '.',
  'register.submit': 'Create account',
  'register.haveAccount': 'Already have an account?',

  'checkEmail.title': 'Check your email',
  'checkEmail.body':
    'We sent a message to the address you gave. Open the link inside to confirm your email address.',
  'checkEmail.bodyWithEmail':
    'We sent a message to {email}. Open the link inside to confirm your email address.',
  'checkEmail.spam': 'Nothing after a few minutes? Look in your spam folder or ask for a new link.',
  'checkEmail.resend': 'New confirmation link',
  'checkEmail.login': 'Sign in',

  'site.nav': 'Main navigation',
  'site.services': 'Services',
  'site.howItWorks': 'How it works',
  'site.pricing': 'Pricing',
  'site.faq': 'FAQ',
  'site.contact': 'Contact',
  'site.tagline': 'Custom PCs, hand-built in Athens.',
  'site.terms': 'Terms of use',
  'site.privacy': 'Privacy',
  'google.continue': 'Continue with Google',
  'google.or': 'or',
  'google.terms': 'By continuing with Google you accept the terms of use.',
  'login.title': 'Sign in',
  'login.lead': 'Sign in to see your quotes and orders.',
  'login.submit': 'Sign in',
  'login.forgot': 'Forgot your password?',
  'login.noAccount': 'No account yet?',
  'login.resend': 'Did not get the confirmation email?',

  'forgot.title': 'Forgot your password?',
  'forgot.lead':
    'Enter the email of your account and we will send you a link to set a new password.',
  'forgot.submit': 'Send link',
  'forgot.back': 'Back to sign in',

  'reset.title': 'New password',
  'reset.lead': 'Choose a new password for your account.',
  'reset.submit': 'Save password',

  'verify.title': 'Confirm your email',
  'verify.lead': 'Press the button to finish confirming your email address.',
  'verify.submit': 'Confirm',

  'resend.title': 'New confirmation link',
  'resend.lead':
    'Enter the email you registered with and we will send you a new confirmation link.',
  'resend.submit': 'Send',

  'portal.title': 'My account',
  'portal.welcome': 'Welcome, {name}.',
  'portal.lead':
    'Your quotes and orders live here. When we send you a quote, you claim it with its code.',
  'portal.banner': 'You have not confirmed your email address ({email}) yet.',
  'portal.bannerResend': 'Send a new link',
  'portal.orders': 'Your orders',
  'portal.noOrders': 'You have no orders yet.',
  'portal.col.number': 'Number',
  'portal.col.status': 'Status',
  'portal.col.total': 'Total',

  'status.draft': 'Draft',
  'status.quote': 'Quote',
  'status.claimed': 'Claimed',
  'status.confirmed': 'Confirmed',
  'status.completed': 'Completed',
  'status.cancelled': 'Cancelled',

  'settings.title': 'Settings',
  'settings.profile': 'Details',
  'settings.profileSubmit': 'Save',
  'settings.password': 'Password',
  'settings.passwordSubmit': 'Change password',
  'settings.email': 'Email',
  'settings.emailLead':
    'Current address: {email}. We will send a confirmation link to the new address; the change takes effect when you open it.',
  'settings.emailSubmit': 'Change email',
}

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { el, en }

export function isLocale(value: unknown): value is Locale {
  return value === 'el' || value === 'en'
}

/** The text of `key` in `locale` (the key itself if unknown), with `{name}` placeholders filled in. */
export function translate(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number> = {}
): string {
  const template: string = DICTIONARIES[locale][key] ?? key
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  )
}

/**
 * The page's language (shared prop `locale`) and a `t(key, values)` bound to it.
 */
export function useI18n() {
  const { props } = usePage<{ locale?: string }>()
  const locale: Locale = isLocale(props.locale) ? props.locale : 'el'
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(locale, key, values)
  return { locale, t }
}
