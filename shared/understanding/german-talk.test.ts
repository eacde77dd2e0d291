// The talk around a German order: whom it is for, greetings to the shop's people, thanks and parting wishes,
// "that's all" in its forms, and clock times said in words. None of it is an item, and the items beside it stay.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BAUER', 'Bauernbrot 1000 g', 'pc', { value: 1000, unit: 'g' }),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln']),
  P('BROETCHEN', 'Brötchen', 'pc'),
  P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }),
  P('KAESE', 'Bergkäse', 'kg'),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty])

describe('whom the order is for is not an item', () => {
  it.each([
    ['bitte für Müller: 2 Brezeln', [['BREZEL', 2]]],
    ['2 Brezeln für Frau Schmidt', [['BREZEL', 2]]],
    [
      'für Familie Weber 3 Brötchen und 1 Vollmilch',
      [
        ['BROETCHEN', 3],
        ['MILCH', 1],
      ],
    ],
    ['auf den Namen Meier bitte 2 Brötchen', [['BROETCHEN', 2]]],
    ['2 Brezeln for Mrs Rao', [['BREZEL', 2]]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a name after "auf den Namen" typed in lower case is whom the order is for', () => {
  it.each([
    ['bitte 3 brötchen auf den namen schulz', [['BROETCHEN', 3]]],
    ['unter dem namen anna krüger 2 brezeln', [['BREZEL', 2]]],
    [
      '2 vollmilch und 1 bauernbrot auf meinen namen weber, danke',
      [
        ['MILCH', 2],
        ['BAUER', 1],
      ],
    ],
    ['auf den namen frau öztürk bitte 4 brötchen', [['BROETCHEN', 4]]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})

describe('greetings to the shop, thanks and parting wishes around the items', () => {
  it.each([
    ['Hallo liebes Hofladen-Team, 2 Brezeln bitte', [['BREZEL', 2]]],
    ['Guten Morgen liebe Frau Huber, 3 Brötchen', [['BROETCHEN', 3]]],
    ['2 Brötchen. Danke und schönen Tag noch', [['BROETCHEN', 2]]],
    ['1 Vollmilch, schönes Wochenende!', [['MILCH', 1]]],
    ['2 Brezeln bitte. Vielen Dank und einen schönen Abend!', [['BREZEL', 2]]],
    ['2 Brezeln, have a nice day', [['BREZEL', 2]]],
    ['3 Brötchen, vielen Dank im Voraus', [['BROETCHEN', 3]]],
  ])('%s', (text, want) => {
    expect(u(text).intent).toBe('order')
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it.each(['Schönes Wochenende!', 'schönen Tag noch', 'Danke, bis später', 'have a nice day'])(
    '%s alone is thanks',
    (text) => expect(u(text).intent).toBe('thanks'),
  )
})

describe('a greeting and a sign-off typed with no comma around the goods (voice typing, WhatsApp)', () => {
  it.each([
    ['guten tag ich hätte gern 2 brezeln', [['BREZEL', 2]]],
    ['schönen guten Tag 3 Brötchen bitte', [['BROETCHEN', 3]]],
    ['gutn tag 1 vollmilch', [['MILCH', 1]]],
    ['5 brötchen vielen dank und liebe grüße peter', [['BROETCHEN', 5]]],
    ['2 brezeln lg anna', [['BREZEL', 2]]],
    [
      '1 Vollmilch und 2 Brezeln viele Grüße',
      [
        ['MILCH', 1],
        ['BREZEL', 2],
      ],
    ],
    ['300 g Bergkäse mfg Peter Müller', [['KAESE', 300]]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it.each(['Liebe Grüße, Anna', 'LG Peter', 'Viele Grüße', 'mfg Familie Weber', 'Best regards, Ravi'])(
    '%s alone signs off, as thanks do',
    (text) => expect(u(text).intent).toBe('thanks'),
  )
})

describe('giving in or agreeing before the goods ("na gut", "alles klar") is talk, not goods the shop lacks', () => {
  it.each([
    ['na gut, 2 Brezeln', [['BREZEL', 2]]],
    ['na schön, dann 3 Brötchen', [['BROETCHEN', 3]]],
    ['alles klar, 1 Vollmilch bitte', [['MILCH', 1]]],
    ['na dann 2 brezeln', [['BREZEL', 2]]],
    ['geht klar, noch 2 Brötchen', [['BROETCHEN', 2]]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it.each(['na gut', 'na schön', 'alles klar'])('%s alone is a yes', (text) =>
    expect(u(text).intent).toBe('confirm'),
  )
})

describe('"that is all" in its forms confirms', () => {
  it.each([
    'alles',
    'das wäre alles',
    'fertig',
    'das wars',
    "das war's",
    'nichts mehr',
    'sonst nix',
    "that's it",
  ])('%s', (text) => expect(u(text).intent).toBe('confirm'))
  it('a status question with "fertig" stays one', () => {
    expect(u('ist meine Bestellung fertig?').intent).toBe('status')
  })
})

describe('a clock time said in words is no quantity', () => {
  it.each([
    ['2 Brezeln, hole sie um halb 8 ab'],
    ['2 Brezeln, ich hole sie um viertel nach 5 ab'],
    ['2 Brezeln, hole es gegen viertel vor 6 ab'],
    ['2 Brezeln, hole es um dreiviertel 8 ab'],
    ['2 Brezeln, Abholung um 16:30'],
    ['2 Brezeln, Abholung um 16:30 Uhr'],
  ])('%s', (text) => {
    expect(lines(text)).toEqual([['BREZEL', 2]])
    expect(u(text).unmatched).toEqual([])
  })

  it('a half with no word of time before it is still a half', () => {
    expect(lines('ein halbes Kilo Bergkäse')).toEqual([['KAESE', 0.5]])
    expect(lines('einen halben Bergkäse')).toEqual([['KAESE', 0.5]])
  })
})

describe('German shop abbreviations and loaves are units', () => {
  it.each([
    ['2 St. Brezeln', [['BREZEL', 2]]],
    ['2 Stk Brezeln', [['BREZEL', 2]]],
    ['ein Laib Bauernbrot', [['BAUER', 1]]],
    ['2 Laibe Bauernbrot', [['BAUER', 2]]],
    ['2 Fl. Vollmilch', [['MILCH', 2]]],
    [
      '1 Pck. Vollmilch, 3 Brötchen',
      [
        ['MILCH', 1],
        ['BROETCHEN', 3],
      ],
    ],
    ['2 Pkg Vollmilch', [['MILCH', 2]]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})

describe("a bread roll by its regional name finds the shop's Brötchen without an alias", () => {
  const rolls = buildCatalogIndex([P('ROLL', 'Brötchen', 'pc'), P('LOAF', 'Bauernbrot', 'pc')])
  it.each(['4 Rundstücke bitte', '2 Semmeln', '3 Schrippen', '2 Weckle', 'a Weckerl'])('%s', (text) => {
    expect(understand(text, rolls).lines.map((l) => l.sku)).toEqual(['ROLL'])
  })
})

describe("a vegetable by its other German name finds the shop's", () => {
  const veg = buildCatalogIndex([
    P('POT', 'Kartoffeln festkochend', 'kg'),
    P('TOM', 'Tomaten', 'kg'),
    P('CAR', 'Möhren', 'kg'),
    P('CAULI', 'Karfiol', 'pc'),
    P('LEEK', 'Porree', 'pc'),
  ])
  it.each([
    ['2 kg Erdäpfel', 'POT'],
    ['1 kg Paradeiser', 'TOM'],
    ['2 kg Karotten', 'CAR'],
    ['1 kg Rüebli', 'CAR'],
    ['1 Blumenkohl', 'CAULI'],
    ['2 Lauch', 'LEEK'],
  ])('%s', (text, sku) => {
    expect(understand(text, veg).lines.map((l) => l.sku)).toEqual([sku])
  })
})
