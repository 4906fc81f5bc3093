/*
| A local stand-in for Viva Smart Checkout (../../../shared/VIVA.md is the
| contract it speaks): OAuth token, create order, retrieve transaction,
| cancel (refund) a transaction, the webhook key, and a hosted checkout page
| at /web/checkout?ref= where a person or a browser test pays, declines or
| abandons. After a payment it redirects to the success/failure URL with
| Viva's query parameters and delivers a signed webhook to the app, retrying
| non-2xx answers like Viva does (only sooner).
|
| `npm run dev` runs it as a process when VIVA_* is unset (`node
| bin/support/viva_sandbox.js`); tests start it in-process
| (startVivaSandbox) and steer it through `sandbox.hooks`, or over HTTP with
| POST /_sandbox/hooks when the app runs in other processes.
|
| One host serves the three Viva hosts (accounts, API, checkout); the app
| keeps them as three base URLs, so pointing VIVA_* at Viva's demo
| environment needs no code change. State lives in this process's memory:
| the sandbox is Viva, not part of the app.
*/
import { createHmac, randomInt, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'

export const SANDBOX_CREDENTIALS = {
  clientId: 'sandbox-client',
  clientSecret: 'sandbox-secret',
  sourceCode: '1234',
  merchantId: 'sandbox-merchant',
  apiKey: 'sandbox-api-key',
  webhookKey: 'sandbox-webhook-key',
}

/** Test hooks, all off by default. */
function defaultHooks() {
  return {
    /** Added to the amount (cents) of the next transactions (amount mismatch). */
    amountDeltaCents: 0,
    /** Status of paid transactions instead of `F` (e.g. `A`, `E`, `R`). */
    statusId: null,
    /** Delay of every API answer (ms): a slow Viva, or a timeout. */
    apiDelayMs: 0,
    /** The next N API calls answer 500. */
    failNextApiCalls: 0,
    /** Deliveries of each webhook event (duplicates). */
    deliveries: 1,
    /** Delay before a webhook is first delivered (ms); 0 = right away. */
    webhookDelayMs: 0,
    /** Deliver webhooks at all (off: only the return page reports the payment). */
    webhooks: true,
    /** Delays between retries of a non-2xx delivery (Viva: about hourly for three days). */
    retryDelaysMs: [1000, 5000, 30000, 120000],
  }
}

function euros(cents) {
  return Math.round(cents) / 100
}

function orderCode() {
  // 16 digits, like Viva's; a string end to end (beyond Number.MAX_SAFE_INTEGER).
  let code = String(randomInt(1, 10))
  for (let i = 0; i < 15; i++) code += String(randomInt(0, 10))
  return code
}

function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]
  )
}

async function readBody(request) {
  const chunks = []
  for await (const chunk of request) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

function send(response, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  response.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
    ...headers,
  })
  response.end(text)
}

/**
 * Starts the sandbox. `appUrl` is where the "payment source" points: success
 * and failure pages, and the webhook URL.
 */
