import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoney } from '#domain/money'
import type { Locale } from '#domain/statuses'
import type { TypicalBuildPrice } from '#queries/typical_build_prices_query'

/** A typical build on /pricing: its range written in the visitor's language (`1.234,56 €`). */
export default class TypicalBuildPriceTransformer extends BaseTransformer<TypicalBuildPrice> {
  constructor(
    resource: TypicalBuildPrice,
    protected locale: Locale
  ) {
    super(resource)
  }

  toObject() {
    const { build, gpu, range } = this.resource
    return {
      build,
      gpu,
      range: range && {
        min: formatMoney(range.minCents, this.locale),
        max: formatMoney(range.maxCents, this.locale),
      },
    }
  }
}
