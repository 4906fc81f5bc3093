import { Form } from '@adonisjs/inertia/react'
import StaffLayout, { Progress, SubmitButton } from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'

type Step = { label: string; state: 'done' | 'current' | 'todo' }

export default function FirstLoginVerifyEmail({
  email,
  sent,
  steps,
}: InertiaProps<{ email: string; sent: boolean; steps: Step[] }>) {
  return (
    <StaffLayout title="Confirm your email" variant="auth">
      <Progress steps={steps} />
      <h1>Confirm your email</h1>
      <div className="card stack">
        <p>
          We send a confirmation link to <strong>{email}</strong>. Open it in this browser to
          continue. The link works once and expires in 48 hours.
        </p>
        {sent && (
          <p className="muted">
            Nothing arrived? Check the spam folder, wait a minute, then send another link.
          </p>
        )}
        <Form route="staff.first_login.verify_email.send">
          {({ processing }) => (
            <SubmitButton disabled={processing}>
              {sent ? 'Send another link' : 'Send the confirmation link'}
            </SubmitButton>
          )}
        </Form>
      </div>
    </StaffLayout>
  )
}
