/*
| JavaScript entrypoint for Ace. Registers the TypeScript loader and hands over
| to bin/console.ts. Overwritten with a plain import during the production build.
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
