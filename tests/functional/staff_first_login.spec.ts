import { test } from '@japa/runner'
import { CATALOG_KIND_PAGES } from '#domain/catalog_fields'
import type { ApiClient, ApiRequest } from '@japa/api-client'
import router from '@adonisjs/core/services/router'
import mail from '@adonisjs/mail/services/main'
import StaffVerifyEmailMail from '#mails/staff/staff_verify_email_mail'
import TwoFactorSecret from '#models/two_factor_secret'
import type User from '#models/user'
import { PENDING_KEY } from '#services/staff_session_service'
import UserTokenService from '#services/user_token_service'
import { STAFF_PASSWORD_MIN_LENGTH } from '#validators/staff'
import {
  assertSignsIn,
  createCustomer,
  createEnrolledStaff,
  createStaff,
  enrol,
  pendingSession,
  STAFF_PASSWORD,
  totpCode,
} from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'

/** Text of a queued mail (LocalizedMail renders it when queued). */
function mailText(queued: StaffVerifyEmailMail) {
  return String(queued.message.toObject().message.text)
}

test.group('Staff first login: the steps', (group) => {
  group.each.timeout(60_000)

  test('step 1: the temporary password is replaced by a different one', async ({
    client,
    assert,
  }) => {
    const user = await createStaff({ mustChangePassword: true, emailVerifiedAt: null })
    const session = pendingSession(user)

    const page = await client.get('/staff/first-login/password').withSession(session).withInertia()
    page.assertInertiaComponent('staff/first_login/password')
    page.assertInertiaPropsContains({ passwordMinLength: STAFF_PASSWORD_MIN_LENGTH })

    const post = (password: string, confirmation = password) =>
      client
        .post('/staff/first-login/password')
        .header('referer', '/staff/first-login/password')
        .withSession(session)
        .submitForm({ password, password_confirmation: confirmation })

    const same = await post(STAFF_PASSWORD)
    assertRedirect(same, '/staff/first-login/password')
    assert.match(fieldError(same, 'password')!, /different from the temporary one/)

    const short = await post('too-short')
    assert.equal(fieldError(short, 'password'), 'Use at least 12 characters.')

    const mismatch = await post('a-new-password-2026', 'another-password-2026')
    assert.equal(fieldError(mismatch, 'password_confirmation'), 'The two passwords do not match.')

    const request = post('a-new-password-2026')
    const sessionIdBefore = request.sessionClient.sessionId
    const ok = await request
    assertRedirect(ok, '/staff/first-login/verify-email')
    assert.notEqual(ok.cookie('pcmr-session')?.value, sessionIdBefore)
    ok.assertSession(PENDING_KEY)

    await user.refresh()
    assert.isFalse(user.mustChangePassword)
    assert.isTrue(await user.verifyPassword('a-new-password-2026'))
  })

  test('step 2: a link sent by email confirms the address', async ({ client, assert }) => {
    using fake = mail.fake()
    const user = await createStaff({ emailVerifiedAt: null })
    const session = pendingSession(user)

    const page = await client
      .get('/staff/first-login/verify-email')
      .withSession(session)
      .withInertia()
    page.assertInertiaComponent('staff/first_login/verify_email')

    const sent = await client
      .post('/staff/first-login/verify-email')
      .header('referer', '/staff/first-login/verify-email')
      .withSession(session)
      .withCsrfToken()
      .redirects(0)
    assertRedirect(sent, '/staff/first-login/verify-email')
    sent.assertFlashMessage('success', `We sent a confirmation link to ${user.email}.`)

    fake.mails.assertQueuedCount(StaffVerifyEmailMail, 1)
    const [queued] = fake.mails.queued() as StaffVerifyEmailMail[]
    assert.isTrue(queued.message.hasTo(user.email))
    const link = mailText(queued).match(
      /https?:\/\/\S+\/staff\/first-login\/verify-email\/\S+/
    )?.[0]
    assert.exists(link)
    const path = new URL(link!).pathname

    const wrong = await client
      .get('/staff/first-login/verify-email/not-a-token')
      .withSession(session)
      .redirects(0)
    assertRedirect(wrong, '/staff/first-login/verify-email')
    wrong.assertFlashMessage('error')

    const confirmed = await client.get(path).withSession(session).redirects(0)
    assertRedirect(confirmed, '/staff/first-login/two-factor')
    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)

    // Single use.
    user.emailVerifiedAt = null
    await user.save()
    const reused = await client.get(path).withSession(session).redirects(0)
    assertRedirect(reused, '/staff/first-login/verify-email')
  })

  test('step 2: another account’s link is refused; sending is limited', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const user = await createStaff({ emailVerifiedAt: null })
    const other = await createStaff({ emailVerifiedAt: null })
    const token = await new UserTokenService().issue(other, 'email_verification')

    const response = await client
      .get(`/staff/first-login/verify-email/${token}`)
      .withSession(pendingSession(user))
      .redirects(0)
    assertRedirect(response, '/staff/first-login/verify-email')
    await user.refresh()
    assert.isNull(user.emailVerifiedAt)

    for (let attempt = 0; attempt < 4; attempt++) {
      await client
        .post('/staff/first-login/verify-email')
        .header('referer', '/staff/first-login/verify-email')
        .withSession(pendingSession(user))
        .withCsrfToken()
        .redirects(0)
    }
    fake.mails.assertQueuedCount(StaffVerifyEmailMail, 3)
  })

  test('step 3: TOTP enrolment, then recovery codes shown once, then logged in', async ({
    client,
    assert,
  }) => {
    const user = await createStaff()
    const session = pendingSession(user)

    const page = await client
      .get('/staff/first-login/two-factor')
      .withSession(session)
      .withInertia()
    page.assertInertiaComponent('staff/first_login/two_factor')
    const props = page.inertiaProps as { secret: string; qrCode: string }
    assert.match(props.qrCode, /^data:image\/png;base64,/)
    const secret = props.secret.replaceAll(' ', '')

    const post = (code: string) =>
      client
        .post('/staff/first-login/two-factor')
        .header('referer', '/staff/first-login/two-factor')
        .withSession(session)
        .submitForm({ code })

    const wrong = await post('000000')
    assertRedirect(wrong, '/staff/first-login/two-factor')
    assert.match(fieldError(wrong, 'code')!, /not valid/)
    wrong.assertSessionMissing('auth_web')

    const ok = await assertSignsIn(post(await totpCode(secret)), user, assert)
    assertRedirect(ok, '/staff/recovery-codes')
    const codes = ok.flashMessage('staffRecoveryCodes') as unknown as string[]
    assert.lengthOf(codes, 10)

    const row = await TwoFactorSecret.findByOrFail('userId', user.id)
    assert.isNotNull(row.enabledAt)

    const shown = await client
      .get('/staff/recovery-codes')
      .asStaff(user)
      .withFlashMessages({ staffRecoveryCodes: codes })
      .withInertia()
    shown.assertInertiaComponent('staff/recovery_codes')
    assert.deepEqual((shown.inertiaProps as { codes: string[] }).codes, codes)

    // Without the flash (a reload), they are gone.
    const reload = await client.get('/staff/recovery-codes').asStaff(user).redirects(0)
    assertRedirect(reload, '/staff/settings')
  })

  test('once every step is done, the step pages send to /staff', async ({ client }) => {
    const user = await createEnrolledStaff()
    for (const path of [
      '/staff/first-login/password',
      '/staff/first-login/verify-email',
      '/staff/first-login/two-factor',
      '/staff/two-factor',
      '/staff/login',
    ]) {
      assertRedirect(await client.get(path).asStaff(user).redirects(0), '/staff')
    }
    const home = await client.get('/staff').asStaff(user).withInertia()
    home.assertStatus(200)
    home.assertInertiaComponent('staff/dashboard')
  })
})

