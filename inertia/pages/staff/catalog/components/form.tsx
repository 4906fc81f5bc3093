import { useState } from 'react'
import { Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { Options, StackForm } from '~/components/staff/forms'
import { CatalogPriceField } from '~/components/staff/catalog_row'
import {
  CatalogFieldInput,
  fieldApplies,
  type CatalogField,
  type SpecValue,
} from '~/components/catalog'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'

type Props = {
  component: Data.Component.Variants['forForm'] | null
  categories: string[]
  /** Each category with its spec fields. */
  specFields: Data.SpecFieldSet[]
  moneyHint: string
}

/** A free specification of an `other` part: a name and a text value. */
type ExtraSpec = { id: number; key: string; value: string }

let extraSpecIds = 0

/** Create or edit a component; the spec fields follow the chosen category. */
export default function CatalogComponentForm({
  component,
  categories,
  specFields,
  moneyHint,
}: InertiaProps<Props>) {
  const [category, setCategory] = useState(component?.category ?? '')
  // Values other fields depend on (a cooler's type decides radiator or height).
  const [watched, setWatched] = useState<Record<string, SpecValue>>(component?.specs ?? {})
  const fieldsOf = (name: string): CatalogField[] =>
    specFields.find((set) => set.category === name)?.fields ?? []
  const fields = fieldsOf(category)
  const described = new Set(fields.map((field) => field.name))
  const [extras, setExtras] = useState<ExtraSpec[]>(() =>
    Object.entries(component?.specs ?? {})
      .filter(([key]) => !fieldsOf('other').some((field) => field.name === key))
      .map(([key, value]) => ({ id: ++extraSpecIds, key, value: String(value) }))
  )
  const title = component ? `Edit ${component.name}` : 'New component'

  const updateExtra = (id: number, change: Partial<ExtraSpec>) =>
    setExtras((rows) => rows.map((row) => (row.id === id ? { ...row, ...change } : row)))

  return (
    <StaffLayout title={title}>
      <p>
        {component ? (
          <Link route="staff.catalog.components.show" routeParams={{ id: component.id }}>
            ← {component.name}
          </Link>
        ) : (
          <Link route="staff.catalog.components.index">← Components</Link>
        )}
      </p>
      <h1>{title}</h1>

      <StackForm
        {...(component
          ? { route: 'staff.catalog.components.update', routeParams: { id: component.id } }
          : { route: 'staff.catalog.components.store' })}
        className="card catalog-form"
        submitLabel={component ? 'Save' : 'Add to the catalog'}
      >
        {({ errors }) => (
          <>
            <Field name="category" label="Category" error={errors.category}>
              {(props) => (
                <select
                  {...props}
                  value={category}
                  onChange={(event) => setCategory(event.target.value)}
                  required
                  autoFocus
                >
                  <option value="">Choose…</option>
                  <Options options={categories} />
                </select>
              )}
            </Field>
            <div className="form-grid">
              <Field name="brand" label="Brand" error={errors.brand}>
                {(props) => (
                  <input {...props} defaultValue={component?.brand} required maxLength={100} />
                )}
              </Field>
              <Field name="model" label="Model" error={errors.model}>
                {(props) => (
                  <input {...props} defaultValue={component?.model} required maxLength={200} />
                )}
              </Field>
              <Field name="sku" label="SKU (optional)" error={errors.sku}>
                {(props) => <input {...props} defaultValue={component?.sku} maxLength={100} />}
              </Field>
              <CatalogPriceField
                hint={moneyHint}
                error={errors.price}
                defaultValue={component?.price}
              />
            </div>

            {category && (
              <fieldset className="catalog-specs">
                <legend>Specifications of a {category}</legend>
                {errors.specs && <div className="field-error">{errors.specs}</div>}
                <div className="form-grid">
                  {fields
                    .filter((field) => fieldApplies(field, watched))
                    .map((field) => (
                      <CatalogFieldInput
                        key={`${category}-${field.name}`}
                        field={field}
                        name={`specs[${field.name}]`}
                        defaultValue={component?.specs[field.name]}
                        error={errors[`specs.${field.name}`]}
                        onChange={(value) =>
                          setWatched((current) => ({ ...current, [field.name]: value }))
                        }
                      />
                    ))}
                </div>

                {category === 'other' && (
                  <div className="stack">
                    {extras.map((row) => (
                      <div className="extra-spec" key={row.id}>
                        <Field name={`extra-key-${row.id}`} label="Specification">
                          {(props) => (
                            <input
                              {...props}
                              name={undefined}
                              value={row.key}
                              onChange={(event) =>
                                updateExtra(row.id, { key: event.target.value.trim() })
                              }
                              placeholder="lengthMm"
                            />
                          )}
                        </Field>
                        <Field
                          name={`extra-value-${row.id}`}
                          label="Value"
                          error={errors[`specs.${row.key}`]}
                        >
                          {(props) => (
                            <input
                              {...props}
                              name={
                                row.key && !described.has(row.key) ? `specs[${row.key}]` : undefined
                              }
                              value={row.value}
                              onChange={(event) =>
                                updateExtra(row.id, { value: event.target.value })
                              }
                            />
                          )}
                        </Field>
                        <button
                          type="button"
                          className="button small ghost"
                          onClick={() =>
                            setExtras((rows) => rows.filter((other) => other.id !== row.id))
                          }
                        >
                          Remove
                        </button>
                      </div>
                    ))}
                    <button
                      type="button"
                      className="button small ghost"
                      onClick={() =>
                        setExtras((rows) => [...rows, { id: ++extraSpecIds, key: '', value: '' }])
                      }
                    >
                      Add a specification
                    </button>
                  </div>
                )}
              </fieldset>
            )}
          </>
        )}
      </StackForm>
    </StaffLayout>
  )
}
