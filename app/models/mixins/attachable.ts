import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BaseModel } from '@adonisjs/lucid/orm'
import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import type { AttachableType } from '#domain/statuses'
import Attachment from '#models/attachment'
import Build from '#models/build'

type ModelClass = NormalizeConstructor<typeof BaseModel>

/*
| The relations are declared by calling Lucid's decorators on the prototype,
| as `@hasMany` would: a decorator compiled by tsc needs helpers defined in
| this module's body, and the models calling these mixins sit in an import
| cycle with this module (Build → BuildTimelineStep → here → Build), so the
| body may not have run yet when they do. Plain function declarations are
| ready before it.
*/

/**
 * The files stored for a record (`attachments`): attachments point at their
 * record by `attachableType` and `attachableId`, so each kind of record names
 * its type. `compose(OrderSchema, Attachable('order'))`.
 */
export function Attachable(type: AttachableType) {
  return <Model extends ModelClass>(superclass: Model) => {
    class AttachableModel extends superclass {
      declare attachments: HasMany<typeof Attachment>
    }
    hasMany(() => Attachment, {
      foreignKey: 'attachableId',
      onQuery: (query) => query.where('attachableType', type),
    })(AttachableModel.prototype, 'attachments')
    return AttachableModel
  }
}

/** A record of a build's log (timeline step, event log, test run): its build and its files. */
export function BuildRecord(type: AttachableType) {
  return <Model extends ModelClass>(superclass: Model) => {
    class BuildRecordModel extends Attachable(type)(superclass) {
      declare build: BelongsTo<typeof Build>
    }
    belongsTo(() => Build)(BuildRecordModel.prototype, 'build')
    return BuildRecordModel
  }
}
