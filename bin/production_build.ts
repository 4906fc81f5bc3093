/*
| `buildFinished` hook (adonisrc.ts): makes `build/` start on a machine whose
| own Node.js is older than the app needs (Node 20 lacks `fs/promises.glob`,
| which the framework imports).
|
| The runtime travels with the app: `node` (the npm package of Node 24) is a
| production dependency, so `npm ci --omit=dev` in `build/` installs it, and
| npm scripts run with `node_modules/.bin` first on PATH. The repo's scripts
| (`dev`, `test`, `build`…) make no sense in the build, so they are replaced
| by the ones production uses. Only `scripts` changes: dependencies stay as
| they are, so `package-lock.json` still matches for `npm ci`.
*/
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { hooks } from '@adonisjs/core/app'

/*
| The web server's memory, sized for a process whose live data is 40-100 MiB.
| Node 24 on this kind of machine lets each young-generation semi-space grow
| to 32 MiB or more, and lets the old generation reach about four times its
| live size before a full collection (the growth factor V8 derives from the
| heap limit, a few GiB by default): under load that reserve, not live data,
| made the RSS. A 512 MiB old-generation limit (five times the live data: a
| ceiling never reached, which also brings the growth factor down to about
| 1.5) and 16 MiB semi-spaces: young enough to stay small, large enough that
| the objects of the requests in flight die young instead of being promoted
| (8 MiB semi-spaces scavenged twice as often and promoted more, for ~15 %
| less throughput on the staff order list). glibc gives each thread that
| allocates its own malloc arena (V8's GC and compiler threads, libuv's
| pool); MALLOC_ARENA_MAX=2 keeps them to two, ~27 MiB less RSS under load,
| req/s within the noise. `npm run bench`, staff order list JSON / HTML /
| customer order page, peak RSS: defaults 297 / 314 / 330 MiB; 8 MiB
| semi-spaces and the old-space limit 226 / 231 / 233; all three settings
| 210 / 213 / 213 MiB. `npm start` in the repo root and the measuring scripts
| (`npm run bench`, `npm run audit`) start the server with this same command.
*/
export const BUILD_SCRIPTS = {
  start: 'MALLOC_ARENA_MAX=2 node --max-semi-space-size=16 --max-old-space-size=512 bin/server.js',
  worker: 'node ace queue:work',
  ace: 'node ace',
}

export default hooks.buildFinished(async (bundler, instructions) => {
  // tsconfig.json's outDir.
  const packageFile = join(bundler.cwdPath, 'build', 'package.json')
  const pkg = JSON.parse(await readFile(packageFile, 'utf8'))
  pkg.scripts = BUILD_SCRIPTS
  await writeFile(packageFile, `${JSON.stringify(pkg, null, 2)}\n`)

  /*
  | The framework appends `node bin/server.js` to these instructions, which
  | would run on the shell's Node: print the README's steps instead.
  */
  instructions.useRenderer({
    getLogs: () => [],
    flushLogs() {},
    log() {},
    logError() {},
    logUpdate() {},
    logUpdatePersist() {},
  })
  const { colors } = bundler.ui
  bundler.ui
    .instructions()
    .heading('Production (README, "Production"): in build/, with its own Node 24')
    .add(colors.cyan('cd build'))
    .add(colors.cyan('npm ci --omit=dev'))
    .add(colors.cyan('cp ../.env.production.example .env   # then fill it in'))
    .add(colors.cyan('npm run ace -- migration:run --force'))
    .add(colors.cyan('npm start          # web server'))
    .add(colors.cyan('npm run worker     # queue worker, a second process'))
    .render()
})
