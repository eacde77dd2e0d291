// German requests whose verb comes at the end of a long sentence, German dialect spellings of goods and of "and",
// and other everyday German around a Hofladen order. Each rule is tried with several wordings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand, type ConversationContext } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BROT-GROSS', 'Bauernbrot groß 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Bauernbrot', 'Brot']),
  P('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', { value: 500, unit: 'g' }, ['Bauernbrot', 'Brot']),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln', 'Breze', 'Brezn']),
  P('BROETCHEN', 'Brötchen', 'pc', null, ['Semmel', 'Semmeln', 'Schrippen', 'Weckle']),
  P('LAUGEN', 'Laugenstange', 'pc', null, ['Laugenstangen']),
  P('KAESE', 'Bergkäse', 'kg', null, ['Käse']),
  P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']),
  P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }, ['Butter']),
  P('JOGHURT', 'Joghurt Becher 500 g', 'pc', { value: 500, unit: 'g' }, ['Joghurt']),
  P('ERDBEEREN', 'Erdbeeren Schale 500 g', 'pack', { value: 500, unit: 'g' }, ['Erdbeeren']),
  P('MARM-ERDBEER', 'Marmelade Erdbeer 250 g', 'pc', { value: 250, unit: 'g' }, ['Erdbeermarmelade']),
  P('MARM-KIRSCH', 'Marmelade Kirsch 250 g', 'pc', { value: 250, unit: 'g' }, ['Kirschmarmelade']),
  P('JOGHURT-ERDBEER', 'Joghurt Erdbeer 150 g', 'pc', { value: 150, unit: 'g' }),
])
const u = (text: string, ctx: ConversationContext = {}) => understand(text, index, ctx)
const ops = (text: string, ctx: ConversationContext = {}) =>
  u(text, ctx).lines.map((l) => [l.sku, l.op ?? 'add', l.qty])

describe('a request whose verb ends a list cut by commas orders every item of the list', () => {
  it.each([
    [
      'könnt ihr mir 8 Brötchen, 4 Brezeln einpacken?',
      [
        ['BROETCHEN', 'add', 8],
        ['BREZEL', 'add', 4],
      ],
    ],
    [
      'Könnten Sie mir 2 Laugenstangen, 1 Butter zurücklegen?',
      [
        ['LAUGEN', 'add', 2],
        ['BUTTER', 'add', 1],
      ],
    ],
    [
      'kannst du mir 3 Brezeln, 2 Milch, 1 Joghurt einpacken',
      [
        ['BREZEL', 'add', 3],
        ['MILCH', 'add', 2],
        ['JOGHURT', 'add', 1],
      ],
    ],
    [
      'Hallo, könntet ihr mir für Samstag 6 Semmeln, 2 Brezn und 1 Butter zur Seite legen? Danke!',
      [
        ['BROETCHEN', 'add', 6],
        ['BREZEL', 'add', 2],
        ['BUTTER', 'add', 1],
      ],
    ],
  ])('%s', (text, lines) => expect(ops(text)).toEqual(lines))

  it('a question about the shop before a list stays a question', () => {
    expect(ops('wie lange habt ihr offen, 2 Brötchen bitte')).toEqual([['BROETCHEN', 'add', 2]])
  })
})

describe('"nothing after all" in German takes the whole cart back', () => {
  const cart = { cartSkus: ['BROETCHEN', 'MILCH'] }
  it.each([
    'doch nichts',
    'ach, vergiss es, doch nichts',
    'lieber doch nix',
    'ich nehme doch nichts',
    'nee, lass gut sein',
    'ach nee, dann doch gar nichts',
  ])('%s', (text) => expect(u(text, cart).intent).toBe('cancel'))

  it('goods the shop does not sell, taken back, leave the cart as it is', () => {
    expect(u('Cola doch nicht', cart).intent).toBe('order')
  })
  it('"nothing more" is no cancel', () => {
    expect(u('doch nichts mehr dazu', cart).intent).not.toBe('cancel')
  })
})

describe('the diminutives of the South find the goods they make small', () => {
  it.each([
    ['2 Brezla', 'BREZEL', 2],
    ['2 Butterle', 'BUTTER', 2],
    ['3 Joghurtle', 'JOGHURT', 3],
  ])('%s', (text, sku, qty) => expect(ops(text)).toEqual([[sku, 'add', qty]]))
})

describe('Swabian "ond" joins two items as "und" does', () => {
  it.each([
    [
      '5 Weckle ond 2 Brezn',
      [
        ['BROETCHEN', 'add', 5],
        ['BREZEL', 'add', 2],
      ],
    ],
    [
      'i hätt gern a Butter ond 2 Milch',
      [
        ['BUTTER', 'add', 1],
        ['MILCH', 'add', 2],
      ],
    ],
  ])('%s', (text, lines) => expect(ops(text)).toEqual(lines))
})

