import factory from '@adonisjs/lucid/factories'
import type { FactoryContextContract } from '@adonisjs/lucid/types/factory'
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

/**
 * A Greek name and an address spelled from it the way people do, with a
 * random tail of `tailLength` characters that keeps addresses unique across
 * a test's many rows.
 */
export function greekPerson(faker: FactoryContextContract['faker'], tailLength = 6) {
  const [firstName, firstLatin] = faker.helpers.arrayElement(GREEK_FIRST_NAMES)
  const [lastName, lastLatin] = faker.helpers.arrayElement(GREEK_LAST_NAMES)
  const tail = faker.string.alphanumeric({ length: tailLength, casing: 'lower' })
  return {
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    email: `${firstLatin}.${lastLatin}.${tail}@example.com`,
  }
}

export const UserFactory = factory
  .define(User, ({ faker }) => {
    const { firstName, lastName, email } = greekPerson(faker)
    return {
      email,
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
