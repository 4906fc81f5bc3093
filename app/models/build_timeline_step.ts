import { BuildTimelineStepSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { BuildRecord } from '#models/mixins/attachable'

/** A step of the build shown to the customer (when customerVisible). */
export default class BuildTimelineStep extends compose(
  BuildTimelineStepSchema,
  BuildRecord('timeline_step')
) {}