describe("a variety said in place of a cart line's variety is those goods of the other variety", () => {
  const jam = { cartSkus: ['MARM-KIRSCH'] }
  it.each([
    'nicht Kirsch sondern Erdbeer',
    'keine Kirsch, sondern Erdbeer',
    'doch Erdbeer statt Kirsch',
    'die Kirsch gegen Erdbeer tauschen',
  ])('%s', (text) =>
    expect(ops(text, jam)).toEqual([
      ['MARM-ERDBEER', 'set', 1],
      ['MARM-KIRSCH', 'remove', 1],
    ]),
  )

  it('other goods said in place of a line are those goods', () => {
    expect(ops('statt Butter lieber Erdbeeren', { cartSkus: ['BUTTER'] })[0]).toEqual(['ERDBEEREN', 'set', 1])
  })
})

describe('dialect number words count as the standard ones', () => {
  it.each([
    ['Zwee Schrippen', 'BROETCHEN', 2],
    ['zwää Weckle', 'BROETCHEN', 2],
    ['zwoi Brezn', 'BREZEL', 2],
    ['fünfe Semmeln', 'BROETCHEN', 5],
    ['sechse von den Brezn', 'BREZEL', 6],
    ['Laugenstangen zehne', 'LAUGEN', 10],
  ])('%s', (text, sku, qty) => expect(ops(text)).toEqual([[sku, 'add', qty]]))
})

describe('"sagen wir 5", "eher 5", "mach 5" restate the line last added', () => {
  const cart = { cartSkus: ['BUTTER', 'BROETCHEN'] }
  it.each([
    'sagen wir 5',
    'sagen wir lieber 5',
    'machen wir 5',
    'mach 5',
    'mach mal 5',
    'eher 5',
    'besser fünf',
  ])('%s', (text) => expect(ops(text, cart)).toEqual([['BROETCHEN', 'set', 5]]))
})

describe('the total asked beside the goods is answered by the cart, not passed to the shop', () => {
  it.each([
    '2 Brot, 4 Brezeln. Was macht das zusammen?',
    '4 Brezeln, wieviel macht das?',
    '4 Brezeln, was macht das dann?',
    'drei Brezeln und 1 Butter, was kostet es insgesamt?',
  ])('%s', (text) => {
    const r = u(text)
    expect(r.lines.length).toBeGreaterThan(0)
    expect(r.question).toBeFalsy()
  })

  it('another question beside the goods still goes to the shop', () => {
    expect(u('4 Brezeln, sind die von heute?').question).toBe(true)
  })
})

describe('German said soft finds the goods written hard', () => {
  it.each([
    ['1 Budder', 'BUTTER', 1],
    ['2 Millich', 'MILCH', 2],
    ['a Budder bitte', 'BUTTER', 1],
    ['3 Liter Millich', 'MILCH', 3],
  ])('%s', (text, sku, qty) => expect(ops(text)).toEqual([[sku, 'add', qty]]))
})

describe('a request for so many to the asker with its verb left unsaid orders them', () => {
  it.each([
    ['könnt ihr mir 8 Brötchen?', [['BROETCHEN', 'add', 8]]],
    [
      'könnt ihr mir 8 Brötchen, 4 Brezeln?',
      [
        ['BROETCHEN', 'add', 8],
        ['BREZEL', 'add', 4],
      ],
    ],
    [
      'Könnten Sie mir 2 Laugenstangen und 1 Butter?',
      [
        ['LAUGEN', 'add', 2],
        ['BUTTER', 'add', 1],
      ],
    ],
    ['kannst du uns 3 Brezn', [['BREZEL', 'add', 3]]],
  ])('%s', (text, lines) => expect(ops(text)).toEqual(lines))

  it('money asked to be changed orders nothing', () => {
    expect(ops('kannst du mir 5 Euro wechseln?')).toEqual([])
  })
})

