import { Link } from '@adonisjs/inertia/react'
import StaffLayout from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'

export default function StaffForbidden({ message }: InertiaProps<{ message: string }>) {
  return (
    <StaffLayout title="Not allowed">
      <h1>Not allowed</h1>
      <div className="card stack">
        <p>{message}</p>
        <p>
          <Link route="staff.dashboard" className="button">
            Back to the dashboard
          </Link>
        </p>
      </div>
    </StaffLayout>
  )
}
