import factory from '@adonisjs/lucid/factories'
import WaitlistEntry from '#models/waitlist_entry'
import { GREEK_FIRST_NAMES, GREEK_LAST_NAMES } from '#database/factories/user_factory'

export const WaitlistEntryFactory = factory
  .define(WaitlistEntry, ({ faker }) => {
    const [firstName, firstLatin] = faker.helpers.arrayElement(GREEK_FIRST_NAMES)
    const [lastName, lastLatin] = faker.helpers.arrayElement(GREEK_LAST_NAMES)
    const tail = faker.string.alphanumeric({ length: 6, casing: 'lower' })
    return {
      email: `${firstLatin}.${lastLatin}.${tail}@example.com`,
      name: `${firstName} ${lastName}`,
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
