import { BaseTransformer } from '@adonisjs/core/transformers'
import { type CatalogField, fieldLabel } from '#domain/catalog_fields'

/** A field definition of the catalog forms (app/domain/catalog_fields.ts), as (English) staff pages read it. */
export default class CatalogFieldTransformer extends BaseTransformer<CatalogField> {
  toObject() {
    return {
      ...this.pick(this.resource, ['name', 'unit', 'input', 'required', 'options', 'when']),
      label: fieldLabel(this.resource, 'en'),
    }
  }
}
