import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { catalogKindLinks, SPEC_FIELDS } from '#domain/catalog_fields'
import { centsToEuroString, formatMoney } from '#domain/money'
import { COMPONENT_CATEGORIES } from '#domain/statuses'
import Component from '#models/component'
import type ComponentPriceHistory from '#models/component_price_history'
import CatalogQuery from '#queries/catalog_query'
import { CATALOG_SUBJECT_TYPES, type CatalogSpecs } from '#services/catalog_item_models'
import ComponentCatalogService from '#services/component_catalog_service'
import SupplierPriceService from '#services/supplier_price_service'
import { currentStaff } from '#services/staff_session_service'
import ActivityLogQuery from '#queries/activity_log_query'
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

function money(cents: number) {
  return formatMoney(cents, 'en')
}

function historyRow(row: ComponentPriceHistory) {
  return {
    id: row.id,
    supplier: row.supplier,
    priceCents: row.priceCents,
    price: money(row.priceCents),
    recordedAt: row.recordedAt.toISO() ?? '',
    createdAt: row.createdAt.toISO() ?? '',
  }
}

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
    const meta = page.getMeta()
    return inertia.render('staff/catalog/components/index', {
      kinds: catalogKindLinks(),
      components: page.all().map((component) => ({
        id: component.id,
        category: component.category,
        brand: component.brand,
        model: component.model,
        sku: component.sku,
        price: money(component.priceCents),
        active: component.active,
      })),
      filters: {
        q: filters.q ?? '',
        category: filters.category ?? '',
        brand: filters.brand ?? '',
        active: filters.active === undefined ? '' : String(filters.active),
      },
      categories: [...COMPONENT_CATEGORIES],
      brands: await this.catalog.brands(filters.category),
      pagination: {
        page: Number(meta.currentPage),
        lastPage: Number(meta.lastPage),
        total: Number(meta.total),
      },
    })
  }

  async create({ inertia }: HttpContext) {
    return inertia.render('staff/catalog/components/form', {
      component: null,
      categories: [...COMPONENT_CATEGORIES],
      specFields: SPEC_FIELDS,
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
    const historyMeta = history.getMeta()
    const specFields = SPEC_FIELDS[component.category]
    const described = new Set(specFields.map((field) => field.name))

    return inertia.render('staff/catalog/components/show', {
      component: {
        id: component.id,
        category: component.category,
        brand: component.brand,
        model: component.model,
        name: component.displayName,
        sku: component.sku,
        priceCents: component.priceCents,
        price: money(component.priceCents),
        active: component.active,
        updatedAt: component.updatedAt.toISO() ?? '',
      },
      // The category's specs in form order, then any free keys (`other` parts).
      specs: [
        ...specFields
          .filter((field) => component.specs[field.name] !== undefined)
          .map((field) => ({ label: field.label, value: component.specs[field.name] })),
        ...Object.entries(component.specs)
          .filter(([key]) => !described.has(key))
          .map(([key, value]) => ({ label: key, value })),
      ],
      history: history.all().map(historyRow),
      historyPagination: {
        page: Number(historyMeta.currentPage),
        lastPage: Number(historyMeta.lastPage),
        total: Number(historyMeta.total),
      },
      chart: chart.all().map(historyRow).reverse(),
      suppliers: suppliers.map(historyRow),
      activity: activity.map((row) => ({
        id: row.id,
        action: row.action,
        actor: row.actor?.email ?? null,
        details:
          row.metadata && Object.keys(row.metadata).length ? JSON.stringify(row.metadata) : '',
        at: row.createdAt.toISO() ?? '',
      })),
    })
  }

  async edit({ params, inertia }: HttpContext) {
    const component = await Component.findOrFail(params.id)
    return inertia.render('staff/catalog/components/form', {
      component: {
        id: component.id,
        name: component.displayName,
        category: component.category,
        brand: component.brand,
        model: component.model,
        sku: component.sku ?? '',
        price: centsToEuroString(component.priceCents),
        specs: component.specs,
      },
      categories: [...COMPONENT_CATEGORIES],
      specFields: SPEC_FIELDS,
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
        ? `Supplier price recorded; the price is now ${money(component.priceCents)}.`
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
