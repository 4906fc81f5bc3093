/*
| Viva Smart Checkout (app/services/viva_client.ts). Three hosts, as Viva has
| them: accounts (OAuth token), API, and the hosted checkout (payment page,
| webhook key, refunds). Unset outside production: `npm run dev` starts the
| local sandbox (bin/support/viva_sandbox.js) and passes its VIVA_*; tests
| start their own and point this config at it (tests/helpers/viva.ts).
*/
import env from '#start/env'

export type VivaConfig = {
  accountsUrl: string
  apiUrl: string
  checkoutUrl: string
  clientId: string
  clientSecret: string
  sourceCode: string
  merchantId: string
  apiKey: string
  webhookKey: string
  /** Every call to Viva gives up after this long (ms). */
  timeoutMs: number
  /** Seconds a payment order stays payable at Viva (its `paymentTimeout`). */
  paymentTimeoutSeconds: number
}

const vivaConfig: VivaConfig = {
  accountsUrl: env.get('VIVA_ACCOUNTS_URL') ?? '',
  apiUrl: env.get('VIVA_API_URL') ?? '',
  checkoutUrl: env.get('VIVA_CHECKOUT_URL') ?? '',
  clientId: env.get('VIVA_CLIENT_ID') ?? '',
  clientSecret: env.get('VIVA_CLIENT_SECRET') ?? '',
  sourceCode: env.get('VIVA_SOURCE_CODE') ?? '',
  merchantId: env.get('VIVA_MERCHANT_ID') ?? '',
  apiKey: env.get('VIVA_API_KEY') ?? '',
  webhookKey: env.get('VIVA_WEBHOOK_KEY') ?? '',
  timeoutMs: env.get('VIVA_TIMEOUT_MS') ?? 10_000,
  paymentTimeoutSeconds: 1800,
}

export default vivaConfig
