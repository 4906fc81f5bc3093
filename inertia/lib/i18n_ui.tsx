/*
| Small building blocks of the customer pages that speak the page's language:
| the language switch, flash messages, labelled form fields (input, choice,
| text, checkbox) with their errors, and the frame of the auth pages.
*/
import { useState, type ReactNode } from 'react'
import { Head, router, usePage } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'
import { useI18n, type Locale } from '~/lib/i18n'
import { fieldWiring, type ControlAttributes } from '~/lib/field_wiring'

/**
 * "Continue with Google" (a full-page visit: Google's consent screen is
 * another site), shown only when the server says Google sign-in is set up.
 */
export function GoogleSignIn({ enabled }: { enabled: boolean }) {
  const { t } = useI18n()
  if (!enabled) return null
  return (
    <div className="google-sign-in">
      <p className="divider">
        <span>{t('auth.google.or')}</span>
      </p>
      <a className="button ghost" href="/auth/google/redirect">
        {t('auth.google.continue')}
      </a>
      <p className="hint">
        <a href="/terms">{t('auth.google.terms')}</a>
      </p>
    </div>
  )
}

/** The error of a form-level failure (`form` key), absent from the route's typed fields. */
export function formLevelError(errors: object): string | undefined {
  const value = (errors as Record<string, unknown>).form
  return typeof value === 'string' ? value : undefined
}

/** EL / EN buttons; the choice is kept in the session (and on a customer's account). */
export function LanguageSwitch() {
  const { locale, t } = useI18n()
  const choose = (next: Locale) => {
    if (next !== locale) router.post('/locale', { locale: next }, { preserveScroll: true })
  }
  return (
    <div className="lang-switch" role="group" aria-label={t('common.lang.label')}>
      {(['el', 'en'] as const).map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          title={t(option === 'el' ? 'common.lang.el' : 'common.lang.en')}
          onClick={() => choose(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  )
}

/** The `flash.success` / `flash.error` shared props of the last redirect. */
export function FlashMessages() {
  const { props } = usePage<{ flash?: { success?: string; error?: string } }>()
  const flash = props.flash ?? {}
  if (!flash.success && !flash.error) return null
  return (
    <>
      {flash.success && (
        <p className="flash flash-success" role="status">
          {flash.success}
        </p>
      )}
      {flash.error && (
        <p className="flash flash-error" role="alert">
          {flash.error}
        </p>
      )}
    </>
  )
}

/** An error about the whole form (wrong credentials, too many attempts). */
export function FormError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <p className="flash flash-error" role="alert" data-form-error>
      {message}
    </p>
  )
}


interface FieldFrameProps {
  name: string
  /** Defaults to `field-<name>`; set it when two forms of a page share a field name. */
  id?: string
  label: string
  error?: string
  hint?: string
}

/**
 * Label, the control, hint and the field's error right under it; the control
 * is given the attributes that tie it to them for screen readers.
 */
function FieldFrame({
  name,
  id = `field-${name}`,
  label,
  error,
  hint,
  control,
}: FieldFrameProps & { control: (attributes: ControlAttributes) => ReactNode }) {
  const wiring = fieldWiring({ name, id, hint, error })
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={wiring.control.id}>{label}</label>
      {control(wiring.control)}
      {hint && (
        <p className="field-hint" id={wiring.hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={wiring.errorId}>
          {error}
        </p>
      )}
    </div>
  )
}

interface FieldProps extends FieldFrameProps {
  type?: 'text' | 'email' | 'password' | 'tel' | 'number'
  autoComplete?: string
  defaultValue?: string | null
  required?: boolean
  autoFocus?: boolean
  minLength?: number
  maxLength?: number
  min?: number
  step?: number
  inputMode?: 'numeric' | 'decimal'
}

/** A labelled input; a password one can be shown while typed. */
export function Field({
  name,
  id,
  label,
  error,
  hint,
  type = 'text',
  defaultValue,
  ...input
}: FieldProps) {
  const { t } = useI18n()
  const [visible, setVisible] = useState(false)
  const inputType = type === 'password' && visible ? 'text' : type
  return (
    <FieldFrame
      {...{ name, id, label, error, hint }}
      control={(attributes) => (
        <div className={type === 'password' ? 'field-password' : undefined}>
          <input
            {...attributes}
            type={inputType}
            defaultValue={defaultValue ?? undefined}
            {...input}
          />
          {type === 'password' && (
            <button
              type="button"
              className="field-toggle"
              aria-controls={attributes.id}
              aria-pressed={visible}
              onClick={() => setVisible((value) => !value)}
            >
              {visible ? t('common.field.hide') : t('common.field.show')}
            </button>
          )}
        </div>
      )}
    />
  )
}

/** A labelled choice among `options`. */
export function SelectField({
  options,
  defaultValue,
  ...frame
}: FieldFrameProps & { options: { value: string; label: string }[]; defaultValue: string }) {
  return (
    <FieldFrame
      {...frame}
      control={(attributes) => (
        <select {...attributes} defaultValue={defaultValue}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  )
}

/** A labelled text of several lines. */
export function TextAreaField({
  rows,
  maxLength,
  required,
  ...frame
}: FieldFrameProps & { rows: number; maxLength: number; required?: boolean }) {
  return (
    <FieldFrame
      {...frame}
      control={(attributes) => (
        <textarea {...attributes} rows={rows} maxLength={maxLength} required={required} />
      )}
    />
  )
}

/** A checkbox whose label is a sentence (with links), and its error. */
export function CheckField({
  id,
  name,
  error,
  required,
  children,
}: {
  id: string
  name: string
  error?: string
  required?: boolean
  children: ReactNode
}) {
  return (
    <div className={error ? 'field field-check has-error' : 'field field-check'}>
      <label htmlFor={id}>
        <input id={id} name={name} type="checkbox" value="on" required={required} />
        <span>{children}</span>
      </label>
      {error && <p className="field-error">{error}</p>}
    </div>
  )
}

/** The frame of the auth pages: public layout (with the language switch), a narrow card. */
export function AuthFrame({
  title,
  lead,
  children,
}: {
  title: string
  lead?: string
  children: ReactNode
}) {
  return (
    <>
      <PublicLayout>
        <Head title={title} />
        <section className="container auth-page">
          <div className="auth-card">
            <h1>{title}</h1>
            {lead && <p className="auth-lead">{lead}</p>}
            <FlashMessages />
            {children}
          </div>
        </section>
      </PublicLayout>
    </>
  )
}
