import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { errors } from '@vinejs/vine'
import ActivityLog from '#models/activity_log'
import Component from '#models/component'
import ComponentPriceHistory from '#models/component_price_history'
import { CATALOG_ITEM_KINDS, type CatalogItemInputs } from '#services/catalog_item_models'
import type CatalogQuery from '#queries/catalog_query'
import { componentValidator } from '#validators/catalog'
import { ComponentFactory } from '#database/factories/component_factory'
import { UserFactory } from '#database/factories/user_factory'
import { WarrantyFactory } from '#database/factories/warranty_factory'
import { ShippingMethodFactory } from '#database/factories/shipping_method_factory'
import { COMPONENTS } from '#database/factories/catalog_data'
import { catalogUseCases } from '#tests/helpers/catalog'

const catalog = await catalogUseCases()

function staff() {
  return UserFactory.apply('admin').create()
}

async function logs(action?: string) {
  const query = ActivityLog.query().orderBy('id')
  if (action) query.where('action', action)
  return query
}

async function actions(pattern = '%', subjectId?: number) {
  const query = ActivityLog.query().whereLike('action', pattern).orderBy('id')
  if (subjectId !== undefined) query.where('subjectId', subjectId)
  const rows = await query
  return rows.map((log) => log.action)
}

/** A part of the demo catalog, as the validated form would give it to the service. */
function componentInput(model: string) {
  const part = COMPONENTS.find((row) => row.model === model)!
  return {
    category: part.category,
    brand: part.brand,
    model: part.model,
    sku: part.sku,
    priceCents: part.priceCents,
    specs: { ...part.specs },
  }
}

