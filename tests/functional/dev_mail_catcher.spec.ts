/*
| The development mail catcher (`npm run dev`, bin/support/mail_catcher.js on
| MailDev) as the README promises it: it takes the app's SMTP mail and scripts
| find it through the REST API by recipient.
*/
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import { smtpSettings } from '#config/mail'
import { freePort } from '#tests/helpers/network'

interface CaughtMail {
  id: string
  subject: string
  text: string
  html: string
  to: { address: string; name: string }[]
}

test.group('Development mail catcher', () => {
  test('keeps what the app sends and lists it by recipient over its API', async ({
    assert,
    cleanup,
  }) => {
    // Loaded the way the dev launcher loads it (plain JavaScript, outside the app).
    const { startMailCatcher } = await import(app.makePath('bin/support/mail_catcher.js'))
    const mailDirectory = await mkdtemp(join(tmpdir(), 'pcmr-mail-'))
    const smtpPort = await freePort()
    const catcher = await startMailCatcher({
      smtpPort,
      httpPort: await freePort(),
      mailDirectory,
    })
    cleanup(async () => {
      await catcher.stop()
      await rm(mailDirectory, { recursive: true, force: true })
    })

    // The app's own SMTP settings, pointed at the catcher's port.
    const transport = new SMTPTransport({ ...smtpSettings, host: '127.0.0.1', port: smtpPort })
    for (const [to, subject] of [
      ['maria@example.com', 'Επιβεβαιώστε το email σας'],
      ['anna@example.com', 'Confirm your email address'],
    ]) {
      await transport.send({
        from: { address: 'no-reply@pcmr.gr', name: 'PCMR' },
        to: [{ address: to, name: 'Μαρία' }],
        subject,
        text: `Hello ${to}`,
        html: `<p>Hello ${to}</p>`,
      })
    }
    await transport.close()

    const response = await fetch(`${catcher.url}/api/email?to.address=maria@example.com`)
    assert.equal(response.status, 200)
    const mails = (await response.json()) as CaughtMail[]
    assert.lengthOf(mails, 1)
    assert.equal(mails[0].subject, 'Επιβεβαιώστε το email σας')
    assert.deepEqual(mails[0].to, [{ address: 'maria@example.com', name: 'Μαρία' }])
    assert.include(mails[0].text, 'Hello maria@example.com')
    assert.include(mails[0].html, '<p>Hello maria@example.com</p>')

    // The web UI to read them in a browser.
    const page = await fetch(catcher.url, { headers: { accept: 'text/html' } })
    assert.equal(page.status, 200)
    assert.include(page.headers.get('content-type') ?? '', 'text/html')
  })
})
