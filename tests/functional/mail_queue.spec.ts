import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import type { MailManagerTransportFactory } from '@adonisjs/mail/types'
import { Worker } from '@adonisjs/queue'
import type { QueueConfig } from '@adonisjs/queue/types'
import { smtpSettings } from '#config/mail'
import { LocalizedMail, type MailLocale } from '#mails/base/localized_mail'
import SendMailJob, { type SendMailPayload } from '#jobs/send_mail_job'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import { freePort } from '#tests/helpers/network'

/**
 * A small account email, as other engineers write them.
 */
class WelcomeMail extends LocalizedMail {
  constructor(
    to: string,
    locale: MailLocale,
    private url = 'https://pcmr.gr/portal'
  ) {
    super({ to: { address: to, name: 'Μαρία' }, locale })
  }

  content() {
    return {
      el: {
        subject: 'Καλώς ήρθατε στην PCMR',
        greeting: 'Γεια σας,',
        paragraphs: ['Ο λογαριασμός σας είναι έτοιμος. Οδηγίες: https://pcmr.gr/help.'],
        details: [{ label: 'Παραγγελία', value: 'PC20261123-1' }],
        action: { label: 'Μετάβαση στο portal', url: this.url },
      },
      en: {
        subject: 'Welcome to PCMR',
        greeting: 'Hello,',
        paragraphs: ['Your account is ready. Help: https://pcmr.gr/help.'],
        details: [{ label: 'Order', value: 'PC20261123-1' }],
        action: { label: 'Open the portal', url: this.url },
      },
    }
  }
}

type Mailers = Record<string, MailManagerTransportFactory>

/**
 * Points the mailer `name` (created on the fly) at 127.0.0.1:port with the
 * app's SMTP settings, dropping any cached transport of that name.
 */
async function pointMailerAt(name: string, port: number) {
  await mail.close(name as never)
  ;(mail.config.mailers as Mailers)[name] = () =>
    new SMTPTransport({ ...smtpSettings, host: '127.0.0.1', port, auth: undefined })
}

async function removeMailer(name: string) {
  await mail.close(name as never)
  delete (mail.config.mailers as Mailers)[name]
}

/** The queued SendMailJob rows, oldest first. */
async function queuedJobs() {
  const rows = await db.from('queue_jobs').orderBy('score', 'asc')
  return rows.map((row) => ({ ...row, data: JSON.parse(row.data) }))
}

/** Runs SendMailJob's handler the way the worker does. */
async function runJob(payload: SendMailPayload) {
  const job = new SendMailJob()
  job.$hydrate(payload, {
    jobId: 'test',
    name: 'SendMailJob',
    attempt: 1,
    queue: 'default',
    priority: 5,
    acquiredAt: new Date(),
    stalledCount: 0,
  })
  await job.execute()
}

