// A crate, peti or tray of eggs is the trade's tray of 30, never one of the small packs the goods matched first.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const withTray = buildCatalogIndex([
  P('EGG-6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['ande', 'anda']),
  P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }, ['ande', 'anda', 'tray']),
  P('COKE', 'Coca-Cola 750 ml', 'pc', { value: 750, unit: 'ml' }, ['coke']),
  P('TOMATO', 'Tomato', 'kg'),
])
const sixesOnly = buildCatalogIndex([
  P('EGG-6', 'Farm Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['ande']),
  P('BREAD', 'Bread 400 g', 'pack', { value: 400, unit: 'g' }),
])

const line = (text: string, index: ReturnType<typeof buildCatalogIndex>) => {
  const l = understand(text, index).lines[0]!
  return [l.sku, l.qty, l.unit]
}

describe('a crate of eggs is a tray of 30', () => {
  it.each([
    ['1 crate eggs', 1],
    ['2 crates of eggs', 2],
    ['ek peti ande', 1],
    ['eggs 1 crate pls', 1],
    ['send 3 peti anda', 3],
  ])('"%s" is the shop\'s 30-egg tray, so many of it', (text, n) => {
    expect(line(text, withTray)).toEqual(['EGG-30', n, 'pack'])
  })

  it.each([
    ['1 tray eggs', 5],
    ['2 trays of eggs', 10],
    ['ande 1 tray', 5],
  ])('"%s" with only 6-egg packs is as many packs as make the trays', (text, packs) => {
    expect(line(text, sixesOnly)).toEqual(['EGG-6', packs, 'pack'])
  })

  it.each(['1 crate eggs', '2 crates of eggs', 'ek peti ande'])(
    '"%s" with no tray and no crate in the shop is asked about, not one small pack',
    (text) => {
      const l = understand(text, sixesOnly).lines[0]!
      expect(l.container).toBe('crate')
    },
  )
})
