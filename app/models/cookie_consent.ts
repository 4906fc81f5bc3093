import { CookieConsentSchema } from '#database/schema'

/** A visitor's cookie choices for one policy version (GDPR proof of consent). */
export default class CookieConsent extends CookieConsentSchema {}
