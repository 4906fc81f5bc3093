/*
| Customer identity forms: register, login, forgot/reset password, resend
| verification. Messages in Greek and English (`authMessages(locale)`); they
| name no field because each error is shown next to its field.
*/
import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import env from '#start/env'
import type { Locale } from '#domain/statuses'

export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 128

/** The staff email domain (STAFF_EMAIL_DOMAIN, default `pcmr.gr`). */
export function staffEmailDomain() {
  return (env.get('STAFF_EMAIL_DOMAIN') || 'pcmr.gr').trim().toLowerCase().replace(/^@/, '')
}

/** True for an address of the staff domain or one of its subdomains. */
export function isStaffEmail(email: string) {
  const domain = staffEmailDomain()
  const host = email.trim().toLowerCase().split('@').pop() ?? ''
  return host === domain || host.endsWith(`.${domain}`)
}

/** Refuses addresses of the staff domain: staff accounts come from the CLI only. */
export const notStaffEmail = vine.createRule(
  (value: unknown, _: undefined, field: FieldContext) => {
    if (typeof value === 'string' && isStaffEmail(value)) {
      field.report('The {{ field }} field must not use the staff domain', 'staffDomain', field)
    }
  }
)

/** Addresses are stored trimmed and lower-cased (the unique index is on lower(email)). */
export const emailField = () => vine.string().trim().maxLength(254).email().toLowerCase()

/** A new password: 10 to 128 characters, anything allowed. */
export const newPasswordField = () =>
  vine.string().minLength(PASSWORD_MIN_LENGTH).maxLength(PASSWORD_MAX_LENGTH)

/** Digits, spaces, dashes, dots, parentheses and a leading +: 6 to 40 characters. */
export const phoneField = () =>
  vine
    .string()
    .trim()
    .maxLength(40)
    .regex(/^\+?[0-9][0-9 ().-]{4,38}[0-9]$/)
    .nullable()
    .optional()

export const nameField = () => vine.string().trim().minLength(1).maxLength(100)

export const registerValidator = vine.create({
  firstName: nameField(),
  lastName: nameField(),
  email: emailField().use(notStaffEmail()),
  password: newPasswordField(),
  phone: phoneField(),
  terms: vine.accepted(),
})

export const loginValidator = vine.create({
  email: vine.string().trim().maxLength(254),
  password: vine.string().maxLength(PASSWORD_MAX_LENGTH),
})

/** Forgot password and "resend the confirmation email" (from the login page). */
export const emailOnlyValidator = vine.create({
  email: emailField(),
})

export const resetPasswordValidator = vine.create({
  password: newPasswordField(),
})

const MESSAGES: Record<Locale, Record<string, string>> = {
  el: {
    'required': 'Συμπληρώστε αυτό το πεδίο.',
    'string': 'Συμπληρώστε αυτό το πεδίο.',
    'email': 'Γράψτε μια έγκυρη διεύθυνση email.',
    'minLength': 'Χρειάζονται τουλάχιστον {{ min }} χαρακτήρες.',
    'maxLength': 'Επιτρέπονται έως {{ max }} χαρακτήρες.',
    'regex': 'Η μορφή δεν είναι έγκυρη.',
    'enum': 'Επιλέξτε μία από τις διαθέσιμες τιμές.',
    'accepted': 'Πρέπει να αποδεχτείτε για να συνεχίσετε.',
    'staffDomain': 'Οι διευθύνσεις της ομάδας PCMR δεν μπορούν να εγγραφούν εδώ.',
    'phone.regex': 'Γράψτε έναν έγκυρο αριθμό τηλεφώνου, π.χ. +30 69xxxxxxxx.',
    'terms.accepted': 'Πρέπει να αποδεχτείτε τους όρους χρήσης.',
    'terms.required': 'Πρέπει να αποδεχτείτε τους όρους χρήσης.',
    'password.minLength': 'Ο κωδικός χρειάζεται τουλάχιστον {{ min }} χαρακτήρες.',
    'newPassword.minLength': 'Ο κωδικός χρειάζεται τουλάχιστον {{ min }} χαρακτήρες.',
  },
  en: {
    'required': 'Fill in this field.',
    'string': 'Fill in this field.',
    'email': 'Enter a valid email address.',
    'minLength': 'Use at least {{ min }} characters.',
    'maxLength': 'Use at most {{ max }} characters.',
    'regex': 'This format is not valid.',
    'enum': 'Choose one of the available values.',
    'accepted': 'You must accept to continue.',
    'staffDomain': 'PCMR team addresses cannot register here.',
    'phone.regex': 'Enter a valid phone number, e.g. +30 69xxxxxxxx.',
    'terms.accepted': 'You must accept the terms of use.',
    'terms.required': 'You must accept the terms of use.',
    'password.minLength': 'Your password needs at least {{ min }} characters.',
    'newPassword.minLength': 'Your password needs at least {{ min }} characters.',
  },
}

const providers: Record<Locale, SimpleMessagesProvider> = {
  el: new SimpleMessagesProvider(MESSAGES.el),
  en: new SimpleMessagesProvider(MESSAGES.en),
}

/**
 * Validation messages in the request's language:
 * `request.validateUsing(registerValidator, { messagesProvider: authMessages(ctx.locale) })`.
 */
export function authMessages(locale: Locale) {
  return providers[locale] ?? providers.el
}
