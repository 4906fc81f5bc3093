import { randomBytes } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { ShieldConfig } from '@adonisjs/shield/types'
import { cspFactory, frameGuardFactory, hstsFactory, noSniffFactory } from '@adonisjs/shield/guards'
// ctx.response.nonce, which Shield declares with its middleware.
import type {} from '@adonisjs/shield/shield_middleware'

/** Where links may send the page's address: the origin only, and never over plain HTTP. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin'

/** Stands for the request's nonce in the remembered Content-Security-Policy (no directive can contain it). */
const NONCE_PLACEHOLDER = '\u0000nonce\u0000'

type HeaderTemplate = { name: string; value: string; withNonce: boolean }

let templates: HeaderTemplate[] | undefined

/**
 * The headers of Shield's guards (config/shield.ts; CSRF runs per route:
 * CsrfMiddleware), worked out once by running the guards themselves on a
 * stand-in response. Only the CSP's nonce differs between responses: it is
 * a placeholder here. Running the guards per request re-assembled and
 * re-validated the policy every time (about 2 % of the CPU under load).
 */
function headerTemplates() {
  if (templates) return templates
  const config = app.config.get<ShieldConfig>('shield')
  const headers = new Map<string, string>()
  const rawResponse = { setHeader: (name: string, value: string) => headers.set(name, value) }
  const standIn = {
    request: { request: {} },
    response: {
      request: {},
      response: rawResponse,
      header: (name: string, value: string) => headers.set(name, value),
    },
  } as unknown as HttpContext
  for (const guard of [
    cspFactory(config.csp),
    frameGuardFactory(config.xFrame),
    hstsFactory(config.hsts),
    noSniffFactory(config.contentTypeSniffing),
  ])
    void guard(standIn)
  // The CSP guard drew its own nonce for the stand-in (synchronously): mark where it goes.
  const drawnNonce: string | undefined = standIn.response.nonce
  templates = [...headers].map(([name, value]) => {
    const withNonce = drawnNonce !== undefined && value.includes(drawnNonce)
    return {
      name,
      value: withNonce ? value.replaceAll(drawnNonce, NONCE_PLACEHOLDER) : value,
      withNonce,
    }
  })
  templates.push({ name: 'Referrer-Policy', value: REFERRER_POLICY, withNonce: false })
  return templates
}

/**
 * Server-wide, before the route lookup: the security headers of config/shield.ts
 * (Content-Security-Policy with a fresh nonce, X-Frame-Options, HSTS,
 * X-Content-Type-Options) and Referrer-Policy on every response, including
 * the 404 of an unknown URL and the pages of errors, which never reach the
 * router's middleware. The nonce is `cspNonce` in views (the root layout puts
 * it on Vite's and Inertia's scripts and styles).
 */
export default class SecurityHeadersMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    // 96 random bits, as Shield draws them (16 base64url characters).
    const nonce = randomBytes(12).toString('base64url')
    ctx.response.nonce = nonce
    ctx.view.share({ cspNonce: nonce })
    for (const header of headerTemplates()) {
      ctx.response.header(
        header.name,
        header.withNonce ? header.value.replaceAll(NONCE_PLACEHOLDER, nonce) : header.value
      )
    }
    return next()
  }
}
