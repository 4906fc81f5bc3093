import db from '@adonisjs/lucid/services/db'
import { sumCents, type Cents } from '#domain/money'
import { COMPONENT_CATEGORIES, type ComponentCategory } from '#domain/statuses'

/** The typical builds /pricing shows, cheapest first. */
export const TYPICAL_BUILDS = ['office', 'gaming', 'creator'] as const
export type TypicalBuild = (typeof TYPICAL_BUILDS)[number]

/** Outside every build's core: `gpu` (builds with a graphics card add it), fans and other parts. */
const OPTIONAL_PARTS: readonly ComponentCategory[] = ['gpu', 'fan', 'other']

/** The parts every build needs, in the catalog's category order. */
const CORE_PARTS = COMPONENT_CATEGORIES.filter((category) => !OPTIONAL_PARTS.includes(category))

/**
 * Where in the catalog's price spread (per category, active components only)
 * each build picks its parts: a band of percentiles, low to high. An office
 * machine is built from the cheaper part of the catalog, a creator's
 * workstation from the dearer part; gaming sits between them.
 */
const BUILDS: Record<TypicalBuild, { gpu: boolean; band: [number, number] }> = {
  office: { gpu: false, band: [0, 0.4] },
  gaming: { gpu: true, band: [0.3, 0.8] },
  creator: { gpu: true, band: [0.6, 1] },
}

const PERCENTILES = [...new Set(Object.values(BUILDS).flatMap(({ band }) => band))].sort()

export type TypicalBuildPrice = {
  build: TypicalBuild
  gpu: boolean
  /** Lowest and highest price (VAT included, like catalog prices), or null without enough parts. */
  range: { minCents: Cents; maxCents: Cents } | null
}

/**
 * Price ranges of the typical builds (/pricing), computed from the current
 * catalog: for each part a build needs, the catalog price at the low and high
 * end of the build's band (PostgreSQL `percentile_disc`, so every figure is
 * the price of a real component), summed. A build whose parts are not all in
 * the catalog gets no range rather than a made-up one.
 */
export default class TypicalBuildPricesQuery {
  async run(): Promise<TypicalBuildPrice[]> {
    const result = await db.rawQuery<{
      rows: { category: ComponentCategory; prices: (string | number)[] }[]
    }>(
      `select category,
              percentile_disc(?::float8[]) within group (order by price_cents) as prices
         from components
        where active
        group by category`,
      [PERCENTILES]
    )
    const pricesAt = new Map(
      result.rows.map(({ category, prices }) => [
        category,
        new Map(PERCENTILES.map((percentile, index) => [percentile, Number(prices[index])])),
      ])
    )

    return TYPICAL_BUILDS.map((build) => {
      const { gpu, band } = BUILDS[build]
      const parts: ComponentCategory[] = gpu ? [...CORE_PARTS, 'gpu'] : CORE_PARTS
      if (!parts.every((part) => pricesAt.has(part))) return { build, gpu, range: null }
      const at = (percentile: number) =>
        sumCents(parts.map((part) => pricesAt.get(part)!.get(percentile)!))
      return { build, gpu, range: { minCents: at(band[0]), maxCents: at(band[1]) } }
    })
  }
}
