import { Form, Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field, fieldErrors, SubmitButton } from '~/layouts/staff_layout'
import type { Data } from '@generated/data'
import { CatalogFieldInput, type CatalogKindDefinition } from '~/components/catalog'
import type { InertiaProps } from '~/types'

type Props = {
  definition: CatalogKindDefinition
  item: Data.CatalogItem.Variants['forForm'] | null
  moneyHint: string
}

const confirmFirst = (question: string) => () => window.confirm(question)

/** Create or edit a row of any non-component kind; its own fields come from `definition`. */
export default function CatalogItemForm({ definition, item, moneyHint }: InertiaProps<Props>) {
  const kind = { kind: definition.slug }
  const title = item ? `Edit ${item.name}` : `New ${definition.singular}`

  return (
    <StaffLayout title={title}>
      <p>
        <Link route="staff.catalog.items.index" routeParams={kind}>
          ← {definition.title}
        </Link>
      </p>
      <h1>{title}</h1>
      {item && !item.active && (
        <p>
          <span className="badge">inactive — not offered in new quotes</span>
        </p>
      )}

      <Form
        {...(item
          ? { route: 'staff.catalog.items.update', routeParams: { ...kind, id: item.id } }
          : { route: 'staff.catalog.items.store', routeParams: kind })}
        className="card stack catalog-form"
      >
        {({ errors: formErrors, processing }) => {
          const errors = fieldErrors(formErrors)
          return (
            <>
              <Field name="name" label="Name" error={errors.name}>
                {(props) => (
                  <input {...props} defaultValue={item?.name} required maxLength={200} autoFocus />
                )}
              </Field>
              <Field name="description" label="Description (optional)" error={errors.description}>
                {(props) => (
                  <textarea {...props} defaultValue={item?.description} rows={3} maxLength={2000} />
                )}
              </Field>
              <div className="form-grid">
                <Field
                  name="price"
                  label="Price (€, VAT included)"
                  hint={moneyHint}
                  error={errors.price}
                >
                  {(props) => (
                    <input {...props} defaultValue={item?.price} required inputMode="decimal" />
                  )}
                </Field>
                {definition.fields.map((field) => (
                  <CatalogFieldInput
                    key={field.name}
                    field={field}
                    name={field.name}
                    defaultValue={item?.values[field.name]}
                    error={errors[field.name]}
                  />
                ))}
              </div>
              <SubmitButton disabled={processing}>
                {item ? 'Save' : 'Add to the catalog'}
              </SubmitButton>
            </>
          )
        }}
      </Form>

      {item && (
        <div className="actions catalog-actions">
          {item.active ? (
            <Form
              route="staff.catalog.items.deactivate"
              routeParams={{ ...kind, id: item.id }}
              onBefore={confirmFirst(
                `Deactivate ${item.name}? Quotes that have it keep it; new quotes will not offer it.`
              )}
            >
              {({ processing }) => (
                <button type="submit" className="button small danger" disabled={processing}>
                  Deactivate
                </button>
              )}
            </Form>
          ) : (
            <Form route="staff.catalog.items.activate" routeParams={{ ...kind, id: item.id }}>
              {({ processing }) => (
                <button type="submit" className="button small" disabled={processing}>
                  Reactivate
                </button>
              )}
            </Form>
          )}
        </div>
      )}
    </StaffLayout>
  )
}
