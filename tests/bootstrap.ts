import { assert } from '@japa/assert'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { apiClient } from '@japa/api-client'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { browserClient } from '@japa/browser-client'
import { chromium } from 'playwright'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
// `.submitForm()` and `.submitJson()` on api requests: how the pages send theirs.
import '#tests/helpers/requests'
import { truncateAllTables } from '#tests/helpers/database'

/*
| The database is created and migrated fresh once per run by bin/run_tests.js;
| every browser and functional test starts on empty tables (configureSuite).
*/

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  authApiClient(app),
  inertiaApiClient(app),
  // `.withCsrfToken()` on api requests (CSRF is on in tests too).
  shieldApiClient(),
  browserClient({
    runInSuites: ['browser'],
    // Debian's Chromium: tools that download their own browser cannot here.
    launcher: (options) =>
      chromium.launch({
        ...options,
        executablePath: '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-gpu',
          '--disable-dev-shm-usage',
        ],
      }),
  }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [],
  teardown: [],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional'].includes(suite.name)) {
    // Every test of these suites starts on empty tables (a group's own setup runs after this).
    suite.onGroup((group) => group.each.setup(() => truncateAllTables()))
    return suite.setup(() => testUtils.httpServer().start())
  }
}
