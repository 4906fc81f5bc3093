import { Form, Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'

type UserRow = {
  id: number
  email: string
  name: string
  role: string
  locale: string
  emailVerified: boolean
  mustChangePassword: boolean
  bannedAt: string | null
  banReason: string | null
  twoFactorEnabled: boolean
  createdAt: string
}

type Props = {
  users: UserRow[]
  filters: {
    q: string
    role: '' | 'customer' | 'admin' | 'superadmin'
    status: '' | 'active' | 'banned'
  }
  pagination: { page: number; lastPage: number; total: number }
}

function pageQuery(filters: Props['filters'], page: number) {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    page,
  }
}

export default function StaffUsers({ users, filters, pagination }: InertiaProps<Props>) {
  return (
    <StaffLayout title="Users">
      <h1>Users</h1>
      <Form route="staff.users.index" className="filters" role="search">
        {({ processing }) => (
          <>
            <Field name="q" label="Search by email or name">
              {(props) => <input {...props} type="search" defaultValue={filters.q} />}
            </Field>
            <Field name="role" label="Role">
              {(props) => (
                <select {...props} defaultValue={filters.role}>
                  <option value="">Any</option>
                  <option value="customer">customer</option>
                  <option value="admin">admin</option>
                  <option value="superadmin">superadmin</option>
                </select>
              )}
            </Field>
            <Field name="status" label="Status">
              {(props) => (
                <select {...props} defaultValue={filters.status}>
                  <option value="">Any</option>
                  <option value="active">active</option>
                  <option value="banned">banned</option>
                </select>
              )}
            </Field>
            <button type="submit" className="button" disabled={processing}>
              Search
            </button>
          </>
        )}
      </Form>

      <p className="muted" role="status">
        {pagination.total} {pagination.total === 1 ? 'account' : 'accounts'}
      </p>

      {users.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td data-label="Email">
                  <Link route="staff.users.show" routeParams={{ id: user.id }} className="mono">
                    {user.email}
                  </Link>
                </td>
                <td data-label="Name">{user.name}</td>
                <td data-label="Role">
                  <span className={`badge role-${user.role}`}>{user.role}</span>
                </td>
                <td data-label="Status">
                  {user.bannedAt ? (
                    <span className="badge danger">banned</span>
                  ) : (
                    <span className="badge ok">active</span>
                  )}{' '}
                  {user.role !== 'customer' && !user.twoFactorEnabled && (
                    <span className="badge">no 2FA yet</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No account matches.</p>
      )}

      {pagination.lastPage > 1 && (
        <nav className="pagination" aria-label="Pages">
          {pagination.page > 1 && (
            <Link route="staff.users.index" qs={pageQuery(filters, pagination.page - 1)}>
              ← Previous
            </Link>
          )}
          <span>
            Page {pagination.page} of {pagination.lastPage}
          </span>
          {pagination.page < pagination.lastPage && (
            <Link route="staff.users.index" qs={pageQuery(filters, pagination.page + 1)}>
              Next →
            </Link>
          )}
        </nav>
      )}
    </StaffLayout>
  )
}
