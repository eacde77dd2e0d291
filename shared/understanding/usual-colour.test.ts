// A supplier that lists goods only in colours: a kitchen ordering them with no colour means the ordinary kind, the
// cheapest; a colour said picks its own, and kinds that are not colours are still asked about.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'
import type { Unit } from '../units'

const P = (sku: string, name: string, unit: Unit, price: number) => ({
  ...testProduct(sku, name, unit),
  price,
})

const index = buildCatalogIndex([
  P('ONI-RED', 'Onion Red', 'kg', 3000),
  P('ONI-WHITE', 'Onion White', 'kg', 4000),
  { ...P('ONI-BAG', 'Onion Bag 10 kg', 'pack', 28000), size: { value: 10, unit: 'kg' as const } },
  P('CAPS-GREEN', 'Capsicum Green', 'kg', 8000),
  P('CAPS-RED', 'Capsicum Red', 'kg', 22000),
  P('CAPS-YELLOW', 'Capsicum Yellow', 'kg', 22000),
  P('CHILLI-GREEN', 'Green Chilli', 'kg', 7000),
  P('CHILLI-RED', 'Red Chilli Fresh', 'kg', 12000),
  P('APPLE-RED', 'Apple Red', 'kg', 16000),
  P('APPLE-GREEN', 'Apple Green', 'kg', 16000),
  P('LET-ICE', 'Lettuce Iceberg', 'pc', 6000),
  P('LET-ROM', 'Lettuce Romaine', 'pc', 7000),
  P('PEPPER-BLACK', 'Black Pepper 100 g', 'pack', 9000),
])

const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('goods sold only in colours, ordered with none', () => {
  it.each([
    ['Onion 10kg', 'ONI-RED', 10],
    ['onions - 25 kg', 'ONI-RED', 25],
    ['5kg onion', 'ONI-RED', 5],
    ['Capsicums 2kg', 'CAPS-GREEN', 2],
    ['capsicum 3 kilo', 'CAPS-GREEN', 3],
    ['Chillies 1kg', 'CHILLI-GREEN', 1],
    // words that only describe the goods do not stop it
    ['Onion 10kg medium', 'ONI-RED', 10],
    ['capsicum fresh 2kg', 'CAPS-GREEN', 2],
  ])('%s is the ordinary kind, the cheapest', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'kg']])
    expect(understand(text, index).lines[0]!.confidence).toBe(0.75)
  })

  it('a bare count is of the usual colour too, not of the bag beside them', () => {
    expect(lines('Onion: 5')).toEqual([['ONI-RED', 5, 'kg']])
    expect(lines('onion 2 bags')).toEqual([['ONI-BAG', 2, 'pack']])
  })

  it('a colour said is that colour', () => {
    expect(lines('Onion white 3kg')).toEqual([['ONI-WHITE', 3, 'kg']])
    expect(lines('red capsicum 1 kg')).toEqual([['CAPS-RED', 1, 'kg']])
  })

  it('asks when the colours cost the same, or the kinds are no colours', () => {
    expect(understand('Apples 5kg', index).lines[0]!.sku).toBeNull()
    expect(understand('Lettuce 6 heads', index).lines[0]!.sku).toBeNull()
  })

  it('a product found through the dictionary is no colour of the goods said', () => {
    expect(understand('pepper 2kg', index).lines[0]!.sku).toBeNull()
  })
})
