/*
| HTTP kernel: the error handler and the middleware stacks.
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'
import app from '@adonisjs/core/services/app'
import env from '#start/env'

server.errorHandler(() => import('#exceptions/handler'))

// Runs for every request, routed or not.
server.use([
  // `npm run bench` only: x-query-count header with the request's SQL query count.
  ...(env.get('QUERY_COUNT_HEADER') ? [() => import('#middleware/query_count_middleware')] : []),
  // GET /health answers here, before anything that could touch the database or set a cookie.
  () => import('#middleware/health_probe_middleware'),
  () => import('#middleware/container_bindings_middleware'),
  // Brotli/gzip for pages, JSON and, since it comes before the static server, public/ files.
  () => import('#middleware/compression_middleware'),
  () => import('#middleware/public_files_middleware'),
  // Vite's dev server (development and tests); production has none, so nothing to pass on to.
  ...(app.inProduction ? [] : [() => import('@adonisjs/vite/vite_middleware')]),
  // CSP (with the request's nonce), HSTS, X-Frame-Options, nosniff, Referrer-Policy:
  // here rather than per route, so 404s of unknown URLs and error pages carry them too.
  () => import('#middleware/security_headers_middleware'),
  () => import('#middleware/inertia_middleware'),
])

// Runs for every request that matched a route.
router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('@adonisjs/session/session_middleware'),
  // Shield's CSRF check (its header guards run server-wide, above).
  () => import('#middleware/csrf_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  // Silent auth + ctx.locale (user's language, else the session's, else Greek).
  () => import('#middleware/locale_middleware'),
  // Cache-Control: no-store on every response to a signed-in customer or staff member.
  () => import('#middleware/no_store_for_signed_in_middleware'),
  // A NUL character in any field (body or query string) is a field error, for every route.
  () => import('#middleware/refuse_nul_bytes_middleware'),
  // A banned user's session ends on its next request (logged out, sent to their login page).
  () => import('#middleware/banned_user_middleware'),
  // ctx.bouncer: abilities (app/abilities/main.ts) and policies (app/policies) for auth.user.
  () => import('#middleware/initialize_bouncer_middleware'),
])

export const middleware = router.named({
  auth: () => import('#middleware/auth_middleware'),
  guest: () => import('#middleware/guest_middleware'),
  /*
  | /staff: who (staffAuth) → sign-in sequence complete (staffFirstLogin) →
  | role/policy (staffAuthorize, Bouncer). staffGuest guards /staff/login.
  */
  staffAuth: () => import('#middleware/staff_auth_middleware'),
  staffFirstLogin: () => import('#middleware/staff_first_login_middleware'),
  staffAuthorize: () => import('#middleware/staff_authorize_middleware'),
  staffGuest: () => import('#middleware/staff_guest_middleware'),
})
