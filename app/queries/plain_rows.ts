import type { LucidModel } from '@adonisjs/lucid/types/model'

/**
 * Reads some of a model's attributes from its rows without making models:
 * the columns to select, and each row as those attributes, named and
 * converted (dates to luxon) by the model's own column definitions. For
 * pages that only show data: a Lucid model per row costs a proxy, every
 * column set through it and a deep copy of the originals (a fifth of the
 * CPU of the customer's order page, with its ten-odd lines, under load).
 */
export function plainReader<Model extends LucidModel, Name extends keyof InstanceType<Model>>(
  model: Model,
  names: readonly Name[]
) {
  model.boot()
  const columns = names.map((name) => {
    const definition = model.$getColumn(String(name))
    if (!definition) throw new Error(`${model.name} has no column ${String(name)}`)
    return { name: String(name), ...definition }
  })
  return {
    /** The columns to select, as the database names them. */
    columns: columns.map((column) => column.columnName),
    /** A row of those columns as the model's attributes. */
    read(row: Record<string, unknown>): Pick<InstanceType<Model>, Name> {
      const attributes: Record<string, unknown> = {}
      for (const { name, columnName, consume } of columns) {
        const value = row[columnName]
        attributes[name] = consume ? consume(value, name, model.prototype) : value
      }
      return attributes as Pick<InstanceType<Model>, Name>
    },
  }
}
