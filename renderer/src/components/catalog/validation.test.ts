import { describe, expect, test } from 'vitest'
import { ApiCallError } from '../../api/client'
import { fieldError, parseAliases, parsePrice, parseSizeText, parseStock } from './validation'

describe('what the shopkeeper types', () => {
  test.each([
    ['52.50', 5250],
    ['52,5', 5250],
    ['₹ 1,200', 120000],
    ['40', 4000],
  ])('price %s is %i minor units', (text, minor) => {
    expect(parsePrice(text)).toEqual({ ok: true, value: minor })
  })

  test('bad prices are explained', () => {
    expect(parsePrice('abc')).toEqual({ ok: false, message: 'Price must be a number like 52.50' })
    expect(parsePrice('4O')).toEqual({ ok: false, message: 'Price must be a number like 52.50' })
    expect(parsePrice('-3')).toEqual({ ok: false, message: 'Price cannot be negative' })
    expect(parsePrice(' ')).toMatchObject({ ok: false })
  })

  test('stock: empty means not counted', () => {
    expect(parseStock('')).toEqual({ ok: true, value: null })
    expect(parseStock('2,5')).toEqual({ ok: true, value: 2.5 })
    expect(parseStock('-1')).toEqual({ ok: false, message: 'Stock cannot be negative' })
    expect(parseStock('lots')).toMatchObject({ ok: false })
  })

  test('size and aliases', () => {
    expect(parseSizeText('2 x 500 g')).toEqual({ ok: true, value: { value: 1000, unit: 'g' } })
    expect(parseSizeText('')).toEqual({ ok: true, value: null })
    expect(parseSizeText('big')).toMatchObject({ ok: false })
    expect(parseAliases('aloo, batata | Kartoffel,,')).toEqual(['aloo', 'batata', 'Kartoffel'])
  })
})

describe('server errors land by their field', () => {
  test('argument errors carry the path in details', () => {
    const err = new ApiCallError({
      code: 'invalid_args',
      message: 'product.name: Name is required',
      details: [{ path: ['product', 'name'], message: 'Name is required' }],
    })
    expect(fieldError(err)).toEqual({ field: 'name', message: 'Name is required' })
  })

  test('zod wording becomes plain words', () => {
    const err = new ApiCallError({
      code: 'invalid_args',
      message: 'product.category: Too small: expected string to have >=1 characters',
      details: [
        { path: ['product', 'category'], message: 'Too small: expected string to have >=1 characters' },
      ],
    })
    expect(fieldError(err)).toEqual({ field: 'category', message: 'Category is required' })
  })

  test('a whole-product check names the field in the message', () => {
    const err = new ApiCallError({
      code: 'invalid_args',
      message: 'size.value: Too small: expected number to be >0',
    })
    expect(fieldError(err)).toEqual({ field: 'size', message: 'Size must be more than 0' })
  })

  test('a taken SKU is about the SKU; anything else is for the whole form', () => {
    expect(fieldError(new ApiCallError({ code: 'conflict', message: 'SKU "A" already exists' }))).toEqual({
      field: 'sku',
      message: 'SKU "A" already exists',
    })
    expect(fieldError(new Error('The connection to CounterChat was lost.'))).toEqual({
      field: null,
      message: 'The connection to CounterChat was lost.',
    })
  })
})
