// Questions the bot has no answer for ("Sind die Brötchen von heute?", "Geht das bis morgen früh?") are marked as
// questions, for a person at the shop, never "did not understand"; stock questions typed as people type and speak
// them ("hab ihr", "habts", "hamse") are stock questions; "macht ihr …?" is a question, never a yes.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BROT', 'Bauernbrot 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Brot']),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln']),
  P('BROETCHEN', 'Brötchen', 'pc', null, ['Semmel', 'Semmeln']),
  P('SPARGEL', 'Spargel weiß', 'kg', null, ['Spargel']),
  P('ERDBEEREN', 'Erdbeeren Schale 500 g', 'pack', { value: 500, unit: 'g' }, ['Erdbeeren']),
  P('KAESE', 'Bergkäse', 'kg', null, ['Käse']),
  P('BREAD', 'Bread', 'pc'),
])
const u = (text: string) => understand(text, index)

describe('a question about goods or the order that only the shop can answer', () => {
  it.each([
    'Geht das bis morgen früh?',
    'Sind die Brötchen von heute?',
    'ist das brot glutenfrei?',
    'ist der käse aus rohmilch?',
    'wo seid ihr genau?',
    'is the bread fresh today?',
    'macht ihr auch Torten?',
  ])('%s', (text) => expect(u(text)).toMatchObject({ intent: 'other', question: true, lines: [] }))
})

describe('"macht"/"schickt" put first with its subject asks; it is no yes', () => {
  it.each(['macht ihr auch belegte Brötchen?', 'schickt ihr auch nach Hause?', 'Macht ihr Torten?'])(
    '%s',
    (text) => expect(u(text).intent).not.toBe('confirm'),
  )
})

describe('stock questions as they are typed and spoken', () => {
  it.each([
    'hab ihr noch spargel?',
    'hi hab ihr noch Erdbeeren',
    'habts no Spargel?',
    'ham Sie noch Erdbeeren?',
    'hamse noch Brezeln',
    'moin, hat ihr noch Käse?',
    'habe ihr noch Brot',
  ])('%s', (text) => expect(u(text)).toMatchObject({ intent: 'price', lines: [] }))
})
