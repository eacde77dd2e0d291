// A yes said with its no ("nee, passt nicht", "stimmt so nicht") is no yes: the order must not be placed; a yes
// as it is typed ("jepp", "jap", "so machen wir's") is one; a statement that opens with its verb ("hat sich
// erledigt") is no question. Each rule is tried with several wordings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BROETCHEN', 'Brötchen', 'pc'),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln']),
])
const cart = { cartSkus: ['BROETCHEN'] }
const u = (text: string) => understand(text, index, cart)

describe('a yes said with its no is no yes', () => {
  it.each(['nee, passt nicht', 'passt nicht', 'nein passt so nicht'])('%s', (text) =>
    expect(u(text).intent).not.toBe('confirm'),
  )
})

describe('a yes drawn out, or said the northern or southern way', () => {
  it.each(['jaaa passt', 'jau', 'joa danke', 'freilich', 'geht klar', 'logo, so machen'])('%s', (text) =>
    expect(u(text).intent).toBe('confirm'),
  )

  it.each([
    ['jau, 2 Brezeln noch', 'BREZEL', 2],
    ['freilich, und 3 Brötchen', 'BROETCHEN', 3],
  ])('before goods it is no goods: %s', (text, sku, n) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, n]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a yes as it is typed', () => {
  it.each(['jepp passt', 'jap', 'super, so machen wirs', "ok, dann machen wir's so"])('%s', (text) =>
    expect(u(text).intent).toBe('confirm'),
  )
})

describe('a statement that opens with its verb, with no question mark, is no question', () => {
  it.each(['hat sich erledigt', 'war lecker'])('%s', (text) => expect(u(text).question).toBeUndefined())
})
