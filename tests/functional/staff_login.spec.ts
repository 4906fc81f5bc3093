import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import ActivityLog from '#models/activity_log'
import TwoFactorSecret from '#models/two_factor_secret'
import { PENDING_KEY } from '#services/staff_session_service'
import TwoFactorService from '#services/two_factor_service'
import {
  assertSignsIn,
  createCustomer,
  createEnrolledStaff,
  createStaff,
  createStaffWithSecret,
  pendingSession,
  STAFF_PASSWORD,
  totpCode,
} from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'

const login = (client: ApiClient, email: string, password: string) =>
  client.post('/staff/login').header('referer', '/staff/login').submitForm({ email, password })

const INVALID = 'The email or the password is not correct.'

test.group('Staff login: password', (group) => {
  group.each.timeout(60_000)

  test('GET /staff/login renders the staff sign-in page', async ({ client }) => {
    const response = await client.get('/staff/login').withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('staff/login')
  })

  test('a correct password starts the sign-in without logging in, with a new session id', async ({
    client,
    assert,
  }) => {
    const user = await createEnrolledStaff()
    const request = login(client, user.email.toUpperCase(), STAFF_PASSWORD)
    const sessionIdBefore = request.sessionClient.sessionId
    const response = await request

    assertRedirect(response, '/staff/two-factor')
    assert.equal(response.session(PENDING_KEY).userId, user.id)
    response.assertSessionMissing('auth_web')
    assert.notEqual(response.cookie('pcmr-session')?.value, sessionIdBefore)
  })

  test('a wrong password and an unknown email get the same answer', async ({ client, assert }) => {
    const user = await createStaff()
    const wrong = await login(client, user.email, 'not-the-password')
    const unknown = await login(client, 'nobody@pcmr.gr', 'not-the-password')
    for (const response of [wrong, unknown]) {
      assertRedirect(response, '/staff/login')
      assert.equal(fieldError(response, 'email'), INVALID)
      response.assertSessionMissing(PENDING_KEY)
      response.assertSessionMissing('auth_web')
    }
  })

  test('a customer is refused, with a message, even with the right password', async ({
    client,
    assert,
  }) => {
    const customer = await createCustomer()
    const response = await login(client, customer.email, STAFF_PASSWORD)
    assertRedirect(response, '/staff/login')
    assert.match(fieldError(response, 'email')!, /customer account/)
    response.assertSessionMissing(PENDING_KEY)
    response.assertSessionMissing('auth_web')
  })

  test('a banned staff member is refused', async ({ client, assert }) => {
    const user = await createStaff({ bannedAt: DateTime.now(), banReason: 'left the company' })
    const response = await login(client, user.email, STAFF_PASSWORD)
    assertRedirect(response, '/staff/login')
    assert.match(fieldError(response, 'email')!, /suspended/)
    response.assertSessionMissing(PENDING_KEY)
  })

  test('after 5 failures for an email, even the right password waits', async ({
    client,
    assert,
  }) => {
    const user = await createStaff()
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await login(client, user.email, `wrong-${attempt}`)
      assert.equal(fieldError(response, 'email'), INVALID)
    }
    const response = await login(client, user.email, STAFF_PASSWORD)
    assertRedirect(response, '/staff/login')
    assert.match(
      fieldError(response, 'email')!,
      /Too many failed sign-in attempts\. Try again in \d+ minutes/
    )
    response.assertSessionMissing(PENDING_KEY)

    // Another address from the same IP is not blocked yet.
    const other = await createStaff()
    assertRedirect(
      await login(client, other.email, STAFF_PASSWORD),
      '/staff/first-login/two-factor'
    )
  })

  test('after 20 failures from one IP, every email waits', async ({ client, assert }) => {
    const user = await createStaff()
    for (let attempt = 0; attempt < 20; attempt++) {
      await login(client, `someone${attempt}@pcmr.gr`, 'wrong-password')
    }
    const response = await login(client, user.email, STAFF_PASSWORD)
    assert.match(fieldError(response, 'email')!, /Too many failed sign-in attempts/)
  })

  test('POST /staff/logout ends the session', async ({ client }) => {
    const user = await createEnrolledStaff()
    const response = await client.post('/staff/logout').asStaff(user).withCsrfToken().redirects(0)
    assertRedirect(response, '/staff/login')
    response.assertSessionMissing('auth_web')
    response.assertFlashMessage('success', 'You have been signed out.')

    // A pending sign-in is dropped too.
    const pending = await client
      .post('/staff/logout')
      .withSession(pendingSession(user))
      .withCsrfToken()
      .redirects(0)
    pending.assertSessionMissing(PENDING_KEY)
  })
})

