import { BaseModel, belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import type { AttachableType } from '#domain/statuses'
import Attachment from '#models/attachment'
import Build from '#models/build'

type ModelClass = NormalizeConstructor<typeof BaseModel>

/**
 * The files stored for a record (`attachments`): attachments point at their
 * record by `attachableType` and `attachableId`, so each kind of record names
 * its type. `compose(OrderSchema, Attachable('order'))`.
 */
export function Attachable(type: AttachableType) {
  return <Model extends ModelClass>(superclass: Model) => {
    class AttachableModel extends superclass {
      @hasMany(() => Attachment, {
        foreignKey: 'attachableId',
        onQuery: (query) => query.where('attachableType', type),
      })
      declare attachments: HasMany<typeof Attachment>
    }
    return AttachableModel
  }
}

/** A record of a build's log (timeline step, event log, test run): its build and its files. */
export function BuildRecord(type: AttachableType) {
  return <Model extends ModelClass>(superclass: Model) => {
    class BuildRecordModel extends Attachable(type)(superclass) {
      @belongsTo(() => Build)
      declare build: BelongsTo<typeof Build>
    }
    return BuildRecordModel
  }
}
