// matchItem keeps finished answers per index. These tests pin what the cache must never do: hand out an answer
// a caller changed, outlive its catalog, or answer for a subset it did not see.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex } from './catalog-index'
import { matchItem, sharedSubset } from './match'
import { sampleProducts, testProduct } from '../../tests/fixtures/test-catalog'

describe('matchItem answer cache', () => {
  it('gives each caller its own copy', () => {
    const index = buildCatalogIndex(sampleProducts())
    for (const text of ['amul butter', 'butter', 'basmati rice']) {
      const snapshot = structuredClone(matchItem(text, index))
      for (let i = 0; i < 2; i++) {
        // the first answer is worked out, the second comes from the cache: changing either changes nothing
        const answer = matchItem(text, index)
        answer.candidates.push('CHANGED')
        answer.queryWords.length = 0
        answer.kind = 'none'
      }
      expect(matchItem(text, index)).toEqual(snapshot)
    }
  })

  it('belongs to one index: a new catalog answers from its own products', () => {
    const before = buildCatalogIndex(sampleProducts())
    expect(matchItem('paneer', before).kind).toBe('none')
    expect(matchItem('ghee', before).kind).toBe('none')
    const after = buildCatalogIndex([
      ...sampleProducts(),
      testProduct('PANEER', 'Amul Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
      testProduct('GHEE', 'Desi Ghee 1 L', 'pack', { value: 1, unit: 'l' }),
    ])
    expect(matchItem('paneer', after).sku).toBe('PANEER')
    expect(matchItem('ghee', after).sku).toBe('GHEE')
    expect(matchItem('paneer', before).kind).toBe('none')
  })

  it('keeps the size, the looseness and the subset apart', () => {
    const index = buildCatalogIndex(sampleProducts())
    const butter = (opts: Parameters<typeof matchItem>[2]) => matchItem('amul butter', index, opts)
    expect(butter({ size: { value: 100, unit: 'g' } }).sku).toBe('AMUL-BUTTER-100')
    expect(butter({ size: { value: 500, unit: 'g' } }).sku).toBe('AMUL-BUTTER-500')
    expect(butter({ size: { value: 100, unit: 'g' } }).sku).toBe('AMUL-BUTTER-100')
    const bySku = (sku: string) => index.bySku.get(sku)!
    const only500 = sharedSubset(index, 'test-500', () => new Set([bySku('AMUL-BUTTER-500')]))
    const only100 = sharedSubset(index, 'test-100', () => new Set([bySku('AMUL-BUTTER-100')]))
    expect(butter({ restrict: only500 }).sku).toBe('AMUL-BUTTER-500')
    expect(butter({ restrict: only100 }).sku).toBe('AMUL-BUTTER-100')
    // a set made for one call (a cart) is never cached: another set with other contents answers for itself
    expect(butter({ restrict: new Set([bySku('AMUL-BUTTER-100')]) }).sku).toBe('AMUL-BUTTER-100')
    expect(butter({ restrict: new Set([bySku('AMUL-BUTTER-500')]) }).sku).toBe('AMUL-BUTTER-500')
    // the same name asked for again gives the same set, made once
    let made = 0
    const again = sharedSubset(index, 'test-500', () => (made++, new Set()))
    expect(again).toBe(only500)
    expect(made).toBe(0)
  })
})