/*
| Every /staff route, read from the router (nothing listed by hand), at every
| stage of the sign-in: each answers with a redirect to the step due, except
| that step's own routes and POST /staff/logout.
*/
type Stage = {
  name: string
  /** Route names (prefixes) served at this stage. */
  allowed: string[]
  expected: string
  prepare: () => Promise<(request: ApiRequest) => ApiRequest>
}

const pending = (user: User) => (request: ApiRequest) => request.withSession(pendingSession(user))
const loggedIn = (user: User) => (request: ApiRequest) => request.asStaff(user)

const STAGES: Stage[] = [
  {
    name: 'nobody signed in',
    allowed: ['staff.login'],
    expected: '/staff/login',
    prepare: async () => (request) => request,
  },
  {
    name: 'a customer',
    allowed: [],
    expected: '/portal',
    prepare: async () => loggedIn(await createCustomer()),
  },
  {
    name: 'password ok, temporary password to replace',
    allowed: ['staff.first_login.password'],
    expected: '/staff/first-login/password',
    prepare: async () =>
      pending(await createStaff({ mustChangePassword: true, emailVerifiedAt: null })),
  },
  {
    name: 'password ok, email to confirm',
    allowed: ['staff.first_login.verify_email'],
    expected: '/staff/first-login/verify-email',
    prepare: async () => pending(await createStaff({ emailVerifiedAt: null })),
  },
  {
    name: 'password ok, TOTP to enrol',
    allowed: ['staff.first_login.two_factor'],
    expected: '/staff/first-login/two-factor',
    prepare: async () => pending(await createStaff()),
  },
  {
    name: 'password ok, TOTP code due',
    allowed: ['staff.two_factor'],
    expected: '/staff/two-factor',
    prepare: async () => {
      const user = await createStaff({ mustChangePassword: true })
      await enrol(user)
      return pending(user)
    },
  },
  {
    name: 'logged in to the guard some other way, second factor not given',
    allowed: ['staff.two_factor'],
    expected: '/staff/two-factor',
    prepare: async () => {
      const user = await createEnrolledStaff('superadmin')
      return (request) => request.loginAs(user)
    },
  },
  {
    name: 'logged in, password change forced by a superadmin',
    allowed: ['staff.first_login.password'],
    expected: '/staff/first-login/password',
    prepare: async () => {
      const user = await createEnrolledStaff('superadmin')
      user.mustChangePassword = true
      await user.save()
      return loggedIn(user)
    },
  },
  {
    name: 'logged in, two-factor reset by a superadmin',
    allowed: ['staff.first_login.two_factor'],
    expected: '/staff/first-login/two-factor',
    prepare: async () => loggedIn(await createStaff({ role: 'superadmin' })),
  },
]

