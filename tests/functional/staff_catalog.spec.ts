import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import ActivityLog from '#models/activity_log'
import Component from '#models/component'
import ComponentPriceHistory from '#models/component_price_history'
import OrderLine from '#models/order_line'
import ShippingMethod from '#models/shipping_method'
import type User from '#models/user'
import Warranty from '#models/warranty'
import { COMPONENTS } from '#database/factories/catalog_data'
import { SPEC_FIELDS } from '#domain/catalog_fields'
import { catalogUseCases } from '#tests/helpers/catalog'
import { quoteUseCases } from '#tests/helpers/quotes'
import { createCustomer, createEnrolledStaff, filteredList } from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'

const catalog = await catalogUseCases()

function get(client: ApiClient, staff: User, url: string, qs: Record<string, string> = {}) {
  return client.get(url).qs(qs).asStaff(staff).withInertia().redirects(0)
}

/** A form post from `referer` (where a validation failure sends the member back). */
function post(
  client: ApiClient,
  staff: User,
  url: string,
  form: Record<string, string> = {},
  referer = '/staff/catalog/components/new'
) {
  return client.post(url).header('referer', referer).asStaff(staff).submitForm(form)
}

/** The component form as a browser submits it: every value a string, specs as `specs[key]`. */
function componentForm(
  fields: Record<string, string>,
  specs: Record<string, string | number | boolean>
) {
  return {
    ...fields,
    ...Object.fromEntries(
      Object.entries(specs).map(([key, value]) => [`specs[${key}]`, String(value)])
    ),
  }
}

/** The new-component form of `staff`, sent with these fields and specs. */
function componentCreator(client: ApiClient, staff: User) {
  return (fields: Record<string, string>, specs: Record<string, string | number | boolean>) =>
    post(client, staff, '/staff/catalog/components', componentForm(fields, specs))
}

const GPU_FORM = componentForm(
  {
    category: 'gpu',
    brand: 'Sapphire',
    model: 'Pulse RX 9070 XT',
    sku: 'GPU-TEST-1',
    price: '749,90',
  },
  {
    chipset: 'Radeon RX 9070 XT',
    gpuVendor: 'AMD',
    vramGb: 16,
    tgpW: 304,
    lengthMm: 320,
    memoryType: '',
  }
)

async function rowCount(model: { all(): Promise<unknown[]> }) {
  const rows = await model.all()
  return rows.length
}

/** A part of the demo catalog, created through the service. */
function seedComponent(model: string) {
  const part = COMPONENTS.find((row) => row.model === model)!
  return catalog.createComponent({ ...part, specs: { ...part.specs } }, null)
}

test.group('Staff catalog / access', () => {
  test('anonymous visitors go to the staff login, customers back to the portal', async ({
    client,
    assert,
  }) => {
    for (const url of ['/staff/catalog/components', '/staff/catalog/warranties']) {
      assertRedirect(await client.get(url).redirects(0), '/staff/login')
    }
    const anonymousPost = await client
      .post('/staff/catalog/components')
      .withCsrfToken()
      .form(GPU_FORM)
      .redirects(0)
    assertRedirect(anonymousPost, '/staff/login')

    const customer = await createCustomer()
    const asCustomer = await client.get('/staff/catalog/components').loginAs(customer).redirects(0)
    assertRedirect(asCustomer, '/portal')
    const customerPost = await client
      .post('/staff/catalog/components')
      .loginAs(customer)
      .withCsrfToken()
      .form(GPU_FORM)
      .redirects(0)
    assertRedirect(customerPost, '/portal')
    assert.equal(await rowCount(Component), 0)
  })

  test('admins and superadmins reach every catalog page', async ({ client }) => {
    const component = await seedComponent('Ryzen 7 9800X3D')
    const warranty = await catalog.createItem(
      'warranty',
      { name: 'Extended 3 years', priceCents: 9900, durationMonths: 36 },
      null
    )
    for (const role of ['admin', 'superadmin'] as const) {
      const staff = await createEnrolledStaff(role)
      const pages = [
        ['/staff/catalog/components', 'staff/catalog/components/index'],
        ['/staff/catalog/components/new', 'staff/catalog/components/form'],
        [`/staff/catalog/components/${component.id}`, 'staff/catalog/components/show'],
        [`/staff/catalog/components/${component.id}/edit`, 'staff/catalog/components/form'],
        ['/staff/catalog/warranties', 'staff/catalog/items/index'],
        ['/staff/catalog/warranties/new', 'staff/catalog/items/form'],
        [`/staff/catalog/warranties/${warranty.id}/edit`, 'staff/catalog/items/form'],
      ]
      for (const [url, page] of pages) {
        const response = await get(client, staff, url)
        response.assertStatus(200)
        response.assertInertiaComponent(page)
      }
      assertRedirect(await get(client, staff, '/staff/catalog'), '/staff/catalog/components')
    }
  })

  test('an unknown kind or id is a 404', async ({ client }) => {
    const staff = await createEnrolledStaff()
    for (const url of [
      '/staff/catalog/spaceships',
      '/staff/catalog/components/999',
      '/staff/catalog/services/999/edit',
    ]) {
      const response = await get(client, staff, url)
      response.assertStatus(404)
    }
  })
})

