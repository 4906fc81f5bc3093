import { Form, Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { ActivityList } from '~/components/staff_list'
import type { InertiaProps, Option } from '~/types'

type Props = {
  account: Data.User.Variants['forStaff']
  isSelf: boolean
  roles: Option<Data.User['role']>[]
  activity: Data.ActivityLog[]
}

const confirmFirst = (question: string) => () => window.confirm(question)

export default function StaffUser({
  account: user,
  isSelf,
  roles,
  activity,
}: InertiaProps<Props>) {
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
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">Account</h2>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{user.name}</dd>
            <dt>Role</dt>
            <dd>
              <span className={`badge role-${user.role}`}>{user.role}</span>
            </dd>
            <dt>Status</dt>
            <dd>
              {user.bannedAt ? (
                <>
                  <span className="badge danger">banned</span> {user.bannedAt}
                  <br />
                  {user.banReason}
                </>
              ) : (
                <span className="badge ok">active</span>
              )}
            </dd>
            <dt>Email confirmed</dt>
            <dd>{user.emailVerified ? 'yes' : 'no'}</dd>
            {isStaff && (
              <>
                <dt>Two-factor</dt>
                <dd>{user.twoFactorEnabled ? 'enabled' : 'not set up'}</dd>
                <dt>New password due</dt>
                <dd>{user.mustChangePassword ? 'yes, at next request' : 'no'}</dd>
              </>
            )}
            <dt>Language</dt>
            <dd>{user.language}</dd>
            <dt>Created</dt>
            <dd>{user.createdAt}</dd>
          </dl>
        </section>

        <section className="card stack" aria-labelledby="actions-title">
          <h2 id="actions-title">Actions</h2>

          <Form route="staff.users.role" routeParams={{ id: user.id }} className="stack">
            {({ errors, processing }) => (
              <>
                <Field
                  name="role"
                  label="Role"
                  hint={isSelf ? 'Changing your own role takes effect at once.' : undefined}
                  error={errors.role}
                >
                  {(props) => (
                    <select {...props} defaultValue={user.role}>
                      {roles.map((role) => (
                        <option key={role.value} value={role.value}>
                          {role.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <button type="submit" className="button small" disabled={processing}>
                  Change role
                </button>
              </>
            )}
          </Form>

          {user.bannedAt ? (
            <Form route="staff.users.unban" routeParams={{ id: user.id }}>
              {({ processing }) => (
                <button type="submit" className="button small" disabled={processing}>
                  Lift the ban
                </button>
              )}
            </Form>
          ) : (
            !isSelf && (
              <Form
                route="staff.users.ban"
                routeParams={{ id: user.id }}
                className="stack"
                onBefore={confirmFirst(`Ban ${user.email}? Their sessions end at once.`)}
              >
                {({ errors, processing }) => (
                  <>
                    <Field name="reason" label="Reason for the ban" error={errors.reason}>
                      {(props) => (
                        <textarea {...props} rows={2} required minLength={3} maxLength={500} />
                      )}
                    </Field>
                    <button type="submit" className="button small danger" disabled={processing}>
                      Ban
                    </button>
                  </>
                )}
              </Form>
            )
          )}

          {isStaff && (
            <div className="actions">
              <Form
                route="staff.users.reset_two_factor"
                routeParams={{ id: user.id }}
                onBefore={confirmFirst(
                  `Reset two-factor authentication of ${user.email}? They set up their app again at once.`
                )}
              >
                {({ processing }) => (
                  <button type="submit" className="button small danger" disabled={processing}>
                    Reset two-factor
                  </button>
                )}
              </Form>
              <Form
                route="staff.users.force_password_change"
                routeParams={{ id: user.id }}
                onBefore={confirmFirst(`Make ${user.email} choose a new password?`)}
              >
                {({ processing }) => (
                  <button type="submit" className="button small ghost" disabled={processing}>
                    Force password change
                  </button>
                )}
              </Form>
            </div>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="log-title">
        <h2 id="log-title">Activity</h2>
        <ActivityList
          entries={activity}
          describe={(entry) =>
            `${entry.subjectId === user.id ? 'by' : `on user #${entry.subjectId} by`} ${entry.actor ?? 'the system'}`
          }
        />
      </section>
    </StaffLayout>
  )
}
