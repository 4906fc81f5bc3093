/*
| Development mail catcher: an SMTP server on 127.0.0.1:1025 that accepts every
| mail (any or no login, no TLS), stores it under tmp/mail/ (`<id>.json` parsed,
| `<id>.eml` raw), and a small web UI on http://127.0.0.1:1080 to read them:
| the list, each mail's HTML (in a sandboxed iframe, links open in a new tab)
| and text, its headers and the raw source.
|
| `npm run dev` runs it inside the launcher process when SMTP_HOST/SMTP_PORT
| are left at their defaults. Alone: `node bin/support/mail_catcher.js`.
|
| JSON for scripts and browser tests: GET /api/messages[?to=address] (newest
| first, without bodies), GET /api/messages/<id>, DELETE /api/messages.
| Plain JavaScript: it runs before anything TypeScript is loaded.
*/
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { ROOT } from './dev_env.js'

export const CATCHER_HOST = '127.0.0.1'
export const CATCHER_SMTP_PORT = 1025
export const CATCHER_HTTP_PORT = 1080
const MAIL_DIR = join(ROOT, 'tmp', 'mail')
const KEEP = 500
const ID_PATTERN = /^[0-9]{13}-[0-9a-f]{8}$/

/**
 * True when the app sends to the catcher's address: SMTP_HOST and SMTP_PORT
 * unset (in the environment and in `.env`) or set to 127.0.0.1/localhost:1025.
 */
export function usesLocalCatcher(env = process.env) {
  const fileEnv = {}
  const envPath = join(ROOT, '.env')
  if (existsSync(envPath)) {
    for (const line of readFileSync(envPath, 'utf8').split('\n')) {
      const match = line.match(/^\s*(SMTP_HOST|SMTP_PORT)\s*=\s*(.*?)\s*$/)
      if (match) fileEnv[match[1]] = match[2].replace(/^['"]|['"]$/g, '')
    }
  }
  const host = env.SMTP_HOST || fileEnv.SMTP_HOST || CATCHER_HOST
  const port = Number(env.SMTP_PORT || fileEnv.SMTP_PORT || CATCHER_SMTP_PORT)
  return ['127.0.0.1', 'localhost'].includes(host) && port === CATCHER_SMTP_PORT
}

const escapeHtml = (value) =>
  String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

/** Escaped text with its http(s) URLs as links (new tab). */
const linkify = (text) =>
  escapeHtml(text).replace(
    /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g,
    (url) => `<a href="${url}" target="_blank" rel="noopener noreferrer">${url}</a>`
  )

const addressText = (field) =>
  field ? (Array.isArray(field) ? field : [field]).map((a) => a.text).join(', ') : ''

async function listMessages(dir) {
  let files = []
  try {
    files = await readdir(dir)
  } catch {
    return []
  }
  const ids = files
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -5))
    .filter((id) => ID_PATTERN.test(id))
    .sort()
    .reverse()
  const messages = []
  for (const id of ids) {
    try {
      const { html, text, headers, ...summary } = JSON.parse(
        await readFile(join(dir, `${id}.json`), 'utf8')
      )
      messages.push(summary)
    } catch {}
  }
  return messages
}

async function readMessage(dir, id) {
  if (!ID_PATTERN.test(id)) return null
  try {
    return JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'))
  } catch {
    return null
  }
}

async function storeMessage(dir, raw, session) {
  const parsed = await simpleParser(raw)
  const id = `${Date.now()}-${randomBytes(4).toString('hex')}`
  const message = {
    id,
    receivedAt: new Date().toISOString(),
    envelope: {
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
      to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    },
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    cc: addressText(parsed.cc),
    replyTo: addressText(parsed.replyTo),
    subject: parsed.subject ?? '',
    date: parsed.date ? parsed.date.toISOString() : null,
    messageId: parsed.messageId ?? null,
    html: parsed.html || null,
    text: parsed.text ?? null,
    headers: parsed.headerLines.map(({ line }) => line),
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType,
      size: a.size,
    })),
  }
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, `${id}.eml`), raw)
  await writeFile(join(dir, `${id}.json`), JSON.stringify(message, null, 2))

  const ids = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort()
  for (const old of ids.slice(0, Math.max(0, ids.length - KEEP))) {
    const oldId = old.slice(0, -5)
    await rm(join(dir, `${oldId}.json`), { force: true })
    await rm(join(dir, `${oldId}.eml`), { force: true })
  }
  return message
}

