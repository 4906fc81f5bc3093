import { Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { Card } from '~/components/staff/card'
import { MoneyField, Options, StackForm } from '~/components/staff/forms'
import { NotesFields } from '~/components/staff/notes_fields'
import type { InertiaProps, Option } from '~/types'

type Props = {
  /** The languages a customer's emails can be written in (the first is the default). */
  languages: Option[]
  moneyHint: string
  notesMaxLength: number
}

/** A new quote starts from what the customer told staff (SPEC §5, staff flow 1). */
export default function StaffNewQuote({
  languages,
  moneyHint,
  notesMaxLength,
}: InertiaProps<Props>) {
  return (
    <StaffLayout title="New quote">
      <p>
        <Link route="staff.orders.index">← Orders</Link>
      </p>
      <h1>New quote</h1>
      <Card id="intake" title="Customer intake">
        <p className="muted">
          The quote link goes to this email once the quote is published. Lines are added next.
        </p>
        <StackForm route="staff.quotes.store" submitLabel="Create the draft">
          {({ errors }) => (
            <>
              <div className="form-grid">
                <Field name="intakeName" label="Customer name" error={errors.intakeName}>
                  {(props) => (
                    <input {...props} autoComplete="off" maxLength={200} required autoFocus />
                  )}
                </Field>
                <Field name="intakeEmail" label="Email" error={errors.intakeEmail}>
                  {(props) => <input {...props} type="email" autoComplete="off" required />}
                </Field>
                <Field name="intakePhone" label="Phone" error={errors.intakePhone}>
                  {(props) => <input {...props} type="tel" autoComplete="off" maxLength={40} />}
                </Field>
                <Field
                  name="intakeLocale"
                  label="Customer's language"
                  hint="Their emails are written in it."
                  error={errors.intakeLocale}
                >
                  {(props) => (
                    <select {...props} defaultValue={languages[0]?.value}>
                      <Options options={languages} />
                    </select>
                  )}
                </Field>
                <Field
                  name="useCase"
                  label="Use case"
                  hint="Gaming, video editing, CAD…"
                  error={errors.useCase}
                >
                  {(props) => <input {...props} maxLength={200} />}
                </Field>
                <MoneyField name="budget" label="Budget" hint={moneyHint} error={errors.budget} />
              </div>
              <NotesFields errors={errors} maxLength={notesMaxLength} />
            </>
          )}
        </StackForm>
      </Card>
    </StaffLayout>
  )
}
