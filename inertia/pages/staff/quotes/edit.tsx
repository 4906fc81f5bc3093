import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Form, Link, useRouter } from '@adonisjs/inertia/react'
import StaffLayout, { Field, fieldErrors } from '~/layouts/staff_layout'
import { StatusBadge } from '~/components/staff/badges'
import { Card, Facts } from '~/components/staff/card'
import { DataTable } from '~/components/staff/data_table'
import { ButtonForm, FormError, MoneyField, Options, StackForm } from '~/components/staff/forms'
import { client } from '~/client'
import type { Data } from '@generated/data'
import type { InertiaProps, Option } from '~/types'

type Line = Data.OrderLine.Variants['forQuoteEditor']
type Quote = Data.Order.Variants['forQuoteEditor']
type Pick = Data.CatalogPick
type LineItemKind = Line['kind']

type Amounts = { net: string; vat: string; gross: string }

type Props = {
  quote: Quote
  lines: Line[]
  totals: Amounts & { byRate: (Amounts & { rate: string })[] }
  today: string
  proposedValidUntil: string
  kinds: Option<LineItemKind>[]
  categories: string[]
  vatRates: Option<number>[]
  moneyHint: string
}

export default function StaffQuoteEditor(props: InertiaProps<Props>) {
  const { quote, lines, totals } = props
  return (
    <StaffLayout title={`Quote ${quote.orderNumber}`}>
      <p>
        <Link route="staff.orders.index">← Orders</Link>
      </p>
      <h1>
        Quote <span className="mono">{quote.orderNumber}</span>{' '}
        <StatusBadge status={quote.orderStatus} />
        {quote.expired && <span className="badge danger">expired</span>}
      </h1>

      <div className="detail-grid">
        <Intake quote={quote} />
        {quote.claimCode ? (
          <Published
            quote={quote}
            proposedValidUntil={props.proposedValidUntil}
            today={props.today}
          />
        ) : (
          quote.editable && (
            <Publish
              quote={quote}
              hasLines={lines.length > 0}
              proposedValidUntil={props.proposedValidUntil}
              today={props.today}
            />
          )
        )}
      </div>

      {quote.editable && (
        <CatalogPicker quoteId={quote.id} kinds={props.kinds} categories={props.categories} />
      )}

      <Card id="lines" title="Lines">
        {!quote.editable && (
          <p className="muted">
            Published quotes are not edited: the customer has been sent exactly these lines.
          </p>
        )}
        {lines.length === 0 ? (
          <p>No lines yet: add them from the catalog or as custom lines.</p>
        ) : (
          <ol className="quote-lines">
            {lines.map((line, index) => (
              <QuoteLine
                key={line.id}
                quoteId={quote.id}
                line={line}
                moneyHint={props.moneyHint}
                editable={quote.editable}
                order={lines.map((item) => item.id)}
                index={index}
              />
            ))}
          </ol>
        )}
        <Totals totals={totals} />
      </Card>

      {quote.editable && (
        <CustomLine
          quoteId={quote.id}
          kinds={props.kinds}
          categories={props.categories}
          vatRates={props.vatRates}
          moneyHint={props.moneyHint}
        />
      )}
    </StaffLayout>
  )
}

function Intake({ quote }: { quote: Quote }) {
  return (
    <Card id="intake" title="Customer">
      <Facts
        facts={[
          { term: 'Name', value: quote.intakeName },
          { term: 'Email', value: quote.intakeEmail, className: 'mono' },
          quote.customerEmail && { term: 'Account', value: quote.customerEmail, className: 'mono' },
          { term: 'Phone', value: quote.intakePhone ?? '—' },
          { term: 'Language', value: quote.intakeLanguage },
          { term: 'Use case', value: quote.useCase ?? '—' },
          { term: 'Budget', value: quote.budget ?? '—', className: 'mono' },
          quote.notes && { term: 'Notes', value: quote.notes, className: 'pre-wrap' },
          quote.internalNotes && {
            term: 'Internal',
            value: quote.internalNotes,
            className: 'pre-wrap',
          },
        ]}
      />
    </Card>
  )
}

function Publish({
  quote,
  hasLines,
  proposedValidUntil,
  today,
}: {
  quote: Quote
  hasLines: boolean
  proposedValidUntil: string
  today: string
}) {
  return (
    <Card id="publish" title="Publish">
      <p className="muted">
        Publishing freezes the lines, creates the claim code and emails the quote link to{' '}
        <span className="mono">{quote.intakeEmail}</span>.
      </p>
      <StackForm
        route="staff.quotes.publish"
        routeParams={{ id: quote.id }}
        options={{ preserveScroll: true }}
        submitLabel="Publish quote"
        canSubmit={hasLines}
      >
        {({ errors }) => (
          <>
            <FormError message={errors.form} />
            <ValidUntilField
              label="Valid until"
              error={errors.validUntil}
              today={today}
              proposed={proposedValidUntil}
            />
          </>
        )}
      </StackForm>
    </Card>
  )
}

