/*
| Staff forms (back office, English) and the create:admin command. Messages
| name no field: each error is shown next to its field.
*/
import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import { STAFF_ROLES, USER_ROLES } from '#domain/statuses'

/** Staff passwords: at least 12 characters (the temporary one from create:admin too). */
export const STAFF_PASSWORD_MIN_LENGTH = 12
export const STAFF_PASSWORD_MAX_LENGTH = 128

const messages = new SimpleMessagesProvider({
  'required': 'Fill in this field.',
  'string': 'Fill in this field.',
  'email': 'Enter a valid email address.',
  'minLength': 'Use at least {{ min }} characters.',
  'maxLength': 'Use at most {{ max }} characters.',
  'confirmed': 'The two passwords do not match.',
  'enum': 'Choose one of the listed values.',
  'number': 'Enter a number.',
  'password_confirmation.required': 'Type the new password again.',
  'firstName.required': 'Fill in the first name.',
  'lastName.required': 'Fill in the last name.',
})

const newPassword = () =>
  vine
    .string()
    .minLength(STAFF_PASSWORD_MIN_LENGTH)
    .maxLength(STAFF_PASSWORD_MAX_LENGTH)
    .confirmed({ as: 'password_confirmation' })

export const staffLoginValidator = vine.create({
  email: vine.string().trim().maxLength(254),
  password: vine.string().maxLength(STAFF_PASSWORD_MAX_LENGTH),
})
staffLoginValidator.messagesProvider = messages

/** First login: replace the temporary password. */
export const staffFirstPasswordValidator = vine.create({
  password: newPassword(),
})
staffFirstPasswordValidator.messagesProvider = messages

/** Settings: change the password, knowing the current one. */
export const staffChangePasswordValidator = vine.create({
  currentPassword: vine.string().maxLength(STAFF_PASSWORD_MAX_LENGTH),
  password: newPassword(),
})
staffChangePasswordValidator.messagesProvider = messages

/** Settings: new recovery codes, confirmed with the password. */
export const staffConfirmPasswordValidator = vine.create({
  confirmPassword: vine.string().maxLength(STAFF_PASSWORD_MAX_LENGTH),
})
staffConfirmPasswordValidator.messagesProvider = messages

/** A TOTP code or a recovery code. */
export const staffTwoFactorCodeValidator = vine.create({
  code: vine.string().trim().maxLength(32),
})
staffTwoFactorCodeValidator.messagesProvider = messages

export const staffUserSearchValidator = vine.create({
  q: vine.string().trim().maxLength(100).optional(),
  role: vine.enum(USER_ROLES).optional(),
  status: vine.enum(['active', 'banned'] as const).optional(),
  page: vine.number().min(1).max(100_000).optional(),
})
staffUserSearchValidator.messagesProvider = messages

export const staffUserRoleValidator = vine.create({
  role: vine.enum(USER_ROLES),
})
staffUserRoleValidator.messagesProvider = messages

export const staffUserBanValidator = vine.create({
  reason: vine.string().trim().minLength(3).maxLength(500),
})
staffUserBanValidator.messagesProvider = messages

/** `node ace create:admin email password first last role`. */
export const createAdminValidator = vine.create({
  email: vine.string().trim().maxLength(254).email().toLowerCase(),
  password: vine.string().minLength(STAFF_PASSWORD_MIN_LENGTH).maxLength(STAFF_PASSWORD_MAX_LENGTH),
  firstName: vine.string().trim().minLength(1).maxLength(100),
  lastName: vine.string().trim().minLength(1).maxLength(100),
  role: vine.enum(STAFF_ROLES),
})
createAdminValidator.messagesProvider = messages
