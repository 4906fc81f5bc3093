import { BuildEventLogSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { BuildRecord } from '#models/mixins/attachable'

/** A free-form staff note in the build log. */
export default class BuildEventLog extends compose(BuildEventLogSchema, BuildRecord('event_log')) {}