/*
| A value each route param accepts: `1` (ids, tokens…: the checks answer
| before any lookup), or for a param constrained to a list (the catalog kind
| slugs) the first value of that list, so that the route matches at all.
*/
const PARAM_SAMPLES: Record<string, string> = { kind: CATALOG_KIND_PAGES[0].slug }

function staffRoutes() {
  return Object.values(router.toJSON())
    .flat()
    .filter((route) => route.pattern === '/staff' || route.pattern.startsWith('/staff/'))
    .map((route) => ({
      name: route.name ?? route.pattern,
      method: route.methods.find((method) => method !== 'HEAD')!,
      url: route.pattern.replace(/:([^/]+)/g, (_, param: string) => PARAM_SAMPLES[param] ?? '1'),
    }))
}

function send(client: ApiClient, method: string, url: string) {
  const request = client.request(url, method as 'GET')
  return method === 'GET' ? request : request.withCsrfToken()
}

test.group('Staff first login: every /staff route redirects to the step due', (group) => {
  group.each.timeout(120_000)

  test('the route table has the staff routes', ({ assert }) => {
    const names = staffRoutes().map((route) => route.name)
    assert.isAbove(names.length, 15)
    for (const name of ['staff.dashboard', 'staff.users.index', 'staff.settings', 'staff.logout']) {
      assert.include(names, name)
    }
  })

  for (const stage of STAGES) {
    test(stage.name, async ({ client, assert }) => {
      const as = await stage.prepare()
      const routes = staffRoutes().filter(
        (route) =>
          route.name !== 'staff.logout' &&
          !stage.allowed.some(
            (prefix) => route.name === prefix || route.name.startsWith(`${prefix}.`)
          )
      )
      assert.isAbove(routes.length, 10)

      const failures: string[] = []
      for (const route of routes) {
        const response = await as(send(client, route.method, route.url)).redirects(0)
        const location = response.header('location')
        if (![302, 303].includes(response.status()) || location !== stage.expected) {
          failures.push(`${route.method} ${route.url} → ${response.status()} ${location ?? ''}`)
        }
      }
      assert.deepEqual(failures, [], `every route should redirect to ${stage.expected}`)
    })
  }
})

