import type { ReactNode } from 'react'
import type { Data } from '@generated/data'
import { useI18n } from '~/lib/i18n'

type Totals = {
  net: string
  vat: string
  gross: string
  byRate: { rate: string; net: string; vat: string; gross: string }[]
}

/** The figures of a line, right-aligned after its name: the column's word in quote.json, the value. */
const FIGURES = [
  { column: 'quantity', value: (line) => line.quantity },
  { column: 'unitPrice', value: (line) => line.unitPrice },
  { column: 'vat', value: (line) => line.vatRate },
  { column: 'total', value: (line) => line.total },
] as const satisfies {
  column: string
  value: (line: Data.CustomerOrderLine) => ReactNode
}[]

/**
 * The lines of a quote or order and its VAT breakdown, as the customer reads
 * them (quote page, order page). On a phone the table becomes labelled stacks.
 */
export function OrderLines({ lines, totals }: { lines: Data.CustomerOrderLine[]; totals: Totals }) {
  const { t } = useI18n()
  return (
    <>
      <table className="table order-lines">
        <thead>
          <tr>
            <th scope="col">{t('quote.col.item')}</th>
            {FIGURES.map(({ column }) => (
              <th scope="col" className="num" key={column}>
                {t(`quote.col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} data-line>
              <td data-label={t('quote.col.item')}>
                <span className="line-name">
                  <span className="eyebrow line-kind">{line.kindLabel}</span>
                  <strong>{line.name}</strong>
                  {line.specs && <span className="muted line-specs">{line.specs}</span>}
                  {line.description && <span className="muted">{line.description}</span>}
                </span>
              </td>
              {FIGURES.map(({ column, value }) => (
                <td className="num" data-label={t(`quote.col.${column}`)} key={column}>
                  {value(line)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="order-totals" data-totals>
        <div>
          <dt>{t('quote.totals.net')}</dt>
          <dd>{totals.net}</dd>
        </div>
        {totals.byRate.map((group) => (
          <div key={group.rate}>
            <dt>{t('quote.totals.vat', { rate: group.rate })}</dt>
            <dd>{group.vat}</dd>
          </div>
        ))}
        <div className="order-total">
          <dt>{t('quote.totals.gross')}</dt>
          <dd data-total>{totals.gross}</dd>
        </div>
      </dl>
    </>
  )
}
