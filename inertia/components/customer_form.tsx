/*
| The forms of the customer pages (auth and portal): one frame — the form-level
| error, the fields, the submit button — and the fields they share, each with
| its label, autocomplete and hint stated once.
*/
import type { ComponentProps, ReactNode } from 'react'
import { Form, Link } from '@adonisjs/inertia/react'
import { useI18n } from '~/lib/i18n'
import { AuthFrame, Field, FormError, formLevelError } from '~/lib/i18n_ui'

export type FieldErrors = Record<string, string | undefined>

type CustomerFormProps = Omit<ComponentProps<typeof Form>, 'children' | 'className'> & {
  /** The label of the submit button. */
  submit: string
  /** The submit button is the page's secondary action (a ghost button). */
  secondary?: boolean
  /** What the form says before its error and fields (a heading, a lead). */
  intro?: ReactNode
  /** The fields, given the errors of the last submission. */
  children: (errors: FieldErrors) => ReactNode
}

/*
| Form's props are a union (route or action form) that TypeScript cannot spread
| back into it; callers' props were checked against it (CustomerFormProps).
*/
const InertiaForm = Form as unknown as (
  props: Omit<CustomerFormProps, 'submit' | 'secondary' | 'intro' | 'children'> & {
    className: string
    children: (slot: { errors: FieldErrors; processing: boolean }) => ReactNode
  }
) => ReactNode

/** An Inertia form: error about the whole form, the fields, submit (disabled while sending). */
export function CustomerForm({ submit, secondary, intro, children, ...form }: CustomerFormProps) {
  return (
    <InertiaForm {...form} className="form">
      {({ errors, processing }) => (
        <>
          {intro}
          <FormError message={formLevelError(errors)} />
          {children(errors)}
          <button
            type="submit"
            className={secondary ? 'button ghost' : 'button'}
            disabled={processing}
          >
            {submit}
          </button>
        </>
      )}
    </InertiaForm>
  )
}

/** First and last name side by side. */
export function NameFields({
  errors,
  defaults,
}: {
  errors: FieldErrors
  defaults?: { firstName: string; lastName: string }
}) {
  const { t } = useI18n()
  return (
    <div className="field-row">
      <Field
        name="firstName"
        label={t('common.field.firstName')}
        autoComplete="given-name"
        defaultValue={defaults?.firstName}
        error={errors.firstName}
        required
      />
      <Field
        name="lastName"
        label={t('common.field.lastName')}
        autoComplete="family-name"
        defaultValue={defaults?.lastName}
        error={errors.lastName}
        required
      />
    </div>
  )
}

/** The name a visitor gives with a request (contact, waitlist), as long as the server keeps. */
export function PersonNameField({
  label,
  error,
  required,
}: {
  label: string
  error?: string
  required?: boolean
}) {
  return (
    <Field
      name="name"
      label={label}
      autoComplete="name"
      maxLength={200}
      error={error}
      required={required}
    />
  )
}

/** An email address: the account's (`email`) or a new one (`newEmail`). */
export function EmailField({
  name = 'email',
  label,
  autoComplete = 'email',
  error,
}: {
  name?: 'email' | 'newEmail'
  label?: string
  autoComplete?: 'email' | 'username'
  error?: string
}) {
  const { t } = useI18n()
  return (
    <Field
      name={name}
      type="email"
      label={label ?? t('common.field.email')}
      autoComplete={autoComplete}
      error={error}
      required
    />
  )
}

/** A password being chosen, with the rule of a good one (`minLength`: the server's, a page prop). */
export function NewPasswordField({
  name = 'password',
  label,
  minLength,
  error,
  autoFocus,
}: {
  name?: 'password' | 'newPassword'
  label?: string
  minLength: number
  error?: string
  autoFocus?: boolean
}) {
  const { t } = useI18n()
  return (
    <Field
      name={name}
      type="password"
      label={label ?? t('common.field.password')}
      hint={t('common.field.passwordHint', { min: minLength })}
      autoComplete="new-password"
      error={error}
      minLength={minLength}
      required
      autoFocus={autoFocus}
    />
  )
}

/** The password the customer has now (`id` tells apart two such fields on one page). */
export function CurrentPasswordField({
  name = 'currentPassword',
  id,
  label,
  error,
}: {
  name?: 'currentPassword' | 'password'
  id?: string
  label?: string
  error?: string
}) {
  const { t } = useI18n()
  return (
    <Field
      name={name}
      id={id}
      type="password"
      label={label ?? t('common.field.currentPassword')}
      autoComplete="current-password"
      error={error}
      required
    />
  )
}

/** The optional phone number. */
export function PhoneField({
  label,
  error,
  defaultValue,
  withHint,
}: {
  label?: string
  error?: string
  defaultValue?: string | null
  withHint?: boolean
}) {
  const { t } = useI18n()
  return (
    <Field
      name="phone"
      type="tel"
      label={label ?? t('common.field.phone')}
      hint={withHint ? t('common.field.phoneHint') : undefined}
      autoComplete="tel"
      defaultValue={defaultValue}
      error={error}
    />
  )
}

/** The emailed links a visitor can ask for, their route and their words in auth.json. */
const EMAILED_LINKS = {
  forgot: 'password.forgot.store',
  resend: 'verification.resend',
} as const

/**
 * "Send me a link" (forgot password, new confirmation link): the email form
 * in the auth frame, with the way back to signing in.
 */
export function EmailLinkRequest({ link }: { link: keyof typeof EMAILED_LINKS }) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t(`auth.${link}.title`)} lead={t(`auth.${link}.lead`)}>
      <CustomerForm route={EMAILED_LINKS[link]} submit={t(`auth.${link}.submit`)} resetOnSuccess>
        {(errors) => <EmailField error={errors.email} />}
      </CustomerForm>
      <p className="auth-links">
        <Link route="login">{t('auth.forgot.back')}</Link>
      </p>
    </AuthFrame>
  )
}