export async function startVivaSandbox({
  port = 0,
  host = '127.0.0.1',
  appUrl,
  successUrl = `${appUrl}/payment/success`,
  failureUrl = `${appUrl}/payment/failure`,
  webhookUrl = `${appUrl}/payments/webhook`,
  log = () => {},
} = {}) {
  const credentials = { ...SANDBOX_CREDENTIALS }
  const tokens = new Set()
  /** orderCode → { orderCode, amount (cents), merchantTrns, customer, customerTrns, state } */
  const orders = new Map()
  /** transactionId → the transaction as Viva's retrieve call answers it */
  const transactions = new Map()
  const deliveries = []
  const timers = new Set()
  const sandbox = { hooks: defaultHooks(), orders, transactions, deliveries, credentials }

  const later = (ms, work) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      work()
    }, ms)
    timer.unref?.()
    timers.add(timer)
  }

  sandbox.sign = (rawBody) =>
    createHmac('sha256', credentials.webhookKey).update(rawBody).digest('hex')

  /** POSTs one webhook event to the app; non-2xx and network errors are retried. */
  sandbox.deliver = async (event, attempt = 0) => {
    const body = JSON.stringify(event)
    let status = 0
    try {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-viva-signature': sandbox.sign(body) },
        body,
        signal: AbortSignal.timeout(30_000),
      })
      status = response.status
      await response.arrayBuffer()
    } catch (error) {
      log(`webhook ${event.EventTypeId} not delivered: ${error.message}`)
    }
    deliveries.push({ messageId: event.MessageId, eventTypeId: event.EventTypeId, status, attempt })
    const retry = sandbox.hooks.retryDelaysMs[attempt]
    if ((status < 200 || status > 299) && retry !== undefined) {
      later(retry, () => sandbox.deliver(event, attempt + 1))
    }
    return status
  }

  /** The webhook event Viva sends about a transaction. */
  sandbox.eventFor = (eventTypeId, transaction) => ({
    Url: webhookUrl,
    EventTypeId: eventTypeId,
    Created: new Date().toISOString(),
    CorrelationId: randomUUID(),
    MessageId: randomUUID(),
    RecipientId: credentials.merchantId,
    MessageTypeId: 512,
    Delay: null,
    EventData: {
      TransactionId: transaction.transactionId,
      OrderCode: Number(transaction.orderCode),
      StatusId: transaction.statusId,
      Amount: transaction.amount,
      MerchantTrns: transaction.merchantTrns,
      Email: transaction.email,
      FullName: transaction.fullName,
      CurrencyCode: '978',
    },
  })

  /** Delivers `event` as the hooks say (delay, duplicates); resolves once all are sent. */
  sandbox.announce = (event) => {
    if (!sandbox.hooks.webhooks) return Promise.resolve([])
    const copies = Array.from({ length: Math.max(1, sandbox.hooks.deliveries) }, () => event)
    return new Promise((done) =>
      later(sandbox.hooks.webhookDelayMs, () =>
        Promise.all(copies.map((copy) => sandbox.deliver(copy))).then(done)
      )
    )
  }

  /**
   * The customer pays (or is declined) on the checkout page: a transaction
   * with `statusId` (hooks.statusId overrides a payment's `F`), then the event.
   */
  sandbox.pay = (code, { declined = false } = {}) => {
    const order = orders.get(String(code))
    if (!order) return null
    const statusId = declined ? 'E' : (sandbox.hooks.statusId ?? 'F')
    const transaction = {
      transactionId: randomUUID(),
      orderCode: order.orderCode,
      statusId,
      amount: euros(order.amount + sandbox.hooks.amountDeltaCents),
      email: order.customer?.email ?? null,
      fullName: order.customer?.fullName ?? null,
      insDate: new Date().toISOString(),
      cardNumber: '414746XXXXXX0133',
      currencyCode: '978',
      customerTrns: order.customerTrns ?? null,
      merchantTrns: order.merchantTrns ?? null,
      transactionTypeId: 5,
      totalInstallments: 0,
      cardCountryCode: 'GR',
    }
    transactions.set(transaction.transactionId, transaction)
    if (!declined) order.state = 'paid'
    const event = sandbox.eventFor(declined ? 1798 : 1796, transaction)
    const delivered = sandbox.announce(event)
    return { transaction, event, delivered }
  }

  /** Refunds (cancels) a paid transaction: a reversal transaction and the 1797 event. */
  sandbox.refund = (transactionId, amountCents) => {
    const paid = transactions.get(transactionId)
    if (!paid || paid.statusId !== 'F') return null
    if (amountCents !== undefined && euros(amountCents) !== paid.amount) return null
    paid.statusId = 'R'
    const reversal = {
      ...paid,
      transactionId: randomUUID(),
      statusId: 'F',
      transactionTypeId: 7,
      insDate: new Date().toISOString(),
    }
    transactions.set(reversal.transactionId, reversal)
    sandbox.announce(sandbox.eventFor(1797, reversal))
    return reversal
  }

  /** The query string Viva adds to the success/failure URL. */
  const returnQuery = (transactionId, code, lang) =>
    new URLSearchParams({
      ...(transactionId ? { t: transactionId } : {}),
      s: String(code),
      lang: lang ?? 'el-GR',
      eventId: '0',
      eci: '1',
    }).toString()

  function bearer(request) {
    const header = request.headers.authorization ?? ''
    return header.startsWith('Bearer ') && tokens.has(header.slice('Bearer '.length))
  }

  function basic(request, user, password) {
    const header = request.headers.authorization ?? ''
    if (!header.startsWith('Basic ')) return false
    return Buffer.from(header.slice(6), 'base64').toString('utf8') === `${user}:${password}`
  }

  /** API behaviour hooks: a slow answer, or a 500. True when the call was answered already. */
  async function apiHooks(response) {
    if (sandbox.hooks.apiDelayMs > 0) {
      await new Promise((done) => later(sandbox.hooks.apiDelayMs, done))
    }
    if (sandbox.hooks.failNextApiCalls > 0) {
      sandbox.hooks.failNextApiCalls--
      send(response, 500, { message: 'Internal error (sandbox hook)' })
      return true
    }
    return false
  }

  function checkoutPage(order) {
    const amount = new Intl.NumberFormat('el-GR', { style: 'currency', currency: 'EUR' }).format(
      euros(order.amount)
    )
    const ref = escapeHtml(order.orderCode)
    const button = (action, label) =>
      `<form method="post" action="/web/checkout/${action}?ref=${ref}"><button type="submit" name="action" value="${action}">${label}</button></form>`
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Viva sandbox checkout</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}button{width:100%;padding:.8rem;margin:.3rem 0;font-size:1rem}.amount{font-size:2rem;font-weight:700}</style></head>
<body><p>Viva Smart Checkout — local sandbox (no real money)</p>
<h1>${escapeHtml(order.customerTrns ?? 'Payment')}</h1>
<p class="amount" data-testid="amount">${escapeHtml(amount)}</p>
<p>Order ${ref} · ${escapeHtml(order.merchantTrns ?? '')}</p>
<p>Test card 4111 1111 1111 1111, any future date, CVV 111.</p>
${button('pay', 'Pay with test card')}
${button('decline', 'Decline the card')}
${button('abandon', 'Cancel and go back')}
</body></html>`
  }

  async function handle(request, response) {
    const url = new URL(request.url, `http://${request.headers.host}`)
    const path = url.pathname
    const method = request.method

    if (method === 'POST' && path === '/connect/token') {
      const form = new URLSearchParams(await readBody(request))
      if (!basic(request, credentials.clientId, credentials.clientSecret)) {
        return send(response, 401, { error: 'invalid_client' })
      }
      if (form.get('grant_type') !== 'client_credentials') {
        return send(response, 400, { error: 'unsupported_grant_type' })
      }
      if (await apiHooks(response)) return
      const token = randomUUID()
      tokens.add(token)
      return send(response, 200, {
        access_token: token,
        expires_in: 3600,
        token_type: 'Bearer',
        scope: 'urn:viva:payments:core:api:redirectcheckout',
      })
    }

    if (method === 'POST' && path === '/checkout/v2/orders') {
      if (!bearer(request)) return send(response, 401, { message: 'Unauthorized' })
      let body
      try {
        body = JSON.parse(await readBody(request))
      } catch {
        return send(response, 400, { message: 'Invalid JSON' })
      }
      if (!Number.isInteger(body.amount) || body.amount < 30) {
        return send(response, 400, { message: 'amount must be an integer number of cents ≥ 30' })
      }
      if (String(body.sourceCode) !== credentials.sourceCode) {
        return send(response, 400, { message: 'Unknown sourceCode' })
      }
      if (await apiHooks(response)) return
      const code = orderCode()
      orders.set(code, {
        orderCode: code,
        amount: body.amount,
        merchantTrns: body.merchantTrns ?? null,
        customerTrns: body.customerTrns ?? null,
        customer: body.customer ?? null,
        paymentTimeout: body.paymentTimeout ?? 1800,
        state: 'pending',
      })
      return send(response, 200, `{"orderCode":${code}}`, {
        'content-type': 'application/json',
      })
    }

    const transactionPath = path.match(/^\/checkout\/v2\/transactions\/([^/]+)$/)
    if (method === 'GET' && transactionPath) {
      if (!bearer(request)) return send(response, 401, { message: 'Unauthorized' })
      if (await apiHooks(response)) return
      const transaction = transactions.get(decodeURIComponent(transactionPath[1]))
      if (!transaction) return send(response, 404, { message: 'Transaction not found' })
      // Viva's JSON carries orderCode as a number (16 digits); written by hand to keep every digit.
      const { orderCode: code, ...rest } = transaction
      const json = JSON.stringify({ ...rest, orderCode: '__CODE__' }).replace(
        '"__CODE__"',
        String(code)
      )
      return send(response, 200, json, { 'content-type': 'application/json' })
    }

    // Cancel (refund) a transaction: Basic merchant id + API key, amount in cents.
    const cancelPath = path.match(/^\/api\/transactions\/([^/]+)$/)
    if (method === 'DELETE' && cancelPath) {
      if (!basic(request, credentials.merchantId, credentials.apiKey)) {
        return send(response, 401, { message: 'Unauthorized' })
      }
      if (await apiHooks(response)) return
      const amount = url.searchParams.has('amount')
        ? Number(url.searchParams.get('amount'))
        : undefined
      const reversal = sandbox.refund(decodeURIComponent(cancelPath[1]), amount)
      if (!reversal) {
        return send(response, 200, {
          ErrorCode: 403,
          ErrorText: 'The transaction cannot be refunded',
          Success: false,
        })
      }
      return send(response, 200, {
        TransactionId: reversal.transactionId,
        StatusId: 'F',
        Amount: reversal.amount,
        ErrorCode: 0,
        ErrorText: null,
        Success: true,
      })
    }

    if (method === 'GET' && path === '/api/messages/config/token') {
      if (!basic(request, credentials.merchantId, credentials.apiKey)) {
        return send(response, 401, { message: 'Unauthorized' })
      }
      return send(response, 200, { Key: credentials.webhookKey })
    }

    if (method === 'GET' && path === '/web/checkout') {
      const order = orders.get(url.searchParams.get('ref') ?? '')
      if (!order)
        return send(
          response,
          404,
          '<!doctype html><title>Not found</title><p>Unknown order code.</p>'
        )
      if (order.state === 'paid') {
        return send(
          response,
          410,
          '<!doctype html><title>Paid</title><p>This order is already paid.</p>'
        )
      }
      return send(response, 200, checkoutPage(order))
    }

    const checkoutAction = path.match(/^\/web\/checkout\/(pay|decline|abandon)$/)
    if (method === 'POST' && checkoutAction) {
      await readBody(request)
      const order = orders.get(url.searchParams.get('ref') ?? '')
      if (!order || order.state === 'paid') return send(response, 404, { message: 'Unknown order' })
      const lang = order.customer?.requestLang
      if (checkoutAction[1] === 'abandon') {
        response.writeHead(302, {
          location: `${failureUrl}?${returnQuery(null, order.orderCode, lang)}`,
        })
        return response.end()
      }
      const declined = checkoutAction[1] === 'decline'
      const { transaction } = sandbox.pay(order.orderCode, { declined })
      const target = declined ? failureUrl : successUrl
      response.writeHead(302, {
        location: `${target}?${returnQuery(transaction.transactionId, order.orderCode, lang)}`,
      })
      return response.end()
    }

    // Test hooks over HTTP, for apps running in other processes.
    if (path === '/_sandbox/hooks') {
      if (method === 'POST') {
        const changes = JSON.parse((await readBody(request)) || '{}')
        if (changes.reset) sandbox.hooks = defaultHooks()
        Object.assign(sandbox.hooks, changes.hooks ?? {})
      }
      return send(response, 200, sandbox.hooks)
    }

    return send(response, 404, { message: 'Not found' })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      log(`sandbox error: ${error.stack}`)
      if (!response.headersSent) send(response, 500, { message: 'Sandbox error' })
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, done)
  })
  const address = server.address()
  const url = `http://${host}:${address.port}`

  sandbox.url = url
  sandbox.port = address.port
  /** The VIVA_* variables that point an app at this sandbox. */
  sandbox.env = {
    VIVA_ACCOUNTS_URL: url,
    VIVA_API_URL: url,
    VIVA_CHECKOUT_URL: url,
    VIVA_CLIENT_ID: credentials.clientId,
    VIVA_CLIENT_SECRET: credentials.clientSecret,
    VIVA_SOURCE_CODE: credentials.sourceCode,
    VIVA_MERCHANT_ID: credentials.merchantId,
    VIVA_API_KEY: credentials.apiKey,
    VIVA_WEBHOOK_KEY: credentials.webhookKey,
  }
  /** Lets the process exit with the sandbox still open (test runs). */
  sandbox.unref = () => server.unref()
  sandbox.resetHooks = () => {
    sandbox.hooks = defaultHooks()
  }
  sandbox.stop = async () => {
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    server.closeAllConnections?.()
    await new Promise((done) => server.close(() => done()))
  }
  return sandbox
}

/*
| As a process (`npm run dev`): VIVA_SANDBOX_PORT (default 4010) and APP_URL
| (default http://127.0.0.1:3333). Prints one line when ready.
*/
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const appUrl = process.env.APP_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3333}`
  const sandbox = await startVivaSandbox({
    port: Number(process.env.VIVA_SANDBOX_PORT ?? 4010),
    appUrl,
    log: (line) => console.log(`[viva-sandbox] ${line}`),
  })
  console.log(
    `[viva-sandbox] Viva sandbox on ${sandbox.url} (checkout pages at ${sandbox.url}/web/checkout?ref=…)`
  )
  const stop = async () => {
    await sandbox.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
