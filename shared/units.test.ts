import { describe, expect, it } from 'vitest'
import { convert, packIs, parseSize, formatQuantity } from './units'

describe('units', () => {
  it('converts within a dimension only', () => {
    expect(convert({ value: 500, unit: 'g' }, 'kg')).toBe(0.5)
    expect(convert({ value: 1, unit: 'l' }, 'ml')).toBe(1000)
    expect(convert({ value: 2, unit: 'dozen' }, 'pc')).toBe(24)
    expect(convert({ value: 1, unit: 'kg' }, 'l')).toBeNull()
    expect(convert({ value: 1, unit: 'pack' }, 'pc')).toBeNull()
  })

  it.each([
    ['500 g', { value: 500, unit: 'g' }],
    ['1kg', { value: 1, unit: 'kg' }],
    ['1 L', { value: 1, unit: 'l' }],
    ['2 x 200 g', { value: 400, unit: 'g' }],
    ['1,5 kg', { value: 1.5, unit: 'kg' }],
    ['6 pcs', { value: 6, unit: 'pc' }],
  ])('parses pack size %s', (text, q) => {
    expect(parseSize(text)).toEqual(q)
  })

  it.each(['', 'big', '500 furlongs', 'g 500'])('rejects pack size %s', (text) => {
    expect(parseSize(text)).toBeNull()
  })

  it('formats quantities', () => {
    expect(formatQuantity({ value: 500, unit: 'g' })).toBe('500 g')
    expect(formatQuantity({ value: 0.25, unit: 'kg' })).toBe('0.25 kg')
  })
})

describe('packIs', () => {
  it('takes a pack as the size said in any unit of its dimension, within 1% of the pack', () => {
    expect(packIs({ value: 1000, unit: 'ml' }, { value: 1, unit: 'l' })).toBe(true)
    expect(packIs({ value: 0.5, unit: 'kg' }, { value: 500, unit: 'g' })).toBe(true)
    expect(packIs({ value: 500, unit: 'g' }, { value: 498, unit: 'g' })).toBe(true)
    expect(packIs({ value: 12, unit: 'pc' }, { value: 1, unit: 'dozen' })).toBe(true)
  })

  it('refuses another size, another dimension and a count of packs for a size', () => {
    expect(packIs({ value: 500, unit: 'g' }, { value: 490, unit: 'g' })).toBe(false)
    expect(packIs({ value: 100, unit: 'g' }, { value: 1, unit: 'kg' })).toBe(false)
    expect(packIs({ value: 1, unit: 'l' }, { value: 1, unit: 'kg' })).toBe(false)
    expect(packIs({ value: 6, unit: 'pc' }, { value: 6, unit: 'pack' })).toBe(false)
  })
})
