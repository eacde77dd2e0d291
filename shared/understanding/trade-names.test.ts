// A produce supplier's goods by the names of the trade's other countries, where a name is two words or more:
// the catalog says "Spring Onion Bunch", the kitchen writes "scallions" or "green onion".
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg'),
  P('SPRING-ONI', 'Spring Onion Bunch', 'pc'),
  P('ONI', 'Onion Red', 'kg'),
  P('CAPS-GREEN', 'Capsicum Green', 'kg'),
  P('CAPS-RED', 'Capsicum Red', 'kg'),
  P('OKRA', 'Okra', 'kg'),
  P('CORN', 'Sweet Corn', 'pc'),
  P('MUSK', 'Muskmelon', 'kg'),
  P('ZUC', 'Zucchini Green', 'kg'),
  P('CHICK', 'Chickpeas 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('BEANS', 'French Beans', 'kg'),
])

const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('another name of the same produce, in two words or one', () => {
  it.each([
    ['Scallions 5 bunch', 'SPRING-ONI', 5, 'pc'],
    ['Green onion 6 bunches', 'SPRING-ONI', 6, 'pc'],
    ['salad onions x 4', 'SPRING-ONI', 4, 'pc'],
    ['Bell pepper red 2kg', 'CAPS-RED', 2, 'kg'],
    ['red bell peppers 1kg', 'CAPS-RED', 1, 'kg'],
    ['Sweet pepper green - 3 kg', 'CAPS-GREEN', 3, 'kg'],
    ['Lady finger 3kg', 'OKRA', 3, 'kg'],
    ['ladies fingers 2 kgs', 'OKRA', 2, 'kg'],
    ['Corn on the cob 12', 'CORN', 12, 'pc'],
    ['mielies x 10', 'CORN', 10, 'pc'],
    ['Rock melon 4kg', 'MUSK', 4, 'kg'],
    ['baby marrow 2kg', 'ZUC', 2, 'kg'],
    ['garbanzo beans 3 kg', 'CHICK', 3, 'kg'],
  ])('%s', (text, sku, qty, unit) => {
    expect(lines(text)).toEqual([[sku, qty, unit]])
  })

  it('reads a name among the other lines of a list', () => {
    expect(lines('Tomato 5kg\nScallions 10 bunches\nBell pepper green 2kg')).toEqual([
      ['TOM', 5, 'kg'],
      ['SPRING-ONI', 10, 'pc'],
      ['CAPS-GREEN', 2, 'kg'],
    ])
  })

  it('keeps the name the catalog has, and leaves the bell of a door as talk', () => {
    const own = buildCatalogIndex([P('BELL-R', 'Bell Pepper Red', 'kg'), P('CAPS-R', 'Capsicum Red', 'kg')])
    expect(understand('bell pepper red 1kg', own).lines.map((l) => l.sku)).toEqual(['BELL-R'])
    expect(understand('please ring the bell', index).lines).toEqual([])
    expect(understand('green 2kg', index).lines.map((l) => l.sku)).not.toContain('SPRING-ONI')
  })
})
