import { defineConfig } from '@adonisjs/static'

/** Vite's build output: every file name carries a hash of its content. */
const HASHED_ASSETS = /[\\/]public[\\/]assets[\\/]/

const staticServerConfig = defineConfig({
  enabled: true,
  etag: true,
  lastModified: true,
  dotFiles: 'ignore',
  // A new build names its files anew, so browsers may keep these for a year without
  // asking again; the rest of public/ (favicon, robots.txt) is revalidated each time.
  headers: (path) =>
    HASHED_ASSETS.test(path) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {},
})

export default staticServerConfig
