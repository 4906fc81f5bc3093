import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import TestRun from '#models/test_run'
import { BuildFactory } from '#database/factories/build_factory'

/** A passed 3DMark run by default; apply('failed') for a run that found a problem. */
export const TestRunFactory = factory
  .define(TestRun, ({ faker }) => ({
    tool: '3DMark Steel Nomad',
    scores: { score: faker.number.int({ min: 4000, max: 9500 }) },
    cpuMaxTempC: faker.number.float({ min: 65, max: 85, fractionDigits: 1 }).toFixed(1),
    gpuMaxTempC: faker.number.float({ min: 60, max: 78, fractionDigits: 1 }).toFixed(1),
    durationSeconds: 600,
    passed: true,
    notes: null,
    ranAt: DateTime.now(),
  }))
  .state('failed', (run) => {
    run.merge({
      tool: 'OCCT CPU + RAM',
      scores: { errors: 3 },
      durationSeconds: 1800,
      passed: false,
      notes: 'Σφάλματα μνήμης μετά από 22 λεπτά.',
    })
  })
  .relation('build', () => BuildFactory)
  .build()
