import factory from '@adonisjs/lucid/factories'
import type { FactoryContextContract } from '@adonisjs/lucid/types/factory'
import Component from '#models/component'
import type { ComponentCategory } from '#domain/statuses'
import { COMPONENTS, type ComponentSeed } from '#database/factories/catalog_data'
import { ComponentPriceHistoryFactory } from '#database/factories/component_price_history_factory'

type Faker = FactoryContextContract['faker']

/*
| Components are real parts from the demo catalog (catalog_data.ts), so every
| state gives specs that are valid for its category. The SKU gets a random
| tail: a test may create the same part twice, or next to the seeded catalog.
*/
function pick(faker: Faker, category?: ComponentCategory): ComponentSeed {
  const candidates = category ? COMPONENTS.filter((part) => part.category === category) : COMPONENTS
  return faker.helpers.arrayElement(candidates)
}

function attributesOf(part: ComponentSeed, faker: Faker) {
  return {
    category: part.category,
    brand: part.brand,
    model: part.model,
    sku: `${part.sku}-${faker.string.alphanumeric({ length: 6, casing: 'upper' })}`,
    specs: { ...part.specs },
    priceCents: part.priceCents,
    active: true,
  }
}

function inCategory(category: ComponentCategory) {
  return (row: Component, { faker }: FactoryContextContract) => {
    row.merge(attributesOf(pick(faker, category), faker))
  }
}

/** ComponentFactory.apply('gpu').create(): a real graphics card with its specs. */
export const ComponentFactory = factory
  .define(Component, ({ faker }) => attributesOf(pick(faker), faker))
  // Spelled out one by one (not looped) so that apply('cpu') etc. stay type-checked.
  .state('cpu', inCategory('cpu'))
  .state('gpu', inCategory('gpu'))
  .state('motherboard', inCategory('motherboard'))
  .state('ram', inCategory('ram'))
  .state('storage', inCategory('storage'))
  .state('psu', inCategory('psu'))
  .state('case', inCategory('case'))
  .state('cooler', inCategory('cooler'))
  .state('fan', inCategory('fan'))
  .state('other', inCategory('other'))
  .state('inactive', (row) => {
    row.active = false
  })
  .relation('priceHistory', () => ComponentPriceHistoryFactory)
  .build()