const STYLE = `
  :root { --primary: #400080; --dark: #07060d; --muted: #6b6779; --border: #e4e0ec; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: Roboto, 'Helvetica Neue', Helvetica, Arial, sans-serif; color: #1c1a24; background: #f3f1f7; }
  header { background: var(--dark); color: #fff; padding: 14px 24px; display: flex; align-items: center; gap: 16px; }
  header a { color: #fff; text-decoration: none; font-weight: 900; letter-spacing: 1px; }
  header span { color: #b9b4c7; font-size: 14px; }
  header form { margin-left: auto; }
  main { max-width: 1100px; margin: 0 auto; padding: 24px; }
  table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--border); }
  th, td { text-align: left; padding: 10px 12px; border-bottom: 1px solid var(--border); font-size: 14px; vertical-align: top; }
  th { font-size: 12px; text-transform: uppercase; letter-spacing: .5px; color: var(--muted); }
  tr.row:hover { background: #f7f4fc; cursor: pointer; }
  td a { color: var(--primary); font-weight: 600; text-decoration: none; }
  .muted { color: var(--muted); }
  .empty { background: #fff; border: 1px solid var(--border); padding: 32px; text-align: center; color: var(--muted); }
  button { background: var(--primary); color: #fff; border: 0; border-radius: 6px; padding: 8px 14px; font: inherit; cursor: pointer; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; background: #fff; border: 1px solid var(--border); padding: 16px; margin: 0 0 20px; font-size: 14px; }
  dt { color: var(--muted); }
  dd { margin: 0; word-break: break-word; }
  h1 { font-size: 22px; margin: 0 0 16px; }
  h2 { font-size: 15px; text-transform: uppercase; letter-spacing: .5px; color: var(--primary); margin: 24px 0 8px; }
  iframe { width: 100%; height: 70vh; border: 1px solid var(--border); background: #fff; }
  pre { white-space: pre-wrap; word-break: break-word; background: #fff; border: 1px solid var(--border); padding: 16px; font-size: 14px; margin: 0; }
  pre a { color: var(--primary); }
  nav a { color: var(--primary); margin-right: 16px; font-size: 14px; }
`

function page(title, body, script = '') {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
<header><a href="/">PCMR mail</a><span>development mail catcher · SMTP 127.0.0.1:${CATCHER_SMTP_PORT}</span>
<form method="post" action="/clear" onsubmit="return confirm('Delete every caught mail?')"><button type="submit">Delete all</button></form></header>
<main>${body}</main>${script}</body></html>`
}

function listPage(messages) {
  const rows = messages
    .map(
      (m) => `<tr class="row" onclick="location.href='/messages/${m.id}'">
  <td class="muted">${escapeHtml(new Date(m.receivedAt).toLocaleString('en-GB'))}</td>
  <td>${escapeHtml(m.from)}</td><td>${escapeHtml(m.to || m.envelope.to.join(', '))}</td>
  <td><a href="/messages/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a></td></tr>`
    )
    .join('')
  const body = messages.length
    ? `<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<div class="empty">No mail yet. Everything the app sends in development lands here.</div>`
  // Reload when a new mail arrives.
  const latest = JSON.stringify(messages[0]?.id ?? null)
  const script = `<script>setInterval(async () => { try { const list = await (await fetch('/api/messages')).json(); if ((list[0]?.id ?? null) !== ${latest}) location.reload() } catch {} }, 2000)</script>`
  return page(`Mail (${messages.length})`, `<h1>Mail (${messages.length})</h1>${body}`, script)
}