function Published({
  quote,
  proposedValidUntil,
  today,
}: {
  quote: Quote
  proposedValidUntil: string
  today: string
}) {
  return (
    <Card id="published" title="Published quote">
      <Facts
        facts={[
          {
            term: 'Claim code',
            value: quote.claimCode,
            className: 'mono claim-code',
            testId: 'claim-code',
          },
          {
            term: 'Link',
            value: (
              <a href={quote.quoteUrl!} data-testid="quote-link">
                {quote.quoteUrl}
              </a>
            ),
            className: 'mono',
          },
          { term: 'Published', value: quote.publishedAt ?? '—' },
          {
            term: 'Valid until',
            value: (
              <>
                {quote.validUntil}{' '}
                {quote.expired ? (
                  <span className="badge danger">expired</span>
                ) : (
                  <span className="badge ok">valid</span>
                )}
              </>
            ),
          },
        ]}
      />
      {quote.canExtend && (
        <StackForm
          route="staff.quotes.validity"
          routeParams={{ id: quote.id }}
          options={{ preserveScroll: true }}
          className="validity-form"
          submitLabel="Extend validity"
          small
        >
          {({ errors }) => (
            <ValidUntilField
              label="New validity date"
              hint={
                quote.expired ? 'The customer cannot accept it until it is extended.' : undefined
              }
              error={errors.validUntil}
              today={today}
              proposed={proposedValidUntil}
            />
          )}
        </StackForm>
      )}
    </Card>
  )
}

/**
 * Search the catalog and add a row: type, arrow keys to choose, Enter to add.
 * The list is a listbox driven from the search field (aria-activedescendant),
 * so the focus never leaves the field while choosing.
 */
