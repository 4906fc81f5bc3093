import { test } from '@japa/runner'
import { errors } from '@vinejs/vine'
import { formatEuroInput, VAT_RATES_BP } from '#domain/money'
import { COMPONENT_CATEGORIES } from '#domain/statuses'
import * as demo from '#database/factories/catalog_data'
import {
  catalogSearchValidator,
  componentSearchValidator,
  componentSpecsValidator,
  componentValidator,
  operatingSystemValidator,
  peripheralValidator,
  serviceValidator,
  shippingMethodValidator,
  softwareValidator,
  supplierPriceValidator,
  warrantyValidator,
} from '#validators/catalog'
import {
  catalogLineValidator,
  customLineValidator,
  publishQuoteValidator,
  quoteIntakeValidator,
  reorderLinesValidator,
  updateLineValidator,
} from '#validators/quote'
import { orderListValidator } from '#validators/order_list'

type FieldError = { field: string; rule: string; message: string }

/** The errors of a refused payload (fails the test when it is accepted). */
async function refusal(validation: Promise<unknown>): Promise<FieldError[]> {
  try {
    await validation
  } catch (error) {
    if (error instanceof errors.E_VALIDATION_ERROR) return error.messages as FieldError[]
    throw error
  }
  throw new Error('expected the payload to be refused')
}

function fields(messages: FieldError[]) {
  return messages.map((message) => `${message.field}:${message.rule}`)
}

/** `field:rule` of each error of a refused payload. */
async function refusedFields(validation: Promise<unknown>) {
  return fields(await refusal(validation))
}

function seedPayload(part: (typeof demo.COMPONENTS)[number]) {
  return {
    category: part.category,
    brand: part.brand,
    model: part.model,
    sku: part.sku,
    price: formatEuroInput(part.priceCents),
    active: part.active ?? true,
    specs: part.specs,
  }
}

const gpu = demo.COMPONENTS.find((part) => part.category === 'gpu')!
const psu = demo.COMPONENTS.find((part) => part.category === 'psu')!

