import factory from '@adonisjs/lucid/factories'
import type { LucidModel, LucidRow, ModelAttributes } from '@adonisjs/lucid/types/model'

/** A catalog kind other than components: its rows can be switched off. */
type CatalogItemModel = LucidModel & (new () => LucidRow & { active: boolean })

/** A row of catalog_data.ts: the model's own columns, `active: false` for a retired one. */
export type CatalogDataRow<Model extends CatalogItemModel> = Partial<
  ModelAttributes<InstanceType<Model>>
> & { active?: boolean }

/**
 * A row of the demo catalog as the model's attributes: the data rows carry the
 * columns under their own names; no description unless the row has one,
 * active unless the row says otherwise. The factories and the demo seeder
 * both read the catalog through it.
 */
export function catalogRowAttributes<Row extends { active?: boolean }>(row: Row) {
  return { description: null, ...row, active: row.active ?? true }
}

/** A factory of a catalog kind: one of its active demo rows at random; apply('inactive') to retire it. */
export function catalogItemFactory<Model extends CatalogItemModel>(
  model: Model,
  rows: readonly CatalogDataRow<Model>[]
) {
  const activeRows = rows.filter((row) => row.active !== false)
  return factory
    .define(
      model,
      ({ faker }) =>
        catalogRowAttributes(faker.helpers.arrayElement(activeRows)) as Partial<
          ModelAttributes<InstanceType<Model>>
        >
    )
    .state('inactive', (row) => {
      row.active = false
    })
    .build()
}
