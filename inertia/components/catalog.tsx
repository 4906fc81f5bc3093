/*
| Pieces shared by the catalog pages (inertia/pages/staff/catalog/**): the
| sub-navigation between kinds, the pager, and one input per field
| definition (the tables of app/domain/catalog_fields.ts, sent as props).
*/
import type { ReactNode } from 'react'
import { Link } from '@adonisjs/inertia/react'
import { Field } from '~/layouts/staff_layout'

/** Mirrors CatalogField of app/domain/catalog_fields.ts. */
export type CatalogField = {
  name: string
  label: string
  input: 'text' | 'whole' | 'decimal' | 'yesno' | 'checkbox' | 'choice'
  required: boolean
  options?: string[]
  when?: { field: string; is: string } | { field: string; isNot: string }
}

export type SpecValue = string | number | boolean | null

/** Mirrors CatalogKindPage of app/domain/catalog_fields.ts. */
export type CatalogKindDefinition = {
  slug: string
  kind: string
  title: string
  singular: string
  fields: CatalogField[]
  listed: string[]
}

export type Pagination = { page: number; lastPage: number; total: number }

/** Whether a field with a `when` condition applies, given the form's current values. */
export function fieldApplies(field: CatalogField, values: Record<string, unknown>) {
  if (!field.when) return true
  const current = String(values[field.when.field] ?? '')
  return 'is' in field.when ? current === field.when.is : current !== field.when.isNot
}

/** Components first, then the six other kinds; the current one is marked. */
export function CatalogTabs({
  kinds,
  current,
}: {
  kinds: { slug: string; title: string }[]
  current: string
}) {
  return (
    <nav className="catalog-tabs" aria-label="Catalog">
      <Link
        route="staff.catalog.components.index"
        aria-current={current === 'components' ? 'page' : undefined}
      >
        Components
      </Link>
      {kinds.map((kind) => (
        <Link
          key={kind.slug}
          route="staff.catalog.items.index"
          routeParams={{ kind: kind.slug }}
          aria-current={current === kind.slug ? 'page' : undefined}
        >
          {kind.title}
        </Link>
      ))}
    </nav>
  )
}

/** Previous / next links; `link` builds one for a page number (keeping the filters). */
/** The list filter on active / inactive rows ("" = any). */
export function ActiveFilter({ value }: { value: string }) {
  return (
    <Field name="active" label="Status">
      {(props) => (
        <select {...props} defaultValue={value}>
          <option value="">Any</option>
          <option value="true">active</option>
          <option value="false">inactive</option>
        </select>
      )}
    </Field>
  )
}

export function Pager({
  pagination,
  link,
}: {
  pagination: Pagination
  link: (page: number, label: string) => ReactNode
}) {
  if (pagination.lastPage <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {pagination.page > 1 && link(pagination.page - 1, '← Previous')}
      <span>
        Page {pagination.page} of {pagination.lastPage}
      </span>
      {pagination.page < pagination.lastPage && link(pagination.page + 1, 'Next →')}
    </nav>
  )
}

/** The filters worth putting in a query string (the empty "Any" ones left out). */
export function filledParams(params: Record<string, string | number>) {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''))
}

/**
 * The input of one field definition. `name` is the submitted name (e.g.
 * `specs[vramGb]`); `onChange` reports the value of selects, which other
 * fields may depend on (`when`).
 */
export function CatalogFieldInput({
  field,
  name,
  defaultValue,
  error,
  onChange,
}: {
  field: CatalogField
  name: string
  defaultValue: SpecValue | undefined
  error?: string
  onChange?: (value: string) => void
}) {
  const initial = defaultValue === null || defaultValue === undefined ? '' : String(defaultValue)
  const label = field.required ? field.label : `${field.label} (optional)`

  if (field.input === 'checkbox') {
    return (
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            name={name}
            value="true"
            defaultChecked={defaultValue === true}
            aria-invalid={Boolean(error)}
          />{' '}
          {field.label}
        </label>
        {error && <div className="field-error">{error}</div>}
      </div>
    )
  }

  return (
    <Field name={name} label={label} error={error}>
      {(props) => {
        if (field.input === 'yesno' || field.input === 'choice') {
          const options =
            field.input === 'yesno'
              ? [
                  { value: 'true', label: 'yes' },
                  { value: 'false', label: 'no' },
                ]
              : (field.options ?? []).map((option) => ({ value: option, label: option }))
          return (
            <select
              {...props}
              defaultValue={initial}
              required={field.required}
              onChange={(event) => onChange?.(event.target.value)}
            >
              {(!field.required || initial === '') && (
                <option value="">{field.required ? 'Choose…' : 'unknown'}</option>
              )}
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )
        }
        const numeric = field.input === 'whole' || field.input === 'decimal'
        return (
          <input
            {...props}
            type={numeric ? 'number' : 'text'}
            step={field.input === 'whole' ? 1 : numeric ? 'any' : undefined}
            inputMode={field.input === 'whole' ? 'numeric' : numeric ? 'decimal' : undefined}
            defaultValue={initial}
            required={field.required}
          />
        )
      }}
    </Field>
  )
}
