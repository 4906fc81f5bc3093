import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import Build from '#models/build'
import { OrderFactory } from '#database/factories/order_factory'
import { UserFactory } from '#database/factories/user_factory'
import { BuildTimelineStepFactory } from '#database/factories/build_timeline_step_factory'
import { BuildEventLogFactory } from '#database/factories/build_event_log_factory'
import { TestRunFactory } from '#database/factories/test_run_factory'

/*
| A build, pending by default: merge an orderId, use .with('order'), or
| create it through OrderFactory.with('build'). The build status does not
| move the order's fulfilment (that goes through OrderTransitionService).
*/
export const BuildFactory = factory
  .define(Build, () => ({
    status: 'pending' as const,
    assignedToId: null,
    startedAt: null,
    completedAt: null,
  }))
  .state('inProgress', (build) => {
    build.status = 'in_progress'
    build.startedAt = DateTime.now().minus({ hours: 6 })
  })
  .state('testing', (build) => {
    build.merge({
      status: 'testing',
      startedAt: DateTime.now().minus({ days: 1 }),
      postPassed: true,
      biosVersion: '1.2.0',
      driversInstalled: true,
      cableManagementOk: true,
    })
  })
  /** Everything the QA form asks, filled in and signed off (sign-off author left to the test). */
  .state('completed', (build, { faker }) => {
    build.merge({
      status: 'completed',
      startedAt: DateTime.now().minus({ days: 3 }),
      completedAt: DateTime.now().minus({ hours: 2 }),
      postPassed: true,
      memoryTestPassed: true,
      storageTestPassed: true,
      stressTestMinutes: 60,
      cpuIdleTempC: faker.number.float({ min: 30, max: 40, fractionDigits: 1 }).toFixed(1),
      cpuLoadTempC: faker.number.float({ min: 68, max: 84, fractionDigits: 1 }).toFixed(1),
      gpuIdleTempC: faker.number.float({ min: 28, max: 38, fractionDigits: 1 }).toFixed(1),
      gpuLoadTempC: faker.number.float({ min: 60, max: 76, fractionDigits: 1 }).toFixed(1),
      noiseNotes: 'Αθόρυβο στο idle, ~36 dBA σε πλήρες φορτίο στο 1 m.',
      cableManagementOk: true,
      biosVersion: '1.2.0',
      driversInstalled: true,
      osActivated: true,
      qaNotes: null,
      qaSignedOffAt: DateTime.now().minus({ hours: 2 }),
    })
  })
  .state('failed', (build) => {
    build.merge({
      status: 'failed',
      startedAt: DateTime.now().minus({ days: 1 }),
      postPassed: true,
      memoryTestPassed: false,
      qaNotes: 'MemTest86: σφάλματα στο δεύτερο module. Αντικατάσταση μνήμης.',
    })
  })
  .relation('order', () => OrderFactory)
  .relation('assignedTo', () => UserFactory)
  .relation('timelineSteps', () => BuildTimelineStepFactory)
  .relation('eventLogs', () => BuildEventLogFactory)
  .relation('testRuns', () => TestRunFactory)
  .build()
