import factory from '@adonisjs/lucid/factories'
import encryption from '@adonisjs/core/services/encryption'
import { DateTime } from 'luxon'
import TwoFactorSecret from '#models/two_factor_secret'
import { UserFactory } from '#database/factories/user_factory'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/*
| A TOTP enrolment. The secret is a random base32 string (160 bits, what
| authenticator apps expect), stored encrypted with APP_KEY like the real one.
| Tests that need to compute codes merge their own `secret`, encrypted the same way.
| recoveryCodes is left to its database default ([]).
*/
export const TwoFactorSecretFactory = factory
  .define(TwoFactorSecret, ({ faker }) => ({
    secret: encryption.encrypt(faker.string.fromCharacters(BASE32, 32)),
    enabledAt: null,
    lastUsedStep: null,
  }))
  .state('enabled', (row) => {
    row.enabledAt = DateTime.now()
  })
  .relation('user', () => UserFactory)
  .build()
