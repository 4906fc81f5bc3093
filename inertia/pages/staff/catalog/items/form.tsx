import { Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import type { Data } from '@generated/data'
import { CatalogFieldInput, type CatalogKindDefinition } from '~/components/catalog'
import { ActiveBadge, NOT_OFFERED } from '~/components/staff/badges'
import { CatalogActivation, CatalogPriceField } from '~/components/staff/catalog_row'
import { StackForm } from '~/components/staff/forms'
import type { InertiaProps } from '~/types'

type Props = {
  definition: CatalogKindDefinition
  item: Data.CatalogItem.Variants['forForm'] | null
  moneyHint: string
}

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
          <ActiveBadge active={false} inactiveLabel={NOT_OFFERED} />
        </p>
      )}

      <StackForm
        {...(item
          ? { route: 'staff.catalog.items.update', routeParams: { ...kind, id: item.id } }
          : { route: 'staff.catalog.items.store', routeParams: kind })}
        className="card catalog-form"
        submitLabel={item ? 'Save' : 'Add to the catalog'}
      >
        {({ errors }) => (
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
              <CatalogPriceField hint={moneyHint} error={errors.price} defaultValue={item?.price} />
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
          </>
        )}
      </StackForm>

      {item && (
        <CatalogActivation
          name={item.name}
          active={item.active}
          activate="staff.catalog.items.activate"
          deactivate="staff.catalog.items.deactivate"
          routeParams={{ ...kind, id: item.id }}
        />
      )}
    </StaffLayout>
  )
}
