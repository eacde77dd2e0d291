// A better price asked for is the owner's to agree: handed to a person, never goods ordered nor a price read out.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ONI-BAG', 'Onion Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('TOM', 'Tomato', 'kg', null, ['tamatar']),
  P('POT', 'Potato', 'kg', null),
  P('KISTE', 'Äpfel Kiste 10 kg', 'pack', { value: 10, unit: 'kg' }),
])

describe('bargaining over the price', () => {
  it.each([
    'Can you do a better price on the onion bags if we take 10 a week?',
    'can we get a discount on tomatoes',
    'can you give us a better rate for potatoes',
    'tamatar ka rate thoda kam karo',
    'Gibt es Rabatt bei 10 Kisten?',
  ])('%s', (text) => {
    const u = understand(text, index)
    expect(u.intent).toBe('human')
    expect(u.lines).toEqual([])
  })
})

describe('a bargain in a clause after the order', () => {
  it.each([
    ['2 kg tomato, can you do a better price', [['TOM', 2, 'kg']]],
    ['2 kg tamatar, rate kam karo', [['TOM', 2, 'kg']]],
    ['3 kg tomato and can we get a discount', [['TOM', 3, 'kg']]],
    ['2 Kisten Äpfel, gibt es Rabatt?', [['KISTE', 2, 'pack']]],
  ])('%s', (text, lines) => {
    const u = understand(text, index)
    expect(u.intent).toBe('order')
    expect(u.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual(lines)
    // the bargain still reaches the owner
    expect(u.question).toBe(true)
  })
})
