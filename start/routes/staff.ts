/*
| Staff back office (/staff/*): login, first-login steps, two-factor, and
| everything behind them.
|
| Order of checks (SPEC §7), as named middleware on each group:
|   staffAuth        who: a staff member (logged in, or password ok and second
|                    factor pending); customers go to /portal, others to /staff/login
|   staffFirstLogin  the sign-in sequence is complete: new password → email
|                    confirmed → TOTP enrolled → TOTP (or recovery code) given
|                    this session; until then every route redirects to the step
|                    due, and each step's pages answer only while it is due
|   staffAuthorize   role/policy through Bouncer (app/abilities, app/policies)
| The global BannedUserMiddleware (start/kernel.ts) ends banned users' sessions.
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { authFormsThrottle } from '#start/limiter'

router
  .group(() => {
    router.get('/login', [controllers.staff.Session, 'create']).as('login')
    router
      .post('/login', [controllers.staff.Session, 'store'])
      .as('login.store')
      .use(authFormsThrottle)
  })
  .prefix('/staff')
  .as('staff')
  .use(middleware.staffGuest())

// Always reachable, at any step: abandoning the sign-in is always allowed.
router.post('/staff/logout', [controllers.staff.Session, 'destroy']).as('staff.logout')

/*
| The steps of the sign-in sequence. Each answers only while it is the step due.
*/
router
  .group(() => {
    router
      .group(() => {
        router.get('/', [controllers.staff.TwoFactorChallenge, 'show']).as('show')
        router
          .post('/', [controllers.staff.TwoFactorChallenge, 'verify'])
          .as('verify')
          .use(authFormsThrottle)
      })
      .prefix('/two-factor')
      .as('two_factor')
      .use(middleware.staffFirstLogin({ step: 'two-factor' }))

    router
      .group(() => {
        router.get('/', [controllers.staff.FirstLogin, 'editPassword']).as('edit')
        router.post('/', [controllers.staff.FirstLogin, 'updatePassword']).as('update')
      })
      .prefix('/first-login/password')
      .as('first_login.password')
      .use(middleware.staffFirstLogin({ step: 'password' }))

    router
      .group(() => {
        router.get('/', [controllers.staff.FirstLogin, 'showVerifyEmail']).as('show')
        router.post('/', [controllers.staff.FirstLogin, 'sendVerifyEmail']).as('send')
        router.get('/:token', [controllers.staff.FirstLogin, 'confirmEmail']).as('confirm')
      })
      .prefix('/first-login/verify-email')
      .as('first_login.verify_email')
      .use(middleware.staffFirstLogin({ step: 'verify-email' }))

    router
      .group(() => {
        router.get('/', [controllers.staff.FirstLogin, 'showTwoFactorSetup']).as('show')
        router
          .post('/', [controllers.staff.FirstLogin, 'confirmTwoFactorSetup'])
          .as('confirm')
          .use(authFormsThrottle)
      })
      .prefix('/first-login/two-factor')
      .as('first_login.two_factor')
      .use(middleware.staffFirstLogin({ step: 'two-factor-setup' }))
  })
  .prefix('/staff')
  .as('staff')
  .use(middleware.staffAuth())

/*
| The back office: signed in, sequence complete, staff role.
*/
router
  .group(() => {
    router.get('/', [controllers.staff.Dashboard, 'show']).as('dashboard')
    router.get('/orders', [controllers.staff.Orders, 'index']).as('orders.index')

    router.get('/recovery-codes', [controllers.staff.RecoveryCodes, 'show']).as('recovery_codes')
    router.get('/settings', [controllers.staff.Settings, 'show']).as('settings')
    router
      .post('/settings/password', [controllers.staff.Settings, 'updatePassword'])
      .as('settings.password')
    router
      .post('/settings/recovery-codes', [controllers.staff.RecoveryCodes, 'regenerate'])
      .as('settings.recovery_codes')

    // Account management: superadmins only.
    router
      .group(() => {
        router.get('/', [controllers.staff.Users, 'index']).as('index')
        router.get('/:id', [controllers.staff.Users, 'show']).as('show')
        router.post('/:id/role', [controllers.staff.Users, 'updateRole']).as('role')
        router.post('/:id/ban', [controllers.staff.Users, 'ban']).as('ban')
        router.post('/:id/unban', [controllers.staff.Users, 'unban']).as('unban')
        router
          .post('/:id/reset-two-factor', [controllers.staff.Users, 'resetTwoFactor'])
          .as('reset_two_factor')
        router
          .post('/:id/force-password-change', [controllers.staff.Users, 'forcePasswordChange'])
          .as('force_password_change')
      })
      .prefix('/users')
      .as('users')
      .where('id', router.matchers.number())
      .use(middleware.staffAuthorize({ ability: 'manageStaff' }))
  })
  .prefix('/staff')
  .as('staff')
  .use([
    middleware.staffAuth(),
    middleware.staffFirstLogin(),
    middleware.staffAuthorize({ ability: 'accessBackOffice' }),
  ])
