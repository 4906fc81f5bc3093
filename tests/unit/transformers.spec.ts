import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { BaseTransformer } from '@adonisjs/core/transformers'

class PriceTransformer extends BaseTransformer<{ cents: number }> {
  toObject() {
    return { cents: this.resource.cents }
  }
}

/*
| providers/api_provider.ts builds the transformers' debugging error without
| a stack trace when it can never be thrown: the results stay the same, and
| a `transform(undefined)` still fails with a stack that names its caller.
*/
test.group('Transformers', () => {
  test('an item, a list and a page resolve as before', async ({ assert }) => {
    const resolver = app.container.createResolver()
    assert.deepEqual(await PriceTransformer.transform({ cents: 5 }).resolve(resolver, 0), {
      cents: 5,
    })
    assert.deepEqual(
      await PriceTransformer.transform([{ cents: 1 }, { cents: 2 }]).resolve(resolver, 0),
      [{ cents: 1 }, { cents: 2 }]
    )
    const page = await PriceTransformer.paginate([{ cents: 3 }], { total: 1 }).resolve(resolver, 0)
    assert.deepEqual(page, { data: [{ cents: 3 }], metadata: { total: 1 } })
  })

  test('transforming undefined fails with a stack that points at the caller', async ({
    assert,
  }) => {
    const item = PriceTransformer.transform(undefined as unknown as { cents: number })
    let error: Error | undefined
    try {
      await item.resolve(app.container.createResolver(), 0)
    } catch (failure) {
      error = failure as Error
    }
    assert.match(error!.message, /Cannot transform undefined value/)
    assert.include(error!.stack, 'transformers.spec')
  })
})
