import factory from '@adonisjs/lucid/factories'
import { createHash } from 'node:crypto'
import { DateTime } from 'luxon'
import UserToken from '#models/user_token'
import { UserFactory } from '#database/factories/user_factory'

/** SHA-256 hex, as the app stores emailed tokens. */
export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/*
| An emailed single-use token. Only its hash is stored, so a test that needs
| to use the token merges `tokenHash: hashToken(knownToken)`.
*/
export const UserTokenFactory = factory
  .define(UserToken, ({ faker }) => ({
    purpose: 'email_verification' as const,
    tokenHash: hashToken(faker.string.alphanumeric(43)),
    newEmail: null,
    expiresAt: DateTime.now().plus({ hours: 24 }),
    usedAt: null,
  }))
  .state('passwordReset', (row) => {
    row.purpose = 'password_reset'
    row.expiresAt = DateTime.now().plus({ hours: 1 })
  })
  .state('emailChange', (row, { faker }) => {
    row.purpose = 'email_change'
    row.newEmail = `new.${faker.string.alphanumeric({ length: 8, casing: 'lower' })}@example.com`
  })
  .state('expired', (row) => {
    row.expiresAt = DateTime.now().minus({ minutes: 5 })
  })
  .state('used', (row) => {
    row.usedAt = DateTime.now().minus({ minutes: 1 })
  })
  .relation('user', () => UserFactory)
  .build()
