import { TestRunSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Build from '#models/build'
import Attachment from '#models/attachment'

/** One benchmark or stress run with its scores and temperatures. */
export default class TestRun extends TestRunSchema {
  @belongsTo(() => Build)
  declare build: BelongsTo<typeof Build>

  @hasMany(() => Attachment, {
    foreignKey: 'attachableId',
    onQuery: (query) => query.where('attachableType', 'test_run'),
  })
  declare attachments: HasMany<typeof Attachment>
}
