import type { ComponentProps } from 'react'
import type { Form } from '@adonisjs/inertia/react'
import { ButtonForm } from '~/components/staff/forms'

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
