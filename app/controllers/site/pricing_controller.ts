import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import TypicalBuildPricesQuery from '#queries/typical_build_prices_query'
import TypicalBuildPriceTransformer from '#transformers/typical_build_price_transformer'

/** /pricing: the price ranges of typical builds, computed from the catalog. */
@inject()
export default class PricingController {
  constructor(protected prices: TypicalBuildPricesQuery) {}

  async show({ inertia, locale }: HttpContext) {
    const builds = await this.prices.run()
    return inertia.render('public/site/pricing', {
      builds: TypicalBuildPriceTransformer.transform(builds, locale),
    })
  }
}