test.group('Staff catalog / components', () => {
  test('creating a component stores typed specs and logs who did it', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const response = await post(client, staff, '/staff/catalog/components', GPU_FORM)
    const component = await Component.findByOrFail('sku', 'GPU-TEST-1')
    assertRedirect(response, `/staff/catalog/components/${component.id}`)
    assert.equal(component.priceCents, 74_990)
    assert.isTrue(component.active)
    // Numbers are numbers; an empty optional field is left out.
    assert.deepEqual(component.specs, {
      chipset: 'Radeon RX 9070 XT',
      gpuVendor: 'AMD',
      vramGb: 16,
      tgpW: 304,
      lengthMm: 320,
    })
    const log = await ActivityLog.findByOrFail('action', 'catalog.component.created')
    assert.equal(log.actorId, staff.id)
  })

  test('each category is validated by its own schema, next to the field, saving nothing', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const createComponent = componentCreator(client, staff)
    const gpuWithoutVram = Object.fromEntries(
      Object.entries(GPU_FORM).filter(([key]) => key !== 'specs[vramGb]')
    )
    const gpu = await post(client, staff, '/staff/catalog/components', gpuWithoutVram)
    assertRedirect(gpu, '/staff/catalog/components/new')
    assert.equal(fieldError(gpu, 'specs.vramGb'), 'Fill in this field.')

    const psu = await createComponent(
      { category: 'psu', brand: 'Corsair', model: 'RM850x', price: '139' },
      { efficiency: '80+ Gold' }
    )
    assert.isString(fieldError(psu, 'specs.wattage'))
    assert.isUndefined(fieldError(psu, 'specs.efficiency'))

    // A liquid cooler needs its radiator size, an air cooler its height.
    const aio = await createComponent(
      { category: 'cooler', brand: 'Arctic', model: 'Liquid Freezer III 360', price: '119' },
      { type: 'aio', tdpRatingW: 300, sockets: 'AM5, LGA1851', heightMm: 38 }
    )
    assert.isString(fieldError(aio, 'specs.radiatorMm'))

    const badPrice = await post(client, staff, '/staff/catalog/components', {
      ...GPU_FORM,
      'price': '1,234',
      'specs[lengthMm]': '5000',
    })
    assert.match(fieldError(badPrice, 'price')!, /ambiguous/)
    assert.isString(fieldError(badPrice, 'specs.lengthMm'))

    assert.equal(await rowCount(Component), 0)
  })

  test('the form describes every spec key the demo catalog uses', ({ assert }) => {
    for (const part of COMPONENTS.filter((row) => row.category !== 'other')) {
      const described = SPEC_FIELDS[part.category].map((field) => field.name)
      for (const key of Object.keys(part.specs)) {
        assert.include(described, key, `${part.category} ${part.model}: ${key}`)
      }
    }
  })

  test('an "other" part keeps the free specifications typed in', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const createComponent = componentCreator(client, staff)
    await createComponent(
      { category: 'other', brand: 'Arctic', model: 'MX-6 4g', price: '8,90' },
      { type: 'thermal paste', weightG: '4' }
    )
    const paste = await Component.findByOrFail('model', 'MX-6 4g')
    assert.deepEqual(paste.specs, { type: 'thermal paste', weightG: '4' })

    const invalid = await createComponent(
      { category: 'other', brand: 'Arctic', model: 'MX-6 8g', price: '8,90' },
      { 'type': 'thermal paste', 'weight-g': '8' }
    )
    assert.match(fieldError(invalid, 'specs')!, /camelCase/)
    assert.isNull(await Component.findBy('model', 'MX-6 8g'))
  })

  test('a duplicate SKU is an error on the SKU field', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    await post(client, staff, '/staff/catalog/components', GPU_FORM)
    const again = await post(client, staff, '/staff/catalog/components', {
      ...GPU_FORM,
      model: 'Another',
    })
    assert.equal(fieldError(again, 'sku'), 'Another component already has this SKU.')
    assert.equal(await rowCount(Component), 1)
  })

  test('editing changes the component but never an order line made from it', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const gpu = await catalog.createComponent(
      {
        category: 'gpu',
        brand: 'Sapphire',
        model: 'Pulse RX 9070 XT',
        sku: 'GPU-TEST-1',
        priceCents: 74_990,
        specs: { chipset: 'Radeon RX 9070 XT', vramGb: 16, tgpW: 304, lengthMm: 320 },
      },
      null
    )
    const quotes = await quoteUseCases()
    const order = await quotes.createDraft(
      { intakeName: 'Μαρία Κωνσταντίνου', intakeEmail: 'maria@example.com' },
      staff
    )
    const line = await quotes.addCatalogLine(order, 'component', gpu.id)

    const response = await post(
      client,
      staff,
      `/staff/catalog/components/${gpu.id}`,
      { ...GPU_FORM, 'model': 'Pulse RX 9070 XT OC', 'price': '799', 'specs[vramGb]': '20' },
      `/staff/catalog/components/${gpu.id}/edit`
    )
    assertRedirect(response, `/staff/catalog/components/${gpu.id}`)
    await gpu.refresh()
    assert.equal(gpu.model, 'Pulse RX 9070 XT OC')
    assert.equal(gpu.priceCents, 79_900)
    assert.equal(gpu.specs.vramGb, 20)

    const snapshot = await OrderLine.findOrFail(line.id)
    assert.equal(snapshot.name, 'Sapphire Pulse RX 9070 XT')
    assert.equal(snapshot.unitPriceCents, 74_990)
    assert.equal(snapshot.specs?.vramGb, 16)

    // A failed edit changes nothing.
    const refused = await post(
      client,
      staff,
      `/staff/catalog/components/${gpu.id}`,
      { ...GPU_FORM, 'model': 'Renamed', 'specs[tgpW]': '' },
      `/staff/catalog/components/${gpu.id}/edit`
    )
    assertRedirect(refused, `/staff/catalog/components/${gpu.id}/edit`)
    assert.isString(fieldError(refused, 'specs.tgpW'))
    await gpu.refresh()
    assert.equal(gpu.model, 'Pulse RX 9070 XT OC')
  })

  test('deactivating hides a component from new quotes; reactivating brings it back', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const cpu = await seedComponent('Ryzen 7 9800X3D')
    const url = `/staff/catalog/components/${cpu.id}`

    assertRedirect(await post(client, staff, `${url}/deactivate`, {}, url), url)
    await cpu.refresh()
    assert.isFalse(cpu.active)
    assert.deepEqual(await catalog.searchForQuote('component', 'ryzen'), [])

    assertRedirect(await post(client, staff, `${url}/activate`, {}, url), url)
    await cpu.refresh()
    assert.isTrue(cpu.active)
    assert.lengthOf(await catalog.searchForQuote('component', 'ryzen'), 1)
  })

  test('the list searches and filters on the server, paginated', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const amd = await seedComponent('Ryzen 7 9800X3D')
    const amd2 = await seedComponent('Ryzen 9 9950X3D')
    const intel = await seedComponent('Core Ultra 9 285K')
    const gpu = await seedComponent('Pulse Radeon RX 9070 XT 16GB')
    await catalog.deactivateComponent(amd2, null)

    const ids = async (qs: Record<string, string>) => {
      const response = await get(client, staff, '/staff/catalog/components', qs)
      response.assertStatus(200)
      return (response.inertiaProps.components as { data: { id: number }[] }).data.map(
        (row) => row.id
      )
    }
    assert.sameMembers(await ids({}), [amd.id, amd2.id, intel.id, gpu.id])
    assert.sameMembers(await ids({ category: 'cpu', active: 'true' }), [amd.id, intel.id])
    assert.sameMembers(await ids({ brand: 'AMD', category: '', active: '' }), [amd.id, amd2.id])
    assert.sameMembers(await ids({ active: 'false' }), [amd2.id])
    assert.sameMembers(await ids({ q: 'x3d 9800' }), [amd.id])
    assert.sameMembers(await ids({ q: 'radeon', category: 'cpu' }), [])

    const paged = await get(client, staff, '/staff/catalog/components', { perPage: '3', page: '2' })
    paged.assertInertiaPropsContains({
      components: { metadata: { currentPage: 2, lastPage: 2, total: 4 } },
    })
    assert.lengthOf((paged.inertiaProps.components as { data: unknown[] }).data, 1)
    // The brand filter offers the brands of the chosen category.
    const gpus = await get(client, staff, '/staff/catalog/components', { category: 'gpu' })
    assert.deepEqual(gpus.inertiaProps.brands, ['Sapphire'])

    const invalid = await filteredList(client, staff, '/staff/catalog/components', {
      category: 'spaceship',
    })
    assertRedirect(invalid, '/staff/catalog/components')
    assert.isString(fieldError(invalid, 'category'))
  })
})

