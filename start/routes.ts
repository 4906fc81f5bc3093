/*
| Routes, one file per audience. Customer-facing URLs are part of the product
| (SPEC §12): keep them.
*/
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import '#start/routes/param_matchers'
import '#start/routes/customer'
import '#start/routes/staff'
import '#start/routes/site'
import '#start/routes/payments'

router.get('/', [controllers.Home, 'show']).as('home')

router.on('/terms').renderInertia('public/legal/terms', {}).as('terms')
router.on('/privacy').renderInertia('public/legal/privacy', {}).as('privacy')

/*
| Development only: email layout previews and a sample mail through the queue
| (the mail catcher that `npm run dev` starts shows it). For signed-in staff,
| since the sample goes to any address. Mounted in tests too, which check
| that guard; never in production.
*/
if (app.inDev || app.inTest) {
  const DevMailController = () => import('#controllers/dev/mail_controller')
  router
    .group(() => {
      router.get('/mail', [DevMailController, 'index']).as('mail')
      router.get('/mail/preview/:locale', [DevMailController, 'preview']).as('mail.preview')
      router.post('/mail/sample', [DevMailController, 'sample']).as('mail.sample')
    })
    .prefix('/dev')
    .as('dev')
    .use([
      middleware.staffAuth(),
      middleware.staffFirstLogin(),
      middleware.staffAuthorize({ ability: 'accessBackOffice' }),
    ])
}