test.group('Staff login: second factor', (group) => {
  group.each.timeout(60_000)

  const challenge = (client: ApiClient, session: ReturnType<typeof pendingSession>, code: string) =>
    client
      .post('/staff/two-factor')
      .header('referer', '/staff/two-factor')
      .withSession(session)
      .submitForm({ code })

  test('a current TOTP code logs in, with a new session id', async ({ client, assert }) => {
    const { user, secret } = await createStaffWithSecret()
    const request = challenge(client, pendingSession(user), await totpCode(secret))
    assertRedirect(await assertSignsIn(request, user, assert), '/staff')
  })

  test('a wrong code is refused next to the field', async ({ client, assert }) => {
    const user = await createEnrolledStaff()
    const response = await challenge(client, pendingSession(user), '000000')
    assertRedirect(response, '/staff/two-factor')
    assert.match(fieldError(response, 'code')!, /not valid/)
    response.assertSessionMissing('auth_web')
  })

  test('a code used once is refused the second time (same time step)', async ({
    client,
    assert,
  }) => {
    const { user, secret } = await createStaffWithSecret()
    const code = await totpCode(secret)
    assertRedirect(await challenge(client, pendingSession(user), code), '/staff')

    const replay = await challenge(client, pendingSession(user), code)
    assertRedirect(replay, '/staff/two-factor')
    assert.match(fieldError(replay, 'code')!, /already been used/)
    replay.assertSessionMissing('auth_web')
  })

  test('a recovery code works once, and is logged', async ({ client, assert }) => {
    const user = await createEnrolledStaff()
    const codes = await new TwoFactorService().regenerateRecoveryCodes(user)

    const first = await challenge(client, pendingSession(user), codes[0])
    assertRedirect(first, '/staff')
    first.assertSession('auth_web', user.id)
    first.assertFlashMessage('success', 'Recovery code accepted. 9 codes left.')
    const log = await ActivityLog.findByOrFail('action', 'staff.two_factor.recovery_code_used')
    assert.equal(log.actorId, user.id)

    const again = await challenge(client, pendingSession(user), codes[0])
    assertRedirect(again, '/staff/two-factor')
    assert.match(fieldError(again, 'code')!, /not valid/)
    again.assertSessionMissing('auth_web')
  })

  test('after 5 wrong codes, even a good one waits', async ({ client, assert }) => {
    const { user, secret } = await createStaffWithSecret()
    for (let attempt = 0; attempt < 5; attempt++) {
      await challenge(client, pendingSession(user), '000000')
    }
    const response = await challenge(client, pendingSession(user), await totpCode(secret))
    assertRedirect(response, '/staff/two-factor')
    assert.match(fieldError(response, 'code')!, /Too many wrong codes\. Try again in \d+ minutes/)
    response.assertSessionMissing('auth_web')
    const row = await TwoFactorSecret.findByOrFail('userId', user.id)
    assert.isNull(row.lastUsedStep, 'the good code was not even checked')
  })

  test('a pending sign-in expires after 30 minutes', async ({ client }) => {
    const user = await createEnrolledStaff()
    const response = await client
      .get('/staff/two-factor')
      .withSession({ [PENDING_KEY]: { userId: user.id, since: Date.now() - 31 * 60 * 1000 } })
      .redirects(0)
    assertRedirect(response, '/staff/login')
    response.assertFlashMessage('error', 'Your sign-in took too long. Please sign in again.')
  })

  test('a pending sign-in of a member banned meanwhile stops', async ({ client }) => {
    const { user, secret } = await createStaffWithSecret()
    user.bannedAt = DateTime.now()
    await user.save()
    const response = await challenge(client, pendingSession(user), await totpCode(secret))
    assertRedirect(response, '/staff/login')
    response.assertSessionMissing('auth_web')
    response.assertSessionMissing(PENDING_KEY)
  })
})
