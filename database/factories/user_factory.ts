import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import User from '#models/user'
import { OrderFactory } from '#database/factories/order_factory'
import { TwoFactorSecretFactory } from '#database/factories/two_factor_secret_factory'
import { UserTokenFactory } from '#database/factories/user_token_factory'

/** Every factory user logs in with this password (hashed by the auth mixin on save). */
export const FACTORY_PASSWORD = 'factory-password-2026'

/*
| Greek names with the Latin spelling people use in their email addresses,
| so that a factory user looks like a real customer of a Greek shop.
*/
export const GREEK_FIRST_NAMES = [
  ['Γιάννης', 'giannis'],
  ['Κώστας', 'kostas'],
  ['Δημήτρης', 'dimitris'],
  ['Νίκος', 'nikos'],
  ['Παναγιώτης', 'panagiotis'],
  ['Σοφία', 'sofia'],
  ['Ελένη', 'eleni'],
  ['Κατερίνα', 'katerina'],
  ['Βασιλική', 'vasiliki'],
  ['Αθηνά', 'athina'],
  ['Στέλιος', 'stelios'],
  ['Χριστίνα', 'christina'],
] as const

export const GREEK_LAST_NAMES = [
  ['Παπαδόπουλος', 'papadopoulos'],
  ['Γεωργίου', 'georgiou'],
  ['Νικολάου', 'nikolaou'],
  ['Οικονόμου', 'oikonomou'],
  ['Αντωνίου', 'antoniou'],
  ['Μακρής', 'makris'],
  ['Ιωάννου', 'ioannou'],
  ['Βλάχος', 'vlachos'],
  ['Καραγιάννη', 'karagianni'],
  ['Αλεξίου', 'alexiou'],
] as const

export const UserFactory = factory
  .define(User, ({ faker }) => {
    const [firstName, firstLatin] = faker.helpers.arrayElement(GREEK_FIRST_NAMES)
    const [lastName, lastLatin] = faker.helpers.arrayElement(GREEK_LAST_NAMES)
    // The random tail keeps emails unique across a test's many users.
    const tail = faker.string.alphanumeric({ length: 6, casing: 'lower' })
    return {
      email: `${firstLatin}.${lastLatin}.${tail}@example.com`,
      password: FACTORY_PASSWORD,
      firstName,
      lastName,
      phone: `+3069${faker.string.numeric(8)}`,
      role: 'customer' as const,
      locale: 'el' as const,
      emailVerifiedAt: null,
      mustChangePassword: false,
      bannedAt: null,
      banReason: null,
    }
  })
  .state('verified', (user) => {
    user.emailVerifiedAt = DateTime.now()
  })
  .state('admin', (user) => {
    user.role = 'admin'
  })
  .state('superadmin', (user) => {
    user.role = 'superadmin'
  })
  // What `create:admin` produces: a temporary password to change on first login.
  .state('mustChangePassword', (user) => {
    user.mustChangePassword = true
  })
  .state('banned', (user) => {
    user.bannedAt = DateTime.now()
    user.banReason = 'Καταχρηστική συμπεριφορά (factory)'
  })
  .state('english', (user) => {
    user.locale = 'en'
  })
  .relation('orders', () => OrderFactory)
  .relation('twoFactorSecret', () => TwoFactorSecretFactory)
  .relation('tokens', () => UserTokenFactory)
  .build()
