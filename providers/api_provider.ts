import { HttpContext } from '@adonisjs/core/http'
import { BaseSerializer, BaseTransformer } from '@adonisjs/core/transformers'

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

/** `create()`, with the errors it constructs capturing no stack trace. */
function withoutStackTraces<Value>(create: () => Value): Value {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return create()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/*
| `Transformer.transform()` and `.paginate()` build a RuntimeException on
| every call (two stack captures), kept to be thrown later if the value was
| `undefined`: 2.3 % of the CPU of a customer's order page under load. A list,
| a page and any defined value can never throw it, so only `transform(undefined)`
| keeps the stack that points at the caller.
*/
const transform = BaseTransformer.transform as (...args: unknown[]) => unknown
const paginate = BaseTransformer.paginate as (...args: unknown[]) => unknown
BaseTransformer.transform = function (this: unknown, ...args: unknown[]) {
  if (args[0] === undefined) return transform.apply(this, args)
  return withoutStackTraces(() => transform.apply(this, args))
} as unknown as typeof BaseTransformer.transform
BaseTransformer.paginate = function (this: unknown, ...args: unknown[]) {
  return withoutStackTraces(() => paginate.apply(this, args))
} as unknown as typeof BaseTransformer.paginate

export default class ApiProvider {}