test.group('CatalogService / components', () => {
  test('search filters by category, brand, active and words of text, paginated', async ({
    assert,
  }) => {
    const amd = await catalog.createComponent(componentInput('Ryzen 7 9800X3D'), null)
    const amd2 = await catalog.createComponent(componentInput('Ryzen 9 9950X3D'), null)
    const intel = await catalog.createComponent(componentInput('Core Ultra 9 285K'), null)
    const gpu = await catalog.createComponent(componentInput('Pulse Radeon RX 9070 XT 16GB'), null)
    await catalog.deactivateComponent(amd2, null)

    const ids = async (filters: Parameters<CatalogQuery['searchComponents']>[0]) => {
      const page = await catalog.searchComponents(filters)
      return page.all().map((row) => row.id)
    }

    assert.sameMembers(await ids({ category: 'cpu' }), [amd.id, amd2.id, intel.id])
    assert.sameMembers(await ids({ brand: 'amd' }), [amd.id, amd2.id])
    assert.sameMembers(await ids({ category: 'cpu', active: true }), [amd.id, intel.id])
    assert.sameMembers(await ids({ active: false }), [amd2.id])
    // Words match anywhere in brand, model or SKU, in any order, case-insensitively.
    assert.sameMembers(await ids({ q: 'x3d ryzen' }), [amd.id, amd2.id])
    assert.sameMembers(await ids({ q: '9800x3d AMD' }), [amd.id])
    assert.sameMembers(await ids({ q: 'SAP-9070' }), [gpu.id])
    assert.sameMembers(await ids({ q: 'radeon', category: 'cpu' }), [])
    // LIKE wildcards typed by staff are literal.
    assert.sameMembers(await ids({ q: '%' }), [])

    const firstPage = await catalog.searchComponents({ perPage: 3 })
    assert.equal(firstPage.total, 4)
    assert.equal(firstPage.lastPage, 2)
    assert.lengthOf(firstPage.all(), 3)
    // Stable order: category, brand, model.
    assert.deepEqual(
      firstPage.all().map((row) => row.model),
      ['Ryzen 7 9800X3D', 'Ryzen 9 9950X3D', 'Core Ultra 9 285K']
    )
    assert.deepEqual(await ids({ perPage: 3, page: 2 }), [gpu.id])
    assert.deepEqual(await catalog.brands('cpu'), ['AMD', 'Intel'])
  })

  test('create from the validated form, with an activity row', async ({ assert }) => {
    const actor = await staff()
    const payload = await componentValidator.validate({
      category: 'gpu',
      brand: 'MSI',
      model: 'GeForce RTX 5080 16G Gaming Trio OC',
      sku: 'GPU-MSI-5080-TRIO',
      price: '1.349,00',
      specs: { chipset: 'GeForce RTX 5080', vramGb: '16', tgpW: 360, lengthMm: 338 },
    })
    const component = await catalog.createComponent(
      { ...payload, priceCents: payload.price },
      actor
    )

    await component.refresh()
    assert.equal(component.priceCents, 134_900)
    assert.isTrue(component.active)
    assert.deepEqual(component.specs, {
      chipset: 'GeForce RTX 5080',
      vramGb: 16,
      tgpW: 360,
      lengthMm: 338,
    })
    const [log] = await logs()
    assert.include(log.toJSON(), {
      actorId: actor.id,
      action: 'catalog.component.created',
      subjectType: 'component',
      subjectId: component.id,
    })
    assert.equal(log.metadata.priceCents, 134_900)
  })

  test('a duplicate SKU is a form error on sku, and nothing is written', async ({ assert }) => {
    await catalog.createComponent(componentInput('Ryzen 7 9800X3D'), null)
    const error = await catalog
      .createComponent({ ...componentInput('Ryzen 9 9950X3D'), sku: 'CPU-AMD-9800X3D' }, null)
      .catch((caught) => caught)

    assert.instanceOf(error, errors.E_VALIDATION_ERROR)
    assert.equal(error.status, 422)
    assert.deepEqual(error.messages, [
      { field: 'sku', message: 'Another component already has this SKU.', rule: 'unique' },
    ])
    assert.lengthOf(await Component.all(), 1)
    assert.lengthOf(await logs(), 1)
  })

  test('update writes the changed fields to the activity log; no change, no row', async ({
    assert,
  }) => {
    const actor = await staff()
    const component = await catalog.createComponent(componentInput('Ryzen 7 9800X3D'), null)

    await catalog.updateComponent(
      component,
      {
        ...componentInput('Ryzen 7 9800X3D'),
        priceCents: 45_900,
        specs: { ...componentInput('Ryzen 7 9800X3D').specs, tdpW: 125 },
      },
      actor
    )
    assert.equal(component.priceCents, 45_900)
    assert.equal(component.specs.tdpW, 125)

    const [updated] = await logs('catalog.component.updated')
    assert.equal(updated.actorId, actor.id)
    assert.deepEqual(Object.keys(updated.metadata.changes as object).sort(), [
      'priceCents',
      'specs',
    ])
    assert.deepEqual((updated.metadata.changes as any).priceCents, [47_900, 45_900])

    await catalog.updateComponent(
      component,
      {
        ...componentInput('Ryzen 7 9800X3D'),
        priceCents: 45_900,
        specs: component.specs,
      },
      actor
    )
    assert.lengthOf(await logs('catalog.component.updated'), 1)
  })

  test('deactivate and activate, logged once per real change', async ({ assert }) => {
    const actor = await staff()
    const component = await ComponentFactory.apply('gpu').create()

    await catalog.deactivateComponent(component, actor)
    await catalog.deactivateComponent(component, actor)
    assert.isFalse(component.active)
    const stored = await Component.findOrFail(component.id)
    assert.isFalse(stored.active)
    await catalog.activateComponent(component, actor)
    assert.isTrue(component.active)

    assert.deepEqual(await actions(), [
      'catalog.component.deactivated',
      'catalog.component.activated',
    ])
  })

  test('recording a supplier price adds history and may update the current price', async ({
    assert,
  }) => {
    const actor = await staff()
    const component = await ComponentFactory.apply('cpu').create()
    component.priceCents = 50_000
    await component.save()

    const kept = await catalog.recordSupplierPrice(
      component,
      {
        supplier: 'Info Quest',
        priceCents: 41_000,
        recordedAt: DateTime.fromISO('2026-01-10T10:00:00Z'),
        updateCurrentPrice: false,
      },
      actor
    )
    assert.isFalse(kept.priceUpdated)
    assert.equal(component.priceCents, 50_000)

    const updated = await catalog.recordSupplierPrice(
      component,
      { supplier: 'Πλαίσιο', priceCents: 39_900, updateCurrentPrice: true },
      actor
    )
    assert.isTrue(updated.priceUpdated)
    assert.equal(component.priceCents, 39_900)
    const stored = await Component.findOrFail(component.id)
    assert.equal(stored.priceCents, 39_900)

    const history = await ComponentPriceHistory.query()
      .where('componentId', component.id)
      .orderBy('id')
    assert.deepEqual(
      history.map((row) => [row.supplier, row.priceCents]),
      [
        ['Info Quest', 41_000],
        ['Πλαίσιο', 39_900],
      ]
    )
    assert.equal(history[0].recordedAt.toUTC().toISO(), '2026-01-10T10:00:00.000Z')

    const rows = await logs('catalog.component.supplier_price_recorded')
    assert.lengthOf(rows, 2)
    assert.isFalse(rows[0].metadata.priceUpdated)
    assert.deepEqual((rows[1].metadata.changes as any).priceCents, [50_000, 39_900])
  })

  test('price history is listed newest first; latest price per supplier', async ({ assert }) => {
    const component = await ComponentFactory.apply('ram').create()
    const at = (iso: string) => DateTime.fromISO(iso)
    for (const [supplier, priceCents, recordedAt] of [
      ['Info Quest', 30_000, '2026-01-01'],
      ['Πλαίσιο', 29_000, '2026-01-05'],
      ['Info Quest', 28_500, '2026-02-01'],
      ['Πλαίσιο', 31_000, '2026-02-03'],
    ] as const) {
      await catalog.recordSupplierPrice(component, {
        supplier,
        priceCents,
        recordedAt: at(recordedAt),
      })
    }
    const other = await ComponentFactory.apply('ram').create()
    await catalog.recordSupplierPrice(other, { supplier: 'Info Quest', priceCents: 1 })

    const page = await catalog.priceHistory(component, { perPage: 3 })
    assert.equal(page.total, 4)
    assert.deepEqual(
      page.all().map((row) => row.priceCents),
      [31_000, 28_500, 29_000]
    )
    const infoQuest = await catalog.priceHistory(component.id, { supplier: 'Info Quest' })
    assert.deepEqual(
      infoQuest.all().map((row) => row.priceCents),
      [28_500, 30_000]
    )

    const latest = await catalog.latestSupplierPrices(component)
    assert.deepEqual(
      latest.map((row) => [row.supplier, row.priceCents]),
      [
        ['Info Quest', 28_500],
        ['Πλαίσιο', 31_000],
      ]
    )
  })

  test('a supplier price is never negative and needs a supplier', async ({ assert }) => {
    const component = await ComponentFactory.create()
    await assert.rejects(() =>
      catalog.recordSupplierPrice(component, { supplier: 'X', priceCents: -1 })
    )
    const error = await catalog
      .recordSupplierPrice(component, { supplier: '  ', priceCents: 100 })
      .catch((caught) => caught)
    assert.instanceOf(error, errors.E_VALIDATION_ERROR)
    assert.lengthOf(await ComponentPriceHistory.all(), 0)
  })
})

