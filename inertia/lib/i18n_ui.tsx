/*
| Small building blocks of the customer pages that speak the page's language:
| the language switch, flash messages, a labelled form field with its error,
| and the frame of the auth pages.
*/
import { useState, type ReactNode } from 'react'
import { Head, router, usePage } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'
import { useI18n, type Locale } from '~/lib/i18n'

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

interface FieldProps {
  name: string
  /** Defaults to `field-<name>`; set it when two forms of a page share a field name. */
  id?: string
  label: string
  type?: 'text' | 'email' | 'password' | 'tel' | 'number'
  error?: string
  hint?: string
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

/** Label, input, hint and the field's error right under it. */
export function Field({
  name,
  id: givenId,
  label,
  type = 'text',
  error,
  hint,
  defaultValue,
  ...input
}: FieldProps) {
  const { t } = useI18n()
  const [visible, setVisible] = useState(false)
  const id = givenId ?? `field-${name}`
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  const inputType = type === 'password' && visible ? 'text' : type
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className={type === 'password' ? 'field-password' : undefined}>
        <input
          id={id}
          name={name}
          type={inputType}
          defaultValue={defaultValue ?? undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
        {type === 'password' && (
          <button
            type="button"
            className="field-toggle"
            aria-controls={id}
            aria-pressed={visible}
            onClick={() => setVisible((value) => !value)}
          >
            {visible ? t('common.field.hide') : t('common.field.show')}
          </button>
        )}
      </div>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
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