/** A signed-in member and a demo CPU whose page (`url`) records supplier prices. */
async function cpuPage() {
  const staff = await createEnrolledStaff()
  const cpu = await seedComponent('Ryzen 7 9800X3D')
  return { staff, cpu, url: `/staff/catalog/components/${cpu.id}` }
}

/** The supplier price form of the component page. */
function postSupplierPrice(
  client: ApiClient,
  page: { staff: User; url: string },
  form: Record<string, string>
) {
  return post(client, page.staff, `${page.url}/prices`, form, page.url)
}

test.group('Staff catalog / supplier prices', () => {
  test('recording a supplier price adds history and leaves the price unless asked', async ({
    client,
    assert,
  }) => {
    const cpuAt = await cpuPage()
    const { staff, cpu, url } = cpuAt
    const before = cpu.priceCents

    // Kept unless the form asks to update the current price.
    for (const [form, priceAfter] of [
      [{ supplier: 'Info Quest', price: '389,50', recordedAt: '2026-03-02' }, before],
      [{ supplier: 'Westnet', price: '412', updateCurrentPrice: 'true' }, 41_200],
    ] as const) {
      assertRedirect(await postSupplierPrice(client, cpuAt, form), url)
      await cpu.refresh()
      assert.equal(cpu.priceCents, priceAfter)
    }

    const rows = await ComponentPriceHistory.query().where('componentId', cpu.id).orderBy('id')
    assert.deepEqual(
      rows.map((row) => [row.supplier, row.priceCents]),
      [
        ['Info Quest', 38_950],
        ['Westnet', 41_200],
      ]
    )
    assert.equal(rows[0].recordedAt.toISODate(), '2026-03-02')

    // The page shows the history (newest first), the chart (oldest first) and who changed what.
    const page = await get(client, staff, url)
    page.assertInertiaComponent('staff/catalog/components/show')
    const history = (page.inertiaProps.history as { data: { supplier: string; price: string }[] })
      .data
    assert.deepEqual(
      history.map((row) => [row.supplier, row.price]),
      [
        ['Westnet', '€412.00'],
        ['Info Quest', '€389.50'],
      ]
    )
    const chart = page.inertiaProps.chart as { supplier: string }[]
    assert.deepEqual(
      chart.map((row) => row.supplier),
      ['Info Quest', 'Westnet']
    )
    const activity = page.inertiaProps.activity as { action: string; actor: string | null }[]
    assert.equal(activity[0].action, 'catalog.component.supplier_price_recorded')
    assert.equal(activity[0].actor, staff.email)
  })

  test('an invalid supplier price is refused next to its field and records nothing', async ({
    client,
    assert,
  }) => {
    const cpuAt = await cpuPage()
    const response = await postSupplierPrice(client, cpuAt, {
      supplier: '',
      price: '-5',
      updateCurrentPrice: 'true',
    })
    assertRedirect(response, cpuAt.url)
    assert.isString(fieldError(response, 'supplier'))
    assert.equal(fieldError(response, 'price'), 'The amount cannot be negative.')
    assert.equal(await rowCount(ComponentPriceHistory), 0)
  })
})

