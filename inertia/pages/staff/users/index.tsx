import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import {
  FilterForm,
  FilterSelect,
  ListCount,
  Pager,
  filledParams,
} from '~/components/staff_list'
import type { InertiaProps, Option, Paginated } from '~/types'

type Props = {
  users: Paginated<Data.User.Variants['forStaff']>
  filters: { q: string; role: '' | Data.User['role']; status: '' | 'active' | 'banned' }
  roles: Option<Data.User['role']>[]
}

const STATUSES = ['active', 'banned']

export default function StaffUsers({ users, filters, roles }: InertiaProps<Props>) {
  return (
    <StaffLayout title="Users">
      <h1>Users</h1>
      <FilterForm route="staff.users.index" submitLabel="Search">
        <Field name="q" label="Search by email or name">
          {(props) => <input {...props} type="search" defaultValue={filters.q} />}
        </Field>
        <FilterSelect name="role" label="Role" value={filters.role} options={roles} />
        <FilterSelect name="status" label="Status" value={filters.status} options={STATUSES} />
      </FilterForm>

      <ListCount total={users.metadata.total} noun={['account', 'accounts']} />

      {users.data.length > 0 ? (
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
            {users.data.map((user) => (
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

      <Pager
        meta={users.metadata}
        link={(page, label) => (
          <Link route="staff.users.index" qs={filledParams({ ...filters, page })}>
            {label}
          </Link>
        )}
      />
    </StaffLayout>
  )
}
