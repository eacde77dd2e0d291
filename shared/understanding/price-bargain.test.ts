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
