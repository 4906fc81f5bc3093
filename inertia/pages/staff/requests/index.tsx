import { Form, Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout from '~/layouts/staff_layout'
import { ListCount, Pager } from '~/components/staff_list'
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
      <ListCount total={requests.metadata.total} noun={['request', 'requests']} />
      {requests.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">From</th>
              <th scope="col">Use, budget</th>
              <th scope="col">Message</th>
              <th scope="col">Quote</th>
            </tr>
          </thead>
          <tbody>
            {requests.data.map((request) => (
              <tr key={request.id}>
                <td data-label="Received">{request.receivedAt}</td>
                <td data-label="From">
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
                </td>
                <td data-label="Use, budget">
                  {useCaseLabel(request.useCase)}
                  <br />
                  {request.budget ?? '—'}
                </td>
                <td data-label="Message" className="pre-wrap">
                  {request.message}
                </td>
                <td data-label="Quote">
                  {request.draft ? (
                    <Link route="staff.orders.show" routeParams={{ id: request.draft.id }}>
                      {request.draft.number}
                    </Link>
                  ) : (
                    <Form route="staff.requests.draft" routeParams={{ id: request.id }}>
                      {({ processing }) => (
                        <button type="submit" className="button small" disabled={processing}>
                          Turn into a draft quote
                        </button>
                      )}
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No request yet.</p>
      )}
      <Pager
        meta={requests.metadata}
        link={(page, label) => (
          <Link route="staff.requests.index" qs={{ page }}>
            {label}
          </Link>
        )}
      />
    </StaffLayout>
  )
}
