// Over a big catalog, a common word ("oil", "milk", "rice") is looked up after the rarer words said with it, so
// every product that has the rarer words is scored for the common one as well. A rare synonym of the common word
// in the catalog ("tel" for oil, "doodh" for milk) must not make it look rare and be looked up first, which left
// the product named by everything said out of the running.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex } from './catalog-index'
import { matchItem } from './match'
import { testProduct as P } from '../../tests/fixtures/test-catalog'
import type { Product } from '../domain'

const brands = ['Dhara', 'Sunpure', 'Freedom', 'Gemini', 'Saffola', 'Emami', 'Nature Fresh', 'Gold Drop']
/** Hundreds of oils and milks, as a big shop lists them, and one or two with the Hindi word beside. */
function bigCatalog(): Product[] {
  const out: Product[] = []
  for (let i = 0; i < 420; i++) {
    const b = brands[i % brands.length]!
    out.push(P(`OIL-${i}`, `${b} Oil Variety${i}`, 'pack', null))
    out.push(P(`MILK-${i}`, `${b} Milk Flavour${i}`, 'pack', null))
  }
  out.push(
    P('SUNLITE', 'Fortune Sun Lite - Sunflower Refined Oil', 'pack', null),
    P('RICEBRAN', 'Fortune Rice Bran Oil', 'pack', null),
    P('PATANJALI-SUN', 'Patanjali Sunflower Oil', 'pack', null),
    P('MUSTARD-TEL', 'Kachi Ghani Sarson Tel', 'pack', null),
    P('TAAZA', 'Amul Taaza Homogenised Toned Milk', 'pack', null),
    P('KADHAI', 'Amul Kadhai Doodh', 'pack', null),
    P('GOLD', 'Amul Gold Full Cream Milk', 'pack', null),
  )
  return out
}

describe('the product named by everything said, with a common word among it', () => {
  const index = buildCatalogIndex(bigCatalog())
  const first = (text: string) => {
    const m = matchItem(text, index)
    return m.sku ?? m.candidates[0]
  }
  it.each([
    ['fortune sunflower oil', 'SUNLITE'],
    ['fortune sunflower refined oil', 'SUNLITE'],
    ['sunflower refined oil fortune', 'SUNLITE'],
    ['amul taaza toned milk', 'TAAZA'],
    ['amul gold milk', 'GOLD'],
  ])('"%s" is first %s', (text, sku) => {
    expect(first(text)).toBe(sku)
  })
})