test.group('Staff catalog / other kinds', () => {
  test('each kind is created through the same pages with its own fields', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const forms: Record<string, Record<string, string>> = {
      'operating-systems': { name: 'Windows 11 Pro', price: '145', edition: 'Pro' },
      'services': { name: 'Cable management', price: '30' },
      'warranties': { name: 'Extended 3 years', price: '99', durationMonths: '36' },
      'shipping-methods': { name: 'Store pickup', price: '0', isPickup: 'true' },
      'peripherals': { name: 'MX Keys', price: '119,90', brand: 'Logitech', kind: 'keyboard' },
      'software': { name: 'Office 2024', price: '249', vendor: 'Microsoft' },
    }
    for (const [slug, form] of Object.entries(forms)) {
      const response = await post(client, staff, `/staff/catalog/${slug}`, form)
      assertRedirect(response, `/staff/catalog/${slug}`)
      const list = await get(client, staff, `/staff/catalog/${slug}`)
      const items = (list.inertiaProps.items as { data: { name: string; price: string }[] }).data
      assert.deepEqual(
        items.map((item) => item.name),
        [form.name],
        slug
      )
    }
    const pickup = await ShippingMethod.firstOrFail()
    assert.isTrue(pickup.isPickup)
    assert.equal(pickup.priceCents, 0)
    const warranty = await Warranty.firstOrFail()
    assert.equal(warranty.durationMonths, 36)
  })

  test('a kind’s own rules give field errors and save nothing', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const response = await post(
      client,
      staff,
      '/staff/catalog/warranties',
      { name: '', price: 'free', durationMonths: '0' },
      '/staff/catalog/warranties/new'
    )
    assertRedirect(response, '/staff/catalog/warranties/new')
    assert.isString(fieldError(response, 'name'))
    assert.isString(fieldError(response, 'price'))
    assert.isString(fieldError(response, 'durationMonths'))
    assert.equal(await rowCount(Warranty), 0)
  })

  test('editing, deactivating and searching a kind', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const courier = await catalog.createItem(
      'shipping',
      { name: 'ACS courier', priceCents: 800, carrier: 'ACS', isPickup: false },
      null
    )
    await catalog.createItem(
      'shipping',
      { name: 'Store pickup', priceCents: 0, isPickup: true },
      null
    )
    const edit = `/staff/catalog/shipping-methods/${courier.id}/edit`

    const form = await get(client, staff, edit)
    form.assertInertiaPropsContains({
      item: { name: 'ACS courier', price: '8,00', values: { carrier: 'ACS', isPickup: false } },
    })

    const saved = await post(
      client,
      staff,
      `/staff/catalog/shipping-methods/${courier.id}`,
      { name: 'ACS next day', price: '9,50', carrier: 'ACS' },
      edit
    )
    assertRedirect(saved, edit)
    await courier.refresh()
    assert.equal(courier.name, 'ACS next day')
    assert.equal(courier.priceCents, 950)
    assert.isTrue(courier.active)

    assertRedirect(
      await post(
        client,
        staff,
        `/staff/catalog/shipping-methods/${courier.id}/deactivate`,
        {},
        edit
      ),
      edit
    )
    await courier.refresh()
    assert.isFalse(courier.active)

    const names = async (qs: Record<string, string>) => {
      const list = await get(client, staff, '/staff/catalog/shipping-methods', qs)
      return (list.inertiaProps.items as { data: { name: string }[] }).data.map((item) => item.name)
    }
    assert.deepEqual(await names({ active: 'true' }), ['Store pickup'])
    assert.deepEqual(await names({ active: 'false' }), ['ACS next day'])
    assert.deepEqual(await names({ q: 'next acs' }), ['ACS next day'])

    assertRedirect(
      await post(client, staff, `/staff/catalog/shipping-methods/${courier.id}/activate`, {}, edit),
      edit
    )
    await courier.refresh()
    assert.isTrue(courier.active)
  })
})
