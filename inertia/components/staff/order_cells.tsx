/*
| How the order lists (the orders page, the dashboard, the requests) show an
| order and its customer.
*/
import { Link } from '@adonisjs/inertia/react'

/** The order's number, linking to its page. */
export function OrderLink({ id, number }: { id: number; number: string }) {
  return (
    <Link route="staff.orders.show" routeParams={{ id }}>
      {number}
    </Link>
  )
}

/** Who the order is for: the name, the email under it. */
export function CustomerCell({ name, email }: { name: string; email: string }) {
  return (
    <>
      {name}
      <br />
      <span className="muted">{email}</span>
    </>
  )
}
