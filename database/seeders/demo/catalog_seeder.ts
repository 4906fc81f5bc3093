import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Component from '#models/component'
import ComponentPriceHistory from '#models/component_price_history'
import OperatingSystem from '#models/operating_system'
import Service from '#models/service'
import Warranty from '#models/warranty'
import ShippingMethod from '#models/shipping_method'
import Peripheral from '#models/peripheral'
import Software from '#models/software'
import type { ComponentCategory } from '#domain/statuses'
import {
  COMPONENTS,
  OPERATING_SYSTEMS,
  PERIPHERALS,
  SERVICES,
  SHIPPING_METHODS,
  SOFTWARE,
  SUPPLIERS,
  WARRANTIES,
} from '#database/factories/catalog_data'
import { catalogRowAttributes } from '#database/factories/catalog_item_factory'

/**
 * A small seeded PRNG (mulberry32): the demo price history comes out the same
 * on every machine and every run, so screenshots and bug reports match.
 */
function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Fisher–Yates with the seeded generator. */
function shuffle<T>(items: T[], random: () => number) {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[items[index], items[other]] = [items[other], items[index]]
  }
  return items
}

/*
| How supplier prices moved over the last months, per category, as the
| factor (in basis points) applied to the oldest row, the newest being 10000.
| 2025–26: DRAM and NAND shortages pushed memory and SSD prices up steeply,
| while graphics cards eased from their launch prices.
*/
const TREND_START_BP: Partial<Record<ComponentCategory, number>> = {
  ram: 6200,
  storage: 8000,
  gpu: 10_800,
}

/** Supplier cost as a share of our retail price (both VAT included): the shop's margin. */
const SUPPLIER_SHARE_BP = 8700

/**
 * The demo catalog: every component category, the other six catalog kinds,
 * and 3–6 supplier price rows per component over the last six months. A few
 * rows are inactive, as a real catalog keeps discontinued items for old quotes.
 * Run through MainSeeder (see UsersSeeder for why `environment` is empty).
 */
export default class CatalogSeeder extends BaseSeeder {
  static environment: string[] = []

  async run() {
    const client = this.client
    // The catalog predates every demo order; updatedAt stays "now" (last edited today).
    const listedAt = DateTime.now().minus({ months: 9 }).startOf('day').set({ hour: 9 })
    const random = seededRandom(2026)

    for (const part of COMPONENTS) {
      const component = await Component.create(
        {
          category: part.category,
          brand: part.brand,
          model: part.model,
          sku: part.sku,
          specs: part.specs,
          priceCents: part.priceCents,
          active: part.active ?? true,
          createdAt: listedAt,
        },
        { client }
      )
      await ComponentPriceHistory.createMany(
        this.#priceHistory(component, random).map((row) => ({
          ...row,
          componentId: component.id,
        })),
        { client }
      )
    }

    // Each kind's rows as they are in catalog_data.ts, all listed at the same moment.
    const listed = <Row extends { active?: boolean }>(row: Row) => ({
      ...catalogRowAttributes(row),
      createdAt: listedAt,
    })
    await OperatingSystem.createMany(OPERATING_SYSTEMS.map(listed), { client })
    await Service.createMany(SERVICES.map(listed), { client })
    await Warranty.createMany(WARRANTIES.map(listed), { client })
    await ShippingMethod.createMany(SHIPPING_METHODS.map(listed), { client })
    await Peripheral.createMany(PERIPHERALS.map(listed), { client })
    await Software.createMany(SOFTWARE.map(listed), { client })
  }

  /**
   * 3–6 rows, oldest first, from shuffled suppliers, spread over the last ~170
   * days. Each price is our retail price × the supplier share × the category's
   * trend at that date × ±3 % of supplier-to-supplier noise, in basis points,
   * rounded to whole cents once at the end.
   */
  #priceHistory(component: Component, random: () => number) {
    const count = 3 + Math.floor(random() * 4)
    // Five suppliers for up to six rows: a sixth is a later quote from the first one.
    const suppliers = shuffle([...SUPPLIERS], random)
    const trendStart = TREND_START_BP[component.category] ?? 10_000
    const rows = []
    for (let index = 0; index < count; index++) {
      const progress = count === 1 ? 1 : index / (count - 1)
      const daysAgo = Math.round(170 - progress * 165 + random() * 4)
      const trendBp = Math.round(trendStart + (10_000 - trendStart) * progress)
      const noiseBp = 9700 + Math.floor(random() * 600)
      // Three basis-point factors (10^12), in BigInt: the product exceeds 2^53.
      const scaled =
        BigInt(component.priceCents) * BigInt(SUPPLIER_SHARE_BP) * BigInt(trendBp) * BigInt(noiseBp)
      const priceCents = Number((scaled + 500_000_000_000n) / 1_000_000_000_000n)
      rows.push({
        supplier: suppliers[index % suppliers.length],
        priceCents,
        recordedAt: DateTime.now()
          .minus({ days: daysAgo })
          .set({ hour: 8 + Math.floor(random() * 9), minute: Math.floor(random() * 60) }),
      })
    }
    return rows
  }
}
