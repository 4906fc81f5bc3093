/*
| The staff forms' frames: a stacked form ending in its submit button, a form
| that is a single button, the options of a select.
*/
import type { ComponentProps, ReactNode } from 'react'
import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import { Field, SubmitButton } from '~/layouts/staff_layout'
import type { Option } from '~/types'

/**
 * A form of fields one under the other (`stack`), its submit button last.
 * `children` renders the fields from the form's state (errors).
 */
export function StackForm({
  submitLabel,
  small,
  danger,
  canSubmit = true,
  className,
  children,
  ...form
}: Pick<
  ComponentProps<typeof Form>,
  'route' | 'routeParams' | 'resetOnError' | 'resetOnSuccess' | 'onBefore' | 'options' | 'errorBag'
> & {
  submitLabel: ReactNode
  small?: boolean
  danger?: boolean
  /** False keeps the button disabled even while the form is idle (it cannot be sent yet). */
  canSubmit?: boolean
  /** Classes beside `stack`. */
  className?: string
  /** The errors come by field name (any field: the pages also show `form` and nested ones). */
  children: (slot: FormSlotProps) => ReactNode
}) {
  // Form's props are typed per route; the caller's route and its props are forwarded as given.
  const target = form as ComponentProps<typeof Form>
  return (
    <Form {...target} className={className ? `stack ${className}` : 'stack'}>
      {(slot: FormSlotProps) => (
        <>
          {children(slot)}
          <SubmitButton disabled={slot.processing || !canSubmit} small={small} danger={danger}>
            {submitLabel}
          </SubmitButton>
        </>
      )}
    </Form>
  )
}

/**
 * A form that is one small button (an action on the record the page shows).
 * With `confirm`, the browser asks that question first and nothing is sent
 * unless the member agrees.
 */
export function ButtonForm({
  route,
  routeParams,
  fields,
  confirm,
  tone,
  preserveScroll,
  label,
  children,
}: Pick<ComponentProps<typeof Form>, 'route' | 'routeParams'> & {
  /** Hidden fields sent with it. */
  fields?: Record<string, string>
  confirm?: string
  tone?: 'danger' | 'ghost'
  preserveScroll?: boolean
  /** The button's accessible name, when its text alone does not say what it acts on. */
  label?: string
  children: ReactNode
}) {
  // Form's props are typed per route; the caller's route is forwarded as given.
  const target = {
    route,
    routeParams,
    onBefore: confirm ? () => window.confirm(confirm) : undefined,
    options: preserveScroll ? { preserveScroll } : undefined,
  } as ComponentProps<typeof Form>
  return (
    <Form {...target}>
      {({ processing }: { processing: boolean }) => (
        <>
          {Object.entries(fields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button
            type="submit"
            className={tone ? `button small ${tone}` : 'button small'}
            disabled={processing}
            aria-label={label}
          >
            {children}
          </button>
        </>
      )}
    </Form>
  )
}

/** The `<option>`s of a select: labelled options, or plain values that are their own label. */
export function Options({ options }: { options: readonly (Option<string | number> | string)[] }) {
  return options.map((option) => {
    const { value, label } = typeof option === 'string' ? { value: option, label: option } : option
    return (
      <option key={value} value={value}>
        {label}
      </option>
    )
  })
}

/** The member's own password: to sign in, and again before a change to the account. */
export function CurrentPasswordField({
  name,
  label,
  error,
}: {
  name: string
  label: string
  error?: string
}) {
  return (
    <Field name={name} label={label} error={error}>
      {(props) => <input {...props} type="password" autoComplete="current-password" required />}
    </Field>
  )
}

/**
 * An amount in euros; `hint` (the server's words) says how to write it. The
 * label adds the unit: "(€, VAT included)", the gross price customers pay, or
 * with `vatIncluded={false}` only "(€)" (a supplier's price, as quoted).
 */
export function MoneyField({
  name,
  label,
  hint,
  error,
  defaultValue,
  required = false,
  vatIncluded = true,
}: {
  name: string
  label: string
  hint: string
  error?: string
  defaultValue?: string
  required?: boolean
  vatIncluded?: boolean
}) {
  const unit = vatIncluded ? '(€, VAT included)' : '(€)'
  return (
    <Field name={name} label={`${label} ${unit}`} hint={hint} error={error}>
      {(props) => (
        <input {...props} defaultValue={defaultValue} required={required} inputMode="decimal" />
      )}
    </Field>
  )
}

/** A message about the whole form (not one field), announced when it appears. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <div className="field-error" role="alert">
      {message}
    </div>
  )
}
