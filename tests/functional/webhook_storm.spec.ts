/*
| The webhook storm of issue 10: 100 paid orders, each payment event delivered
| 10 times (1 000 POSTs, concurrent and shuffled) to two app server processes
| on one PostgreSQL, with the success pages racing them on this process's
| server. Exactly once means: 100 `paid` transitions, 100 history rows, 100
| "payment confirmed" mails queued, and no 5xx.
*/
import { spawn, type ChildProcess } from 'node:child_process'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type Order from '#models/order'
import type User from '#models/user'
import PaymentCheckoutService from '#services/payment_checkout_service'
import { acceptedOrder, vivaSandbox } from '#tests/helpers/viva'
import { customer } from '#tests/helpers/customer_quotes'
import { freePort } from '#tests/helpers/network'

const ORDERS = 100
const DELIVERIES = 10
const CONCURRENCY = 40

/** One more app server process (as in production: bin/server.ts), on this run's database. */
async function startAppProcess(vivaEnv: Record<string, string>) {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import=@poppinss/ts-exec', app.makePath('bin/server.ts')],
    {
      cwd: app.makePath(),
      env: {
        ...process.env,
        ...vivaEnv,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }
  )
  const base = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`app process exited with ${child.exitCode}`)
    try {
      const health = await fetch(`${base}/health`)
      if (health.ok) break
    } catch {}
    await new Promise((done) => setTimeout(done, 250))
  }
  return {
    base,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}

/** Runs `tasks` with at most `limit` at once. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number) {
  const results: T[] = []
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++
      results[index] = await tasks[index]()
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}

function shuffle<T>(items: T[]) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

test.group('Payments / webhook storm', () => {
  test('1 000 deliveries over two app processes, success pages racing: each order paid once', async ({
    client,
    assert,
  }) => {
    const sandbox = await vivaSandbox()
    const servers = await Promise.all([startAppProcess(sandbox.env), startAppProcess(sandbox.env)])
    try {
      const checkout = await app.container.make(PaymentCheckoutService)
      const owner = await customer('en')
      const paid: { order: Order; owner: User; transactionId: string; event: object }[] = []
      for (let i = 0; i < ORDERS; i++) {
        const { order } = await acceptedOrder('en', owner)
        const url = await checkout.checkoutUrl(order, owner)
        const code = new URL(url).searchParams.get('ref')!
        const { transaction, event } = sandbox.pay(code)!
        paid.push({ order, owner, transactionId: transaction.transactionId, event })
      }

      const started = performance.now()
      const deliveries = shuffle(
        paid.flatMap(({ event }) => Array.from({ length: DELIVERIES }, () => JSON.stringify(event)))
      ).map((body, index) => async () => {
        const server = servers[index % servers.length]
        const response = await fetch(`${server.base}/payments/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-viva-signature': sandbox.sign(body) },
          body,
        })
        await response.arrayBuffer()
        return response.status
      })
      const successPages = paid.map(({ owner: buyer, transactionId }) => async () => {
        const response = await client
          .get('/payment/success')
          .qs({ t: transactionId })
          .loginAs(buyer)
        return response.status()
      })
      const statuses = await pool(shuffle([...deliveries, ...successPages]), CONCURRENCY)
      const seconds = (performance.now() - started) / 1000

      const errors = statuses.filter((status) => status >= 500 || status === 0).length
      const paidOrders = await db.from('orders').where('payment_status', 'paid').count('* as n')
      const history = await db
        .from('order_status_histories')
        .where('axis', 'paymentStatus')
        .where('to_status', 'paid')
        .count('* as n')
      const mails = await db
        .from('queue_jobs')
        .whereLike('data', '%Payment for order%confirmed%')
        .count('* as n')
      const events = await db.from('payment_events').count('* as n')
      console.log(
        `webhook storm: ${deliveries.length} deliveries → ${paidOrders[0].n} paid, ${mails[0].n} mails, ${errors} errors in ${seconds.toFixed(1)} s`
      )
      assert.equal(errors, 0)
      assert.deepEqual(
        statuses.filter((status) => status !== 200),
        [],
        'every delivery and success page answered 200'
      )
      assert.equal(Number(paidOrders[0].n), ORDERS)
      assert.equal(Number(history[0].n), ORDERS)
      assert.equal(Number(mails[0].n), ORDERS)
      assert.equal(Number(events[0].n), ORDERS)
    } finally {
      await Promise.all(servers.map((server) => server.stop()))
    }
  }).timeout(300_000)
})
