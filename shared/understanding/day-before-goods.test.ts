// Hindi says the day first and the verb of giving last: the words between are goods, not talk of when.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
  P('DAHI', 'Amul Masti Dahi 400 g', 'pack', { value: 400, unit: 'g' }, ['dahi']),
  P('EGG', 'Eggs', 'pc', null, ['ande', 'anda']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.op, l.sku])

describe('a day or time, then goods with no amount, then a verb of giving, orders the goods', () => {
  it.each([
    ['kal subah doodh bhej dena', 'MILK'],
    ['kal subah doodh chahiye', 'MILK'],
    ['कल सुबह दूध भेज देना', 'MILK'],
    ['subah ande bhej dena bhaiya', 'EGG'],
    ['aaj shaam tak dahi de jana', 'DAHI'],
    ['kal bread le aana', 'BREAD'],
    ['parso aloo bhejna', 'ALOO'],
  ])('%s', (text, sku) => {
    expect(u(text).intent).toBe('order')
    expect(lines(text)).toEqual([['add', sku]])
  })

  it.each(['aaj doodh mat bhejna', 'kal ande nahi chahiye'])('%s takes them out', (text) => {
    expect(lines(text).map(([op]) => op)).toEqual(['remove'])
  })

  it.each([
    'kal bhej dena',
    'kal subah jaldi bhej dena',
    'shaam tak bhej dena',
    'kal subah 7 baje tak bhej dena',
  ])('%s, with no goods between, is still a yes', (text) => {
    expect(u(text).intent).toBe('confirm')
    expect(u(text).lines).toEqual([])
  })

  it.each(['kal call kar dena', 'kal bata dena'])('%s, another verb, names no goods', (text) => {
    expect(u(text).lines).toEqual([])
  })
})
