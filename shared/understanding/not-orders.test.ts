// Messages that order nothing: commands to a phone or an assistant, and bare words the shop does not sell as
// goods. They are not order lines, and not "we don't have X" either.
import { describe, expect, it } from 'vitest'
import type { Product } from '../domain'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'

const P = (sku: string, name: string, category: string, aliases: string[] = []): Product => ({
  ...testProduct(sku, name, 'pack', null, aliases),
  category,
})
// Words the catalog only uses inside names of unrelated goods: "New", "Music", "Stop", "Leather"
const index = buildCatalogIndex([
  P('DIAPER', 'Pampers New Extra Large', 'Baby Care'),
  P('PERFUME', 'Playboy New York Set', 'Fragrances'),
  P('WIPES', 'Huggies New Born Wipes', 'Baby Care / Wipes'),
  P('TOY', 'Pet Chew Toy - Music Rubber Dog', 'Pets'),
  P('NOTEBOOK', 'Master Of Music Single Line Note Book', 'Stationery'),
  P('TABLETS', 'Charak STOP-IBS Tablets', 'Health'),
  P('LOTION', 'Non-Stop Moisturizing Body Lotion', 'Skin Care'),
  P('CLEANER', 'Weiman Leather Cleaner', 'Household'),
  P('POLISH', 'Kiwi Polish - Black Leather', 'Shoe Care'),
  P('MILK', 'Amul Taaza Milk 500 ml', 'Dairy', ['doodh']),
  P('MILK-1L', 'Amul Taaza Milk 1 l', 'Dairy'),
  P('BASMATI-1', 'India Gate Basmati Rice 1 kg', 'Rice'),
  P('BASMATI-5', 'Daawat Basmati Rice 5 kg', 'Rice'),
  P('ENO-1', 'Eno Fruit Salt Lemon', 'Health'),
  P('ENO-2', 'Eno Fruit Salt Regular', 'Health'),
])
const u = (text: string) => understand(text, index)

describe('commands to a device order nothing', () => {
  it.each([
    'play music',
    'play some music',
    'set an alarm for six',
    'turn on the lights',
    'open youtube',
    'dim lights',
    'remind me tomorrow',
    'sing a song',
    'shuffle my playlist',
    'olly play music from my favourite pianist',
  ])('%s', (text) => {
    const r = u(text)
    expect(r.intent).toBe('other')
    expect(r.lines).toEqual([])
    expect(r.unmatched).toEqual([])
  })
})

describe('a bare word the catalog only uses inside names of other goods is not an order', () => {
  it.each(['news', 'news please', 'music', 'stop', 'weather', 'weather today', 'news updates'])(
    '%s',
    (text) => {
      const r = u(text)
      expect(r.intent).toBe('other')
      expect(r.lines).toEqual([])
      expect(r.unmatched).toEqual([])
    },
  )

  it('"good night" is a goodbye', () => {
    expect(u('good night').intent).toBe('greeting')
  })
})

describe('bare goods are still orders', () => {
  it.each([
    ['milk', ['MILK', 'MILK-1L']],
    ['doodh', ['MILK', 'MILK-1L']],
    ['mlik', ['MILK', 'MILK-1L']],
    ['basmati', ['BASMATI-1', 'BASMATI-5']],
    ['eno', ['ENO-1', 'ENO-2']],
  ])('%s', (text, candidates) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines).toHaveLength(1)
    const l = r.lines[0]!
    expect(l.sku === null ? [...l.candidates].sort() : [l.sku]).toEqual(
      l.sku === null ? candidates : [expect.toBeOneOf(candidates)],
    )
  })

  it('a command verb with a quantity or a unit after it is not a device command', () => {
    expect(u('set of 2 glasses').intent).toBe('order')
    expect(u('play 2 kg').intent).toBe('order')
  })
})

describe('a device verb at the end of an item name is part of the name', () => {
  const shop = buildCatalogIndex([
    P('COOKWARE', 'Prestige Cookware Set', 'Kitchen'),
    P('GLASS', 'Glass Set 6 pcs', 'Kitchen'),
  ])
  it.each(['cookware set', 'glass set, 2 cookware set', 'set'])('%s', (text) => {
    expect(understand(text, shop).intent).toBe('order')
  })
})
