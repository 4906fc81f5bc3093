/*
| What the measuring scripts (`npm run bench`, `npm run audit`) need to talk to
| an app they started: a free port, waiting for /health, and a fetch client
| that keeps cookies (session, CSRF) so it can sign in like a browser.
| Plain JavaScript: it runs before anything TypeScript is loaded.
*/
import { createServer } from 'node:net'

/** Cookie jar for fetch: enough for the session, the CSRF cookie and redirects. */
export class CookieClient {
  cookies = new Map()
  constructor(base) {
    this.base = base
  }
  remember(response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const index = pair.indexOf('=')
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1))
    }
  }
  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
  async request(path, { method = 'GET', body, headers: extra = {} } = {}) {
    const headers = { cookie: this.cookieHeader, accept: 'text/html', ...extra }
    if (body) {
      headers['content-type'] = 'application/json'
      headers['x-xsrf-token'] = this.cookies.get('XSRF-TOKEN') ?? ''
    }
    const send = () =>
      fetch(`${this.base}${path}`, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
        redirect: 'manual',
      })
    // A kept-alive socket the server closed meanwhile (after an autocannon run): retry once.
    const response = await send().catch(send)
    this.remember(response)
    return response
  }
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolvePort(port))
    })
  })
}

/** Resolves once `${base}/health` answers 200 (up to a minute). */
export async function waitForServer(base) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return
    } catch {}
    await new Promise((done) => setTimeout(done, 500))
  }
  throw new Error('the app did not start')
}
