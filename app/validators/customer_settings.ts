/*
| The portal settings forms (/portal/settings): profile and language, password,
| email address. Messages: resources/lang/{el,en}/validator.json.
*/
import vine from '@vinejs/vine'
import { LOCALES } from '#domain/statuses'
import {
  emailField,
  nameField,
  newPasswordField,
  notStaffEmail,
  phoneField,
  PASSWORD_MAX_LENGTH,
} from '#validators/auth'

export const profileValidator = vine.create({
  firstName: nameField(),
  lastName: nameField(),
  phone: phoneField(),
  locale: vine.enum(LOCALES),
})

export const changePasswordValidator = vine.create({
  currentPassword: vine.string().maxLength(PASSWORD_MAX_LENGTH),
  newPassword: newPasswordField(),
})

export const changeEmailValidator = vine.create({
  newEmail: emailField().use(notStaffEmail()),
  currentPassword: vine.string().maxLength(PASSWORD_MAX_LENGTH),
})
