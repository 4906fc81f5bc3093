import type net from 'node:net'
import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'

/**
 * An SMTP server in the test process that accepts every mail (no login, no
 * TLS) and keeps it parsed, on a free port of 127.0.0.1.
 */
export async function startSmtpServer() {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => received.push(parsed))
        .then(() => callback(), callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as net.AddressInfo).port
  return { port, received, close: () => new Promise<void>((done) => server.close(done)) }
}
