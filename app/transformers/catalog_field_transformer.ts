import { BaseTransformer } from '@adonisjs/core/transformers'
import type { CatalogField } from '#domain/catalog_fields'

/** A field definition of the catalog forms (app/domain/catalog_fields.ts), as pages read it. */
export default class CatalogFieldTransformer extends BaseTransformer<CatalogField> {
  toObject() {
    return this.pick(this.resource, [
      'name',
      'label',
      'unit',
      'input',
      'required',
      'options',
      'when',
    ])
  }
}
