// Hindi ends a clause with its verb, said once for all the goods of the clause: a removal verb at the end takes
// out every bare item before it, and a clause that ends in its own verb of giving is ordered, whatever was taken
// out before it.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('PYAZ', 'Pyaz (Onion)', 'kg', null, ['pyaz', 'pyaaz']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('DAHI', 'Amul Masti Dahi 400 g', 'pack', { value: 400, unit: 'g' }, ['dahi', 'curd']),
  P('PANEER', 'Amul Paneer 200 g', 'pack', { value: 200, unit: 'g' }, ['paneer']),
])
const cart = { cartSkus: ['ALOO', 'PYAZ', 'DAHI', 'PANEER'] }
const ops = (text: string, context = cart) =>
  understand(text, index, context)
    .lines.map((l) => `${l.op} ${l.sku}${l.counted ? ` ${l.qty} ${l.unit}` : ''}`)
    .join(', ')

describe('a removal verb at the end of the clause takes out all the bare goods before it', () => {
  it.each([
    ['pyaz aur aloo hata do', 'remove PYAZ, remove ALOO'],
    ['pyaz aur aloo dono hatao', 'remove PYAZ, remove ALOO'],
    ['dahi, paneer nikal do', 'remove DAHI, remove PANEER'],
    ['aloo aur dahi mat bhejna bhaiya', 'remove ALOO, remove DAHI'],
    ['प्याज़ और आलू हटा दो', 'remove PYAZ, remove ALOO'],
    ['paneer aur dahi cancel kar do', 'remove PANEER, remove DAHI'],
  ])('%s', (text, want) => expect(ops(text)).toBe(want))

  it('goods counted before it are not part of the removal', () => {
    expect(ops('tamatar aur aloo hata do')).toBe('remove TOMATO, remove ALOO')
    expect(ops('2 kg pyaz aur aloo hata do')).toBe('add PYAZ 2 kg, remove ALOO')
  })
})

describe('after a removal that ended its clause, what follows is not taken out', () => {
  it.each([
    ['pyaz hatao aur 2 kg aloo', 'remove PYAZ, add ALOO 2 kg'],
    ['dahi nikal do, 1 kg tamatar', 'remove DAHI, add TOMATO 1 kg'],
    ['paneer hata do aur ek kilo pyaz', 'remove PANEER, add PYAZ 1 kg'],
  ])('%s', (text, want) => expect(ops(text)).toBe(want))

  it('bare goods with "bhi" (also) share the removal before them; counted ones are ordered', () => {
    expect(ops('pyaz hata do aur aloo bhi')).toBe('remove PYAZ, remove ALOO')
    expect(ops('pyaz hatao aur 1 kg tamatar bhi')).toBe('remove PYAZ, add TOMATO 1 kg')
  })
})

describe('a never-mind before goods with a verb of giving orders them', () => {
  it.each([
    ['rehne do 3 kilo tamatar de do', 'add TOMATO 3 kg'],
    ['acha rehne do, 2 kg aloo bhej do', 'add ALOO 2 kg'],
    ['chhodo ek dahi de dena', 'add DAHI 1 pack'],
    ['रहने दो 3 किलो टमाटर दे दो', 'add TOMATO 3 kg'],
  ])('%s', (text, want) => {
    expect(ops(text, { cartSkus: [] })).toBe(want)
    expect(understand(text, index).unmatched).toEqual([])
  })

  it('an item left out and another given in one message', () => {
    expect(ops('aloo rehne do 2 kg tamatar de do')).toBe('remove ALOO, add TOMATO 2 kg')
  })

  it('"rehne do" after its item still leaves it out, in either script', () => {
    expect(ops('pyaz rehne do ek kilo tamatar bhej do')).toBe('remove PYAZ, add TOMATO 1 kg')
    expect(ops('pyaz rahne do')).toBe('remove PYAZ')
    expect(ops('प्याज़ रहने दो')).toBe('remove PYAZ')
  })
})

describe('"jaane do" (let it go) is a never-mind like "rehne do"', () => {
  it.each([
    ['pyaz jaane do', 'remove PYAZ'],
    ['dahi jane do bhaiya', 'remove DAHI'],
    ['pyaz aur aloo jane do', 'remove PYAZ, remove ALOO'],
    ['प्याज़ जाने दो', 'remove PYAZ'],
  ])('%s', (text, want) => expect(ops(text)).toBe(want))

  it.each([
    ['jane do 1 kg aloo chahiye', 'add ALOO 1 kg'],
    ['jaane do, 2 kilo tamatar bhej do', 'add TOMATO 2 kg'],
  ])('%s: goods after it with a verb of giving are ordered', (text, want) => {
    expect(ops(text, { cartSkus: [] })).toBe(want)
    expect(understand(text, index).unmatched).toEqual([])
  })
})
