import { BaseTransformer } from '@adonisjs/core/transformers'
import { SPEC_FIELDS } from '#domain/catalog_fields'
import type { ComponentCategory } from '#domain/statuses'
import CatalogFieldTransformer from '#transformers/catalog_field_transformer'

/** A component category with its spec fields, as the component form switches them. */
export default class SpecFieldSetTransformer extends BaseTransformer<ComponentCategory> {
  toObject() {
    return {
      category: this.resource,
      fields: CatalogFieldTransformer.transform(SPEC_FIELDS[this.resource]),
    }
  }
}