test.group('Mail through the durable queue', (group) => {
  group.each.teardown(async () => {
    mail.restore()
    await removeMailer('test_smtp')
  })

  test('sendLater of a LocalizedMail is recorded by mail.fake() with html and text in the locale', async ({
    assert,
  }) => {
    using fake = mail.fake()
    await mail.sendLater(new WelcomeMail('maria@example.com', 'el'))
    await mail.sendLater(new WelcomeMail('anna@example.com', 'en'))

    fake.mails.assertQueuedCount(WelcomeMail, 2)
    fake.mails.assertNoneSent()
    fake.mails.assertQueued(WelcomeMail, ({ message }) => {
      return (
        message.hasTo('maria@example.com', 'Μαρία') && message.hasSubject('Καλώς ήρθατε στην PCMR')
      )
    })
    fake.mails.assertQueued(WelcomeMail, ({ message }) => {
      return message.hasTo('anna@example.com', 'Μαρία') && message.hasSubject('Welcome to PCMR')
    })
    fake.mails.assertNotQueued(WelcomeMail, ({ message }) => {
      return message.hasTo('anna@example.com') && message.hasSubject('Καλώς ήρθατε στην PCMR')
    })

    const [greek, english] = fake.mails.queued() as WelcomeMail[]
    const expected = [
      {
        mail: greek,
        html: [
          '<html lang="el"',
          'Μετάβαση στο portal',
          'href="https://pcmr.gr/portal"',
          // URLs inside paragraphs become links, without the trailing full stop.
          /<a href="https:\/\/pcmr.gr\/help"[^>]*>https:\/\/pcmr.gr\/help<\/a>\./,
          '#400080',
        ],
        text: [
          'Μετάβαση στο portal:\nhttps://pcmr.gr/portal',
          'Παραγγελία: PC20261123-1',
          'Η ομάδα της PCMR',
        ],
      },
      {
        mail: english,
        html: ['<html lang="en"'],
        text: ['Open the portal:\nhttps://pcmr.gr/portal', 'The PCMR team'],
      },
    ]
    for (const { mail: sent, html, text } of expected) {
      for (const part of html) sent.message.assertHtmlIncludes(part)
      for (const part of text) sent.message.assertTextIncludes(part)
    }

    const compiled = greek.message.toObject().message
    assert.notInclude(compiled.text as string, '<')
    assert.deepEqual(compiled.from, { address: 'no-reply@pcmr.gr', name: 'PCMR' })
  })

  test('copy is escaped in the html', async () => {
    class NastyMail extends LocalizedMail {
      content() {
        const copy = { subject: 'A <b>bold</b> "offer"', paragraphs: ['<script>alert(1)</script>'] }
        return { el: copy, en: copy }
      }
    }
    const nasty = new NastyMail({ to: 'x@example.com' })
    await nasty.build()
    nasty.message.assertHtmlIncludes('&lt;script&gt;alert(1)&lt;/script&gt;')
    nasty.message.assertHtmlIncludes('A &lt;b&gt;bold&lt;/b&gt; &quot;offer&quot;')
    nasty.message.assertSubject('A <b>bold</b> "offer"')
  })

  test('without the fake, sendLater stores a SendMailJob in PostgreSQL instead of sending', async ({
    assert,
  }) => {
    const server = await startSmtpServer()
    try {
      await pointMailerAt('test_smtp', server.port)
      await mail.use('test_smtp' as never).sendLater(new WelcomeMail('maria@example.com', 'en'))

      const jobs = await queuedJobs()
      assert.lengthOf(jobs, 1)
      assert.equal(jobs[0].status, 'pending')
      assert.equal(jobs[0].data.name, 'SendMailJob')
      const payload = jobs[0].data.payload as SendMailPayload
      assert.equal(payload.mailerName, 'test_smtp')
      assert.equal(payload.mail.message.subject, 'Welcome to PCMR')
      assert.include(payload.mail.message.html as string, 'Open the portal')
      assert.include(payload.mail.message.text as string, 'Open the portal')
      // Queued, not sent.
      assert.lengthOf(server.received, 0)
    } finally {
      await server.close()
    }
  })

  test('the job sends the stored message over SMTP (html + text)', async ({ assert }) => {
    const server = await startSmtpServer()
    try {
      await pointMailerAt('test_smtp', server.port)
      await mail.use('test_smtp' as never).sendLater(new WelcomeMail('maria@example.com', 'el'))
      const [row] = await queuedJobs()

      await runJob(row.data.payload)

      assert.lengthOf(server.received, 1)
      const received = server.received[0]
      assert.equal(received.subject, 'Καλώς ήρθατε στην PCMR')
      assert.deepEqual(received.to && !Array.isArray(received.to) ? received.to.value : [], [
        { address: 'maria@example.com', name: 'Μαρία' },
      ])
      assert.deepEqual(received.from?.value, [{ address: 'no-reply@pcmr.gr', name: 'PCMR' }])
      assert.include(received.html || '', 'Μετάβαση στο portal')
      assert.include(received.text || '', 'Μετάβαση στο portal:\nhttps://pcmr.gr/portal')
      assert.equal(received.headers.get('content-language'), 'el')
    } finally {
      await server.close()
    }
  })

  test('the job throws when the SMTP server is down, so the queue retries it', async ({
    assert,
  }) => {
    await pointMailerAt('test_smtp', await freePort())
    await mail.use('test_smtp' as never).sendLater(new WelcomeMail('maria@example.com', 'el'))
    const [row] = await queuedJobs()

    await assert.rejects(() => runJob(row.data.payload), /ECONNREFUSED/)
  })

  test('a worker keeps the mail while SMTP is down and delivers it once it is back', async ({
    assert,
  }) => {
    await pointMailerAt('test_smtp', await freePort())
    await mail.use('test_smtp' as never).sendLater(new WelcomeMail('maria@example.com', 'en'))

    // A worker like `node ace queue:work` runs, on the test database.
    const config = app.config.get<QueueConfig>('queue')
    const adapters: Record<string, any> = {}
    for (const [name, adapter] of Object.entries(config.adapters)) {
      adapters[name] =
        typeof adapter === 'function' ? adapter : await configProvider.resolve(app, adapter)
    }
    const worker = new Worker({
      ...config,
      adapters,
      autoLoadJobs: false,
      jobFactory: (JobClass) => app.container.make(JobClass),
      logger: await app.container.make('logger'),
      worker: { concurrency: 1, idleDelay: '20ms', gracefulShutdown: false },
    })
    const untilCompleted = async () => {
      for (let cycle = 0; cycle < 100; cycle++) {
        const result = await worker.processCycle(['default'])
        if (result?.type === 'completed') return
        if (result?.type === 'error') throw result.error
        if (result?.type === 'idle') await new Promise((done) => setTimeout(done, 20))
      }
      throw new Error('the worker did not finish the job')
    }

    const server = await startSmtpServer()
    try {
      await untilCompleted()

      // Not lost: waiting for its retry, with exponential backoff (first retry ≈30 s later).
      const [waiting] = await queuedJobs()
      assert.equal(waiting.status, 'delayed')
      assert.equal(waiting.data.attempts, 1)
      assert.isAbove(Number(waiting.execute_at), Date.now() + 15_000)
      assert.lengthOf(server.received, 0)

      // SMTP is back and the retry is due.
      await pointMailerAt('test_smtp', server.port)
      await db
        .from('queue_jobs')
        .where('id', waiting.id)
        .update({ execute_at: Date.now() - 1 })
      await untilCompleted()

      assert.lengthOf(server.received, 1)
      assert.equal(server.received[0].subject, 'Welcome to PCMR')
      assert.lengthOf(await queuedJobs(), 0)
    } finally {
      await worker.stop()
      await server.close()
    }
  })
})
