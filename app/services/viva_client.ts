/*
| The one way the app talks to Viva (facts in ../shared/VIVA.md): an OAuth2
| client-credentials token, create a payment order, retrieve a transaction,
| cancel (refund) a transaction. Every call has a timeout; a 5xx, a timeout or
| a network error is a VivaUnavailableError, which callers turn into "try
| again later" without having written anything.
|
| The token is cached per process (refreshed well before it expires); nothing
| else about payments lives in memory.
*/
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import type { VivaConfig } from '#config/viva'

/** Viva down, slow or misconfigured: nothing happened, the customer tries again later. */
export class VivaUnavailableError extends Error {
  constructor(detail: string) {
    super(`Viva is unavailable: ${detail}`)
  }
}

/** A transaction as Viva's retrieve call reports it (amount in euros). */
export type VivaTransaction = {
  transactionId: string
  orderCode: string
  statusId: string
  /** Euros, as Viva reports it; compare through amountCents. */
  amount: number
  amountCents: number
  merchantTrns: string | null
  email: string | null
  transactionTypeId: number | null
}

export type CreateOrderRequest = {
  amountCents: number
  merchantTrns: string
  customerTrns: string
  customer: { email: string; fullName: string; phone?: string | null; requestLang: string }
  paymentTimeoutSeconds: number
}

/** Refresh the token this long before Viva says it expires. */
const TOKEN_MARGIN_MS = 60_000

const tokens = new Map<string, { token: string; expiresAt: number }>()

export default class VivaClient {
  get config(): VivaConfig {
    return app.config.get<VivaConfig>('viva')
  }

  /** Whether VIVA_* point somewhere (always in production, see start/env.ts). */
  isConfigured() {
    const config = this.config
    return Boolean(config.apiUrl && config.accountsUrl && config.checkoutUrl && config.clientId)
  }

  /** Where the customer pays a payment order. */
  checkoutUrl(orderCode: string) {
    return `${this.config.checkoutUrl}/web/checkout?ref=${encodeURIComponent(orderCode)}`
  }

  async createOrder(request: CreateOrderRequest): Promise<string> {
    const config = this.config
    const response = await this.#call(`${config.apiUrl}/checkout/v2/orders`, {
      method: 'POST',
      headers: {
        'authorization': `Bearer ${await this.#token()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        amount: request.amountCents,
        customerTrns: request.customerTrns,
        customer: {
          email: request.customer.email,
          fullName: request.customer.fullName,
          phone: request.customer.phone ?? undefined,
          countryCode: 'GR',
          requestLang: request.customer.requestLang,
        },
        paymentTimeout: request.paymentTimeoutSeconds,
        sourceCode: config.sourceCode,
        merchantTrns: request.merchantTrns,
      }),
    })
    if (!response.ok) throw new VivaUnavailableError(`create order answered ${response.status}`)
    const code = orderCodeFrom(await response.text())
    if (!code) throw new VivaUnavailableError('create order answered no orderCode')
    return code
  }

  /** The transaction as Viva has it, or null when Viva does not know it. */
  async transaction(transactionId: string): Promise<VivaTransaction | null> {
    const config = this.config
    const response = await this.#call(
      `${config.apiUrl}/checkout/v2/transactions/${encodeURIComponent(transactionId)}`,
      { headers: { authorization: `Bearer ${await this.#token()}` } }
    )
    if (response.status === 404) return null
    if (!response.ok) throw new VivaUnavailableError(`transaction answered ${response.status}`)
    const text = await response.text()
    const body = JSON.parse(text) as Record<string, unknown>
    const amount = Number(body.amount)
    return {
      transactionId,
      // orderCode is a 16-digit JSON number: read its digits from the text, not through a double.
      orderCode: orderCodeFrom(text) ?? '',
      statusId: String(body.statusId ?? ''),
      amount,
      amountCents: Math.round(amount * 100),
      merchantTrns: typeof body.merchantTrns === 'string' ? body.merchantTrns : null,
      email: typeof body.email === 'string' ? body.email : null,
      transactionTypeId: typeof body.transactionTypeId === 'number' ? body.transactionTypeId : null,
    }
  }

  /**
   * Cancels (refunds) a transaction in full. Returns the reversal's
   * transaction id, or null when Viva refuses it.
   */
  async refund(transactionId: string, amountCents: number): Promise<string | null> {
    const config = this.config
    const basic = Buffer.from(`${config.merchantId}:${config.apiKey}`).toString('base64')
    const query = new URLSearchParams({
      amount: String(amountCents),
      sourceCode: config.sourceCode,
    })
    const response = await this.#call(
      `${config.checkoutUrl}/api/transactions/${encodeURIComponent(transactionId)}?${query}`,
      { method: 'DELETE', headers: { authorization: `Basic ${basic}` } }
    )
    if (response.status >= 500) throw new VivaUnavailableError(`refund answered ${response.status}`)
    if (!response.ok) return null
    const body = (await response.json()) as { Success?: boolean; TransactionId?: string }
    return body.Success === false || !body.TransactionId ? null : body.TransactionId
  }

  async #token() {
    const config = this.config
    const key = `${config.accountsUrl}|${config.clientId}`
    const cached = tokens.get(key)
    if (cached && cached.expiresAt - TOKEN_MARGIN_MS > Date.now()) return cached.token

    const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64')
    const response = await this.#call(`${config.accountsUrl}/connect/token`, {
      method: 'POST',
      headers: {
        'authorization': `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    })
    if (!response.ok) throw new VivaUnavailableError(`token answered ${response.status}`)
    const body = (await response.json()) as { access_token?: string; expires_in?: number }
    if (!body.access_token) throw new VivaUnavailableError('token answered no access_token')
    tokens.set(key, {
      token: body.access_token,
      expiresAt: Date.now() + (body.expires_in ?? 300) * 1000,
    })
    return body.access_token
  }

  /** fetch with the timeout; network errors and timeouts become VivaUnavailableError. */
  async #call(url: string, init: RequestInit) {
    if (!this.isConfigured()) throw new VivaUnavailableError('VIVA_* is not configured')
    try {
      const response = await fetch(url, {
        ...init,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      })
      if (response.status >= 500) {
        logger.warn({ url, status: response.status }, 'viva answered a server error')
      }
      return response
    } catch (error) {
      logger.warn({ url, err: error }, 'viva call failed')
      throw new VivaUnavailableError(error instanceof Error ? error.message : String(error))
    }
  }

  /** Forgets cached tokens (tests that restart the sandbox). */
  static forgetTokens() {
    tokens.clear()
  }
}

function orderCodeFrom(json: string) {
  return json.match(/"orderCode"\s*:\s*"?(\d{1,32})"?/i)?.[1] ?? null
}
