import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import {
  centsToEuroString,
  formatMoney,
  formatOrderTotals,
  formatVatRate,
  orderTotals,
} from '#domain/money'
import { athensToday, defaultQuoteValidUntil, isQuoteExpired } from '#domain/shop_calendar'
import { COMPONENT_CATEGORIES, LINE_ITEM_KINDS } from '#domain/statuses'
import Order from '#models/order'
import type OrderLine from '#models/order_line'
import CatalogQuery from '#queries/catalog_query'
import { absoluteUrl } from '#services/customer_account_service'
import PublishQuoteService, { quotePath } from '#services/publish_quote_service'
import QuoteDraftService from '#services/quote_draft_service'
import QuoteValidityService from '#services/quote_validity_service'
import { currentStaff } from '#services/staff_session_service'
import {
  catalogPickSearchValidator,
  publishQuoteValidator,
  quoteIntakeValidator,
  quoteValidityValidator,
} from '#validators/quote'

/** How many catalog rows the line picker lists at once. */
const PICKER_LIMIT = 12

function lineProps(line: OrderLine) {
  return {
    id: line.id,
    kind: line.kind,
    category: line.category,
    name: line.name,
    description: line.description,
    sku: line.sku,
    specs: Object.entries(line.specs)
      .map(([key, value]) => `${key}: ${value}`)
      .join(' · '),
    quantity: line.quantity,
    unitPrice: formatMoney(line.unitPriceCents, 'en'),
    // What the price field starts with: machine format, exact, never ambiguous.
    unitPriceInput: centsToEuroString(line.unitPriceCents),
    catalogPrice:
      line.catalogPriceCents === null ? null : formatMoney(line.catalogPriceCents, 'en'),
    priceOverrideReason: line.priceOverrideReason,
    fromCatalog: line.sourceId !== null,
    vatRate: formatVatRate(line.vatRateBp),
    total: formatMoney(line.lineGrossCents, 'en'),
  }
}

/** Everything the editor shows; money formatted here, by the one money module. */
function editorProps(order: Order) {
  const money = (cents: number) => formatMoney(cents, 'en')
  const editable = order.orderStatus === 'draft'
  const published = order.claimCode !== null
  return {
    quote: {
      id: order.id,
      orderNumber: order.orderNumber,
      orderStatus: order.orderStatus,
      editable,
      intakeName: order.intakeName,
      intakeEmail: order.intakeEmail,
      intakePhone: order.intakePhone,
      intakeLocale: order.intakeLocale,
      useCase: order.useCase,
      budget: order.budgetCents === null ? null : money(order.budgetCents),
      notes: order.notes,
      internalNotes: order.internalNotes,
      customerEmail: order.customer?.email ?? null,
      claimCode: order.claimCode,
      quoteUrl: published ? absoluteUrl(quotePath(order.claimCode!)) : null,
      publishedAt: order.publishedAt?.toISO() ?? null,
      validUntil: order.quoteValidUntil?.toISODate() ?? null,
      expired: isQuoteExpired(order),
      // The service extends only a published quote not yet accepted.
      canExtend: order.orderStatus === 'quote' || order.orderStatus === 'claimed',
    },
    lines: order.lines.map(lineProps),
    totals: formatOrderTotals(orderTotals(order.lines), 'en'),
    today: athensToday(),
    proposedValidUntil: defaultQuoteValidUntil().toISODate()!,
    kinds: [...LINE_ITEM_KINDS],
    categories: [...COMPONENT_CATEGORIES],
  }
}

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
    return inertia.render('staff/quotes/new', {})
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
    const order = await Order.query()
      .where('id', params.id)
      .preload('lines')
      .preload('customer')
      .firstOrFail()
    return inertia.render('staff/quotes/edit', editorProps(order))
  }

  /** JSON for the line picker: active rows of one kind matching the typed words. */
  async catalog({ request }: HttpContext) {
    const { kind, q, category } = await request.validateUsing(catalogPickSearchValidator, {
      data: request.qs(),
    })
    const picks = await this.catalogQuery.searchForQuote(kind, q, { category, limit: PICKER_LIMIT })
    return {
      results: picks.map((pick) => ({ ...pick, price: formatMoney(pick.priceCents, 'en') })),
    }
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
      `Quote ${order.orderNumber} is now valid until ${order.quoteValidUntil!.toISODate()}.`
    )
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }
}
