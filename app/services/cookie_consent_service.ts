import { randomUUID } from 'node:crypto'
import { COOKIE_POLICY_VERSION, type ConsentCategory } from '#domain/cookie_policy'
import CookieConsent from '#models/cookie_consent'
import type User from '#models/user'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Stores a visitor's cookie choices with the policy version they answer
 * (proof of consent). Rows are only added: the latest row of an anonymous
 * id is its current choice, earlier rows its history.
 */
export default class CookieConsentService {
  async record(
    choices: Record<ConsentCategory, boolean>,
    anonymousId: unknown,
    user: User | undefined
  ) {
    return CookieConsent.create({
      // The browser's id from its cookie, if it is one we could have issued.
      anonymousId:
        typeof anonymousId === 'string' && UUID.test(anonymousId) ? anonymousId : randomUUID(),
      userId: user?.id ?? null,
      choices: { necessary: true, ...choices },
      policyVersion: COOKIE_POLICY_VERSION,
    })
  }
}
