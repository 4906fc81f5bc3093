import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

/*
| Shield: CSRF runs per route (app/middleware/csrf_middleware.ts); the header
| guards below run for every response, errors and unknown URLs included
| (app/middleware/security_headers_middleware.ts, which also sends
| Referrer-Policy).
*/
const shieldConfig = defineConfig({
  /*
  | Scripts and styles only from our origin, plus the inline ones that carry the
  | request's nonce (`@nonce`): the root layout gives it to Vite's tags and React
  | refresh preamble, and a `<meta property="csp-nonce">` hands it to Vite's and
  | Inertia's injected <style> elements. Styles React sets through `style={…}`
  | go through the CSSOM, which CSP does not restrict.
  */
  csp: {
    enabled: true,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", '@nonce'],
      styleSrc: ["'self'", '@nonce'],
      // data: for the TOTP enrolment QR code (a data URL) and Vite-inlined small assets.
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      // The Vite dev server (development and tests) pushes HMR over a websocket on its own port.
      connectSrc: ["'self'", ...(app.inProduction ? [] : ['ws:'])],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
    },
    reportOnly: false,
  },
  csrf: {
    enabled: true,
    // The Viva webhook is authenticated by its HMAC signature, not a CSRF token.
    exceptRoutes: ['/payments/webhook'],
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: { enabled: true, action: 'DENY' },
  hsts: { enabled: true, maxAge: '180 days' },
  contentTypeSniffing: { enabled: true },
})

export default shieldConfig
