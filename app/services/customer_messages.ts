/*
| Server-side copy of the customer identity flows (flash messages and form
| errors) in Greek and English. Page copy lives on the client
| (inertia/lib/i18n.ts); validation messages in app/validators/auth.ts.
*/
import type { Locale } from '#domain/statuses'

const el = {
  'login.invalid': 'Λάθος email ή κωδικός.',
  'login.banned':
    'Ο λογαριασμός σας έχει απενεργοποιηθεί και δεν μπορείτε να συνδεθείτε. Επικοινωνήστε μαζί μας αν πιστεύετε ότι πρόκειται για λάθος.',
  'login.staff': 'Τα μέλη της ομάδας συνδέονται από τη σελίδα /staff/login.',
  'login.noPassword':
    'Ο λογαριασμός σας δεν έχει κωδικό. Ορίστε έναν από τη σελίδα «Ξέχασα τον κωδικό».',
  'logout.done': 'Αποσυνδεθήκατε.',
  'google.cancelled': 'Η σύνδεση με Google ακυρώθηκε.',
  'google.failed': 'Η σύνδεση με Google δεν ολοκληρώθηκε. Δοκιμάστε ξανά.',
  'google.unverified_email':
    'Ο λογαριασμός Google δεν έχει επιβεβαιωμένο email. Δημιουργήστε λογαριασμό με email και κωδικό.',
  'google.staff': 'Τα μέλη της ομάδας συνδέονται από τη σελίδα /staff/login.',
  'google.banned':
    'Ο λογαριασμός σας έχει απενεργοποιηθεί και δεν μπορείτε να συνδεθείτε. Επικοινωνήστε μαζί μας αν πιστεύετε ότι πρόκειται για λάθος.',
  'throttle': 'Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε {minutes}.',
  'verify.done': 'Το email σας επιβεβαιώθηκε.',
  'verify.doneLogin': 'Το email σας επιβεβαιώθηκε. Συνδεθείτε για να συνεχίσετε.',
  'verify.invalid':
    'Ο σύνδεσμος δεν είναι έγκυρος ή έχει λήξει. Ζητήστε νέο σύνδεσμο επιβεβαίωσης.',
  'verify.sent':
    'Αν υπάρχει λογαριασμός με αυτό το email και δεν έχει επιβεβαιωθεί, στείλαμε νέο σύνδεσμο επιβεβαίωσης.',
  'verify.sentPortal': 'Στείλαμε νέο σύνδεσμο επιβεβαίωσης στο {email}.',
  'verify.already': 'Το email σας είναι ήδη επιβεβαιωμένο.',
  'emailChange.done': 'Η διεύθυνση email σας άλλαξε σε {email}.',
  'emailChange.taken':
    'Η αλλαγή email δεν ολοκληρώθηκε: η διεύθυνση χρησιμοποιείται πλέον από άλλον λογαριασμό.',
  'emailChange.sent':
    'Στείλαμε σύνδεσμο επιβεβαίωσης στο {email}. Η αλλαγή ολοκληρώνεται όταν τον ανοίξετε.',
  'emailChange.same': 'Αυτό είναι ήδη το email σας.',
  'reset.sent':
    'Αν υπάρχει λογαριασμός με αυτό το email, στείλαμε οδηγίες για νέο κωδικό. Ελέγξτε τα εισερχόμενά σας.',
  'reset.invalid': 'Ο σύνδεσμος επαναφοράς δεν είναι έγκυρος ή έχει λήξει. Ζητήστε νέο σύνδεσμο.',
  'reset.done': 'Ο κωδικός σας άλλαξε. Συνδεθείτε με τον νέο κωδικό.',
  'reset.doneStaff': 'Ο κωδικός σας άλλαξε. Συνδεθείτε από τη σελίδα της ομάδας.',
  'password.wrongCurrent': 'Ο τρέχων κωδικός δεν είναι σωστός.',
  'password.changed': 'Ο κωδικός σας άλλαξε.',
  'profile.saved': 'Οι αλλαγές αποθηκεύτηκαν.',
  'minutes.one': '1 λεπτό',
  'minutes.other': '{count} λεπτά',
} as const

export type CustomerMessageKey = keyof typeof el

const en: Record<CustomerMessageKey, string> = {
  'login.invalid': 'Wrong email or password.',
  'login.banned':
    'Your account has been suspended and cannot sign in. Contact us if you think this is a mistake.',
  'login.staff': 'Team members sign in at /staff/login.',
  'login.noPassword': 'Your account has no password yet. Set one with “Forgot your password?”.',
  'logout.done': 'You have been signed out.',
  'google.cancelled': 'Google sign-in was cancelled.',
  'google.failed': 'Google sign-in did not complete. Please try again.',
  'google.unverified_email':
    'Your Google account has no confirmed email. Create an account with email and password instead.',
  'google.staff': 'Team members sign in at /staff/login.',
  'google.banned':
    'Your account has been suspended and cannot sign in. Contact us if you think this is a mistake.',
  'throttle': 'Too many attempts, try again in {minutes}.',
  'verify.done': 'Your email address is confirmed.',
  'verify.doneLogin': 'Your email address is confirmed. Sign in to continue.',
  'verify.invalid': 'This link is invalid or has expired. Ask for a new confirmation link.',
  'verify.sent':
    'If an unconfirmed account uses this email, we have sent it a new confirmation link.',
  'verify.sentPortal': 'We sent a new confirmation link to {email}.',
  'verify.already': 'Your email address is already confirmed.',
  'emailChange.done': 'Your email address is now {email}.',
  'emailChange.taken':
    'The email change was not completed: the address is now used by another account.',
  'emailChange.sent':
    'We sent a confirmation link to {email}. The change takes effect when you open it.',
  'emailChange.same': 'This is already your email address.',
  'reset.sent':
    'If an account uses this email, we have sent it instructions to set a new password. Check your inbox.',
  'reset.invalid': 'This reset link is invalid or has expired. Ask for a new one.',
  'reset.done': 'Your password has been changed. Sign in with your new password.',
  'reset.doneStaff': 'Your password has been changed. Sign in from the team login page.',
  'password.wrongCurrent': 'Your current password is not correct.',
  'password.changed': 'Your password has been changed.',
  'profile.saved': 'Your changes have been saved.',
  'minutes.one': '1 minute',
  'minutes.other': '{count} minutes',
}

const MESSAGES: Record<Locale, Record<CustomerMessageKey, string>> = { el, en }

/**
 * The message in the given language, with `{name}` placeholders filled in.
 */
export function customerMessage(
  locale: Locale,
  key: CustomerMessageKey,
  values: Record<string, string | number> = {}
): string {
  const template = (MESSAGES[locale] ?? MESSAGES.el)[key]
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  )
}

/** "1 minute", "15 λεπτά": a wait given in seconds, rounded up to whole minutes (at least one). */
export function waitInMinutes(locale: Locale, seconds: number): string {
  const count = Math.max(1, Math.ceil(seconds / 60))
  return count === 1
    ? customerMessage(locale, 'minutes.one')
    : customerMessage(locale, 'minutes.other', { count })
}

/** "Too many attempts, try again in N minutes" for a wait given in seconds. */
export function throttleMessage(locale: Locale, retryAfterSeconds: number): string {
  return customerMessage(locale, 'throttle', { minutes: waitInMinutes(locale, retryAfterSeconds) })
}
