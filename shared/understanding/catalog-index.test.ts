import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, CatalogIndexBuilder, type CatalogIndex } from './catalog-index'
import { matchItem, readyingSteps } from './match'
import { understand } from './understand'
import { sampleProducts, testProduct } from '../../tests/fixtures/test-catalog'

const TEST_CATALOG = sampleProducts()

/** Everything an index holds, in a comparable form. */
function shape(ix: CatalogIndex) {
  return {
    skus: ix.products.map((p) => p.sku),
    sizes: ix.sizes,
    bySku: [...ix.bySku],
    phrases: [
      ix.phraseProduct,
      ix.phraseHead,
      ix.phraseHead2,
      ix.phraseMass,
      ix.phraseTokStart,
      ix.phraseTokens,
    ].map((a) => [...a]),
    phraseKeys: ix.phraseKeys,
    phraseProductStart: [...ix.phraseProductStart],
    vocab: [...ix.vocab],
    idf: [...ix.idf],
    postings: ix.postings.map((p) => [...p]),
    exact: [...ix.exact],
    deletes: [...ix.deletes],
    unknownIdf: ix.unknownIdf,
    headCount: [...ix.headCount],
    sounds: [...ix.sounds],
  }
}

describe('CatalogIndexBuilder', () => {
  it('builds from slices exactly the index built at once', () => {
    const whole = buildCatalogIndex(TEST_CATALOG)
    for (const slice of [1, 3, 7, TEST_CATALOG.length]) {
      const b = new CatalogIndexBuilder()
      for (let i = 0; i < TEST_CATALOG.length; i += slice) b.add(TEST_CATALOG.slice(i, i + slice))
      const sliced = b.finish()
      expect(shape(sliced)).toEqual(shape(whole))
      for (const text of ['2 kg onoin', '1 amul butter 500g, 3x bread', 'do packet milk'])
        expect(understand(text, sliced)).toEqual(understand(text, whole))
    }
  })

  it('finishes in steps to the same index', () => {
    const b = new CatalogIndexBuilder()
    b.add(TEST_CATALOG)
    const steps = b.finishing()
    let n = 0
    let r = steps.next()
    while (!r.done) {
      n++
      r = steps.next()
    }
    expect(n).toBeGreaterThan(1)
    expect(shape(r.value)).toEqual(shape(buildCatalogIndex(TEST_CATALOG)))
  })
})

describe('whole-name lookups', () => {
  // Written together or apart, a name is the same name; among several, the one said word for word leads.
  const index = buildCatalogIndex([
    testProduct('FLAKES-A', 'Cornflakes', 'pack'),
    testProduct('FLAKES-B', 'Corn Flakes', 'pack'),
    testProduct('FLAKES-C', 'Corn-flake', 'pack'),
    testProduct('OIL-A', 'Mustard Oil', 'pack', null, ['sarson tel']),
    testProduct('OIL-B', 'Mustardoil', 'pack'),
    testProduct('SALT', 'Salt', 'pack'),
  ])

  it('finds every product whose name has the same letters, the word-for-word ones first', () => {
    expect(matchItem('corn flakes', index).candidates).toEqual(['FLAKES-B', 'FLAKES-C', 'FLAKES-A'])
    expect(matchItem('cornflakes', index).candidates).toEqual(['FLAKES-A', 'FLAKES-B', 'FLAKES-C'])
    expect(matchItem('mustard oil', index).candidates).toEqual(['OIL-A', 'OIL-B'])
    expect(matchItem('mustardoil', index).candidates).toEqual(['OIL-A', 'OIL-B'])
  })

  it('resolves a name or alias only one product has', () => {
    expect(matchItem('sarson tel', index)).toMatchObject({ kind: 'resolved', sku: 'OIL-A' })
    expect(matchItem('salt', index)).toMatchObject({ kind: 'resolved', sku: 'SALT' })
  })
})

describe('readyingSteps', () => {
  it('readies the tables in several steps, and the answers stay the ones a cold index gives', () => {
    const readied = buildCatalogIndex(TEST_CATALOG)
    let steps = 0
    for (const _ of readyingSteps(readied)) steps++
    expect(steps).toBeGreaterThanOrEqual(4)
    const cold = buildCatalogIndex(TEST_CATALOG)
    // a typo, a sound-alike, a cut-short name, Devanagari, a whole name
    for (const text of ['2 kg onoin', '1 kg pyaj', '1 amul but', '२ किलो आलू', '3x bread', 'doodh 2 packet'])
      expect(understand(text, readied), text).toEqual(understand(text, cold))
  })
})
