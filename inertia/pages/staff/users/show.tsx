import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { ActivityList } from '~/components/staff_list'
import { AccountStatusBadge, RoleBadge } from '~/components/staff/badges'
import { Card, Facts } from '~/components/staff/card'
import { ButtonForm, Options, StackForm } from '~/components/staff/forms'
import type { InertiaProps, Option } from '~/types'

type Props = {
  account: Data.User.Variants['forStaff']
  isSelf: boolean
  roles: Option<Data.User['role']>[]
  activity: Data.ActivityLog[]
}

export default function StaffUser({ account: user, isSelf, roles, activity }: InertiaProps<Props>) {
  const isStaff = user.role !== 'customer'
  return (
    <StaffLayout title={user.email}>
      <p>
        <Link route="staff.users.index">← All users</Link>
      </p>
      <h1 className="mono">{user.email}</h1>
      {user.role === 'customer' && (
        <p>
          <Link route="staff.orders.index" qs={{ customer: user.id }} className="button small">
            Orders of this customer
          </Link>
        </p>
      )}
      <div className="detail-grid">
        <Card id="facts" title="Account">
          <Facts
            facts={[
              { term: 'Name', value: user.name },
              { term: 'Role', value: <RoleBadge role={user.role} /> },
              {
                term: 'Status',
                value: (
                  <>
                    <AccountStatusBadge banned={Boolean(user.bannedAt)} />
                    {user.bannedAt && (
                      <>
                        {' '}
                        {user.bannedAt}
                        <br />
                        {user.banReason}
                      </>
                    )}
                  </>
                ),
              },
              { term: 'Email confirmed', value: user.emailVerified ? 'yes' : 'no' },
              isStaff && {
                term: 'Two-factor',
                value: user.twoFactorEnabled ? 'enabled' : 'not set up',
              },
              isStaff && {
                term: 'New password due',
                value: user.mustChangePassword ? 'yes, at next request' : 'no',
              },
              { term: 'Language', value: user.language },
              { term: 'Created', value: user.createdAt },
            ]}
          />
        </Card>

        <Card id="actions" title="Actions" className="stack">
          <StackForm
            route="staff.users.role"
            routeParams={{ id: user.id }}
            submitLabel="Change role"
            small
          >
            {({ errors }) => (
              <Field
                name="role"
                label="Role"
                hint={isSelf ? 'Changing your own role takes effect at once.' : undefined}
                error={errors.role}
              >
                {(props) => (
                  <select {...props} defaultValue={user.role}>
                    <Options options={roles} />
                  </select>
                )}
              </Field>
            )}
          </StackForm>

          {user.bannedAt ? (
            <ButtonForm route="staff.users.unban" routeParams={{ id: user.id }}>
              Lift the ban
            </ButtonForm>
          ) : (
            !isSelf && (
              <StackForm
                route="staff.users.ban"
                routeParams={{ id: user.id }}
                onBefore={() => window.confirm(`Ban ${user.email}? Their sessions end at once.`)}
                submitLabel="Ban"
                small
                danger
              >
                {({ errors }) => (
                  <Field name="reason" label="Reason for the ban" error={errors.reason}>
                    {(props) => (
                      <textarea {...props} rows={2} required minLength={3} maxLength={500} />
                    )}
                  </Field>
                )}
              </StackForm>
            )
          )}

          {isStaff && (
            <div className="actions">
              <ButtonForm
                route="staff.users.reset_two_factor"
                routeParams={{ id: user.id }}
                confirm={`Reset two-factor authentication of ${user.email}? They set up their app again at once.`}
                tone="danger"
              >
                Reset two-factor
              </ButtonForm>
              <ButtonForm
                route="staff.users.force_password_change"
                routeParams={{ id: user.id }}
                confirm={`Make ${user.email} choose a new password?`}
                tone="ghost"
              >
                Force password change
              </ButtonForm>
            </div>
          )}
        </Card>
      </div>

      <Card id="log" title="Activity">
        <ActivityList
          entries={activity}
          subject={(entry) => (entry.subjectId === user.id ? null : `on user #${entry.subjectId} `)}
        />
      </Card>
    </StaffLayout>
  )
}
