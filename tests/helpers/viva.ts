/*
| The Viva sandbox (bin/support/viva_sandbox.js) for tests: one per test
| process, started on a free port, with the app's Viva config pointed at it
| and webhooks delivered to the test HTTP server. Each call resets its hooks
| (no webhooks and no retries unless a test asks for them).
*/
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import type { VivaConfig } from '#config/viva'
import Order from '#models/order'
import type User from '#models/user'
import QuoteDecisionService from '#services/quote_decision_service'
import { claim, customer, publishedQuote } from '#tests/helpers/customer_quotes'

export type VivaSandbox = {
  url: string
  hooks: {
    amountDeltaCents: number
    statusId: string | null
    apiDelayMs: number
    failNextApiCalls: number
    deliveries: number
    webhookDelayMs: number
    webhooks: boolean
    retryDelaysMs: number[]
  }
  credentials: { webhookKey: string }
  env: Record<string, string>
  orders: Map<
    string,
    { orderCode: string; amount: number; merchantTrns: string | null; customer: any }
  >
  transactions: Map<string, any>
  deliveries: { messageId: string; eventTypeId: number; status: number; attempt: number }[]
  pay(
    orderCode: string,
    options?: { declined?: boolean }
  ): {
    transaction: { transactionId: string; orderCode: string }
    event: any
    delivered: Promise<number[]>
  } | null
  eventFor(eventTypeId: number, transaction: any): any
  deliver(event: any): Promise<number>
  sign(rawBody: string): string
  resetHooks(): void
  unref(): void
}

let sandbox: VivaSandbox | undefined

export async function vivaSandbox(): Promise<VivaSandbox> {
  if (!sandbox) {
    const { startVivaSandbox } = await import(app.makePath('bin/support/viva_sandbox.js'))
    sandbox = (await startVivaSandbox({
      appUrl: `http://${env.get('HOST')}:${env.get('PORT')}`,
    })) as VivaSandbox
    sandbox.unref()
    // Test defaults: no webhooks and no retries unless a test turns them on.
    const resetToSandboxDefaults = sandbox.resetHooks.bind(sandbox)
    sandbox.resetHooks = () => {
      resetToSandboxDefaults()
      sandbox!.hooks.webhooks = false
      sandbox!.hooks.retryDelaysMs = []
    }
    app.config.set('viva', {
      ...app.config.get<VivaConfig>('viva'),
      accountsUrl: sandbox.url,
      apiUrl: sandbox.url,
      checkoutUrl: sandbox.url,
      clientId: sandbox.env.VIVA_CLIENT_ID,
      clientSecret: sandbox.env.VIVA_CLIENT_SECRET,
      sourceCode: sandbox.env.VIVA_SOURCE_CODE,
      merchantId: sandbox.env.VIVA_MERCHANT_ID,
      apiKey: sandbox.env.VIVA_API_KEY,
      webhookKey: sandbox.env.VIVA_WEBHOOK_KEY,
      timeoutMs: 1500,
    } satisfies VivaConfig)
  }
  sandbox.resetHooks()
  sandbox.deliveries.length = 0
  sandbox.orders.clear()
  sandbox.transactions.clear()
  return sandbox
}

/** POSTs a raw webhook body to the test server, as Viva would (exact bytes). */
export function postWebhook(body: string, signature: string) {
  return fetch(`http://${env.get('HOST')}:${env.get('PORT')}/payments/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-viva-signature': signature },
    body,
  })
}

/** A confirmed order awaiting payment (claimed and accepted by a fresh customer). */
export async function acceptedOrder(locale: 'el' | 'en' = 'en', owner?: User) {
  const buyer = owner ?? (await customer(locale))
  const order = await claim(await publishedQuote(buyer.email), buyer)
  const decisions = await app.container.make(QuoteDecisionService)
  await decisions.accept(order, buyer)
  return { owner: buyer, order: await Order.findOrFail(order.id) }
}
