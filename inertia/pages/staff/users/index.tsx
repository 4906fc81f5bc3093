import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { FilterForm, FilterSelect } from '~/components/staff_list'
import { PagedTable } from '~/components/staff/data_table'
import { AccountStatusBadge, RoleBadge } from '~/components/staff/badges'
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

      <PagedTable
        page={users}
        noun={['account', 'accounts']}
        route="staff.users.index"
        query={filters}
        columns={[
          {
            label: 'Email',
            cell: (user) => (
              <Link route="staff.users.show" routeParams={{ id: user.id }} className="mono">
                {user.email}
              </Link>
            ),
          },
          { label: 'Name', cell: (user) => user.name },
          { label: 'Role', cell: (user) => <RoleBadge role={user.role} /> },
          {
            label: 'Status',
            cell: (user) => (
              <>
                <AccountStatusBadge banned={Boolean(user.bannedAt)} />{' '}
                {user.role !== 'customer' && !user.twoFactorEnabled && (
                  <span className="badge">no 2FA yet</span>
                )}
              </>
            ),
          },
        ]}
        empty={<p>No account matches.</p>}
      />
    </StaffLayout>
  )
}
