// A short closing greeting with the sender's name, joined to the thanks by "&" or "und" ("Danke & LG Sabine"): no
// goods the shop lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('KAISER', 'Kaisersemmel', 'pc'),
  P('BREZE', 'Brezel', 'pc', null, ['Brezeln', 'Brezn']),
])
const read = (text: string) => {
  const u = understand(text, index)
  return { lines: u.lines.map((l) => [l.sku, l.qty]), unmatched: u.unmatched }
}

describe('the greeting and name after "&" or "und" are no goods', () => {
  it.each([
    ['6 Kaisersemmeln\nDanke & LG Sabine', [['KAISER', 6]]],
    ['4 brezn\ndanke und VG Thomas', [['BREZE', 4]]],
    ['2 Brezeln bitte. Danke & MfG Müller', [['BREZE', 2]]],
  ])('%s', (text, want) => expect(read(text)).toEqual({ lines: want, unmatched: [] }))
})

describe('thanks and goodbye in pieces of their own are no goods', () => {
  it.each([
    ['2 Brezeln, vielen Dank & MfG Müller', [['BREZE', 2]]],
    ['2 brezeln, danke und tschüss', [['BREZE', 2]]],
    ['4 Kaisersemmeln und tausend Dank, ciao', [['KAISER', 4]]],
  ])('%s', (text, want) => expect(read(text)).toEqual({ lines: want, unmatched: [] }))
})
