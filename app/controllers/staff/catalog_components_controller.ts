import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { catalogKindLinks } from '#domain/catalog_fields'
import { EURO_INPUT_HINT, formatMoney } from '#domain/money'
import { COMPONENT_CATEGORIES } from '#domain/statuses'
import Component from '#models/component'
import CatalogQuery from '#queries/catalog_query'
import { CATALOG_SUBJECT_TYPES, type CatalogSpecs } from '#services/catalog_item_models'
import ComponentCatalogService from '#services/component_catalog_service'
import SupplierPriceService from '#services/supplier_price_service'
import { currentStaff } from '#services/staff_session_service'
import ActivityLogQuery from '#queries/activity_log_query'
import ActivityLogTransformer from '#transformers/activity_log_transformer'
import ComponentPriceTransformer from '#transformers/component_price_transformer'
import ComponentTransformer from '#transformers/component_transformer'
import SpecFieldSetTransformer from '#transformers/spec_field_set_transformer'
import { listQuery } from '#validators/list_query'
import {
  componentSearchValidator,
  componentValidator,
  supplierPriceValidator,
} from '#validators/catalog'

/** How many supplier prices the chart draws (the newest ones). */
const CHART_POINTS = 100
/** How many activity log rows the component page shows (the newest ones). */
const ACTIVITY_ROWS = 20

/**
 * /staff/catalog/components: the parts, their per-category specs and their
 * supplier prices. Rules and activity logging live in ComponentCatalogService
 * and SupplierPriceService.
 */
@inject()
export default class CatalogComponentsController {
  constructor(
    protected catalog: CatalogQuery,
    protected components: ComponentCatalogService,
    protected supplierPrices: SupplierPriceService,
    protected activityLog: ActivityLogQuery
  ) {}

  async index({ request, inertia }: HttpContext) {
    const filters = await request.validateUsing(componentSearchValidator, {
      data: listQuery(request),
    })
    const page = await this.catalog.searchComponents(filters)
    return inertia.render('staff/catalog/components/index', {
      kinds: catalogKindLinks(),
      components: ComponentTransformer.paginate(page.all(), page.getMeta()),
      filters: {
        q: filters.q ?? '',
        category: filters.category ?? '',
        brand: filters.brand ?? '',
        active: filters.active === undefined ? '' : String(filters.active),
      },
      categories: [...COMPONENT_CATEGORIES],
      brands: await this.catalog.brands(filters.category),
    })
  }

  async create({ inertia }: HttpContext) {
    return inertia.render('staff/catalog/components/form', {
      component: null,
      categories: [...COMPONENT_CATEGORIES],
      specFields: SpecFieldSetTransformer.transform([...COMPONENT_CATEGORIES]),
      moneyHint: EURO_INPUT_HINT,
    })
  }

  async store(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(componentValidator)
    const component = await this.components.create(
      { ...payload, priceCents: payload.price, specs: payload.specs as CatalogSpecs },
      currentStaff(ctx).user
    )
    ctx.session.flash('success', `${component.displayName} is in the catalog.`)
    return ctx.response.redirect().toRoute('staff.catalog.components.show', { id: component.id })
  }

  async show({ params, request, inertia }: HttpContext) {
    const component = await Component.findOrFail(params.id)
    const historyPage = Math.max(Number(request.qs().page) || 1, 1)
    const [history, chart, suppliers, activity] = await Promise.all([
      this.catalog.priceHistory(component, { page: historyPage }),
      this.catalog.priceHistory(component, { perPage: CHART_POINTS }),
      this.catalog.latestSupplierPrices(component),
      this.activityLog.aboutSubject(
        { type: CATALOG_SUBJECT_TYPES.component, id: component.id },
        ACTIVITY_ROWS
      ),
    ])
    return inertia.render('staff/catalog/components/show', {
      component: ComponentTransformer.transform(component).useVariant('forPage'),
      history: ComponentPriceTransformer.paginate(history.all(), history.getMeta()),
      chart: ComponentPriceTransformer.transform(chart.all().reverse()),
      suppliers: ComponentPriceTransformer.transform(suppliers),
      activity: ActivityLogTransformer.transform(activity),
      moneyHint: EURO_INPUT_HINT,
    })
  }

  async edit({ params, inertia }: HttpContext) {
    const component = await Component.findOrFail(params.id)
    return inertia.render('staff/catalog/components/form', {
      component: ComponentTransformer.transform(component).useVariant('forForm'),
      categories: [...COMPONENT_CATEGORIES],
      specFields: SpecFieldSetTransformer.transform([...COMPONENT_CATEGORIES]),
      moneyHint: EURO_INPUT_HINT,
    })
  }

  async update(ctx: HttpContext) {
    const component = await Component.findOrFail(ctx.params.id)
    const payload = await ctx.request.validateUsing(componentValidator)
    await this.components.update(
      component,
      { ...payload, priceCents: payload.price, specs: payload.specs as CatalogSpecs },
      currentStaff(ctx).user
    )
    ctx.session.flash('success', `${component.displayName} is saved.`)
    return ctx.response.redirect().toRoute('staff.catalog.components.show', { id: component.id })
  }

  async deactivate(ctx: HttpContext) {
    return this.#setActive(ctx, false)
  }

  async activate(ctx: HttpContext) {
    return this.#setActive(ctx, true)
  }

  async recordPrice(ctx: HttpContext) {
    const component = await Component.findOrFail(ctx.params.id)
    const payload = await ctx.request.validateUsing(supplierPriceValidator)
    const { priceUpdated } = await this.supplierPrices.record(
      component,
      {
        supplier: payload.supplier,
        priceCents: payload.price,
        recordedAt: payload.recordedAt,
        updateCurrentPrice: payload.updateCurrentPrice,
      },
      currentStaff(ctx).user
    )
    ctx.session.flash(
      'success',
      priceUpdated
        ? `Supplier price recorded; the price is now ${formatMoney(component.priceCents, 'en')}.`
        : 'Supplier price recorded.'
    )
    return ctx.response.redirect().toRoute('staff.catalog.components.show', { id: component.id })
  }

  async #setActive(ctx: HttpContext, active: boolean) {
    const component = await Component.findOrFail(ctx.params.id)
    await this.components.setActive(component, active, currentStaff(ctx).user)
    ctx.session.flash(
      'success',
      active
        ? `${component.displayName} is offered again.`
        : `${component.displayName} is deactivated: new quotes no longer offer it.`
    )
    return ctx.response.redirect().toRoute('staff.catalog.components.show', { id: component.id })
  }
}
