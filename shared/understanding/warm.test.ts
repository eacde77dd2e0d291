// Warming the reader at start-up (warm.ts): the engine reads a few messages of every kind in the background
// before the first customer's, so that message does not pay for compiling the reader.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex } from './catalog-index'
import { understand } from './understand'
import { readerWarm, warmingMessages, warmingSteps } from './warm'
import { sampleProducts, testProduct } from '../../tests/fixtures/test-catalog'

describe('warming the reader', () => {
  it('orders from the shop its own products, and talks in every language the reader reads', () => {
    const index = buildCatalogIndex([
      testProduct('A', 'Kartoffeln festkochend', 'kg'),
      testProduct('B', 'Bio-Eier 6 Stück', 'pack'),
      testProduct('C', 'Roggenbrot 750 g', 'pc'),
    ])
    const messages = warmingMessages(index)
    for (const name of ['kartoffeln festkochend', 'bio-eier 6 stück', 'roggenbrot 750 g'])
      expect(
        messages.some((m) => m.includes(name)),
        name,
      ).toBe(true)
    // Latin, Devanagari, emoji; several lines
    expect(messages.some((m) => /[\u0900-\u097f]/.test(m))).toBe(true)
    expect(messages.some((m) => m.includes('\n'))).toBe(true)
    expect(messages.some((m) => /\p{Extended_Pictographic}/u.test(m))).toBe(true)
  })

  it('works an empty catalog too', () => {
    const index = buildCatalogIndex([])
    expect(warmingMessages(index).length).toBeGreaterThan(10)
  })

  it('reads a message a step, twice over for the first index, once for a later one; answers stay what a cold reader gives', () => {
    const index = buildCatalogIndex(sampleProducts())
    const cold = ['2 kg onoin', '1 amul but', '२ किलो आलू', 'yes', 'where is my order'].map((t) =>
      understand(t, buildCatalogIndex(sampleProducts())),
    )
    expect(readerWarm()).toBe(false)
    let steps = 0
    for (const _ of warmingSteps(index)) steps++
    expect(steps).toBe(2 * warmingMessages(index).length)
    expect(readerWarm()).toBe(true)
    expect([...warmingSteps(index)]).toHaveLength(0)
    // compiled code is the process's, but each index makes its own tables: a later catalog (a change, an
    // import, another shop's) is read over once, then never again
    for (const later of [
      buildCatalogIndex(sampleProducts()),
      buildCatalogIndex(sampleProducts().slice(0, 5)),
      buildCatalogIndex([testProduct('K', 'Kartoffeln festkochend', 'kg')]),
    ]) {
      expect([...warmingSteps(later)]).toHaveLength(warmingMessages(later).length)
      expect([...warmingSteps(later)]).toHaveLength(0)
    }
    expect(
      ['2 kg onoin', '1 amul but', '२ किलो आलू', 'yes', 'where is my order'].map((t) => understand(t, index)),
    ).toEqual(cold)
  })
})
