import { describe, expect, it } from 'vitest'
import { exactCategory, matchCategories } from './category-match'

const CATS = [
  { name: 'Dairy', count: 12 },
  { name: 'Fruits & Vegetables', count: 40 },
  { name: 'Vegetables, frozen', count: 3 },
  { name: 'Gemüse', count: 9 },
  { name: 'Baby care', count: 2 },
  { name: 'Snacks', count: 20 },
  { name: 'Sweets & Snacks', count: 5 },
]

describe('matchCategories', () => {
  it('puts names starting with the text first, then a word starting with it, then anywhere', () => {
    expect(matchCategories(CATS, 'veg').map((c) => c.name)).toEqual([
      'Vegetables, frozen',
      'Fruits & Vegetables',
    ])
    expect(matchCategories(CATS, 'snack').map((c) => c.name)).toEqual(['Snacks', 'Sweets & Snacks'])
    expect(matchCategories(CATS, 'ai').map((c) => c.name)).toEqual(['Dairy'])
  })

  it('ignores case, accents and extra spaces', () => {
    expect(matchCategories(CATS, 'GEMUSE').map((c) => c.name)).toEqual(['Gemüse'])
    expect(matchCategories(CATS, '  baby   CARE ').map((c) => c.name)).toEqual(['Baby care'])
  })

  it('lists everything for an empty text, busiest first, and nothing for a text no category has', () => {
    expect(matchCategories(CATS, '').map((c) => c.name)).toEqual([
      'Fruits & Vegetables',
      'Snacks',
      'Dairy',
      'Gemüse',
      'Sweets & Snacks',
      'Vegetables, frozen',
      'Baby care',
    ])
    expect(matchCategories(CATS, 'hardware')).toEqual([])
  })
})

describe('exactCategory', () => {
  it('finds the category the text names, whatever its case or accents, so no near-duplicate is created', () => {
    expect(exactCategory(CATS, 'dairy')?.name).toBe('Dairy')
    expect(exactCategory(CATS, 'gemuse')?.name).toBe('Gemüse')
    expect(exactCategory(CATS, 'Dair')).toBeNull()
    expect(exactCategory(CATS, '  ')).toBeNull()
  })
})