test.group('CatalogService / other kinds', () => {
  const inputs: CatalogItemInputs = {
    operating_system: {
      name: 'Windows 11 Pro',
      priceCents: 19_900,
      edition: 'Pro',
      licenseType: 'OEM',
    },
    service: { name: 'Συναρμολόγηση', description: 'Από τεχνικό', priceCents: 7900 },
    warranty: { name: 'Επέκταση 24 μήνες', priceCents: 5900, durationMonths: 24 },
    shipping: { name: 'Παραλαβή', priceCents: 0, isPickup: true, carrier: '' },
    peripheral: {
      name: 'Keychron Q1 Max',
      priceCents: 21_900,
      brand: 'Keychron',
      kind: 'keyboard',
    },
    software: {
      name: 'DaVinci Resolve Studio 20',
      priceCents: 29_500,
      vendor: 'Blackmagic Design',
      licenseType: 'Perpetual',
    },
  }

  test('create, edit, deactivate every kind, each logged', async ({ assert }) => {
    const actor = await staff()
    for (const kind of CATALOG_ITEM_KINDS) {
      const item = await catalog.createItem(kind, inputs[kind] as never, actor)
      assert.isTrue(item.active, kind)
      assert.equal(item.priceCents, inputs[kind].priceCents, kind)

      const updated = await catalog.updateItem(
        kind,
        item,
        { ...inputs[kind], name: `${inputs[kind].name} (2026)`, priceCents: 1000 } as never,
        actor
      )
      assert.equal(updated.name, `${inputs[kind].name} (2026)`, kind)
      assert.equal(item.priceCents, 1000, kind)

      await catalog.deactivateItem(kind, item, actor)
      const stored = await catalog.findItem(kind, item.id)
      assert.isFalse(stored.active, kind)

      assert.deepEqual(
        await actions(`catalog.${kind}.%`, item.id),
        [`catalog.${kind}.created`, `catalog.${kind}.updated`, `catalog.${kind}.deactivated`],
        kind
      )
    }
  })

  test('kind-specific columns are written; blank optional text is stored as null', async ({
    assert,
  }) => {
    const warranty = await catalog.createItem('warranty', inputs.warranty, null)
    assert.equal(warranty.durationMonths, 24)
    const pickup = await catalog.createItem('shipping', inputs.shipping, null)
    assert.isTrue(pickup.isPickup)
    assert.isNull(pickup.carrier)
    const os = await catalog.createItem('operating_system', inputs.operating_system, null)
    assert.equal(os.edition, 'Pro')
    assert.isNull(os.description)

    const log = await ActivityLog.query().where('action', 'catalog.warranty.updated').first()
    assert.isNull(log)
    await catalog.updateItem('warranty', warranty, { ...inputs.warranty, durationMonths: 36 }, null)
    const [updated] = await logs('catalog.warranty.updated')
    assert.deepEqual((updated.metadata.changes as any).durationMonths, [24, 36])
  })

  test('search by words, active filter, pagination', async ({ assert }) => {
    await WarrantyFactory.merge({ name: 'Επέκταση εγγύησης 12 μήνες' }).create()
    await WarrantyFactory.merge({ name: 'Επέκταση εγγύησης 36 μήνες' }).create()
    await WarrantyFactory.merge({ name: 'Παλιά εγγύηση 60 μήνες' }).apply('inactive').create()

    const names = async (filters: Parameters<CatalogQuery['searchItems']>[1]) => {
      const page = await catalog.searchItems('warranty', filters)
      return page.all().map((row) => row.name)
    }

    assert.deepEqual(await names({ q: 'μήνες επέκταση' }), [
      'Επέκταση εγγύησης 12 μήνες',
      'Επέκταση εγγύησης 36 μήνες',
    ])
    assert.deepEqual(await names({ active: false }), ['Παλιά εγγύηση 60 μήνες'])
    const page = await catalog.searchItems('warranty', { perPage: 2, page: 2 })
    assert.equal(page.total, 3)
    assert.lengthOf(page.all(), 1)
  })

  test('the quote line picker offers active rows only, of any kind', async ({ assert }) => {
    const active = await ComponentFactory.apply('gpu').create()
    await ComponentFactory.apply('gpu').apply('inactive').create()
    const courier = await ShippingMethodFactory.create()
    await ShippingMethodFactory.apply('inactive').create()

    const gpus = await catalog.searchForQuote('component', undefined, { category: 'gpu' })
    assert.deepEqual(
      gpus.map((row) => row.id),
      [active.id]
    )
    assert.include(gpus[0], {
      kind: 'component',
      name: `${active.brand} ${active.model}`,
      priceCents: active.priceCents,
      category: 'gpu',
    })
    const shipping = await catalog.searchForQuote('shipping')
    assert.deepEqual(
      shipping.map((row) => row.id),
      [courier.id]
    )
    assert.lengthOf(await catalog.searchForQuote('shipping', 'no-such-carrier'), 0)
  })
})
