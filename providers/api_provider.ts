import { HttpContext } from '@adonisjs/core/http'
import { BaseSerializer } from '@adonisjs/core/transformers'

/**
 * `ctx.serialize(...)`: JSON bodies shaped by transformers, with the same
 * shape Inertia gives page props (no `data` wrapper; a paginated list is
 * `{ data, metadata }`), so a JSON endpoint and a page agree on one type.
 */
class JsonSerializer extends BaseSerializer<{ Wrap: undefined }> {
  wrap = undefined

  definePaginationMetaData(metaData: unknown) {
    return metaData as Record<string, unknown>
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    serialize: JsonSerializer['serialize']
  }
}

const serializer = new JsonSerializer()

// A getter, so that `{ serialize }` destructured from the context keeps its context.
HttpContext.getter('serialize', function (this: HttpContext) {
  return ((values: any) => serializer.serialize(values, this.containerResolver)) as any
})

export default class ApiProvider {}
