/*
| The cookie policy (/cookies). The site sets only essential cookies (the
| language, the session and its CSRF token), so it shows no consent banner:
| a banner would ask about cookies that do not exist. Should a non-essential
| cookie ever be added, list its category here, show the banner while a
| visitor has no consent for the current version, and bump the version.
| Every choice a visitor makes is stored in cookie_consents with the version
| it answers (CookieConsentService).
*/

/** Version of the policy text on /cookies; a consent answers one version. */
export const COOKIE_POLICY_VERSION = '2026-11-29'

/** Categories a visitor can accept or refuse; `necessary` is always on and not asked. */
export const CONSENT_CATEGORIES = ['analytics', 'marketing'] as const

export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number]
