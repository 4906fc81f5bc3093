import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { normalizeClaimCode } from '#domain/claim_code'
import { isQuoteExpired } from '#domain/shop_calendar'
import type { Locale } from '#domain/statuses'
import { QuoteLookupsThrottledError, QuoteNotFoundError } from '#exceptions/quote_lookup_errors'
import type Order from '#models/order'
import type User from '#models/user'
import CustomerOrderQuery from '#queries/customer_order_query'
import { quoteLookupCounters, TooManyAttemptsError } from '#services/abuse_limits'
import ClaimQuoteService from '#services/claim_quote_service'
import { quotePath } from '#services/publish_quote_service'
import CustomerOrderTransformer from '#transformers/customer_order_transformer'

/** What the quote page shows, each with its own wording and call to action. */
export type QuotePageState = 'open' | 'expired' | 'yours' | 'claimedByOther' | 'cancelled'

function pageState(order: Order, viewer: User | undefined): QuotePageState {
  if (order.customerId !== null && order.customerId !== viewer?.id) return 'claimedByOther'
  if (order.orderStatus === 'cancelled') return 'cancelled'
  if (order.customerId !== null) return 'yours'
  return isQuoteExpired(order) ? 'expired' : 'open'
}

/**
 * /quote/:claimCode, the public quote page (SPEC §5, customer flow 1), and
 * its claim. The code is accepted however it was typed (normalizeClaimCode);
 * a code that matches nothing is the branded 404, and misses are limited per
 * IP (quoteLookupCounters: 429 with Retry-After) so codes cannot be walked.
 */
@inject()
export default class QuoteController {
  constructor(
    protected orders: CustomerOrderQuery,
    protected claims: ClaimQuoteService
  ) {}

  async show(ctx: HttpContext) {
    const { params, response, inertia, auth, locale } = ctx
    const order = await this.#find(ctx, String(params.claimCode))
    // One address per quote: a code typed in lower case, with spaces or O/I/L goes to the canonical one.
    if (params.claimCode !== order.claimCode) {
      return response.redirect(quotePath(order.claimCode!))
    }

    const viewer = auth.user
    const state = pageState(order, viewer)
    return inertia.render('public/quote/show', {
      code: order.claimCode!,
      state,
      // Someone else's quote: nothing of it (lines, prices, names) reaches the page.
      quote:
        state === 'claimedByOther'
          ? null
          : CustomerOrderTransformer.transform(order, locale as Locale).useVariant('forQuotePage'),
      orderId: state === 'yours' ? order.publicId : null,
    })
  }

  /**
   * "Sign in / create an account to claim": guests go to the login (or
   * registration) page with the quote as the place to come back to after
   * signing in, also after confirming a new account's email.
   */
  async signIn(ctx: HttpContext) {
    const { params, request, response, session, auth } = ctx
    const order = await this.#find(ctx, String(params.claimCode))
    const back = quotePath(order.claimCode!)
    if (auth.user) return response.redirect(back)
    session.setIntendedUrl(back)
    return response.redirect().toRoute(request.input('account') === 'new' ? 'register' : 'login')
  }

  async claim(ctx: HttpContext) {
    const { params, response, auth, session, i18n } = ctx
    const order = await this.#find(ctx, String(params.claimCode))
    const claimed = await this.claims.claim(order.claimCode!, auth.getUserOrFail())
    session.flash('success', i18n.t('quote.claimed'))
    return response.redirect().toRoute('portal.orders.show', { orderId: claimed.publicId })
  }

  /**
   * The quote of a typed code. A code that matches nothing is a 404 and
   * counts as a miss of the IP; an IP with too many misses gets 429 for
   * every code until its block ends.
   */
  async #find(ctx: HttpContext, typed: string) {
    try {
      return await quoteLookupCounters(ctx.request.ip()).guard(
        async () => {
          const code = normalizeClaimCode(typed)
          const order = code ? await this.orders.byClaimCode(code) : null
          if (!order) throw new QuoteNotFoundError()
          return order
        },
        (error) => error instanceof QuoteNotFoundError
      )
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        throw new QuoteLookupsThrottledError(error.retryAfterSeconds)
      }
      throw error
    }
  }
}