describe('a verb of getting goods ready at the end of the request orders them', () => {
  it.each([
    [
      'kannst du mir 2 brezeln und ne laugenstange fertig machen',
      [
        ['BREZEL', 'add', 2],
        ['LAUGEN', 'add', 1],
      ],
    ],
    ['könnt ihr mir 3 Brötchen herrichten?', [['BROETCHEN', 'add', 3]]],
    ['bitte 2 Brezeln bereitstellen', [['BREZEL', 'add', 2]]],
    ['kannst du 1 Butter fertigmachen', [['BUTTER', 'add', 1]]],
    ['richtest du mir 2 Joghurt', [['JOGHURT', 'add', 2]]],
  ])('%s', (text, want) => {
    expect(u(text).intent).toBe('order')
    expect(ops(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it('"fertig" of the order itself is still a status question', () => {
    expect(u('ist meine Bestellung fertig?').intent).toBe('status')
  })
})

describe('"Bestellung" is the order itself, never goods the shop lacks', () => {
  it.each([
    'ich möchte meine bestellung ändern',
    'Bestellung ändern bitte',
    'ich würde gern eine Bestellung aufgeben',
  ])('%s', (text) => {
    expect(u(text).intent).toBe('order')
    expect(u(text).unmatched).toEqual([])
  })
})

describe('"ich bitte um" an amount asks for the goods', () => {
  it.each([
    [
      'grüß gott, ich bitte um 1 pfund käse und ein halbes pfund butter',
      [
        ['KAESE', 'add', 500],
        ['BUTTER', 'add', 1],
      ],
    ],
    ['ich bitte um 2 brezeln', [['BREZEL', 'add', 2]]],
    ['Wir bitten um zwei große Bauernbrote', [['BROT-GROSS', 'add', 2]]],
  ])('%s', (text, want) => {
    expect(ops(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it('asking for no amount is no order', () => expect(u('ich bitte um Rückruf').intent).not.toBe('order'))
})

describe('goods with a wish in the conditional after them ("wären toll") are ordered, not praised', () => {
  it.each([
    ['hi ein kilo erdbeeren wären toll', [['ERDBEEREN', 'add', 1]]],
    ['3 brötchen wäre nett', [['BROETCHEN', 'add', 3]]],
    [
      '2 Brezeln und 1 Milch, das wäre echt super',
      [
        ['BREZEL', 'add', 2],
        ['MILCH', 'add', 1],
      ],
    ],
    ['4 laugenstangen würden mich sehr freuen', [['LAUGEN', 'add', 4]]],
  ])('%s', (text, want) => {
    expect(u(text).intent).toBe('order')
    expect(ops(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it('praise in the past stays praise', () => expect(u('die Brezeln waren toll').intent).toBe('thanks'))
})

describe('whether the shop has goods, asked the indirect way, is a question about them', () => {
  it.each([
    ['hallo, ich wollte fragen ob ihr heute frische erdbeeren habt', 'ERDBEEREN'],
    ['ich wollte mal fragen ob es noch brezeln gibt', 'BREZEL'],
    ['wollte nur wissen, ob sie laugenstangen da haben', 'LAUGEN'],
    ['Darf ich fragen, ob du noch Bergkäse hast?', 'KAESE'],
  ])('%s', (text, sku) => {
    expect(u(text).intent).toBe('price')
    expect(u(text).priceQuery?.sku).toBe(sku)
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a cart line made a new amount, asked with "aus … machen" or "auf … machen"', () => {
  const cart = { cartSkus: ['BREZEL', 'LAUGEN', 'MILCH'] }
  it.each([
    ['kannst du aus den brezeln 5 machen', 'BREZEL', 5],
    ['könnt ihr die milch auf 3 machen?', 'MILCH', 3],
    ['kannst du die laugenstangen bitte auf 4 machen', 'LAUGEN', 4],
  ])('%s', (text, sku, n) => {
    expect(u(text, cart).intent).toBe('order')
    expect(ops(text, cart)).toEqual([[sku, 'set', n]])
  })
})

describe('the southern small forms of a container count the goods in it', () => {
  it.each([
    ['a glasl kirschmarmelade', [['MARM-KIRSCH', 'add', 1]]],
    ['zwei gläsle erdbeermarmelade bitte', [['MARM-ERDBEER', 'add', 2]]],
    [
      'a becherl joghurt und a packerl butter',
      [
        ['JOGHURT', 'add', 1],
        ['BUTTER', 'add', 1],
      ],
    ],
    ['2 päckle butter', [['BUTTER', 'add', 2]]],
  ])('%s', (text, want) => {
    expect(ops(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})

describe('right after a price, other goods after an "und" ask the same of them', () => {
  const asked = { askedSku: 'BUTTER' }
  it.each([
    ['und der bergkäse', 'KAESE'],
    ['und die Milch?', 'MILCH'],
    ['und was ist mit laugenstangen', 'LAUGEN'],
  ])('%s', (text, sku) => {
    expect(u(text, asked).intent).toBe('price')
    expect(u(text, asked).priceQuery?.sku).toBe(sku)
  })

  it.each([
    ['und die milch bitte auch', 'MILCH', 1],
    ['und 2 brezeln', 'BREZEL', 2],
  ])('asked for, "%s" orders', (text, sku, n) => expect(ops(text, asked)).toEqual([[sku, 'add', n]]))
})

describe('the asker asking to have so many, as English "can I have …", orders them', () => {
  it.each([
    ['kann ich 2 Brezeln haben?', [['BREZEL', 'add', 2]]],
    ['darf ich noch ein Bauernbrot klein haben', [['BROT-KLEIN', 'add', 1]]],
    ['Können wir auch 3 Laugenstangen haben?', [['LAUGEN', 'add', 3]]],
    [
      'dürfte ich 200 g Bergkäse und zwei Milch haben?',
      [
        ['KAESE', 'add', 200],
        ['MILCH', 'add', 2],
      ],
    ],
  ])('%s', (text, lines) => {
    expect(u(text).intent).toBe('order')
    expect(ops(text)).toEqual(lines)
  })

  it.each(['haben Sie Brezeln?', 'kann man bei euch Brezeln haben?'])(
    'the shop having, or someone having, without a count, is still asked about: %s',
    (text) => expect(u(text).intent).not.toBe('order'),
  )
})
