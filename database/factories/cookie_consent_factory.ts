import factory from '@adonisjs/lucid/factories'
import { randomUUID } from 'node:crypto'
import CookieConsent from '#models/cookie_consent'

export const CookieConsentFactory = factory
  .define(CookieConsent, ({ faker }) => ({
    anonymousId: randomUUID(),
    userId: null,
    choices: { necessary: true, analytics: faker.datatype.boolean() },
    policyVersion: '2026-01',
  }))
  .state('acceptAll', (row) => {
    row.choices = { necessary: true, analytics: true }
  })
  .state('necessaryOnly', (row) => {
    row.choices = { necessary: true, analytics: false }
  })
  .build()
