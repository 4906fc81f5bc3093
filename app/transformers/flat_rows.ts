import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A transformer of flat rows: its toObject() returns plain values (no
 * nested transformer, nothing injected). `rows()` shapes a list with it
 * directly, the same objects `transform()` resolves to: `transform()`
 * resolves each row through the container, a promise and a walk of its
 * output, about 7 µs a row (5 % of the CPU of the staff order list under
 * load, npm run bench). For the long lists of the busiest pages.
 */
export default abstract class FlatRowTransformer<Row> extends BaseTransformer<Row> {
  abstract toObject(): Record<string, unknown>

  static rows<Row, Rest extends unknown[], Shaped>(
    this: new (row: Row, ...rest: Rest) => { toObject(): Shaped },
    rows: readonly Row[],
    ...rest: Rest
  ): Shaped[] {
    return rows.map((row) => new this(row, ...rest).toObject())
  }
}
