import { BuildEventLogSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Build from '#models/build'
import Attachment from '#models/attachment'

/** A free-form staff note in the build log. */
export default class BuildEventLog extends BuildEventLogSchema {
  @belongsTo(() => Build)
  declare build: BelongsTo<typeof Build>

  @hasMany(() => Attachment, {
    foreignKey: 'attachableId',
    onQuery: (query) => query.where('attachableType', 'event_log'),
  })
  declare attachments: HasMany<typeof Attachment>
}