function CatalogPicker({
  quoteId,
  kinds,
  categories,
}: {
  quoteId: number
  kinds: Option<LineItemKind>[]
  categories: string[]
}) {
  const router = useRouter()
  const [kind, setKind] = useState<LineItemKind>('component')
  const [category, setCategory] = useState('')
  const [q, setQ] = useState('')
  const [results, setResults] = useState<Pick[]>([])
  // The search the shown results answer: until the current one's arrive, the
  // list is stale and Enter must not add a line picked from it.
  const searchKey = `${kind}|${category}|${q}`
  const [resultsKey, setResultsKey] = useState<string | null>(null)
  const fresh = resultsKey === searchKey
  const [active, setActive] = useState(0)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const latest = useRef(0)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const request = ++latest.current
    const key = searchKey
    const timer = setTimeout(async () => {
      try {
        const data = await client.request('staff.quotes.catalog', {
          query: {
            kind,
            q: q || undefined,
            category: (kind === 'component' && (category as Line['category'])) || undefined,
          },
        })
        // A slower earlier search must not replace the results of a later one.
        if (request !== latest.current) return
        setResults(data.results)
        setResultsKey(key)
        setActive(0)
        setStatus(
          data.results.length === 0
            ? 'Nothing in the catalog matches.'
            : `${data.results.length} ${data.results.length === 1 ? 'match' : 'matches'}`
        )
      } catch {
        if (request === latest.current) setStatus('The search failed, try again.')
      }
    }, 200)
    return () => clearTimeout(timer)
  }, [kind, category, q])

  const add = (pick: Pick | undefined) => {
    if (!pick || adding) return
    setAdding(true)
    setError(null)
    router.post(
      { route: 'staff.quotes.lines.catalog', routeParams: { id: quoteId } },
      { kind: pick.kind, catalogId: pick.id, quantity: 1 },
      {
        preserveScroll: true,
        onError: (errors: Record<string, string>) =>
          setError(errors.catalogId ?? errors.form ?? errors.kind ?? 'The line was not added.'),
        onFinish: () => {
          setAdding(false)
          input.current?.focus()
        },
      }
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((index) => Math.min(index + 1, results.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (fresh) add(results[active])
    }
  }

  const optionId = (pick: Pick) => `pick-${pick.kind}-${pick.id}`

  return (
    <Card id="picker" title="Add from the catalog">
      <div className="picker-filters">
        <div className="field">
          <label htmlFor="picker-kind">Kind</label>
          <select
            id="picker-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as LineItemKind)}
          >
            <Options options={kinds} />
          </select>
        </div>
        {kind === 'component' && (
          <div className="field">
            <label htmlFor="picker-category">Category</label>
            <select
              id="picker-category"
              value={category}
              onChange={(event) => setCategory(event.target.value)}
            >
              <option value="">Any</option>
              <Options options={categories} />
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="picker-q">Search the catalog</label>
          <input
            ref={input}
            id="picker-q"
            type="search"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls="picker-results"
            aria-activedescendant={results[active] ? optionId(results[active]) : undefined}
            aria-describedby="picker-q-hint"
            autoComplete="off"
            autoFocus
            value={q}
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <span className="hint" id="picker-q-hint">
            Brand, model, SKU or name. ↑ ↓ to choose, Enter to add.
          </span>
        </div>
      </div>
      <FormError message={error} />
      <p className="muted" role="status">
        {fresh ? status : 'Searching…'}
      </p>
      <ul
        id="picker-results"
        role="listbox"
        aria-label="Catalog matches"
        aria-busy={!fresh}
        className={fresh ? 'picker-results' : 'picker-results stale'}
      >
        {results.map((pick, index) => (
          <li
            key={optionId(pick)}
            id={optionId(pick)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseEnter={() => setActive(index)}
            onClick={() => add(pick)}
          >
            <span>
              {pick.name}
              {pick.category && <span className="badge">{pick.category}</span>}
              {(pick.sku || pick.description) && (
                <span className="muted picker-detail">{pick.sku ?? pick.description}</span>
              )}
            </span>
            <span className="mono">{pick.price}</span>
          </li>
        ))}
      </ul>
    </Card>
  )
}

function QuoteLine({
  quoteId,
  line,
  moneyHint,
  editable,
  order,
  index,
}: {
  quoteId: number
  line: Line
  moneyHint: string
  editable: boolean
  order: number[]
  index: number
}) {
  const router = useRouter()
  const id = (field: string) => `line-${line.id}-${field}`

  const move = (offset: number) => {
    const lineIds = [...order]
    ;[lineIds[index], lineIds[index + offset]] = [lineIds[index + offset], lineIds[index]]
    router.post(
      { route: 'staff.quotes.lines.reorder', routeParams: { id: quoteId } },
      { lineIds },
      { preserveScroll: true }
    )
  }

  return (
    <li className="quote-line" data-testid="quote-line">
      <div className="quote-line-head">
        <div>
          <span className="badge">{line.kindLabel}</span>
          {line.category && <span className="badge">{line.category}</span>}
          <strong className="quote-line-name">{line.name}</strong>
          {line.sku && <span className="muted mono"> {line.sku}</span>}
          {line.description && <div className="muted">{line.description}</div>}
          {line.specs && <div className="muted quote-line-specs">{line.specs}</div>}
        </div>
        <div className="quote-line-sum mono">
          {line.quantity} × {line.unitPrice} = <strong>{line.total}</strong>
          <div className="muted">VAT {line.vatRate}</div>
          {line.catalogPrice && (
            <div className="muted">
              Catalog price {line.catalogPrice}: {line.priceOverrideReason}
            </div>
          )}
        </div>
      </div>
      {editable && (
        <div className="quote-line-actions">
          <Form
            route="staff.quotes.lines.update"
            routeParams={{ id: quoteId, lineId: line.id }}
            options={{ preserveScroll: true }}
            errorBag={`line${line.id}`}
            className="quote-line-form"
          >
            {({ errors, processing }) => {
              const all = fieldErrors(errors)
              return (
                <>
                  <div className="field">
                    <label htmlFor={id('quantity')}>Quantity</label>
                    <input
                      id={id('quantity')}
                      name="quantity"
                      type="number"
                      min={1}
                      max={999}
                      defaultValue={line.quantity}
                      aria-invalid={Boolean(all.quantity)}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={id('unitPrice')}>Unit price (€)</label>
                    <input
                      id={id('unitPrice')}
                      name="unitPrice"
                      inputMode="decimal"
                      title={moneyHint}
                      defaultValue={line.unitPriceInput}
                      aria-invalid={Boolean(all.unitPrice)}
                    />
                  </div>
                  {line.fromCatalog && (
                    <div className="field">
                      <label htmlFor={id('reason')}>Reason for a price change</label>
                      <input
                        id={id('reason')}
                        name="priceOverrideReason"
                        maxLength={300}
                        defaultValue={line.priceOverrideReason ?? ''}
                        aria-invalid={Boolean(all.priceOverrideReason)}
                      />
                    </div>
                  )}
                  <button type="submit" className="button small" disabled={processing}>
                    Save
                  </button>
                  {Object.values(all).some(Boolean) && (
                    <div className="field-error quote-line-errors" role="alert">
                      {Object.values(all).filter(Boolean).join(' ')}
                    </div>
                  )}
                </>
              )
            }}
          </Form>
          <div className="quote-line-buttons">
            <button
              type="button"
              className="button small ghost"
              disabled={index === 0}
              onClick={() => move(-1)}
              aria-label={`Move ${line.name} up`}
            >
              ↑
            </button>
            <button
              type="button"
              className="button small ghost"
              disabled={index === order.length - 1}
              onClick={() => move(1)}
              aria-label={`Move ${line.name} down`}
            >
              ↓
            </button>
            <ButtonForm
              route="staff.quotes.lines.destroy"
              routeParams={{ id: quoteId, lineId: line.id }}
              preserveScroll
              tone="danger"
              label={`Remove ${line.name}`}
            >
              Remove
            </ButtonForm>
          </div>
        </div>
      )}
    </li>
  )
}

function Totals({ totals }: { totals: Props['totals'] }) {
  return (
    <div className="quote-totals" aria-labelledby="totals-title">
      <h3 id="totals-title">Totals</h3>
      <DataTable
        rows={totals.byRate}
        rowKey={(rate) => rate.rate}
        className="vat-breakdown"
        testId="vat-breakdown"
        columns={[
          { label: 'VAT rate', cell: (rate) => rate.rate },
          { label: 'Net', className: 'mono', cell: (rate) => rate.net },
          { label: 'VAT', className: 'mono', cell: (rate) => rate.vat },
          { label: 'Gross', className: 'mono', cell: (rate) => rate.gross },
        ]}
      />
      <Facts
        className="quote-sum"
        facts={[
          { term: 'Net', value: totals.net, className: 'mono', testId: 'total-net' },
          { term: 'VAT', value: totals.vat, className: 'mono', testId: 'total-vat' },
          {
            term: 'Total',
            value: <strong>{totals.gross}</strong>,
            className: 'mono',
            testId: 'total-gross',
          },
        ]}
      />
    </div>
  )
}

function CustomLine({
  quoteId,
  kinds,
  categories,
  vatRates,
  moneyHint,
}: {
  quoteId: number
  kinds: Option<LineItemKind>[]
  categories: string[]
  vatRates: Option<number>[]
  moneyHint: string
}) {
  const [kind, setKind] = useState<LineItemKind>('component')
  return (
    <Card id="custom" title="Add a custom line">
      <StackForm
        route="staff.quotes.lines.custom"
        routeParams={{ id: quoteId }}
        options={{ preserveScroll: true }}
        resetOnSuccess
        errorBag="custom"
        submitLabel="Add custom line"
      >
        {({ errors: all }) => (
          <>
            <FormError message={all.form} />
            <div className="form-grid">
              <Field name="kind" label="Kind" error={all.kind}>
                {(inputProps) => (
                  <select
                    {...inputProps}
                    value={kind}
                    onChange={(event) => setKind(event.target.value as LineItemKind)}
                  >
                    <Options options={kinds} />
                  </select>
                )}
              </Field>
              <Field name="name" label="Name" error={all.name}>
                {(inputProps) => <input {...inputProps} maxLength={300} required />}
              </Field>
              {kind === 'component' && (
                <Field name="category" label="Category" error={all.category}>
                  {(inputProps) => (
                    <select {...inputProps} defaultValue="other">
                      <Options options={categories} />
                    </select>
                  )}
                </Field>
              )}
              {kind === 'warranty' && (
                <Field name="warrantyMonths" label="Warranty (months)" error={all.warrantyMonths}>
                  {(inputProps) => (
                    <input {...inputProps} type="number" min={1} max={120} required />
                  )}
                </Field>
              )}
              <MoneyField
                name="unitPrice"
                label="Unit price"
                hint={moneyHint}
                error={all.unitPrice}
                required
              />
              <Field name="vatRateBp" label="VAT" error={all.vatRateBp}>
                {(inputProps) => (
                  <select {...inputProps} defaultValue={vatRates[0]?.value}>
                    <Options options={vatRates} />
                  </select>
                )}
              </Field>
              <Field name="quantity" label="Quantity" error={all.quantity}>
                {(inputProps) => (
                  <input {...inputProps} type="number" min={1} max={999} defaultValue={1} />
                )}
              </Field>
            </div>
            <Field name="description" label="Description" error={all.description}>
              {(inputProps) => <input {...inputProps} maxLength={2000} />}
            </Field>
            {kind === 'shipping' && (
              <label className="checkbox">
                <input type="checkbox" name="isPickup" value="true" /> In-store pickup
              </label>
            )}
          </>
        )}
      </StackForm>
    </Card>
  )
}

/** The date a quote is valid until: from today on, the server's proposal filled in. */
function ValidUntilField({
  label,
  hint,
  error,
  today,
  proposed,
}: {
  label: string
  hint?: string
  error?: string
  today: string
  proposed: string
}) {
  return (
    <Field name="validUntil" label={label} hint={hint} error={error}>
      {(inputProps) => <input {...inputProps} type="date" min={today} defaultValue={proposed} />}
    </Field>
  )
}