test.group('Catalog validators / components', () => {
  test('every part of the demo catalog is valid for its category', async ({ assert }) => {
    for (const part of demo.COMPONENTS) {
      const payload = await componentValidator.validate(seedPayload(part))
      assert.equal(payload.price, part.priceCents, `${part.brand} ${part.model}`)
      assert.deepEqual(payload.specs, part.specs, `${part.brand} ${part.model}`)
    }
    // Every category has a seeded part, so every spec schema was exercised.
    assert.sameMembers(
      [...new Set(demo.COMPONENTS.map((part) => part.category))],
      [...COMPONENT_CATEGORIES]
    )
  })

  test('a GPU without vramGb is refused on specs.vramGb', async ({ assert }) => {
    const specs: Record<string, unknown> = { ...gpu.specs }
    delete specs.vramGb
    const messages = await refusal(componentValidator.validate({ ...seedPayload(gpu), specs }))
    assert.deepEqual(fields(messages), ['specs.vramGb:required'])
  })

  test('a PSU without wattage is refused on specs.wattage', async ({ assert }) => {
    const specs: Record<string, unknown> = { ...psu.specs }
    delete specs.wattage
    const messages = await refusal(componentValidator.validate({ ...seedPayload(psu), specs }))
    assert.deepEqual(fields(messages), ['specs.wattage:required'])
  })

  test('each category requires its own key specs', async ({ assert }) => {
    const required: Record<string, string[]> = {
      cpu: ['socket', 'cores', 'threads', 'tdpW'],
      gpu: ['chipset', 'vramGb', 'tgpW', 'lengthMm'],
      motherboard: ['socket', 'chipset', 'formFactor', 'memoryType'],
      ram: ['type', 'capacityGb', 'modules', 'speedMts'],
      storage: ['type', 'capacityGb', 'interface'],
      psu: ['wattage', 'efficiency'],
      case: ['formFactor', 'motherboardSupport', 'maxGpuLengthMm'],
      cooler: ['type', 'tdpRatingW', 'sockets', 'heightMm'],
      fan: ['sizeMm'],
      other: ['type'],
    }
    for (const category of COMPONENT_CATEGORIES) {
      const part = demo.COMPONENTS.find((row) => row.category === category)!
      const messages = await refusal(
        componentValidator.validate({ ...seedPayload(part), specs: {} })
      )
      assert.sameMembers(
        fields(messages),
        required[category].map((key) => `specs.${key}:required`),
        category
      )
    }
  })

  test('the spec schema follows the category, not the specs sent', async ({ assert }) => {
    // GPU specs filed as a PSU: the PSU keys are missing.
    const messages = await refusal(
      componentValidator.validate({ ...seedPayload(gpu), category: 'psu' })
    )
    assert.sameMembers(fields(messages), ['specs.wattage:required', 'specs.efficiency:required'])
  })

  test('spec values are typed and bounded; form strings become numbers', async ({ assert }) => {
    const payload = await componentValidator.validate({
      ...seedPayload(gpu),
      specs: { ...gpu.specs, vramGb: '16', lengthMm: '304' },
    })
    const specs: Record<string, unknown> = payload.specs
    assert.strictEqual(specs.vramGb, 16)
    assert.strictEqual(specs.lengthMm, 304)

    const messages = await refusal(
      componentValidator.validate({
        ...seedPayload(gpu),
        specs: { ...gpu.specs, vramGb: 12.5, tgpW: 'a lot' },
      })
    )
    assert.sameMembers(fields(messages), ['specs.vramGb:withoutDecimals', 'specs.tgpW:number'])
  })

  test('unknown spec keys are dropped, except on "other" parts', async ({ assert }) => {
    const card = await componentValidator.validate({
      ...seedPayload(gpu),
      specs: { ...gpu.specs, colour: 'white' },
    })
    assert.notProperty(card.specs, 'colour')

    const other = demo.COMPONENTS.find((part) => part.category === 'other')!
    const kept = await componentValidator.validate({
      ...seedPayload(other),
      specs: { type: 'Riser cable', lengthMm: 200, shielded: true },
    })
    assert.deepEqual(kept.specs, { type: 'Riser cable', lengthMm: 200, shielded: true })

    const nested = await refusal(
      componentValidator.validate({
        ...seedPayload(other),
        specs: { type: 'Riser cable', extra: { deep: 1 } },
      })
    )
    assert.deepEqual(fields(nested), ['specs:scalarSpecs'])
  })

  test('a cooler needs a height when air, a radiator size when liquid', async ({ assert }) => {
    const cooler = demo.COMPONENTS.find((part) => part.category === 'cooler')!
    const base = { type: 'air', tdpRatingW: 200, sockets: 'AM5' }
    assert.deepEqual(
      await refusedFields(componentValidator.validate({ ...seedPayload(cooler), specs: base })),
      ['specs.heightMm:required']
    )
    assert.deepEqual(
      fields(
        await refusal(
          componentValidator.validate({ ...seedPayload(cooler), specs: { ...base, type: 'aio' } })
        )
      ),
      ['specs.radiatorMm:required']
    )
  })

  test('an unknown category is refused on category only', async ({ assert }) => {
    const messages = await refusal(
      componentValidator.validate({ ...seedPayload(gpu), category: 'toaster' })
    )
    assert.deepEqual(fields(messages), ['category:enum'])
  })

  test('brand and model are required; text is trimmed', async ({ assert }) => {
    const messages = await refusal(
      componentValidator.validate({ ...seedPayload(gpu), brand: '   ', model: undefined })
    )
    assert.sameMembers(fields(messages), ['brand:minLength', 'model:required'])

    const payload = await componentValidator.validate({ ...seedPayload(gpu), brand: '  MSI  ' })
    assert.equal(payload.brand, 'MSI')
  })

  test('componentSpecsValidator validates one category alone', async ({ assert }) => {
    const specs = await componentSpecsValidator('psu').validate(psu.specs)
    assert.equal(specs.wattage, psu.specs.wattage)
    assert.deepEqual(await refusedFields(componentSpecsValidator('gpu').validate({})), [
      'chipset:required',
      'vramGb:required',
      'tgpW:required',
      'lengthMm:required',
    ])
  })
})

