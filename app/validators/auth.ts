/*
| Customer identity forms: register, login, forgot/reset password, resend
| verification. Their messages are in resources/lang/{el,en}/validator.json
| (`ctx.i18n.createMessagesProvider()`); they name no field because each
| error is shown next to its field.
*/
import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import env from '#start/env'

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
