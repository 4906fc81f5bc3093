import { BuildTimelineStepSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Build from '#models/build'
import Attachment from '#models/attachment'

/** A step of the build shown to the customer (when customerVisible). */
export default class BuildTimelineStep extends BuildTimelineStepSchema {
  @belongsTo(() => Build)
  declare build: BelongsTo<typeof Build>

  @hasMany(() => Attachment, {
    foreignKey: 'attachableId',
    onQuery: (query) => query.where('attachableType', 'timeline_step'),
  })
  declare attachments: HasMany<typeof Attachment>
}
