/// <reference lib="dom" />
import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import { generate } from 'otplib'
import StaffVerifyEmailMail from '#mails/staff/staff_verify_email_mail'
import { nowInSeconds, TOTP_PERIOD_SECONDS } from '#services/two_factor_service'
import { createStaff, STAFF_PASSWORD } from '#tests/helpers/staff'

const NEW_PASSWORD = 'my-own-password-2026'

test.group('Staff first login in Chromium', () => {
  test('new password → email link → authenticator → recovery codes → back office; then a normal sign-in', async ({
    visit,
    assert,
  }) => {
    using fake = mail.fake()
    const user = await createStaff({
      email: 'eleni@pcmr.gr',
      role: 'superadmin',
      mustChangePassword: true,
      emailVerifiedAt: null,
    })

    // Password
    const page = await visit('/staff/login')
    await page.assertTextContains('h1', 'Staff sign-in')
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').fill(STAFF_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()

    // 1. New password (a mismatch shows its error next to the field first)
    await page.waitForURL('**/staff/first-login/password')
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
    await page.getByLabel('New password, again').fill('something-else-2026')
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await page.locator('#field-password_confirmation-error').waitFor()
    await page.assertText('#field-password_confirmation-error', 'The two passwords do not match.')
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
    await page.getByLabel('New password, again').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Save and continue' }).click()

    // 2. Email confirmation, through the link of the (faked) email
    await page.waitForURL('**/staff/first-login/verify-email')
    await page.getByRole('button', { name: 'Send the confirmation link' }).click()
    await page.getByText(`We sent a confirmation link to ${user.email}.`).waitFor()
    const [sent] = fake.mails.queued() as StaffVerifyEmailMail[]
    assert.instanceOf(sent, StaffVerifyEmailMail)
    const text = String(sent.message.toObject().message.text)
    const link = text.match(/https?:\/\/\S+\/staff\/first-login\/verify-email\/\S+/)![0]
    await page.goto(new URL(link).pathname)

    // 3. Authenticator: the code is computed from the key shown on the page
    await page.waitForURL('**/staff/first-login/two-factor')
    await page.getByText('Your email address is confirmed.').waitFor()
    await page.assertExists('img.qr')
    const shownKey = await page.getByTestId('totp-secret').innerText()
    const secret = shownKey.replace(/\s+/g, '')
    assert.match(secret, /^[A-Z2-7]{32}$/)
    await page.getByLabel('Code shown in the app').fill(await generate({ secret }))
    await page.getByRole('button', { name: 'Confirm and finish' }).click()

    // Recovery codes, once
    await page.waitForURL('**/staff/recovery-codes')
    await page.assertElementsCount('.recovery-codes li', 10)
    const codes = await page.locator('.recovery-codes li').allInnerTexts()
    for (const code of codes) assert.match(code, /^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    await page.getByRole('link', { name: 'I have saved them, continue' }).click()

    // The back office
    await page.waitForURL(/\/staff$/)
    await page.assertTextContains('h1', 'Staff back office')
    await page.assertExists('a.section-card[href="/staff/users"]')

    // Reloading the codes page does not show them again
    await page.goto('/staff/recovery-codes')
    await page.waitForURL('**/staff/settings')
    await page.getByText('Recovery codes are shown only once').waitFor()

    // Sign out, then a normal sign-in asks for a code
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/staff/login')
    await page.getByText('You have been signed out.').waitFor()
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/staff/two-factor')

    // A wrong code: the error is next to the field
    await page.getByLabel('Authentication code').fill('000000')
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.locator('#field-code-error').waitFor()
    await page.assertTextContains('#field-code-error', 'not valid')

    // The enrolment code's step is used: take the next step's code, which
    // the ±1-step window accepts now (no need to wait 30 seconds).
    const nextCode = await generate({ secret, epoch: nowInSeconds() + TOTP_PERIOD_SECONDS })
    await page.getByLabel('Authentication code').fill(nextCode)
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.waitForURL(/\/staff$/)
    await page.assertTextContains('h1', 'Staff back office')
  }).timeout(120_000)

  test('the staff pages fit a phone screen', async ({ browserContext, assert }) => {
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto('/staff/login')
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    assert.isAtMost(overflow, 0)
    const primary = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim()
    )
    assert.equal(primary, '#400080')
  })
})
