/*
| What the pages of one catalog row share, components and the other kinds
| alike: its price field and its activation buttons.
*/
import type { ComponentProps } from 'react'
import type { Form } from '@adonisjs/inertia/react'
import { ButtonForm, MoneyField } from '~/components/staff/forms'

type Target = ComponentProps<typeof Form>['route']

/**
 * Deactivate (after a confirmation) or reactivate a catalog row. Deactivating
 * only stops new quotes from offering it: the question says so.
 */
export function CatalogActivation({
  name,
  active,
  activate,
  deactivate,
  routeParams,
}: {
  name: string
  active: boolean
  activate: Target
  deactivate: Target
  routeParams: ComponentProps<typeof Form>['routeParams']
}) {
  return (
    <div className="actions catalog-actions">
      {active ? (
        <ButtonForm
          route={deactivate}
          routeParams={routeParams}
          confirm={`Deactivate ${name}? Quotes that have it keep it; new quotes will not offer it.`}
          tone="danger"
        >
          Deactivate
        </ButtonForm>
      ) : (
        <ButtonForm route={activate} routeParams={routeParams}>
          Reactivate
        </ButtonForm>
      )}
    </div>
  )
}

/** A catalog row's price: what a new quote line costs, VAT included (required). */
export function CatalogPriceField({
  hint,
  error,
  defaultValue,
}: {
  hint: string
  error?: string
  defaultValue?: string
}) {
  return (
    <MoneyField
      name="price"
      label="Price"
      hint={hint}
      error={error}
      defaultValue={defaultValue}
      required
    />
  )
}
