/*
| Mail that is never lost: `mail.sendLater(...)` stores the compiled message
| as a SendMailJob on the durable queue (PostgreSQL, config/queue.ts) instead
| of the package's in-memory messenger. The worker (`node ace queue:work`)
| sends it with the same mailer, and retries while the SMTP server is down.
|
| `mail.fake()` in tests bypasses this messenger and records the mails.
*/
import mail from '@adonisjs/mail/services/main'
import { Locator } from '@adonisjs/queue'
import SendMailJob, { serializeCompiledMail } from '#jobs/send_mail_job'

/*
| Registered here as well as by the queue's job discovery, which Ace commands
| skip: with QUEUE_DRIVER=sync a command's mail still finds its job class.
*/
Locator.register(SendMailJob.options.name!, SendMailJob)

mail.setMessenger((mailer) => ({
  async queue(compiled, sendConfig) {
    const { jobId } = await SendMailJob.dispatch({
      mailerName: mailer.name,
      mail: serializeCompiledMail(compiled),
      sendConfig,
    })
    return { jobId }
  },
}))
