import { BuildSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { Attachable } from '#models/mixins/attachable'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Order from '#models/order'
import User from '#models/user'
import BuildTimelineStep from '#models/build_timeline_step'
import BuildEventLog from '#models/build_event_log'
import TestRun from '#models/test_run'

/**
 * The physical build of an order: QA form, timeline, log, test runs, photos
 * (attachments in the ten named slots) and booklets.
 */
export default class Build extends compose(BuildSchema, Attachable('build')) {
  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>

  @belongsTo(() => User, { foreignKey: 'assignedToId' })
  declare assignedTo: BelongsTo<typeof User>

  @hasMany(() => BuildTimelineStep, { onQuery: (query) => query.orderBy('position') })
  declare timelineSteps: HasMany<typeof BuildTimelineStep>

  @hasMany(() => BuildEventLog, { onQuery: (query) => query.orderBy('createdAt') })
  declare eventLogs: HasMany<typeof BuildEventLog>

  @hasMany(() => TestRun, { onQuery: (query) => query.orderBy('ranAt') })
  declare testRuns: HasMany<typeof TestRun>
}
