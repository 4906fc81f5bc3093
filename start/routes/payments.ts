/*
| Payments through Viva Smart Checkout (SPEC §6, issue 10): the Pay button,
| the pages Viva sends the customer back to, Viva's webhook, and a staff
| refund. Registered at the payment source at Viva: APP_URL/payment/success,
| APP_URL/payment/failure and APP_URL/payments/webhook.
*/
import router from '@adonisjs/core/services/router'
import limiter from '@adonisjs/limiter/services/main'
import { middleware } from '#start/kernel'

const CheckoutController = () => import('#controllers/payments/checkout_controller')
const ReturnController = () => import('#controllers/payments/return_controller')
const WebhookController = () => import('#controllers/payments/webhook_controller')
const RefundController = () => import('#controllers/payments/refund_controller')

/*
| Viva retries an event about hourly, so a burst per IP far above that is not
| Viva (or is a storm of ours, bounded by the number of orders): 2 000 a minute
| stops floods without ever refusing a real delivery.
*/
export const webhookThrottle = limiter.define('viva_webhook', (ctx) => {
  return limiter.allowRequests(2000).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
})

router
  .post('/payments/create-order', [CheckoutController, 'store'])
  .as('payments.create_order')
  .use(middleware.auth())

router
  .get('/payment/success', [ReturnController, 'success'])
  .as('payment.success')
  .use(middleware.auth())
router
  .get('/payment/failure', [ReturnController, 'failure'])
  .as('payment.failure')
  .use(middleware.auth())

router.get('/payments/webhook', [WebhookController, 'key']).as('payments.webhook.key')
router
  .post('/payments/webhook', [WebhookController, 'receive'])
  .as('payments.webhook')
  .use(webhookThrottle)

router
  .post('/staff/orders/:id/refund', [RefundController, 'store'])
  .as('staff.orders.refund')
  .use([
    middleware.staffAuth(),
    middleware.staffFirstLogin(),
    middleware.staffAuthorize({ ability: 'refundPayments' }),
  ])
