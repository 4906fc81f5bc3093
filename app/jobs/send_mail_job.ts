import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import { Job, exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import type { MailersList, MessageBodyTemplates, NodeMailerMessage } from '@adonisjs/mail/types'

/**
 * A mail as `mail.sendLater(...)` hands it to the messenger (start/mail.ts):
 * the nodemailer message (recipients, subject, html/text when already
 * rendered) and the Edge views still to render, as plain JSON.
 */
export interface CompiledMail {
  message: NodeMailerMessage
  views: MessageBodyTemplates
}

export interface SendMailPayload {
  /** The mailer of config/mail.ts to send with (`smtp`). */
  mailerName: string
  mail: CompiledMail
  sendConfig?: unknown
}

/**
 * Makes a compiled mail safe to store as JSON in the queue: Buffer
 * attachments become base64 strings; streams cannot be stored and are
 * refused right away (attach a file path instead).
 */
export function serializeCompiledMail(compiled: CompiledMail): CompiledMail {
  const attachments = compiled.message.attachments?.map((attachment) => {
    const content = attachment.content as unknown
    if (Buffer.isBuffer(content)) {
      return { ...attachment, content: content.toString('base64'), encoding: 'base64' }
    }
    if (content && typeof content === 'object' && 'pipe' in content) {
      throw new Error(
        `Cannot queue the mail "${compiled.message.subject}": attachment "${attachment.filename ?? '?'}" is a stream. Attach a file path (message.attach) instead.`
      )
    }
    return attachment
  })
  return JSON.parse(
    JSON.stringify({
      ...compiled,
      message: { ...compiled.message, ...(attachments && { attachments }) },
    })
  )
}

/**
 * Sends one queued mail. Every `mail.sendLater(...)` becomes one of these
 * jobs (see start/mail.ts). When the SMTP server is down or refuses the
 * message the job throws, and the queue retries it with exponential backoff
 * for about 14 hours (30 s, 1 min, 2 min, … then hourly, 21 attempts); after
 * that it stays in `queue_jobs` with status `failed` and the error.
 */
export default class SendMailJob extends Job<SendMailPayload> {
  static options: JobOptions = {
    // Stable name: the queue stores it with each row, the worker looks the class up by it.
    name: 'SendMailJob',
    queue: 'default',
    maxRetries: 20,
    retry: { backoff: exponentialBackoff({ baseDelay: '30s', maxDelay: '1h' }) },
    timeout: '2m',
    removeOnComplete: true,
    removeOnFail: false,
  }

  async execute() {
    const { mailerName, mail: compiled, sendConfig } = this.payload
    try {
      await mail.use(mailerName as keyof MailersList).sendCompiled(compiled, sendConfig)
    } catch (error) {
      logger.warn(
        {
          err: error,
          jobId: this.context?.jobId,
          attempt: this.context?.attempt,
          mailer: mailerName,
          subject: compiled.message.subject,
        },
        'mail not sent, the queue will retry it'
      )
      throw error
    }
  }

  async failed(error: Error) {
    logger.error(
      {
        err: error,
        jobId: this.context?.jobId,
        mailer: this.payload.mailerName,
        subject: this.payload.mail.message.subject,
      },
      'mail given up after all retries (kept in queue_jobs with status failed)'
    )
  }
}
