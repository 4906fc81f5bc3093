import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { formatDay } from '#domain/date_format'
import { EURO_INPUT_HINT, formatOrderTotals, orderTotals, vatRateOptions } from '#domain/money'
import { athensToday, defaultQuoteValidUntil } from '#domain/shop_calendar'
import { lineKindLabel } from '#domain/status_labels'
import {
  COMPONENT_CATEGORIES,
  labelledOptions,
  LINE_ITEM_KINDS,
  LOCALE_LABELS,
  LOCALES,
} from '#domain/statuses'
import Order from '#models/order'
import CatalogQuery from '#queries/catalog_query'
import PublishQuoteService from '#services/publish_quote_service'
import QuoteDraftService from '#services/quote_draft_service'
import QuoteValidityService from '#services/quote_validity_service'
import { currentStaff } from '#services/staff_session_service'
import CatalogPickTransformer from '#transformers/catalog_pick_transformer'
import OrderLineTransformer from '#transformers/order_line_transformer'
import OrderTransformer from '#transformers/order_transformer'
import {
  NOTES_MAX_LENGTH,
  catalogPickSearchValidator,
  publishQuoteValidator,
  quoteIntakeValidator,
  quoteValidityValidator,
} from '#validators/quote'

/** How many catalog rows the line picker lists at once. */
const PICKER_LIMIT = 12

/**
 * /staff/quotes: a draft from the customer's intake, the quote editor, the
 * line picker's catalog search, publishing and the validity date. The lines
 * themselves are QuoteLinesController's. Rules live in QuoteService.
 */
@inject()
export default class QuotesController {
  constructor(
    protected drafts: QuoteDraftService,
    protected publishing: PublishQuoteService,
    protected validity: QuoteValidityService,
    protected catalogQuery: CatalogQuery
  ) {}

  create({ inertia }: HttpContext) {
    return inertia.render('staff/quotes/new', {
      languages: labelledOptions(LOCALES, LOCALE_LABELS),
      moneyHint: EURO_INPUT_HINT,
      notesMaxLength: NOTES_MAX_LENGTH,
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, session } = ctx
    const { budget, ...intake } = await request.validateUsing(quoteIntakeValidator)
    const order = await this.drafts.create(
      { ...intake, budgetCents: budget ?? null },
      currentStaff(ctx).user
    )
    session.flash('success', `Draft ${order.orderNumber} created: add its lines.`)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async edit({ params, inertia }: HttpContext) {
    const order = await Order.findWithLines(params.id)
    return inertia.render('staff/quotes/edit', {
      quote: OrderTransformer.transform(order).useVariant('forQuoteEditor'),
      lines: OrderLineTransformer.transform(order.lines).useVariant('forQuoteEditor'),
      totals: formatOrderTotals(orderTotals(order.lines), 'en'),
      today: athensToday(),
      proposedValidUntil: defaultQuoteValidUntil().toISODate()!,
      kinds: LINE_ITEM_KINDS.map((kind) => ({ value: kind, label: lineKindLabel(kind, 'en') })),
      categories: [...COMPONENT_CATEGORIES],
      vatRates: vatRateOptions(),
      moneyHint: EURO_INPUT_HINT,
    })
  }

  /** JSON for the line picker: active rows of one kind matching the typed words. */
  async catalog({ request, serialize }: HttpContext) {
    const { kind, q, category } = await request.validateUsing(catalogPickSearchValidator, {
      data: request.qs(),
    })
    const picks = await this.catalogQuery.searchForQuote(kind, q, { category, limit: PICKER_LIMIT })
    return serialize({ results: CatalogPickTransformer.transform(picks) })
  }

  async publish(ctx: HttpContext) {
    const { params, request, response, session } = ctx
    const order = await Order.findOrFail(params.id)
    const { validUntil } = await request.validateUsing(publishQuoteValidator)
    await this.publishing.publish(order, currentStaff(ctx).user, validUntil ? { validUntil } : {})
    session.flash(
      'success',
      `Quote ${order.orderNumber} published: the link is on its way to ${order.intakeEmail}.`
    )
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async extendValidity(ctx: HttpContext) {
    const { params, request, response, session } = ctx
    const order = await Order.findOrFail(params.id)
    const { validUntil } = await request.validateUsing(quoteValidityValidator)
    await this.validity.extend(order, validUntil, currentStaff(ctx).user)
    session.flash(
      'success',
      `Quote ${order.orderNumber} is now valid until ${formatDay(order.quoteValidUntil!.toISODate()!)}.`
    )
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }
}
