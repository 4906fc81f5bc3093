/*
| Customer identity (/register, /login, /logout, /forgot-password,
| /reset-password/:token, /verify-email/:token) and the portal (/portal/*).
|
| Order of checks on the portal: authenticated (auth) → customer role
| (staff are sent to /staff). An unconfirmed email still reaches the portal,
| which shows a banner; actions that need a confirmed email check it
| themselves.
*/
import router from '@adonisjs/core/services/router'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { authFormsThrottle } from '#start/limiter'

/** After `auth`: the portal is for customers; staff users go to their back office. */
async function customersOnly({ auth, response }: HttpContext, next: NextFn) {
  if (auth.getUserOrFail().isStaff) return response.redirect('/staff')
  return next()
}

router
  .group(() => {
    router.get('/register', [controllers.auth.Register, 'create']).as('register')
    router
      .post('/register', [controllers.auth.Register, 'store'])
      .as('register.store')
      .use(authFormsThrottle)
    router.get('/login', [controllers.auth.Session, 'create']).as('login')
    router
      .post('/login', [controllers.auth.Session, 'store'])
      .as('login.store')
      .use(authFormsThrottle)
    // Optional Google sign-in (404 unless configured: GoogleSignInService.isEnabled).
    router.get('/auth/google/redirect', [controllers.auth.Google, 'redirect']).as('google.redirect')
    router.get('/auth/google/callback', [controllers.auth.Google, 'callback']).as('google.callback')
    router.get('/forgot-password', [controllers.auth.PasswordReset, 'create']).as('password.forgot')
    router
      .post('/forgot-password', [controllers.auth.PasswordReset, 'store'])
      .as('password.forgot.store')
      .use(authFormsThrottle)
  })
  .use(middleware.guest())

router.get('/register/check-email', [controllers.auth.Register, 'sent']).as('register.sent')

router.post('/logout', [controllers.auth.Session, 'destroy']).as('logout').use(middleware.auth())

router.get('/reset-password/:token', [controllers.auth.PasswordReset, 'edit']).as('password.reset')
router
  .post('/reset-password/:token', [controllers.auth.PasswordReset, 'update'])
  .as('password.reset.update')
  .use(authFormsThrottle)

router
  .get('/verify-email', [controllers.auth.EmailVerification, 'create'])
  .as('verification.create')
router
  .post('/verify-email', [controllers.auth.EmailVerification, 'resend'])
  .as('verification.resend')
  .use(authFormsThrottle)
router
  .get('/verify-email/:token', [controllers.auth.EmailVerification, 'show'])
  .as('verification.show')
router
  .post('/verify-email/:token', [controllers.auth.EmailVerification, 'store'])
  .as('verification.store')
  .use(authFormsThrottle)

router.post('/locale', [controllers.auth.Locale, 'update']).as('locale.update')

router
  .group(() => {
    router.get('/', [controllers.portal.Dashboard, 'show']).as('dashboard')
    router.get('/settings', [controllers.portal.Settings, 'show']).as('settings')
    router
      .put('/settings/profile', [controllers.portal.Settings, 'updateProfile'])
      .as('settings.profile')
    router
      .put('/settings/password', [controllers.portal.Settings, 'updatePassword'])
      .as('settings.password')
    router.put('/settings/email', [controllers.portal.Settings, 'updateEmail']).as('settings.email')
    router
      .post('/verify-email', [controllers.auth.EmailVerification, 'resendForUser'])
      .as('verification.resend')
    // The customer's own orders, by public id (a UUID: customer URLs are unguessable).
    router.get('/orders', [controllers.portal.Orders, 'index']).as('orders.index')
    router.get('/orders/:orderId', [controllers.portal.Orders, 'show']).as('orders.show')
    router
      .post('/orders/:orderId/accept', [controllers.portal.Orders, 'accept'])
      .as('orders.accept')
    router
      .post('/orders/:orderId/decline', [controllers.portal.Orders, 'decline'])
      .as('orders.decline')
  })
  .prefix('/portal')
  .as('portal')
  .use([middleware.auth(), customersOnly])

/*
| The public quote page (no login) and its claim. Lookups of unknown codes are
| limited per IP inside the controller (quoteLookupCounters). Claiming needs a
| signed-in customer; guests go through /quote/:claimCode/claim (GET), which
| sends them to sign in or register and back to the quote.
*/
router.get('/quote/:claimCode', [controllers.customer.Quote, 'show']).as('quote.show')
router.get('/quote/:claimCode/claim', [controllers.customer.Quote, 'signIn']).as('quote.sign_in')
router
  .post('/quote/:claimCode/claim', [controllers.customer.Quote, 'claim'])
  .as('quote.claim')
  .use(middleware.auth())
