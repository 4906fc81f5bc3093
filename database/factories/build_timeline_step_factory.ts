import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import BuildTimelineStep from '#models/build_timeline_step'
import { BuildFactory } from '#database/factories/build_factory'

/*
| A customer-visible step. Positions must be unique per build, so the
| default one is random; tests that care about order merge positions.
*/
export const BuildTimelineStepFactory = factory
  .define(BuildTimelineStep, ({ faker }) => ({
    position: faker.number.int({ min: 1, max: 1_000_000 }),
    title: faker.helpers.arrayElement([
      'Παραλαβή εξαρτημάτων',
      'Συναρμολόγηση',
      'Εγκατάσταση λειτουργικού',
      'Stress test',
      'Συσκευασία',
    ]),
    description: null,
    status: 'pending' as const,
    customerVisible: true,
    completedAt: null,
  }))
  .state('inProgress', (step) => {
    step.status = 'in_progress'
  })
  .state('done', (step) => {
    step.status = 'done'
    step.completedAt = DateTime.now()
  })
  .state('staffOnly', (step) => {
    step.customerVisible = false
  })
  .relation('build', () => BuildFactory)
  .build()
