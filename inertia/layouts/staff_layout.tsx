import '../css/staff.css'
import { useEffect, type ReactNode } from 'react'
import { Head, usePage } from '@inertiajs/react'
import { Form, Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import { fieldWiring, type ControlAttributes } from '~/lib/field_wiring'

type SharedProps = Data.SharedProps

type Section = {
  route: (typeof SECTIONS)[number]['route']
  label: string
  /** The path the section's pages are under. */
  path: string
  exact?: boolean
  superadminOnly?: boolean
}

/** The back office's sections, in the navigation's order. */
const SECTIONS = [
  { route: 'staff.dashboard', label: 'Dashboard', path: '/staff', exact: true },
  { route: 'staff.orders.index', label: 'Orders', path: '/staff/orders' },
  { route: 'staff.requests.index', label: 'Requests', path: '/staff/requests' },
  { route: 'staff.quotes.create', label: 'New quote', path: '/staff/quotes/new' },
  { route: 'staff.catalog.components.index', label: 'Catalog', path: '/staff/catalog' },
  { route: 'staff.users.index', label: 'Users', path: '/staff/users', superadminOnly: true },
  { route: 'staff.settings', label: 'Settings', path: '/staff/settings' },
] as const

/**
 * Frame of every back-office page (English, SPEC §13). `auth` is the narrow
 * variant of the sign-in steps: no navigation, only "Sign out" once someone
 * is signing in.
 */
export default function StaffLayout({
  title,
  variant = 'app',
  signOut = true,
  children,
}: {
  title: string
  variant?: 'app' | 'auth'
  /** Show the sign-out button (everywhere but the login page). */
  signOut?: boolean
  children: ReactNode
}) {
  const page = usePage<SharedProps>()
  const { user, flash } = page.props
  const url = page.url

  useEffect(() => {
    document.documentElement.lang = 'en'
  }, [])

  // A section is current on its pages and below (an order is under Orders); the dashboard only on itself.
  const current = ({ path, exact }: Section) =>
    url === path || (!exact && (url.startsWith(`${path}/`) || url.startsWith(`${path}?`)))
      ? 'page'
      : undefined

  return (
    <div className="staff-body">
      <Head title={`${title} · Staff`} />
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="staff-header">
        <div className="container">
          <Link
            className="staff-brand"
            route={variant === 'app' ? 'staff.dashboard' : 'staff.login'}
          >
            PC<span>MR</span>
            <small>Staff</small>
          </Link>
          {variant === 'app' ? (
            <nav className="staff-nav" aria-label="Back office">
              {SECTIONS.filter(
                (section: Section) => !section.superadminOnly || user?.role === 'superadmin'
              ).map((section) => (
                <Link key={section.route} route={section.route} aria-current={current(section)}>
                  {section.label}
                </Link>
              ))}
            </nav>
          ) : (
            <div className="staff-nav" />
          )}
          {signOut && (
            <div className="staff-account">
              {user && <span className="mono">{user.email}</span>}
              <Form route="staff.logout">
                {({ processing }) => (
                  <button type="submit" className="button small ghost" disabled={processing}>
                    Sign out
                  </button>
                )}
              </Form>
            </div>
          )}
        </div>
      </header>
      <main id="content" className="staff-main" tabIndex={-1}>
        <div className="container">
          <div className={variant === 'auth' ? 'staff-auth' : undefined}>
            <FlashMessages success={flash?.success} error={flash?.error} />
            {children}
          </div>
        </div>
      </main>
      <footer className="staff-footer">
        <div className="container">PCMR back office</div>
      </footer>
    </div>
  )
}

function FlashMessages({ success, error }: { success?: string; error?: string }) {
  return (
    <>
      {error && (
        <div className="flash error" role="alert">
          {error}
        </div>
      )}
      {success && (
        <div className="flash success" role="status">
          {success}
        </div>
      )}
    </>
  )
}

/**
 * A labelled input with its error under it, wired for screen readers
 * (aria-invalid, aria-describedby).
 */
export function Field({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: string
  label: string
  error?: string
  hint?: string
  children?: (props: ControlAttributes) => ReactNode
}) {
  const wiring = fieldWiring({ name, hint, error })
  return (
    <div className="field">
      <label htmlFor={wiring.control.id}>{label}</label>
      {children ? children(wiring.control) : <input {...wiring.control} />}
      {/* Under the input, as on the customer forms: fields side by side keep their inputs level. */}
      {hint && (
        <span className="hint" id={wiring.hintId}>
          {hint}
        </span>
      )}
      {error && (
        <div className="field-error" id={wiring.errorId}>
          {error}
        </div>
      )}
    </div>
  )
}

/** The submit button of a form, on its own row; `disabled` while the form is sent (or cannot be). */
export function SubmitButton({
  disabled,
  small = false,
  danger = false,
  children,
}: {
  disabled: boolean
  small?: boolean
  /** For what cannot be undone (a ban). */
  danger?: boolean
  children: ReactNode
}) {
  const className = ['button', small && 'small', danger && 'danger'].filter(Boolean).join(' ')
  return (
    <div className="actions">
      <button type="submit" className={className} disabled={disabled}>
        {children}
      </button>
    </div>
  )
}

/** A new password and its confirmation (the first-login step and the settings page). */
export function NewPasswordFields({
  errors,
  minLength,
  autoFocus = false,
}: {
  errors: Record<string, string | undefined>
  /** The server's minimum for staff passwords (a page prop). */
  minLength: number
  autoFocus?: boolean
}) {
  return (
    <>
      <Field
        name="password"
        label="New password"
        hint={`At least ${minLength} characters.`}
        error={errors.password}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            minLength={minLength}
            required
            autoFocus={autoFocus}
          />
        )}
      </Field>
      <Field
        name="password_confirmation"
        label="New password, again"
        error={fieldErrors(errors).password_confirmation}
      >
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </Field>
    </>
  )
}

/** Where the member is in the first sign-in. */
export function Progress({
  steps,
}: {
  steps: { label: string; state: 'done' | 'current' | 'todo' }[]
}) {
  return (
    <ol className="progress" aria-label="First sign-in">
      {steps.map((step, index) => (
        <li
          key={step.label}
          className={step.state}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          {index + 1}. {step.label}
          {step.state === 'done' ? ' ✓' : ''}
        </li>
      ))}
    </ol>
  )
}

/** Form errors by field name, for fields the route's validator does not list. */
export function fieldErrors(errors: object) {
  return errors as Record<string, string | undefined>
}
