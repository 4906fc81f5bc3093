import { AttachmentSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

/**
 * A stored file (Drive) attached to an order, build, timeline step, event log
 * or test run. Customers only ever get `visibility = 'customer'` rows.
 */
export default class Attachment extends AttachmentSchema {
  @belongsTo(() => User, { foreignKey: 'uploadedById' })
  declare uploadedBy: BelongsTo<typeof User>
}
