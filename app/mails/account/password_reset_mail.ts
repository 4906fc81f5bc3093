import { SingleUseLinkMail } from '#mails/base/single_use_link_mail'

/**
 * "Set a new password": the link of /forgot-password, single-use, short-lived.
 */
export default class PasswordResetMail extends SingleUseLinkMail {
  protected readonly words = 'passwordReset'
}