test.group('Staff first login: the whole sequence over HTTP', (group) => {
  group.each.timeout(60_000)

  test('a new member goes through every step in order, then reaches /staff', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const user = await createStaff({ mustChangePassword: true, emailVerifiedAt: null })

    const loginResponse = await client
      .post('/staff/login')
      .header('referer', '/staff/login')
      .withCsrfToken()
      .form({ email: user.email, password: STAFF_PASSWORD })
      .redirects(0)
    assertRedirect(loginResponse, '/staff/first-login/password')
    const session = { [PENDING_KEY]: loginResponse.session(PENDING_KEY) }

    assertRedirect(
      await client
        .post('/staff/first-login/password')
        .header('referer', '/staff/first-login/password')
        .withSession(session)
        .withCsrfToken()
        .form({ password: 'my-own-password-2026', password_confirmation: 'my-own-password-2026' })
        .redirects(0),
      '/staff/first-login/verify-email'
    )

    await client
      .post('/staff/first-login/verify-email')
      .header('referer', '/staff/first-login/verify-email')
      .withSession(session)
      .withCsrfToken()
      .redirects(0)
    const [queued] = fake.mails.queued() as StaffVerifyEmailMail[]
    const link = mailText(queued).match(/\/staff\/first-login\/verify-email\/\S+/)![0]
    assertRedirect(
      await client.get(link).withSession(session).redirects(0),
      '/staff/first-login/two-factor'
    )

    const setup = await client
      .get('/staff/first-login/two-factor')
      .withSession(session)
      .withInertia()
    const secret = (setup.inertiaProps as { secret: string }).secret.replaceAll(' ', '')
    const enrolled = await client
      .post('/staff/first-login/two-factor')
      .header('referer', '/staff/first-login/two-factor')
      .withSession(session)
      .withCsrfToken()
      .form({ code: await totpCode(secret) })
      .redirects(0)
    assertRedirect(enrolled, '/staff/recovery-codes')
    enrolled.assertSession('auth_web', user.id)

    await user.refresh()
    assert.isFalse(user.mustChangePassword)
    assert.isNotNull(user.emailVerifiedAt)
    const home = await client.get('/staff').asStaff(user).withInertia()
    home.assertInertiaComponent('staff/dashboard')

    // The next sign-in asks for a code, and the enrolment code cannot be replayed.
    const again = await client
      .post('/staff/login')
      .header('referer', '/staff/login')
      .withCsrfToken()
      .form({ email: user.email, password: 'my-own-password-2026' })
      .redirects(0)
    assertRedirect(again, '/staff/two-factor')
    const replay = await client
      .post('/staff/two-factor')
      .header('referer', '/staff/two-factor')
      .withSession({ [PENDING_KEY]: again.session(PENDING_KEY) })
      .withCsrfToken()
      .form({ code: await totpCode(secret) })
      .redirects(0)
    assertRedirect(replay, '/staff/two-factor')
    const next = await client
      .post('/staff/two-factor')
      .header('referer', '/staff/two-factor')
      .withSession({ [PENDING_KEY]: again.session(PENDING_KEY) })
      .withCsrfToken()
      .form({ code: await totpCode(secret, 1) })
      .redirects(0)
    assertRedirect(next, '/staff')
    next.assertSession('auth_web', user.id)
  })
})
