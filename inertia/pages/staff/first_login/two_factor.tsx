import { Fragment } from 'react'
import StaffLayout, { Progress } from '~/layouts/staff_layout'
import { CodeForm } from '~/components/staff/code_form'
import type { InertiaProps } from '~/types'

type Step = { label: string; state: 'done' | 'current' | 'todo' }

export default function FirstLoginTwoFactor({
  email,
  qrCode,
  secret,
  issuer,
  steps,
}: InertiaProps<{ email: string; qrCode: string; secret: string; issuer: string; steps: Step[] }>) {
  return (
    <StaffLayout title="Set up your authenticator app" variant="auth">
      <Progress steps={steps} />
      <h1>Set up your authenticator app</h1>
      <div className="card stack">
        <p>
          Every sign-in to the back office asks for a code from an authenticator app (Google
          Authenticator, Microsoft Authenticator, 1Password, Aegis…). Scan this QR code with it:
        </p>
        <img
          className="qr"
          src={qrCode}
          alt={`QR code that adds the account ${issuer} (${email}) to an authenticator app`}
          width={240}
          height={240}
        />
        <p>Or type this key into the app (time-based, 6 digits):</p>
        {/* Groups of four, each kept whole: a line breaks only between groups. */}
        <code className="secret" data-testid="totp-secret" aria-label="Setup key">
          {secret.split(' ').map((group, index) => (
            <Fragment key={index}>
              {index > 0 && ' '}
              <span>{group}</span>
            </Fragment>
          ))}
        </code>
      </div>
      <CodeForm
        route="staff.first_login.two_factor.confirm"
        label="Code shown in the app"
        hint="Type the 6 digits the app shows now, to prove the setup works."
        submitLabel="Confirm and finish"
      />
    </StaffLayout>
  )
}
