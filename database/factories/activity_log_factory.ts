import factory from '@adonisjs/lucid/factories'
import ActivityLog from '#models/activity_log'
import { UserFactory } from '#database/factories/user_factory'

export const ActivityLogFactory = factory
  .define(ActivityLog, ({ faker }) => ({
    actorId: null,
    action: 'catalog.component.updated',
    subjectType: 'component',
    subjectId: faker.number.int({ min: 1, max: 80 }),
    metadata: { field: 'priceCents', from: 47_900, to: 45_900 },
    ip: faker.internet.ipv4(),
  }))
  .relation('actor', () => UserFactory)
  .build()
