import factory from '@adonisjs/lucid/factories'
import WaitlistEntry from '#models/waitlist_entry'
import { greekPerson } from '#database/factories/user_factory'

export const WaitlistEntryFactory = factory
  .define(WaitlistEntry, ({ faker }) => {
    const person = greekPerson(faker)
    return {
      email: person.email,
      name: person.fullName,
      interest: faker.helpers.arrayElement([
        'Gaming PC για 1440p',
        'Σταθμός εργασίας για rendering',
        'Mini-ITX για το σαλόνι',
        null,
      ]),
      locale: 'el' as const,
    }
  })
  .build()
