import { test } from '@japa/runner'
import { lineSpecSummary } from '#domain/catalog_fields'

test.group('Spec summaries in the reader language', () => {
  test('a component: labels, decimal separator and "no" of each language', ({ assert }) => {
    const line = {
      kind: 'component' as const,
      category: 'cpu' as const,
      specs: { cores: 8, baseClockGhz: 4.2, integratedGraphics: false },
    }
    assert.equal(
      lineSpecSummary(line, 'el'),
      'Πυρήνες 8 · Βασικός χρονισμός 4,2 GHz · Ενσωματωμένα γραφικά: όχι'
    )
    assert.equal(
      lineSpecSummary(line, 'en'),
      'Cores 8 · Base clock 4.2 GHz · Integrated graphics: no'
    )
  })

  test('other kinds read by their catalog fields, units that are words translated', ({
    assert,
  }) => {
    const warranty = { kind: 'warranty' as const, category: null, specs: { durationMonths: 36 } }
    assert.equal(lineSpecSummary(warranty, 'el'), 'Διάρκεια 36 μήνες')
    assert.equal(lineSpecSummary(warranty, 'en'), 'Duration 36 months')
  })
})