test.group('Catalog validators / prices in euros', () => {
  test('euro text becomes integer cents', async ({ assert }) => {
    const cases: [string, number][] = [
      ['1.234,56', 123_456],
      ['1234,56', 123_456],
      ['1,234.56', 123_456],
      ['899', 89_900],
      ['12,5 €', 1250],
      ['0', 0],
      [' 3.299,00 ', 329_900],
      ['2.500', 250_000],
    ]
    for (const [input, cents] of cases) {
      const payload = await serviceValidator.validate({ name: 'Assembly', price: input })
      assert.strictEqual(payload.price, cents, input)
    }
  })

  test('ambiguous, malformed, negative and huge amounts are refused', async ({ assert }) => {
    for (const [input, rule] of [
      ['1,234', 'euroAmount'],
      ['12,345', 'euroAmount'],
      ['abc', 'euroAmount'],
      ['1,999', 'euroAmount'],
      ['12,555', 'euroAmount'],
      ['-5', 'euroAmount.min'],
      ['2000000', 'euroAmount.max'],
    ] as const) {
      const messages = await refusal(serviceValidator.validate({ name: 'Assembly', price: input }))
      assert.deepEqual(fields(messages), [`price:${rule}`], input)
    }
    const ambiguous = await refusal(serviceValidator.validate({ name: 'Assembly', price: '1,234' }))
    assert.match(ambiguous[0].message, /ambiguous/)
  })

  test('a price is required and must be text', async ({ assert }) => {
    assert.deepEqual(await refusedFields(serviceValidator.validate({ name: 'Assembly' })), [
      'price:required',
    ])
    assert.deepEqual(
      await refusedFields(serviceValidator.validate({ name: 'Assembly', price: 12.5 })),
      ['price:string']
    )
  })

  test('supplier price: supplier, price, optional date and flag', async ({ assert }) => {
    const payload = await supplierPriceValidator.validate({
      supplier: ' Info Quest ',
      price: '429,90',
      recordedAt: '2026-03-01',
      updateCurrentPrice: 'true',
    })
    assert.equal(payload.supplier, 'Info Quest')
    assert.equal(payload.price, 42_990)
    assert.instanceOf(payload.recordedAt, Date)
    assert.isTrue(payload.updateCurrentPrice)
    assert.sameMembers(await refusedFields(supplierPriceValidator.validate({})), [
      'supplier:required',
      'price:required',
    ])
  })
})

test.group('Catalog validators / other kinds', () => {
  test('the demo rows of {kind} are valid, prices read in cents')
    .with([
      {
        kind: 'operating systems',
        rows: demo.OPERATING_SYSTEMS,
        validator: operatingSystemValidator,
      },
      { kind: 'services', rows: demo.SERVICES, validator: serviceValidator },
      {
        kind: 'warranties',
        rows: demo.WARRANTIES,
        validator: warrantyValidator,
        kept: ['durationMonths'],
      },
      {
        kind: 'shipping methods',
        rows: demo.SHIPPING_METHODS,
        validator: shippingMethodValidator,
        kept: ['isPickup'],
      },
      { kind: 'peripherals', rows: demo.PERIPHERALS, validator: peripheralValidator },
      { kind: 'software', rows: demo.SOFTWARE, validator: softwareValidator },
    ])
    .run(async ({ assert }, { rows, validator, kept = [] }) => {
      for (const row of rows as readonly (Record<string, unknown> & { priceCents: number })[]) {
        const payload: Record<string, unknown> = await validator.validate({
          ...row,
          price: formatEuroInput(row.priceCents),
        })
        assert.equal(payload.price, row.priceCents)
        for (const field of kept) assert.equal(payload[field], row[field], field)
      }
    })

  test('a warranty needs its duration in whole months', async ({ assert }) => {
    assert.deepEqual(
      await refusedFields(warrantyValidator.validate({ name: 'Extended', price: '29' })),
      ['durationMonths:required']
    )
    assert.deepEqual(
      fields(
        await refusal(
          warrantyValidator.validate({ name: 'Extended', price: '29', durationMonths: 0 })
        )
      ),
      ['durationMonths:range']
    )
  })

  test('names are required on every kind', async ({ assert }) => {
    for (const validator of [
      operatingSystemValidator,
      serviceValidator,
      shippingMethodValidator,
      peripheralValidator,
      softwareValidator,
    ]) {
      assert.deepEqual(await refusedFields(validator.validate({ price: '10' })), ['name:required'])
    }
  })

  test('search query strings', async ({ assert }) => {
    const components = await componentSearchValidator.validate({
      q: ' ryzen ',
      category: 'cpu',
      active: 'false',
      page: '2',
      perPage: '50',
    })
    assert.deepEqual(components, {
      q: 'ryzen',
      category: 'cpu',
      active: false,
      page: 2,
      perPage: 50,
    })
    assert.deepEqual(await refusedFields(componentSearchValidator.validate({ perPage: 500 })), [
      'perPage:range',
    ])
    assert.deepEqual(await catalogSearchValidator.validate({}), {})
  })
})

