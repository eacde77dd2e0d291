// Indian customers address the shopkeeper as kin or by title ("babu ji", "uncle", "didi", "bhabhi", "seth ji"),
// in Latin letters or Devanagari: the word of address is no goods the shop lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())
const read = (text: string) => {
  const u = understand(text, index)
  return { lines: u.lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`), unmatched: u.unmatched }
}

describe('a word of address before the order is not an item', () => {
  it.each([
    ['babu ji 2 kg aloo', '2 kg POTATO'],
    ['uncle 2 kg pyaz bhej dena', '2 kg ONION'],
    ['aunty ek kilo tamatar', '1 kg TOMATO'],
    ['didi 2 kilo aloo dena', '2 kg POTATO'],
    ['bhabhi ji 1 kg pyaz', '1 kg ONION'],
    ['sethji 2 kg tamatar', '2 kg TOMATO'],
    ['chacha 1 kg aloo', '1 kg POTATO'],
    ['बाबू जी 2 किलो आलू', '2 kg POTATO'],
    ['अंकल 2 किलो प्याज़', '2 kg ONION'],
    ['सेठ जी 1 किलो टमाटर', '1 kg TOMATO'],
    ['दीदी 2 किलो आलू भेज दो', '2 kg POTATO'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual({ lines: [want], unmatched: [] })
  })
})
