import { SingleUseLinkMail } from '#mails/base/single_use_link_mail'

/**
 * "Confirm your email address": sent after registration and on request
 * (portal banner, login page). The link is single-use and expires.
 */
export default class VerifyEmailMail extends SingleUseLinkMail {
  protected readonly words = 'verifyEmail'
}
