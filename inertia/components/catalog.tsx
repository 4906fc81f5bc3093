/*
| Pieces shared by the catalog pages (inertia/pages/staff/catalog/**): the
| sub-navigation between kinds and one input per field definition (the
| tables of app/domain/catalog_fields.ts, sent as props).
*/
import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import { Field } from '~/layouts/staff_layout'
import { FilterSelect } from '~/components/staff_list'

export type CatalogField = Data.CatalogField

export type SpecValue = string | number | boolean | null

export type CatalogKindDefinition = Data.CatalogKind

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
  return <FilterSelect name="active" label="Status" value={value} options={ACTIVE_OPTIONS} />
}

const ACTIVE_OPTIONS = [
  { value: 'true', label: 'active' },
  { value: 'false', label: 'inactive' },
]

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
  const named = field.unit ? `${field.label} (${field.unit})` : field.label
  const label = field.required ? named : `${named} (optional)`

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
