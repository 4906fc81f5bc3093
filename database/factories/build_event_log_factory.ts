import factory from '@adonisjs/lucid/factories'
import BuildEventLog from '#models/build_event_log'
import { BuildFactory } from '#database/factories/build_factory'

export const BuildEventLogFactory = factory
  .define(BuildEventLog, ({ faker }) => ({
    authorId: null,
    message: faker.helpers.arrayElement([
      'Παραλήφθηκαν όλα τα εξαρτήματα, έλεγχος συσκευασιών OK.',
      'Τοποθέτηση CPU και ψύκτρας, νέα θερμοαγώγιμη πάστα.',
      'Πρώτη εκκίνηση: POST OK, μνήμη αναγνωρίζεται σε EXPO.',
      'Ενημέρωση BIOS στην τελευταία σταθερή έκδοση.',
    ]),
  }))
  .relation('build', () => BuildFactory)
  .build()
