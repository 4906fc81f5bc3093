import type { Data } from '@generated/data'
import StaffLayout from '~/layouts/staff_layout'
import { PagedTable } from '~/components/staff/data_table'
import { ButtonForm } from '~/components/staff/forms'
import { OrderLink } from '~/components/staff/order_cells'
import type { InertiaProps, Option, Paginated } from '~/types'

type Props = {
  requests: Paginated<Data.IntakeRequest>
  useCases: Option[]
}

/** /staff/requests: what visitors sent through /contact; one click makes a draft quote of one. */
export default function StaffRequests({ requests, useCases }: InertiaProps<Props>) {
  const useCaseLabel = (value: string) =>
    useCases.find((option) => option.value === value)?.label ?? value
  return (
    <StaffLayout title="Requests">
      <h1>Requests</h1>
      <p className="muted">Sent through the contact page. Open ones first, newest first.</p>
      <PagedTable
        page={requests}
        noun={['request', 'requests']}
        route="staff.requests.index"
        columns={[
          { label: 'Received', cell: (request) => request.receivedAt },
          {
            label: 'From',
            cell: (request) => (
              <>
                {request.name}
                <br />
                <a className="mono" href={`mailto:${request.email}`}>
                  {request.email}
                </a>
                {request.phone && (
                  <>
                    <br />
                    <span className="mono">{request.phone}</span>
                  </>
                )}
                <br />
                <span className="badge">{request.locale.toUpperCase()}</span>
              </>
            ),
          },
          {
            label: 'Use, budget',
            cell: (request) => (
              <>
                {useCaseLabel(request.useCase)}
                <br />
                {request.budget ?? '—'}
              </>
            ),
          },
          { label: 'Message', className: 'pre-wrap', cell: (request) => request.message },
          {
            label: 'Quote',
            cell: (request) =>
              request.draft ? (
                <OrderLink id={request.draft.id} number={request.draft.number} />
              ) : (
                <ButtonForm route="staff.requests.draft" routeParams={{ id: request.id }}>
                  Turn into a draft quote
                </ButtonForm>
              ),
          },
        ]}
        empty={<p>No request yet.</p>}
      />
    </StaffLayout>
  )
}
