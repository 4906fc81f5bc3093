import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { catalogKindLinks, catalogKindPage } from '#domain/catalog_fields'
import { EURO_INPUT_HINT } from '#domain/money'
import CatalogQuery from '#queries/catalog_query'
import CatalogItemService from '#services/catalog_item_service'
import type { CatalogItem, CatalogItemInputs, CatalogItemKind } from '#services/catalog_item_models'
import { currentStaff } from '#services/staff_session_service'
import CatalogItemTransformer from '#transformers/catalog_item_transformer'
import CatalogKindTransformer from '#transformers/catalog_kind_transformer'
import { CATALOG_ITEM_VALIDATORS, catalogSearchValidator } from '#validators/catalog'
import { listQuery } from '#validators/list_query'

/**
 * /staff/catalog/<kind>: operating systems, services, warranties, shipping
 * methods, peripherals and software share one controller and one pair of
 * pages; each kind's fields come from CATALOG_KIND_PAGES.
 */
@inject()
export default class CatalogItemsController {
  constructor(
    protected catalog: CatalogQuery,
    protected items: CatalogItemService
  ) {}

  async index({ params, request, inertia }: HttpContext) {
    const definition = this.#definition(params.kind)
    const filters = await request.validateUsing(catalogSearchValidator, {
      data: listQuery(request),
    })
    const page = await this.catalog.searchItems(definition.kind, filters)
    return inertia.render('staff/catalog/items/index', {
      definition: CatalogKindTransformer.transform(definition),
      kinds: catalogKindLinks(),
      items: CatalogItemTransformer.paginate(
        page.all() as CatalogItem[],
        page.getMeta(),
        definition
      ),
      filters: {
        q: filters.q ?? '',
        active: filters.active === undefined ? '' : String(filters.active),
      },
    })
  }

  async create({ params, inertia }: HttpContext) {
    const definition = this.#definition(params.kind)
    return inertia.render('staff/catalog/items/form', {
      definition: CatalogKindTransformer.transform(definition),
      item: null,
      moneyHint: EURO_INPUT_HINT,
    })
  }

  async store(ctx: HttpContext) {
    const definition = this.#definition(ctx.params.kind)
    const input = await this.#validate(ctx, definition.kind)
    const item = await this.items.create(definition.kind, input, currentStaff(ctx).user)
    ctx.session.flash('success', `${item.name} is in the catalog.`)
    return ctx.response.redirect().toRoute('staff.catalog.items.index', { kind: definition.slug })
  }

  async edit({ params, inertia }: HttpContext) {
    const definition = this.#definition(params.kind)
    const item = await this.catalog.findItem(definition.kind, Number(params.id))
    return inertia.render('staff/catalog/items/form', {
      definition: CatalogKindTransformer.transform(definition),
      item: CatalogItemTransformer.transform(item, definition).useVariant('forForm'),
      moneyHint: EURO_INPUT_HINT,
    })
  }

  async update(ctx: HttpContext) {
    const definition = this.#definition(ctx.params.kind)
    const item = await this.catalog.findItem(definition.kind, Number(ctx.params.id))
    const input = await this.#validate(ctx, definition.kind)
    await this.items.update(definition.kind, item, input, currentStaff(ctx).user)
    ctx.session.flash('success', `${item.name} is saved.`)
    return ctx.response.redirect().toRoute('staff.catalog.items.edit', {
      kind: definition.slug,
      id: item.id,
    })
  }

  async deactivate(ctx: HttpContext) {
    return this.#setActive(ctx, false)
  }

  async activate(ctx: HttpContext) {
    return this.#setActive(ctx, true)
  }

  async #setActive(ctx: HttpContext, active: boolean) {
    const definition = this.#definition(ctx.params.kind)
    const item = await this.catalog.findItem(definition.kind, Number(ctx.params.id))
    await this.items.setActive(definition.kind, item, active, currentStaff(ctx).user)
    ctx.session.flash(
      'success',
      active
        ? `${item.name} is offered again.`
        : `${item.name} is deactivated: new quotes no longer offer it.`
    )
    return ctx.response.redirect().toRoute('staff.catalog.items.edit', {
      kind: definition.slug,
      id: item.id,
    })
  }

  /** The kind's validator; its `price` (cents) becomes the services' `priceCents`. */
  async #validate<K extends CatalogItemKind>(ctx: HttpContext, kind: K) {
    const validator = CATALOG_ITEM_VALIDATORS[kind] as typeof CATALOG_ITEM_VALIDATORS.service
    const payload = await ctx.request.validateUsing(validator)
    return { ...payload, priceCents: payload.price } as unknown as CatalogItemInputs[K]
  }

  /** The route matcher only lets the known slugs through. */
  #definition(slug: string) {
    const definition = catalogKindPage(slug)
    if (!definition) throw new Error(`Unknown catalog kind "${slug}"`)
    return definition
  }
}
