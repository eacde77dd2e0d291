import { describe, expect, it } from 'vitest'
import { convert, parseSize, formatQuantity } from './units'

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
