import { BaseTransformer } from '@adonisjs/core/transformers'
import type { CatalogKindPage } from '#domain/catalog_fields'
import CatalogFieldTransformer from '#transformers/catalog_field_transformer'

/** One non-component catalog kind's page definition: names, fields, listed columns. */
export default class CatalogKindTransformer extends BaseTransformer<CatalogKindPage> {
  toObject() {
    return {
      ...this.pick(this.resource, ['slug', 'kind', 'title', 'singular', 'listed']),
      fields: CatalogFieldTransformer.transform(this.resource.fields),
    }
  }
}