test.group('Quote and order list validators', () => {
  test("intake: a budget in the hint's notation is read, an ambiguous one refused", async ({
    assert,
  }) => {
    const intake = { intakeName: 'Μαρία Κ.', intakeEmail: 'maria@example.com' }
    // The hint says "e.g. 2.500": in Greek that is two and a half thousand euros.
    const { budget } = await quoteIntakeValidator.validate({ ...intake, budget: '2.500' })
    assert.equal(budget, 250_000)
    const messages = await refusal(quoteIntakeValidator.validate({ ...intake, budget: '2,500' }))
    assert.deepEqual(fields(messages), ['budget:euroAmount'])
  })

  test('a custom line carries one of the VAT rates the editor offers, no other', async ({
    assert,
  }) => {
    const line = { kind: 'service', name: 'Assembly', unitPrice: '50' }
    for (const rate of [...VAT_RATES_BP, '1300']) {
      const { vatRateBp } = await customLineValidator.validate({ ...line, vatRateBp: rate })
      assert.equal(vatRateBp, Number(rate))
    }
    for (const rate of [1000, 2300, 2400.5, 10_000]) {
      const messages = await refusal(customLineValidator.validate({ ...line, vatRateBp: rate }))
      assert.deepEqual(fields(messages), ['vatRateBp:in'], String(rate))
    }
  })

  test('intake payload', async ({ assert }) => {
    const payload = await quoteIntakeValidator.validate({
      intakeName: ' Μαρία Κ. ',
      intakeEmail: 'maria@example.com',
      budget: '2.500,00',
      useCase: '4K gaming',
    })
    assert.equal(payload.intakeName, 'Μαρία Κ.')
    assert.equal(payload.budget, 250_000)
    assert.sameMembers(
      await refusedFields(quoteIntakeValidator.validate({ intakeEmail: 'nope' })),
      ['intakeName:required', 'intakeEmail:email']
    )
  })

  test('lines: catalog line, custom line, edit, reorder', async ({ assert }) => {
    assert.deepEqual(
      await catalogLineValidator.validate({ kind: 'component', catalogId: '7', quantity: '2' }),
      { kind: 'component', catalogId: 7, quantity: 2 }
    )
    assert.deepEqual(
      await refusedFields(catalogLineValidator.validate({ kind: 'toaster', catalogId: 0 })),
      ['kind:enum', 'catalogId:positive']
    )

    const custom = await customLineValidator.validate({
      kind: 'service',
      name: 'Custom sleeving',
      unitPrice: '45,00',
    })
    assert.equal(custom.unitPrice, 4500)
    assert.deepEqual(
      fields(
        await refusal(
          customLineValidator.validate({ kind: 'warranty', name: 'Extra', unitPrice: '10' })
        )
      ),
      ['warrantyMonths:required']
    )

    const edit = await updateLineValidator.validate({ unitPrice: '399', priceOverrideReason: 'x' })
    assert.equal(edit.unitPrice, 39_900)
    assert.deepEqual(await refusedFields(updateLineValidator.validate({ quantity: 0 })), [
      'quantity:range',
    ])

    assert.deepEqual(await refusedFields(reorderLinesValidator.validate({ lineIds: [1, 2, 1] })), [
      'lineIds:distinct',
    ])
    const publish = await publishQuoteValidator.validate({ validUntil: '2026-12-31' })
    assert.instanceOf(publish.validUntil, Date)
  })

  test('order list parameters', async ({ assert }) => {
    const params = await orderListValidator.validate({
      orderStatus: 'quote',
      fulfillmentStatus: 'none',
      q: ' maria ',
      sort: 'total',
      direction: 'asc',
      page: '3',
      perPage: '100',
    })
    assert.deepEqual(params, {
      orderStatus: 'quote',
      fulfillmentStatus: 'none',
      q: 'maria',
      sort: 'total',
      direction: 'asc',
      page: 3,
      perPage: 100,
    })
    assert.sameMembers(
      fields(
        await refusal(
          orderListValidator.validate({ perPage: 101, sort: 'price', paymentStatus: 'free' })
        )
      ),
      ['perPage:range', 'sort:enum', 'paymentStatus:enum']
    )
  })
})
