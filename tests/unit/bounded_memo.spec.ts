import { test } from '@japa/runner'
import { BoundedMemo } from '#domain/bounded_memo'

test.group('BoundedMemo', () => {
  test('computes a key once and answers it from memory afterwards', ({ assert }) => {
    const memo = new BoundedMemo<string>(10)
    let computed = 0
    const compute = () => `value ${++computed}`
    assert.equal(memo.get('a', compute), 'value 1')
    assert.equal(memo.get('a', compute), 'value 1')
    assert.equal(memo.get('b', compute), 'value 2')
    assert.equal(computed, 2)
  })

  test('remembers false answers too (a cookie found invalid)', ({ assert }) => {
    const memo = new BoundedMemo<boolean>(10)
    let checks = 0
    memo.get('bad', () => (checks++, false))
    assert.isFalse(memo.get('bad', () => (checks++, true)))
    assert.equal(checks, 1)
  })

  test('starts over when full, so it never holds more than its capacity', ({ assert }) => {
    const memo = new BoundedMemo<number>(2)
    let computed = 0
    const compute = () => ++computed
    memo.get('a', compute)
    memo.get('b', compute)
    memo.get('c', compute) // full: a and b are forgotten
    assert.equal(memo.get('c', compute), 3)
    assert.equal(memo.get('a', compute), 4)
    assert.equal(computed, 4)
  })
})
