import { useState } from 'react'
import { Link } from '@adonisjs/inertia/react'
import StaffLayout from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'

export default function StaffRecoveryCodes({ codes }: InertiaProps<{ codes: string[] }>) {
  const [copied, setCopied] = useState(false)

  async function copy() {
    await navigator.clipboard.writeText(codes.join('\n'))
    setCopied(true)
  }

  return (
    <StaffLayout title="Recovery codes" variant="auth">
      <h1>Your recovery codes</h1>
      <div className="card">
        <p>
          If you lose your phone, each of these codes signs you in once instead of the app's code.{' '}
          <strong>This is the only time they are shown</strong>: print them or keep them in your
          password manager, away from your phone.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <div className="actions no-print">
          <button type="button" className="button ghost small" onClick={copy}>
            {copied ? 'Copied' : 'Copy all'}
          </button>
          <button type="button" className="button ghost small" onClick={() => window.print()}>
            Print
          </button>
          <Link route="staff.dashboard" className="button">
            I have saved them, continue
          </Link>
        </div>
        <p className="muted" role="status">
          {copied ? 'The codes are in your clipboard.' : ''}
        </p>
      </div>
    </StaffLayout>
  )
}
