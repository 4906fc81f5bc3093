/*
| The app the way production runs it, for the measuring scripts (`npm run
| bench`, `npm run audit`): `node ace build` into build/, then
| build/bin/server.js with NODE_ENV=production. The build runs on the
| checkout's packages: build/node_modules links to the root's (a deployment
| installs its own with `npm ci --omit=dev` in build/; the dev ones are a
| superset), and it starts on the Node 24 npm runs these scripts with.
| Plain JavaScript: it runs before anything TypeScript is loaded.
*/
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readDotEnv } from './dev_env.js'
import { freePort, waitForServer } from './http_client.js'

export const BUILD = join(ROOT, 'build')

/** `node ace build` (server code and client assets), then the link to the packages. */
export function buildApp() {
  execFileSync(process.execPath, [join(ROOT, 'ace.js'), 'build'], { cwd: ROOT, stdio: 'pipe' })
  if (!existsSync(join(BUILD, 'node_modules'))) {
    symlinkSync(join(ROOT, 'node_modules'), join(BUILD, 'node_modules'), 'dir')
  }
}

/** The APP_KEY of the environment or `.env`: the built server signs its cookies with it. */
export function appKey() {
  return process.env.APP_KEY ?? readDotEnv().APP_KEY
}

/**
 * `npm start` in build/ (bin/production_build.ts), the server as the shop
 * runs it: its leading `NAME=value` settings as environment variables, and
 * the arguments after `node`.
 */
function startCommand() {
  const { scripts } = JSON.parse(readFileSync(join(BUILD, 'package.json'), 'utf8'))
  const words = scripts.start.split(' ')
  const settings = words.slice(0, words.indexOf('node'))
  return {
    env: Object.fromEntries(settings.map((setting) => setting.split('='))),
    args: words.slice(settings.length + 1),
  }
}

/**
 * Starts build/bin/server.js in production mode on a free port, with the
 * database environment `env` (and any other variables in it). Resolves once
 * /health answers, with its base URL, its pid and `stop`.
 */
export async function startBuiltServer(env) {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const start = startCommand()
  const server = spawn(process.execPath, start.args, {
    cwd: BUILD,
    env: {
      ...process.env,
      ...start.env,
      NODE_ENV: 'production',
      TZ: 'UTC',
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: base,
      APP_KEY: appKey(),
      SESSION_DRIVER: 'database',
      LOG_LEVEL: 'warn',
      // Required in production; nothing is sent (no queue worker runs).
      SMTP_HOST: '127.0.0.1',
      // Required in production too; the pages measured never call Viva, and if one
      // did, it would find nothing listening on the discard port.
      ...Object.fromEntries(
        ['VIVA_ACCOUNTS_URL', 'VIVA_API_URL', 'VIVA_CHECKOUT_URL'].map((name) => [
          name,
          'http://127.0.0.1:9',
        ])
      ),
      ...Object.fromEntries(
        [
          'VIVA_CLIENT_ID',
          'VIVA_CLIENT_SECRET',
          'VIVA_MERCHANT_ID',
          'VIVA_API_KEY',
          'VIVA_WEBHOOK_KEY',
        ].map((name) => [name, 'unused'])
      ),
      VIVA_SOURCE_CODE: '0000',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    server.kill('SIGTERM')
    await new Promise((done) => server.once('exit', done))
  }
  try {
    await waitForServer(base)
  } catch (error) {
    await stop()
    throw error
  }
  return { base, pid: server.pid, stop }
}
