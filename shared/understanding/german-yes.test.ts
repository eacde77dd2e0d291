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

describe('a yes as it is typed', () => {
  it.each(['jepp passt', 'jap', 'super, so machen wirs', "ok, dann machen wir's so"])('%s', (text) =>
    expect(u(text).intent).toBe('confirm'),
  )
})

describe('a statement that opens with its verb, with no question mark, is no question', () => {
  it.each(['hat sich erledigt', 'war lecker'])('%s', (text) => expect(u(text).question).toBeUndefined())
})