function messagePage(m) {
  const field = (label, value) => (value ? `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>` : '')
  const attachments = m.attachments.length
    ? `<dt>Attachments</dt><dd>${m.attachments.map((a) => escapeHtml(`${a.filename ?? '(inline)'} (${a.contentType}, ${a.size} B)`)).join('<br>')}</dd>`
    : ''
  const body = `<nav><a href="/">← All mail</a><a href="/messages/${m.id}.eml">Raw source</a><a href="/api/messages/${m.id}">JSON</a></nav>
<h1 style="margin-top:16px">${escapeHtml(m.subject || '(no subject)')}</h1>
<dl>${field('From', m.from)}${field('To', m.to)}${field('Cc', m.cc)}${field('Reply-To', m.replyTo)}
${field('Envelope', `${m.envelope.from} → ${m.envelope.to.join(', ')}`)}${field('Date', m.date)}${field('Message-ID', m.messageId)}${attachments}</dl>
<h2>HTML</h2>${m.html ? `<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" src="/messages/${m.id}/html" title="HTML body"></iframe>` : '<p class="muted">No HTML part.</p>'}
<h2>Text</h2>${m.text ? `<pre>${linkify(m.text)}</pre>` : '<p class="muted">No text part.</p>'}
<h2>Headers</h2><pre>${escapeHtml(m.headers.join('\n'))}</pre>`
  return page(m.subject || 'Mail', body)
}

/**
 * Starts the SMTP server and the web UI. Rejects (EADDRINUSE…) when a port
 * is taken. Resolves to `{ smtpPort, httpPort, url, stop }`.
 */
export async function startMailCatcher({
  host = CATCHER_HOST,
  smtpPort = CATCHER_SMTP_PORT,
  httpPort = CATCHER_HTTP_PORT,
  dir = MAIL_DIR,
  log = (line) => console.log(`[mail] ${line}`),
} = {}) {
  await mkdir(dir, { recursive: true })
  let url = `http://${host}:${httpPort}`

  const smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    size: 25 * 1024 * 1024,
    logger: false,
    banner: 'PCMR development mail catcher',
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username || 'dev' })
    },
    onData(stream, session, callback) {
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        storeMessage(dir, Buffer.concat(chunks), session).then(
          (message) => {
            log(
              `"${message.subject}" → ${message.to || message.envelope.to.join(', ')}  ${url}/messages/${message.id}`
            )
            callback()
          },
          (error) => callback(error)
        )
      })
    },
  })
  smtp.on('error', (error) => log(`SMTP error: ${error.message}`))

  const web = http.createServer(async (request, response) => {
    const send = (status, type, body, headers = {}) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers })
      response.end(body)
    }
    try {
      const { pathname, searchParams } = new URL(request.url ?? '/', url)
      const method = request.method ?? 'GET'
      let match

      if (method === 'GET' && pathname === '/') {
        return send(200, 'text/html; charset=utf-8', listPage(await listMessages(dir)))
      }
      if (method === 'GET' && pathname === '/api/messages') {
        const to = searchParams.get('to')?.toLowerCase()
        const messages = await listMessages(dir)
        const filtered = to
          ? messages.filter((m) => m.envelope.to.some((address) => address.toLowerCase() === to))
          : messages
        return send(200, 'application/json', JSON.stringify(filtered))
      }
      if (
        (method === 'DELETE' && pathname === '/api/messages') ||
        (method === 'POST' && pathname === '/clear')
      ) {
        for (const file of await readdir(dir)) {
          if (/\.(json|eml)$/.test(file)) await rm(join(dir, file), { force: true })
        }
        return method === 'POST'
          ? send(303, 'text/plain', '', { location: '/' })
          : send(204, 'text/plain', '')
      }
      if (method === 'GET' && (match = pathname.match(/^\/api\/messages\/([^/]+)$/))) {
        const message = await readMessage(dir, match[1])
        return message
          ? send(200, 'application/json', JSON.stringify(message))
          : send(404, 'application/json', '{}')
      }
      if (method === 'GET' && (match = pathname.match(/^\/messages\/([^/]+)\.eml$/))) {
        if (!ID_PATTERN.test(match[1])) return send(404, 'text/plain', 'Not found')
        try {
          return send(
            200,
            'text/plain; charset=utf-8',
            await readFile(join(dir, `${match[1]}.eml`))
          )
        } catch {
          return send(404, 'text/plain', 'Not found')
        }
      }
      if (method === 'GET' && (match = pathname.match(/^\/messages\/([^/]+)\/html$/))) {
        const message = await readMessage(dir, match[1])
        if (!message?.html) return send(404, 'text/plain', 'Not found')
        // Sandboxed even when opened directly; links open in a new tab.
        const html = message.html.includes('<head')
          ? message.html.replace(/<head([^>]*)>/i, '<head$1><base target="_blank">')
          : `<base target="_blank">${message.html}`
        return send(200, 'text/html; charset=utf-8', html, {
          'content-security-policy':
            "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'; font-src data:",
        })
      }
      if (method === 'GET' && (match = pathname.match(/^\/messages\/([^/]+)$/))) {
        const message = await readMessage(dir, match[1])
        return message
          ? send(200, 'text/html; charset=utf-8', messagePage(message))
          : send(
              404,
              'text/html; charset=utf-8',
              page('Not found', '<p>No such mail. <a href="/">All mail</a></p>')
            )
      }
      return send(404, 'text/plain', 'Not found')
    } catch (error) {
      return send(500, 'text/plain', String(error?.stack ?? error))
    }
  })

  const listen = (server, port) =>
    new Promise((resolve, reject) => {
      const target = server.server ?? server
      const onError = (error) => reject(error)
      target.once('error', onError)
      server.listen(port, host, () => {
        target.off('error', onError)
        resolve(target.address().port)
      })
    })

  const boundSmtpPort = await listen(smtp, smtpPort)
  let boundHttpPort
  try {
    boundHttpPort = await listen(web, httpPort)
  } catch (error) {
    await new Promise((done) => smtp.close(done))
    throw error
  }
  url = `http://${host}:${boundHttpPort}`

  return {
    smtpPort: boundSmtpPort,
    httpPort: boundHttpPort,
    url,
    stop: () =>
      Promise.all([
        new Promise((done) => smtp.close(done)),
        new Promise((done) => {
          web.closeAllConnections?.()
          web.close(() => done())
        }),
      ]),
  }
}

/*
| Run alone: `node bin/support/mail_catcher.js` (stops on SIGINT/SIGTERM).
*/
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const catcher = await startMailCatcher()
    console.log(
      `[mail] Mail catcher: SMTP 127.0.0.1:${catcher.smtpPort}, read the mail at ${catcher.url}`
    )
    const stop = async () => {
      await catcher.stop()
      process.exit(0)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  } catch (error) {
    console.error(`[mail] Mail catcher not started: ${error.message}`)
    process.exit(1)
  }
}
