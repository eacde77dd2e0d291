import { describe, expect, it } from 'vitest'
import { lowerBound, stem, words } from './text'

describe('words', () => {
  it('cuts ASCII text on anything but letters and digits, in lower case', () => {
    expect(words('2 KG Aloo, 1 amul-butter 500g!!')).toEqual([
      '2',
      'kg',
      'aloo',
      '1',
      'amul',
      'butter',
      '500g',
    ])
    expect(words('  --Tata_Salt/1kg  ')).toEqual(['tata', 'salt', '1kg'])
    expect(words('Z9a`b{c@d[e')).toEqual(['z9a', 'b', 'c', 'd', 'e'])
    expect(words('...')).toEqual([])
    expect(words('')).toEqual([])
  })

  it('folds accents and keeps the letters of every script when the text is not ASCII', () => {
    expect(words('2 Brötchen, 1 Weißbrot')).toEqual(['2', 'brotchen', '1', 'weissbrot'])
    expect(words('२ kg, १२ Stück')).toEqual(['२', 'kg', '१२', 'stuck'])
    expect(words('Éclair×2')).toEqual(['eclair', '2'])
  })
})

describe('stem', () => {
  it('takes the plural ending off English and a few German words', () => {
    expect(stem('tomatoes')).toBe('tomato')
    expect(stem('berries')).toBe('berry')
    expect(stem('boxes')).toBe('box')
    expect(stem('peaches')).toBe('peach')
    expect(stem('eggs')).toBe('egg')
    expect(stem('brezels')).toBe('brezel')
  })

  it('leaves short words, words with digits and words that only look plural alone', () => {
    for (const w of ['gas', 'bus', 'glass', 'citrus', 'tulsi', '500gms', 'x2s', 'basis', 'rice', 'dal'])
      expect(stem(w), w).toBe(w)
  })
})

describe('lowerBound', () => {
  it('finds where the words that begin with a key start in a sorted list', () => {
    const sorted = ['aloo', 'amul', 'amulya', 'bread', 'butter']
    expect(lowerBound(sorted, 'amu')).toBe(1)
    expect(lowerBound(sorted, 'b')).toBe(3)
    expect(lowerBound(sorted, 'a')).toBe(0)
    expect(lowerBound(sorted, 'zz')).toBe(5)
    expect(lowerBound([], 'x')).toBe(0)
  })
})
