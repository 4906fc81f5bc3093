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
| `:id` and `:lineId` are database ids for every route (start/routes/param_matchers.ts).
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { authFormsThrottle } from '#start/limiter'
import { CATALOG_KIND_SLUG_MATCHER } from '#domain/catalog_fields'

type CatalogRowAction = 'index' | 'create' | 'store' | 'edit' | 'update' | 'deactivate' | 'activate'

/**
 * What both catalog controllers answer for their rows: the list, the new and
 * edit forms, and (de)activation. `base` is the path of the list inside the
 * group (`/:kind` for the six other kinds); `action` names the controller's
 * method for each.
 */
function catalogRowRoutes(
  base: '' | '/:kind',
  action: (name: CatalogRowAction) => Parameters<typeof router.get>[1]
) {
  router.get(base || '/', action('index')).as('index')
  router.get(`${base}/new`, action('create')).as('create')
  router.post(base || '/', action('store')).as('store')
  router.get(`${base}/:id/edit`, action('edit')).as('edit')
  router.post(`${base}/:id`, action('update')).as('update')
  router.post(`${base}/:id/deactivate`, action('deactivate')).as('deactivate')
  router.post(`${base}/:id/activate`, action('activate')).as('activate')
}

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

type SignInStep = NonNullable<Parameters<typeof middleware.staffFirstLogin>[0]>['step']

/** The routes of one step of the sign-in sequence: they answer only while it is the step due. */
function signInStep(step: SignInStep, path: string, name: string, routes: () => void) {
  router.group(routes).prefix(path).as(name).use(middleware.staffFirstLogin({ step }))
}

/*
| The steps of the sign-in sequence.
*/
router
  .group(() => {
    signInStep('two-factor', '/two-factor', 'two_factor', () => {
      router.get('/', [controllers.staff.TwoFactorChallenge, 'show']).as('show')
      router
        .post('/', [controllers.staff.TwoFactorChallenge, 'verify'])
        .as('verify')
        .use(authFormsThrottle)
    })

    signInStep('password', '/first-login/password', 'first_login.password', () => {
      router.get('/', [controllers.staff.FirstLogin, 'editPassword']).as('edit')
      router.post('/', [controllers.staff.FirstLogin, 'updatePassword']).as('update')
    })

    signInStep('verify-email', '/first-login/verify-email', 'first_login.verify_email', () => {
      router.get('/', [controllers.staff.FirstLogin, 'showVerifyEmail']).as('show')
      router.post('/', [controllers.staff.FirstLogin, 'sendVerifyEmail']).as('send')
      router.get('/:token', [controllers.staff.FirstLogin, 'confirmEmail']).as('confirm')
    })

    signInStep('two-factor-setup', '/first-login/two-factor', 'first_login.two_factor', () => {
      router.get('/', [controllers.staff.FirstLogin, 'showTwoFactorSetup']).as('show')
      router
        .post('/', [controllers.staff.FirstLogin, 'confirmTwoFactorSetup'])
        .as('confirm')
        .use(authFormsThrottle)
    })
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

    // Catalog (issue 4): components with their specs and supplier prices, and
    // the six other kinds through one generic controller (app/domain/catalog_fields.ts).
    router
      .group(() => {
        router
          .get('/', ({ response }) => response.redirect().toRoute('staff.catalog.components.index'))
          .as('index')
        router
          .group(() => {
            catalogRowRoutes('', (name) => [controllers.staff.CatalogComponents, name])
            router.get('/:id', [controllers.staff.CatalogComponents, 'show']).as('show')
            router
              .post('/:id/prices', [controllers.staff.CatalogComponents, 'recordPrice'])
              .as('prices.store')
          })
          .prefix('/components')
          .as('components')
        router
          .group(() => {
            catalogRowRoutes('/:kind', (name) => [controllers.staff.CatalogItems, name])
          })
          .as('items')
          .where('kind', CATALOG_KIND_SLUG_MATCHER)
      })
      .prefix('/catalog')
      .as('catalog')
      .use(middleware.staffAuthorize({ ability: 'manageShop' }))

    // One order: its details, status actions and history (shop staff).
    router
      .group(() => {
        router.get('/:id', [controllers.staff.OrderDetails, 'show']).as('show')
        router
          .post('/:id/transitions', [controllers.staff.OrderDetails, 'transition'])
          .as('transitions')
        router.put('/:id/notes', [controllers.staff.OrderDetails, 'updateNotes']).as('notes')
      })
      .prefix('/orders')
      .as('orders')
      .use(middleware.staffAuthorize({ ability: 'manageShop' }))

    // Quote editor (issue 4): a draft from the intake, its lines, publishing
    // and the validity date (shop staff). `catalog` is the line picker's JSON search.
    router
      .group(() => {
        router.get('/new', [controllers.staff.Quotes, 'create']).as('create')
        router.post('/', [controllers.staff.Quotes, 'store']).as('store')
        router.get('/catalog', [controllers.staff.Quotes, 'catalog']).as('catalog')
        router.get('/:id/edit', [controllers.staff.Quotes, 'edit']).as('edit')
        router.post('/:id/publish', [controllers.staff.Quotes, 'publish']).as('publish')
        router.post('/:id/validity', [controllers.staff.Quotes, 'extendValidity']).as('validity')
        router
          .post('/:id/lines/catalog', [controllers.staff.QuoteLines, 'storeFromCatalog'])
          .as('lines.catalog')
        router
          .post('/:id/lines/custom', [controllers.staff.QuoteLines, 'storeCustom'])
          .as('lines.custom')
        router
          .post('/:id/lines/reorder', [controllers.staff.QuoteLines, 'reorder'])
          .as('lines.reorder')
        router
          .post('/:id/lines/:lineId', [controllers.staff.QuoteLines, 'update'])
          .as('lines.update')
        router
          .post('/:id/lines/:lineId/remove', [controllers.staff.QuoteLines, 'destroy'])
          .as('lines.destroy')
      })
      .prefix('/quotes')
      .as('quotes')
      .use(middleware.staffAuthorize({ ability: 'manageShop' }))

    // Requests from /contact, and their one-click draft quote (shop staff).
    router
      .group(() => {
        router.get('/', [controllers.staff.IntakeRequests, 'index']).as('index')
        router.post('/:id/draft', [controllers.staff.IntakeRequests, 'toDraft']).as('draft')
      })
      .prefix('/requests')
      .as('requests')
      .use(middleware.staffAuthorize({ ability: 'manageShop' }))

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
      .use(middleware.staffAuthorize({ ability: 'manageStaff' }))
  })
  .prefix('/staff')
  .as('staff')
  .use([
    middleware.staffAuth(),
    middleware.staffFirstLogin(),
    middleware.staffAuthorize({ ability: 'accessBackOffice' }),
  ])
