// Everyday German around an order: corrections with only a number, amounts that point back at the product just
// asked about or the line last added, an order announced before its goods, vague amounts, letter salutations and
// Swiss/Austrian hellos and roll names, price questions with "bei euch", and size adjectives against the cart.
// Each rule is tried with several wordings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand, type ConversationContext } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BROT-GROSS', 'Bauernbrot groß 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Bauernbrot', 'Brot']),
  P('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', { value: 500, unit: 'g' }, ['Bauernbrot', 'Brot']),
  P('DINKEL', 'Dinkelvollkornbrot 750 g', 'pc', { value: 750, unit: 'g' }, ['Dinkelbrot']),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln']),
  P('BROETCHEN', 'Brötchen', 'pc'),
  P('ERDBEEREN', 'Erdbeeren Schale 500 g', 'pack', { value: 500, unit: 'g' }, ['Erdbeeren']),
  P('HONIG', 'Blütenhonig im Glas 500 g', 'pc', { value: 500, unit: 'g' }, ['Honig']),
  P('KAESE', 'Bergkäse', 'kg'),
  P('SPARGEL', 'Spargel weiß', 'kg'),
  P('KARTOFFELN', 'Kartoffeln', 'kg'),
  P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }),
  P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }),
  P('RADIESCHEN', 'Radieschen Bund', 'pc', null, ['Radieschen']),
])
const u = (text: string, ctx: ConversationContext = {}) => understand(text, index, ctx)
const ops = (text: string, ctx: ConversationContext = {}) =>
  u(text, ctx).lines.map((l) => [l.sku, l.op ?? 'add', l.qty])

describe('a correction with only a number restates the line last added', () => {
  const cart = { cartSkus: ['BUTTER', 'BREZEL'] }
  it.each(['oh, ich meinte 5', 'sorry, meinte 5', 'ich meinte natürlich 5', 'Korrektur: 5', 'I meant 5'])(
    '%s',
    (text) => expect(ops(text, cart)).toEqual([['BREZEL', 'set', 5]]),
  )
})

describe('German "mach" and "doch" before a number restate a line in the cart', () => {
  const cart = { cartSkus: ['BREZEL', 'BROETCHEN'] }
  it.each([
    ['ach, mach doch 4 Brötchen', 'BROETCHEN', 4],
    ['mach mal 3 Brezeln', 'BREZEL', 3],
    ['doch 6 Brötchen', 'BROETCHEN', 6],
    ['dann doch lieber zwei Brezeln', 'BREZEL', 2],
  ])('%s', (text, sku, qty) => expect(ops(text, cart)).toEqual([[sku, 'set', qty]]))

  it('a word of adding still adds ("mach mir noch 2 Brötchen dazu")', () => {
    expect(ops('mach mir noch 2 Brötchen dazu', cart)).toEqual([['BROETCHEN', 'add', 2]])
    expect(ops('doch noch 2 Brezeln', cart)).toEqual([['BREZEL', 'add', 2]])
  })

  it('with nothing in the cart "mach mir 4 Brötchen" is an order', () => {
    expect(ops('mach mir 4 Brötchen')).toEqual([['BROETCHEN', 'add', 4]])
  })
})

describe('an amount with a pack word or a verb of taking and no item is for the line last added', () => {
  const cart = { cartSkus: ['BUTTER', 'ERDBEEREN'] }
  it.each([
    ['Dann nehme ich zwei Schalen', 'set', 2],
    ['3 Schalen bitte', 'set', 3],
    ['ich hätte gern 2 Schalen', 'set', 2],
    ['noch eine Schale dazu', 'add', 1],
  ])('%s', (text, op, qty) => expect(ops(text, cart)).toEqual([['ERDBEEREN', op, qty]]))

  it('is never a yes', () => {
    expect(u('Dann nehme ich zwei Schalen', cart).intent).toBe('order')
  })

  it('a weight names nothing a counted line can take, and a German "das" is no Hindi ten', () => {
    expect(ops('dann 2 kg bitte', { cartSkus: ['BREZEL'] })).toEqual([])
    expect(ops('Könnten Sie das bitte liefern?', { cartSkus: ['BREZEL'] })).toEqual([])
  })
})

describe('after the shop named one product, an amount without an item in a list is that product', () => {
  const asked = { askedSku: 'DINKEL' }
  it.each([
    [
      'Dann hätte ich gerne eins und 6 Brötchen',
      [
        ['DINKEL', 'add', 1],
        ['BROETCHEN', 'add', 6],
      ],
    ],
    [
      'dann nehm ich 2 davon und 4 Brezeln',
      [
        ['DINKEL', 'add', 2],
        ['BREZEL', 'add', 4],
      ],
    ],
    [
      '3 Brezeln, und davon 2',
      [
        ['DINKEL', 'add', 2],
        ['BREZEL', 'add', 3],
      ],
    ],
    [
      'ok, 2 and 1 Butter',
      [
        ['DINKEL', 'add', 2],
        ['BUTTER', 'add', 1],
      ],
    ],
  ])('%s', (text, want) => expect(ops(text, asked)).toEqual(want))

  it('without such a product the lone amount stays unread', () => {
    expect(ops('Dann hätte ich gerne eins und 6 Brötchen')).toEqual([['BROETCHEN', 'add', 6]])
  })
})

describe('an order announced before its goods is an order, never a yes', () => {
  it.each([
    'ich bräuchte für Samstag',
    'ich hätte gern für morgen folgendes:',
    'Ich würde gerne was bestellen',
    'wir bräuchten fürs Wochenende',
    'hätte ich gern für Freitag',
  ])('%s', (text) => {
    const r = u(text, { cartSkus: ['BUTTER'] })
    expect(r.intent).toBe('order')
    expect(r.lines).toEqual([])
    expect(r.unmatched).toEqual([])
  })

  it('a plain yes beside a verb of wanting stays a yes', () => {
    expect(u('ja, ich möchte bestellen', { cartSkus: ['BUTTER'] }).intent).toBe('confirm')
  })
})

describe('a vague amount ("a bissl", "ein bisschen", "etwas") leaves the amount to what follows or to the shop', () => {
  it.each([
    ['a bissl Bergkäse, so 200g', 200, 'g'],
    ['ein bisschen Bergkäse, ca. 300 g', 300, 'g'],
    ['etwas Bergkäse, ungefähr 250g', 250, 'g'],
    ['ein wenig Bergkäse, so um die 150 g', 150, 'g'],
  ])('%s', (text, qty, unit) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['KAESE', qty, unit]])
    expect(r.unmatched).toEqual([])
  })
})

describe('"nen", "ne", "n" and "a" before a half are "a half"', () => {
  it.each([
    ['nen halben Kilo Spargel', 'SPARGEL', 0.5, 'kg'],
    ['n halbes Kilo Kartoffeln', 'KARTOFFELN', 0.5, 'kg'],
    ['ne halbe Kilo Spargel', 'SPARGEL', 0.5, 'kg'],
    ['a halbes Kilo Bergkäse', 'KAESE', 0.5, 'kg'],
  ])('%s', (text, sku, qty, unit) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('the half with its ending clipped, as Bavarians and Swabians type it ("halbs", "halbn")', () => {
  it.each([
    ['a halbs Kilo Kartoffeln', 'KARTOFFELN', 0.5, 'kg'],
    ['an halbn Kilo Spargel', 'SPARGEL', 0.5, 'kg'],
    ['u a halbs pfund bergkäse', 'KAESE', 250, 'g'],
    ['a halbs Pfund Spargel', 'SPARGEL', 250, 'g'],
  ])('%s', (text, sku, qty, unit) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('the street\'s hellos "ey" and "yo" before an order or a question are not goods', () => {
  it.each([
    ['ey 2 Brezeln bitte', 'BREZEL', 2],
    ['eyy, 3 brötchen', 'BROETCHEN', 3],
    ['ey habt ihr noch Spargel? wenn ja 1 kg', 'SPARGEL', 1],
    ['yo gibts noch Erdbeeren? dann 2 Schalen', 'ERDBEEREN', 2],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a container of goods sold by the piece, its pieces counted in brackets, is that many pieces', () => {
  it.each([
    ['ne Tüte Brötchen (10 Stück)', 'BROETCHEN', 10],
    ['1 Tüte Brezeln (6 Stk)', 'BREZEL', 6],
    ['eine Schachtel Brezeln (ca. 8 Stück)', 'BREZEL', 8],
    ['2 Tüten Brötchen (5 Stück)', 'BROETCHEN', 10],
    ['ne Tüte Brötchen (10 Stück) für morgen früh', 'BROETCHEN', 10],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, 'pc']])
  })
})

describe('a container of goods sold by the piece, its pieces counted after the goods or before them, is that many pieces', () => {
  it.each([
    ['eine tüte brötchen, 10 stück', 'BROETCHEN', 10],
    ['ne Tüte Semmeln mit 8 Stück', 'BROETCHEN', 8],
    ['2 tüten brezeln à 6 stück', 'BREZEL', 12],
    ['ne tüte brezeln - 5 stk', 'BREZEL', 5],
    ['tüte brötchen, so 12 stück bitte', 'BROETCHEN', 12],
    ['eine Tüte mit 10 Brötchen', 'BROETCHEN', 10],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, 'pc']])
  })
})

describe('a bag of rolls with its pieces counted, then more goods', () => {
  it.each(['ne tüte brötchen, 10 stück und 2 brezeln', 'Tüte Brötchen - 10 Stück, 2 Brezeln'])('%s', (text) =>
    expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([
      ['BROETCHEN', 10, 'pc'],
      ['BREZEL', 2, 'pc'],
    ]),
  )
})

describe('goods counted beside a question about other goods are ordered, and the question kept to answer', () => {
  it.each([
    ['2 Brötchen, habt ihr auch Dinkelbrot?', 'BROETCHEN', 2, 'DINKEL'],
    ['4 brezeln. gibts heute spargel?', 'BREZEL', 4, 'SPARGEL'],
    ['was kostet der Bergkäse? 2 Brezeln bitte', 'BREZEL', 2, 'KAESE'],
    ['3 brötchen - habt ihr noch honig?', 'BROETCHEN', 3, 'HONIG'],
  ])('%s', (text, sku, qty, asked) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.priceQuery?.sku).toBe(asked)
  })
})

describe('goods with the German verb of fetching them around or after them are ordered; the fetching is no goods', () => {
  it.each([
    ['2 brezeln hol ich um 5 ab', 'BREZEL', 2],
    ['die 4 Brötchen hole ich morgen früh ab', 'BROETCHEN', 4],
    ['3 brötchen hol ich dann so gegen halb 8 ab', 'BROETCHEN', 3],
    ['ich hol 2 Brezeln um 5 ab', 'BREZEL', 2],
    ['wir holen morgen 10 brötchen ab', 'BROETCHEN', 10],
    ['ich hole 1 kg Spargel ab', 'SPARGEL', 1],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('southern "Kas" is cheese, and the diminutive "Stückl", "Stückerl", "Stückle" is a piece', () => {
  it.each([
    ['a pfund kas', 'KAESE', 500, 'g'],
    ['200g Kas bitte', 'KAESE', 200, 'g'],
    ['a stückl käse', 'KAESE', 1, 'pc'],
    ['zwoa stückerl butter', 'BUTTER', 2, 'pc'],
    ['ein Stückle Butter', 'BUTTER', 1, 'pc'],
  ])('%s', (text, sku, qty, unit) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('the cart’s goods named with the article and a size word change the size (lower-case "das" is no ten)', () => {
  const cart = { cartSkus: ['BROT-KLEIN', 'MILCH'] }
  it.each(['das brot doch groß', 'das brot groß', 'das Brot bitte groß', 'ach nee, das brot groß'])(
    '%s',
    (text) =>
      expect(ops(text, cart)).toEqual([
        ['BROT-GROSS', 'set', 1],
        ['BROT-KLEIN', 'remove', 1],
      ]),
  )
  it.each(['das brot wieder raus', 'das brot doch nicht'])('%s takes it out, not ten of it', (text) =>
    expect(ops(text, cart)).toEqual([['BROT-KLEIN', 'remove', 1]]),
  )
})

describe('the southern "tät" (would) of a wish is no goods', () => {
  it.each([
    ['tät 2 Brezeln nehmen', 'BREZEL', 2],
    ['i tät gern 3 Brötchen', 'BROETCHEN', 3],
    ['tät 1 Dinkelbrot', 'DINKEL', 1],
    ['ich taet gern 2 kilo Kartoffeln', 'KARTOFFELN', 2],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a hello closed by a full stop before the first goods leaves them goods', () => {
  it.each([
    ['moin. 10 Brezeln', 'BREZEL', 10],
    ['hallo. 2 kg Kartoffeln', 'KARTOFFELN', 2],
    ['Servus. 3 Brötchen bitte', 'BROETCHEN', 3],
    ['hi. 1 Dinkelbrot', 'DINKEL', 1],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(u(text).intent).toBe('order')
  })
})

describe('salutations of a letter and Swiss or Austrian hellos are not items', () => {
  it.each([
    ['Sehr geehrte Damen und Herren, ich möchte 2 kg Kartoffeln bestellen.', 'KARTOFFELN'],
    ['Sehr geehrte Frau Huber, bitte 3 Brezeln', 'BREZEL'],
    ['Grüezi mitenand, 2 Brezeln bitte', 'BREZEL'],
    ['Grüessech, ich hätte gern 1 Butter', 'BUTTER'],
    ['Griaß di, 1 Butter bitte', 'BUTTER'],
  ])('%s', (text, sku) => {
    expect(u(text).lines.map((l) => l.sku)).toEqual([sku])
    expect(u(text).unmatched).toEqual([])
  })

  it.each(['merci vielmal, das wär alles', 'das wär dann alles', 'des war dann auch schon alles'])(
    '"%s" ends the order',
    (text) => expect(u(text, { cartSkus: ['BUTTER'] }).intent).toBe('confirm'),
  )
})

describe("Swiss and Austrian names of rolls and potatoes find the shop's own", () => {
  it.each([
    ['4 Weggli', 'BROETCHEN', 4],
    ['6 Bürli', 'BROETCHEN', 6],
    ['3 Semmerl', 'BROETCHEN', 3],
    ['2 kg Härdöpfel', 'KARTOFFELN', 2],
  ])('%s', (text, sku, qty) => expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]]))
})

describe('a German price question with "bei euch", "denn", "gerade" asks about the product', () => {
  it.each([
    ['was kostet bei euch der Spargel?', 'SPARGEL'],
    ['was kostet der Spargel bei Ihnen?', 'SPARGEL'],
    ['was kostet denn gerade der Spargel', 'SPARGEL'],
    ['wie teuer ist bei euch das Dinkelbrot?', 'DINKEL'],
    ['Wie teuer sind momentan die Erdbeeren?', 'ERDBEEREN'],
  ])('%s', (text, sku) => {
    const r = u(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
    expect(r.unmatched).toEqual([])
  })
})

describe('a size adjective chooses among all sizes, not only the one in the cart', () => {
  const cart = { cartSkus: ['BROT-KLEIN', 'BROETCHEN'] }
  it('"doch lieber 1 großes Brot statt 2 kleine"', () => {
    expect(ops('doch lieber 1 großes brot statt 2 kleine', cart)).toEqual([
      ['BROT-KLEIN', 'remove', 2],
      ['BROT-GROSS', 'set', 1],
    ])
  })
  it('"1 großes Brot statt dem kleinen"', () => {
    expect(ops('1 großes Brot statt dem kleinen', cart).map(([sku, op]) => [sku, op])).toEqual([
      ['BROT-KLEIN', 'remove'],
      ['BROT-GROSS', 'add'],
    ])
  })
  it('"noch ein großes Bauernbrot" adds the big one beside the small one', () => {
    expect(ops('noch ein großes Bauernbrot', cart)).toEqual([['BROT-GROSS', 'add', 1]])
  })
})

describe('goods of several sizes, then counts by size words, are those sizes', () => {
  it.each([
    [
      '3 Bauernbrote, 2 große und 1 kleines',
      [
        ['BROT-GROSS', 'add', 2],
        ['BROT-KLEIN', 'add', 1],
      ],
    ],
    [
      'Könnten Sie mir 3 Brote zurücklegen? 2 große und 1 kleines',
      [
        ['BROT-GROSS', 'add', 2],
        ['BROT-KLEIN', 'add', 1],
      ],
    ],
    [
      '2 Bauernbrote: 1 großes, 1 kleines',
      [
        ['BROT-GROSS', 'add', 1],
        ['BROT-KLEIN', 'add', 1],
      ],
    ],
    ['ein Bauernbrot, ein kleines', [['BROT-KLEIN', 'add', 1]]],
    // Bavarian size words
    ['i hätt gern a Bauernbrot, a kloans', [['BROT-KLEIN', 'add', 1]]],
    ['a kloans Bauernbrot', [['BROT-KLEIN', 'add', 1]]],
  ])('%s', (text, want) => {
    expect(ops(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
  it('goods named again beside the size are another line', () => {
    expect(ops('1 Brot, 1 großes Brot').map((l) => l[0])).toEqual([null, 'BROT-GROSS'])
  })
})

describe('a pack word run into the goods, and which size said after them', () => {
  const shop = buildCatalogIndex([
    P('EIER-6', 'Eier 6er', 'pack', { value: 6, unit: 'pc' }, ['Eier']),
    P('EIER-10', 'Eier 10er', 'pack', { value: 10, unit: 'pc' }, ['Eier']),
    P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']),
    P('BROT-GROSS', 'Bauernbrot groß 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Bauernbrot', 'Brot']),
    P('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', { value: 500, unit: 'g' }, ['Bauernbrot', 'Brot']),
  ])
  const productUnit = (sku: string) => (sku.startsWith('EIER') ? 'pack' : 'pc')
  const said = (text: string) => {
    const r = understand(text, shop)
    expect(r.unmatched, text).toEqual([])
    return r.lines.map((l) => [l.sku ?? l.candidates.join('|'), l.qty, l.unit])
  }
  it.each([
    ['3 Milchflaschen', [['MILCH', 3, 'pc']]],
    [
      '3 Milch-Flaschen und 1 kleines Brot',
      [
        ['MILCH', 3, 'pc'],
        ['BROT-KLEIN', 1, 'pc'],
      ],
    ],
    ['2 Eier-Packungen, die 10er', [['EIER-10', 2, 'pack']]],
    ['2 Eierpackungen', [['EIER-6|EIER-10', 2, 'pack']]],
  ])('a compound with a pack word last is that many packs: %s', (text, want) => {
    expect(said(text)).toEqual(want)
  })
  it.each([
    ['2 Packungen Eier, die 10er', 'EIER-10', 2],
    ['2 Packungen Eier, die großen', 'EIER-10', 2],
    ['2 Bauernbrote, die kleinen bitte', 'BROT-KLEIN', 2],
    ['ein Bauernbrot, das große', 'BROT-GROSS', 1],
  ])('which size after goods of several sizes picks it: %s', (text, sku, qty) => {
    expect(said(text)).toEqual([[sku, qty, productUnit(sku)]])
  })
})

describe('half of a loaf sold whole and in half its size is one of the half-sized one', () => {
  it.each(['ein halbes Brot', 'ein halbes Bauernbrot bitte', '1/2 Bauernbrot', 'noch ein halbes Brot'])(
    '%s',
    (text) => {
      expect(ops(text)).toEqual([['BROT-KLEIN', 'add', 1]])
    },
  )
  it('half a weight is still a weight: "ein halbes Pfund Butter" is one 250 g butter', () => {
    expect(u('ein halbes Pfund Butter').lines.map((l) => [l.sku, l.qty])).toEqual([['BUTTER', 1]])
  })
})

describe('a cart product named again with how it is to be made keeps its amount', () => {
  const cart = { cartSkus: ['DINKEL', 'KAESE', 'BREZEL'] }
  it.each([
    ['Das Dinkelbrot bitte geschnitten', 'DINKEL'],
    ['Dinkelbrot geschnitten bitte', 'DINKEL'],
    ['den Käse bitte am Stück', 'KAESE'],
    ['das Dinkelbrot in Scheiben', 'DINKEL'],
    ['the Dinkelbrot sliced please', 'DINKEL'],
  ])('%s', (text, sku) => {
    // scale 1: the cart line stays as it is, no second one is added
    expect(u(text, cart).lines.map((l) => [l.sku, l.scale])).toEqual([[sku, 1]])
  })
  it.each(['geschält bitte', 'ok dann bitte geschält', 'schön reif bitte', 'pakke wale dena'])(
    'said alone, how the goods are to be is a note on the order, no goods the shop lacks: %s',
    (text) => {
      const r = u(text, cart)
      expect(r.unmatched).toEqual([])
      expect(r.lines).toEqual([])
      expect(['order', 'confirm']).toContain(r.intent)
    },
  )
  it('counted, or not in the cart, it is ordered as before', () => {
    expect(u('noch ein Dinkelbrot geschnitten', cart).lines.map((l) => l.scale)).toEqual([undefined])
    expect(u('Das Dinkelbrot bitte geschnitten').lines.map((l) => [l.sku, l.qty, l.scale])).toEqual([
      ['DINKEL', 1, undefined],
    ])
  })
})

describe('removals said with a modal, as a question or after a verdict', () => {
  const cart = { cartSkus: ['MILCH', 'BUTTER', 'BREZEL'] }
  it.each([
    ['die Milch muss raus', 'MILCH'],
    ['ne, passt nicht, die Milch muss raus', 'MILCH'],
    ['die Butter kann weg', 'BUTTER'],
    ['Butter raus damit', 'BUTTER'],
    ['ohne Milch bitte', 'MILCH'],
    ['kannst du die Milch rausnehmen?', 'MILCH'],
    ['Könnten Sie die Butter bitte entfernen?', 'BUTTER'],
    ['hmm, lieber doch keine Butter', 'BUTTER'],
  ])('%s', (text, sku) => {
    expect(ops(text, cart).map(([s, op]) => [s, op])).toEqual([[sku, 'remove']])
    expect(u(text, cart).unmatched).toEqual([])
  })
})

describe('"noch zwei", "2 mehr", "noch 2 davon" add to the line last added', () => {
  const cart = { cartSkus: ['MILCH', 'BREZEL'] }
  it.each(['noch zwei', '2 mehr', 'noch 2 davon', 'bitte noch 2'])('%s', (text) =>
    expect(ops(text, cart)).toEqual([['BREZEL', 'add', 2]]),
  )
})

describe('Bavarian and Swiss yes', () => {
  it.each(['jawoi', 'guet so', 'jo, guet'])('%s', (text) =>
    expect(u(text, { cartSkus: ['BUTTER'] }).intent).toBe('confirm'),
  )
})

describe('"auf" before a number is the new amount of a line in the cart', () => {
  const cart = { cartSkus: ['MILCH', 'BREZEL'] }
  it.each([
    ['die Brezeln auf 4 bitte', 'BREZEL', 4],
    ['Brezeln auf vier', 'BREZEL', 4],
    ['Milch bitte auf 3', 'MILCH', 3],
  ])('%s', (text, sku, qty) => expect(ops(text, cart)).toEqual([[sku, 'set', qty]]))
})

describe('a price question with an amount wanted beside it orders that amount', () => {
  it.each([
    ['Guten Tag, was kostet der Bergkäse? Ich hätte gern 300 g', 'KAESE', 300],
    ['was kostet der Spargel? dann 1 kg bitte', 'SPARGEL', 1],
    ['Wie teuer ist der Bergkäse? Ich nehme 200 g', 'KAESE', 200],
  ])('%s', (text, sku, qty) => expect(ops(text)).toEqual([[sku, 'add', qty]]))

  it('an amount alone after a price question asks the price of that amount', () => {
    expect(u('was kostet der Bergkäse? 300 g').intent).toBe('price')
  })

  it('a yes beside the amount for the product just priced names nothing ("super, dann 1 davon")', () => {
    expect(ops('super, dann 1 davon', { askedSku: 'DINKEL' })).toEqual([['DINKEL', 'add', 1]])
    expect(ops('ok danke, 2 Stück', { askedSku: 'DINKEL' })).toEqual([['DINKEL', 'add', 2]])
  })
})

describe('after the shop priced a line already in the cart, a word of setting says how much it should be', () => {
  const ctx = { cartSkus: ['BUTTER', 'SPARGEL'], askedSku: 'SPARGEL' }
  it.each([
    ['ok dann doch nur ein halbes kilo', 0.5],
    ['dann lieber nur 500 g', 500],
    ['na gut, nur 2 kg', 2],
    ['then just 1 kg', 1],
  ])('%s', (text, qty) => expect(ops(text, ctx)).toEqual([['SPARGEL', 'set', qty]]))

  it('a word of adding still adds, and a line not in the cart is ordered', () => {
    expect(ops('dann noch 1 kg', ctx)).toEqual([['SPARGEL', 'add', 1]])
    expect(ops('dann nur 500 g', { askedSku: 'SPARGEL' })).toEqual([['SPARGEL', 'add', 500]])
  })
})

describe('an amount with a word of less and no goods takes that many off the line last added', () => {
  const cart = { cartSkus: ['BREZEL', 'ERDBEEREN'] }
  it.each([
    ['eine Schale weniger bitte', 'ERDBEEREN', 1],
    ['zwei Schalen weniger', 'ERDBEEREN', 2],
    ['eins weniger', 'ERDBEEREN', 1],
    ['1 less please', 'ERDBEEREN', 1],
  ])('%s', (text, sku, qty) => {
    const [line] = u(text, cart).lines
    expect([line?.sku, line?.op, line?.qty, line?.counted]).toEqual([sku, 'remove', qty, true])
  })
})

describe('one multiplying word said of the whole cart multiplies every line', () => {
  const cart = { cartSkus: ['BREZEL', 'KARTOFFELN'] }
  it.each([
    ['alles doppelt bitte', 2],
    ['von allem das Doppelte', 2],
    ['bitte alles verdoppeln', 2],
    ['double everything', 2],
    ['alles halbieren', 0.5],
  ])('%s', (text, times) => {
    expect(u(text, cart).lines.map((l) => [l.sku, l.scale])).toEqual([
      ['BREZEL', times],
      ['KARTOFFELN', times],
    ])
  })

  it('not with other goods beside it, nor with no cart', () => {
    expect(u('alles doppelt', {}).lines).toEqual([])
    expect(u('alles klar', cart).lines).toEqual([])
  })
})

describe('another size of a product in the cart takes its place, as many', () => {
  const cart = { cartSkus: ['BROT-KLEIN', 'BREZEL'] }
  it.each(['ach, lieber die großen', 'doch lieber das große Bauernbrot', 'lieber großes Brot'])(
    '%s',
    (text) => {
      const lines = u(text, cart).lines
      expect(lines.map((l) => [l.sku, l.op, l.qtyOf])).toEqual([
        ['BROT-GROSS', 'set', 'BROT-KLEIN'],
        ['BROT-KLEIN', 'remove', undefined],
      ])
    },
  )

  it('a new amount said is kept', () => {
    const lines = u('lieber 3 große Bauernbrote', cart).lines
    expect(lines.map((l) => [l.sku, l.op, l.qty, l.qtyOf])).toEqual([
      ['BROT-GROSS', 'set', 3, undefined],
      ['BROT-KLEIN', 'remove', 3, undefined],
    ])
  })
})

describe('another variety of goods in the cart, said with a word of changing, takes its place', () => {
  const shop = buildCatalogIndex([
    {
      ...P('MARM-ERDBEER', 'Marmelade Erdbeer 250 g', 'pc', { value: 250, unit: 'g' }, ['Erdbeermarmelade']),
      category: 'Aufstrich',
    },
    {
      ...P('MARM-KIRSCH', 'Marmelade Kirsch 250 g', 'pc', { value: 250, unit: 'g' }, ['Kirschmarmelade']),
      category: 'Aufstrich',
    },
    { ...P('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }), category: 'Staples' },
    {
      ...P('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson tel']),
      category: 'Staples',
    },
    { ...P('BROT', 'Bauernbrot', 'pc'), category: 'Brot' },
    { ...P('DINKEL', 'Dinkelbrot', 'pc'), category: 'Brot' },
  ])
  const said = (text: string, cartSkus: string[]) =>
    understand(text, shop, { cartSkus }).lines.map((l) => [l.sku, l.op, l.qtyOf])
  it.each([
    ['Die Marmelade lieber Kirsch', ['MARM-ERDBEER'], 'MARM-KIRSCH', 'MARM-ERDBEER'],
    ['doch lieber die Kirschmarmelade', ['MARM-ERDBEER'], 'MARM-KIRSCH', 'MARM-ERDBEER'],
    ['actually mustard oil instead', ['OIL-SUN'], 'OIL-MUS', 'OIL-SUN'],
    ['sarson tel kar do', ['OIL-SUN'], 'OIL-MUS', 'OIL-SUN'],
  ])('%s', (text, cart, to, from) => {
    expect(said(text, cart)).toEqual([
      [to, 'set', from],
      [from, 'remove', undefined],
    ])
  })
  it('goods of one-word names share nothing and are added beside', () => {
    expect(said('lieber ein Dinkelbrot', ['BROT'])).toEqual([['DINKEL', 'set', undefined]])
  })
})

describe('a hello with a title and a name, everyday hellos and thanks are not items', () => {
  it.each([
    ['Hallo Frau Huber, bitte 1 kg Spargel', 'SPARGEL'],
    ['Guten Morgen Herr Maier, 3 Brötchen bitte', 'BROETCHEN'],
    ['Hallöchen, ich nehm 4 Brezeln', 'BREZEL'],
    ['Tach, 2 Brezeln', 'BREZEL'],
    ['Moinsen! 1 Butter', 'BUTTER'],
  ])('%s', (text, sku) => {
    expect(u(text).lines.map((l) => l.sku)).toEqual([sku])
    expect(u(text).unmatched).toEqual([])
  })

  it.each(['Dankeschön, passt!', "Vergelt's Gott, passt", 'passt, merci vielmals'])('"%s" is a yes', (text) =>
    expect(u(text, { cartSkus: ['BUTTER'] }).intent).toBe('confirm'),
  )
})

describe('"für" with an article before a capitalized noun says what the order is for', () => {
  it.each([
    ['Wir bräuchten für eine Feier 20 Brötchen', [['BROETCHEN', 20]]],
    ['für unsere Kita 30 Brötchen', [['BROETCHEN', 30]]],
    ['2 Brezeln für die Kinder', [['BREZEL', 2]]],
  ])('%s', (text, want) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})

describe('one piece, then how heavy it should be', () => {
  it.each([
    ['1 Bergkäse, ca 400g bitte', 400],
    ['ein Stück Bergkäse, so 300 g', 300],
    ['1 Bergkäse, 250 g', 250],
  ])('%s', (text, g) => expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['KAESE', g, 'g']]))

  it('a weight with its own item stays that item\'s ("1 Milch, 500 g Butter")', () => {
    expect(u('1 Milch, 500 g Butter').lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([
      ['MILCH', 1, 'pc'],
      ['BUTTER', 500, 'g'],
    ])
  })
})

describe('"wenn noch da", "falls ihr noch welche habt" is a condition, not part of the item', () => {
  it.each([
    'ein Dinkelbrot wenn noch da',
    '1 Dinkelbrot, falls ihr noch welche habt',
    'Dinkelbrot falls noch vorhanden',
  ])('%s', (text) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([['DINKEL', 1]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('pack words as typed: "ne Tüte", "Bündel", "Bd."', () => {
  it.each([
    ['ne Tüte Brötchen', 'BROETCHEN', 1],
    ['2 Tüten Brötchen', 'BROETCHEN', 2],
    ['nen Liter Milch', 'MILCH', 1],
    ['2 Bündel Radieschen', 'RADIESCHEN', 2],
    ['1 Bd. Radieschen', 'RADIESCHEN', 1],
  ])('%s', (text, sku, qty) => expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]]))

  it('"ne" before a comma is still a no, not one of the next item', () => {
    expect(u('ne, 2 Brezeln').lines.map((l) => [l.sku, l.qty])).toEqual([['BREZEL', 2]])
  })
})

describe('a pack named by its size', () => {
  const eggs = buildCatalogIndex([
    P('EIER-6', 'Eier 6er', 'pack', { value: 6, unit: 'pc' }, ['Eier']),
    P('EIER-10', 'Eier 10er', 'pack', { value: 10, unit: 'pc' }, ['Eier']),
    P('BUTTER-250', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }),
    P('BUTTER-500', 'Butter 500 g', 'pc', { value: 500, unit: 'g' }),
    P('SEIFE', 'Seife 100 g', 'pc', { value: 100, unit: 'g' }),
    P('SEIFE-4', 'Seife 4 x 100 g', 'pack', { value: 4, unit: 'pc' }),
  ])
  const lines = (text: string, cartSkus: string[] = []) =>
    understand(text, eggs, { cartSkus }).lines.map((l) => [
      l.sku,
      l.op,
      l.qty,
      l.container ?? '',
      l.qtyOf ?? '',
    ])
  it.each([
    ['Ach und ein 10er Eier', 'EIER-10', 1],
    ['einen 6er Eier bitte', 'EIER-6', 1],
    ['zwei 6er Eier', 'EIER-6', 2],
    // "wala" said of a pack of so many: "4 wala pack", "10 वाला पैक"
    ['Eier ka 6 wala packet', 'EIER-6', 1],
    ['Eier 10 वाला पैक', 'EIER-10', 1],
  ])('is counted in packs, not asked about in pieces: %s', (text, sku, n) => {
    expect(lines(text)).toEqual([[sku, 'add', n, '', '']])
  })
  it.each([
    ['Nee, lieber doch die 6er', ['EIER-10'], 'EIER-6', 'EIER-10'],
    ['nimm die sechser', ['EIER-10'], 'EIER-6', 'EIER-10'],
    ['doch den 10er', ['BUTTER-250', 'EIER-6'], 'EIER-10', 'EIER-6'],
    ['dann lieber die 500er', ['BUTTER-250'], 'BUTTER-500', 'BUTTER-250'],
    // a size said with "wala", in Hinglish or Devanagari
    ['nahi, 500 g wala kar do', ['BUTTER-250'], 'BUTTER-500', 'BUTTER-250'],
    ['नहीं, 500 ग्राम वाला कर दो', ['BUTTER-250'], 'BUTTER-500', 'BUTTER-250'],
    ['250 gram wala de do', ['BUTTER-500', 'EIER-6'], 'BUTTER-250', 'BUTTER-500'],
    ['nahi, 6 wala pack', ['EIER-10'], 'EIER-6', 'EIER-10'],
    ['10 वाला पैक दे दो', ['EIER-6'], 'EIER-10', 'EIER-6'],
    // a pack of so many pieces over the single piece: "Seife 100 g" in the cart, "4 wala pack"
    ['4 wala pack', ['SEIFE'], 'SEIFE-4', 'SEIFE'],
  ])('with no item, swaps the cart pack for it: %s', (text, cart, to, from) => {
    expect(lines(text, cart)).toEqual([
      [to, 'set', 1, '', from],
      [from, 'remove', 1, '', ''],
    ])
  })
  it.each([
    ['nee, doch lieber zwei 6er', ['EIER-10'], 'EIER-6', 2, 'EIER-10'],
    ['lieber 3 6er', ['EIER-10'], 'EIER-6', 3, 'EIER-10'],
    ['dann doch einen 10er', ['EIER-6'], 'EIER-10', 1, 'EIER-6'],
  ])('a count before the pack says how many: %s', (text, cart, to, n, from) => {
    expect(lines(text, cart)).toEqual([
      [to, 'set', n, '', ''],
      [from, 'remove', 1, '', ''],
    ])
  })
  it.each([
    ['noch einen 6er dazu bitte', ['EIER-6'], 'EIER-6', 1],
    ['noch zwei 10er', ['EIER-10', 'BUTTER-250'], 'EIER-10', 2],
    ['aur ek 6 wala pack', ['EIER-6'], 'EIER-6', 1],
  ])('more of the very pack in the cart: %s', (text, cart, sku, n) => {
    expect(lines(text, cart)).toEqual([[sku, 'add', n, '', '']])
  })
  it.each([
    ['die 6er Packung', ['EIER-6'], 'EIER-6'],
    ['6er bitte', ['EIER-6', 'BUTTER-250'], 'EIER-6'],
    ['the 10er', ['EIER-10'], 'EIER-10'],
  ])(
    'the very pack in the cart named again keeps its amount, never that many packs: %s',
    (text, cart, sku) => {
      expect(lines(text, cart)).toEqual([[sku, 'set', 1, '', sku]])
    },
  )
  it('a number with no "er" is still a new quantity', () => {
    expect(lines('lieber 2', ['EIER-10'])).toEqual([['EIER-10', 'set', 2, '', '']])
  })
})

describe('a word of approval before the order is no item', () => {
  it.each([
    ['Super, dann bitte 2 kg Spargel', 'SPARGEL'],
    ['Prima, 2 Brezeln bitte', 'BREZEL'],
    ['Wunderbar. 1 Butter bitte', 'BUTTER'],
    ['Okay super, 2 Brezeln', 'BREZEL'],
    ['great, 2 Brezeln then', 'BREZEL'],
  ])('%s', (text, sku) => {
    const r = u(text)
    expect(r.lines.map((l) => l.sku)).toEqual([sku])
    expect(r.unmatched).toEqual([])
  })
})

describe('organic and fresh said of the goods, apart or run into the noun', () => {
  it.each([
    ['1 Bio Vollmilch', 'MILCH'],
    ['1 Biomilch', 'MILCH'],
    ['1 Frischmilch', 'MILCH'],
    ['2 Bio-Brezeln', 'BREZEL'],
    ['ein Öko-Bergkäse, 200 g', 'KAESE'],
  ])('%s', (text, sku) => {
    expect(u(text).lines.map((l) => l.sku)).toEqual([sku])
  })
  it('a kind of goods the shop lacks stays unmatched, whatever is said of it', () => {
    expect(u('1 Biotofu').unmatched).toEqual(['Biotofu'])
  })
})

describe('regret said aloud names no goods', () => {
  it.each(['Schade', 'Oh schade, dann nicht', 'oje', 'Mist'])('"%s" orders nothing', (text) =>
    expect(u(text).lines).toEqual([]),
  )
  it('"schade, dann 2 Brezeln" orders the Brezeln only', () => {
    expect(ops('schade, dann 2 Brezeln')).toEqual([['BREZEL', 'add', 2]])
  })
})

describe('an article before an adjective is no Hindi number', () => {
  it.each([
    ['und ein Bauernbrot, das große', 'BROT-GROSS', 1],
    ['das große bitte', 'BROT-GROSS', 1],
    ['2 Bauernbrote, die kleinen', 'BROT-KLEIN', 2],
    ['das frische Dinkelbrot', 'DINKEL', 1],
  ])('"%s"', (text, sku, qty) => expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]]))
})

describe("a German shop's goods by their English names", () => {
  it.each([
    ['Could I get 2 pretzels?', 'BREZEL', 2],
    ['1 kg asparagus please', 'SPARGEL', 1],
    ['strawberries 2 punnets', 'ERDBEEREN', 2],
    ['a bunch of radishes', 'RADIESCHEN', 1],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
  })
})

describe('thanks or please said right after the goods, with no comma, is no part of them', () => {
  it.each([
    ['2 Brezeln bitteschön', 'BREZEL', 2],
    ['eine Butter dankeschön', 'BUTTER', 1],
    ['1 Milch vielen lieben Dank', 'MILCH', 1],
    ['eine Butter bitte sehr', 'BUTTER', 1],
    ['a Butter bitt schön', 'BUTTER', 1],
    ['3 Brötchen merci vielmal', 'BROETCHEN', 3],
    ['2 Brezeln danke vielmals!', 'BREZEL', 2],
    ['2 Brezeln thanks a lot', 'BREZEL', 2],
    ['1 Butter thank u so much', 'BUTTER', 1],
    ['2 Brötchen tysm', 'BROETCHEN', 2],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })

  it('leaves a name made of such words to the catalog, and thanks alone is thanks', () => {
    const merci = buildCatalogIndex([
      P('MERCI', 'Merci Schokolade 250 g', 'pc', { value: 250, unit: 'g' }, ['Merci']),
    ])
    expect(understand('2 Merci', merci).lines.map((l) => [l.sku, l.qty])).toEqual([['MERCI', 2]])
    expect(u('danke schön').intent).toBe('thanks')
    expect(u('vielen Dank!').lines).toEqual([])
  })
})

describe('English names of German compound goods, from the parts of the compound', () => {
  const farm = buildCatalogIndex([
    P('SAFT', 'Apfelsaft Flasche 1 l', 'pc', { value: 1, unit: 'l' }, ['Apfelsaft']),
    P('KIRSCHSAFT', 'Kirschsaft 0,7 l', 'pc', { value: 0.7, unit: 'l' }),
    P('BROT', 'Bauernbrot 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Bauernbrot']),
    P('LEBERWURST', 'Leberwurst im Glas 200 g', 'pc', { value: 200, unit: 'g' }, ['Leberwurst']),
    P('KAESE', 'Bergkäse', 'kg'),
    P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }),
    P('LAUGEN', 'Laugenstange', 'pc'),
    P('BROETCHEN', 'Brötchen', 'pc'),
    P('APFEL', 'Äpfel Elstar', 'kg', null, ['Äpfel', 'Apfel']),
  ])
  const said = (text: string) => understand(text, farm).lines.map((l) => [l.sku, l.qty])
  it.each([
    ['1 apple juice', 'SAFT', 1],
    ['2 bottles of apple juice please', 'SAFT', 2],
    ['a cherry juice', 'KIRSCHSAFT', 1],
    ['2 farmhouse breads', 'BROT', 2],
    ['a farmhouse loaf', 'BROT', 1],
    ['1 liver sausage', 'LEBERWURST', 1],
    ['2 whole milk', 'MILCH', 2],
    ['3 pretzel sticks', 'LAUGEN', 3],
    ['4 rolls please', 'BROETCHEN', 4],
  ])('%s', (text, sku, qty) => {
    expect(said(text)).toEqual([[sku, qty]])
    expect(understand(text, farm).unmatched).toEqual([])
  })

  it('a weight of it, and the parts said apart still find their own goods', () => {
    expect(understand('300 g mountain cheese', farm).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([
      ['KAESE', 300, 'g'],
    ])
    expect(said('2 kg apples')).toEqual([['APFEL', 2]])
    expect(said('1 kg apples and 1 apple juice')).toEqual([
      ['APFEL', 1],
      ['SAFT', 1],
    ])
  })
})

describe('coming to pick goods up orders them', () => {
  it.each([
    ['kann ich morgen früh 10 Brötchen abholen?', 'BROETCHEN', 10],
    ['Hi, kann ich 4 Brezeln abholen?', 'BREZEL', 4],
    ['Hallo, könnte ich am Samstag 2 Brötchen holen?', 'BROETCHEN', 2],
    ['Können wir 3 Brezeln mitnehmen?', 'BREZEL', 3],
  ])('%s', (text, sku, qty) => {
    expect(u(text)).toMatchObject({ intent: 'order', lines: [{ sku, qty }], unmatched: [] })
  })

  it.each([
    'wann kann ich abholen?',
    'kann ich schon abholen?',
    'Hallo, wann kann ich die Bestellung abholen?',
  ])('asking when still asks about the order: %s', (text) => {
    expect(u(text)).toMatchObject({ intent: 'status', lines: [] })
  })
})

describe('news that the goods came is a thank-you', () => {
  it.each([
    'Vielen Dank, alles gut angekommen!',
    'alles gut angekommen, danke',
    'Die Lieferung ist angekommen, danke!',
    'haben alles bekommen, danke euch',
    'Paket heil angekommen 😊',
  ])('%s', (text) => {
    expect(u(text)).toMatchObject({ intent: 'thanks', lines: [], unmatched: [] })
  })

  it.each(['ist die Lieferung schon da?', 'ist alles angekommen?'])(
    'asked, it is no thank-you: %s',
    (text) => {
      expect(u(text).intent).not.toBe('thanks')
    },
  )
})

describe('German talk beside counted goods is no item', () => {
  it.each([
    ['8 Brötchen bitte, bin um 9 da', 'BROETCHEN', 8],
    ['8 Brötchen bitte, komme gegen 9 vorbei', 'BROETCHEN', 8],
    ['2 Brezeln für Samstag, geht das?', 'BREZEL', 2],
    ['2 Brezeln, das wärs', 'BREZEL', 2],
    ['2 Brezeln, das wars dann', 'BREZEL', 2],
    ['3 Brezeln bitte, wäre super', 'BREZEL', 3],
    ['Ich nehme 3 Brezeln, aber bitte frisch', 'BREZEL', 3],
  ])('%s', (text, sku, qty) => {
    expect(u(text)).toMatchObject({ intent: 'order', lines: [{ sku, qty }], unmatched: [] })
  })

  it('goods beside the talk are still read', () => {
    expect(u('2 Brezeln, das Brot auch').lines.map((l) => l.sku)).toEqual(['BREZEL', null])
  })
})

describe('"pack mir … ein" packs the goods up: a verb, not a pack', () => {
  it.each([
    ['Pack mir bitte 200g Bergkäse ein', 'KAESE', 200],
    ['Packst du mir 200 g Bergkäse ein?', 'KAESE', 200],
    ['packt ihr mir 300g Bergkäse ein?', 'KAESE', 300],
    ['Pack uns mal 3 Brezeln ein', 'BREZEL', 3],
    ['pack mir 200g Bergkäse', 'KAESE', 200],
  ])('%s', (text, sku, qty) => {
    expect(u(text)).toMatchObject({ intent: 'order', lines: [{ sku, qty }], unmatched: [] })
  })

  it('with more goods after it', () => {
    expect(
      u('Pack mir bitte 200g Bergkäse und 3 Brezeln ein').lines.map((l) => [l.sku, l.qty, l.unit]),
    ).toEqual([
      ['KAESE', 200, 'g'],
      ['BREZEL', 3, 'pc'],
    ])
  })
})

describe('asking when goods come (back) in asks about the goods, as "do you have" does', () => {
  const asked = (text: string) => {
    const r = u(text)
    return { intent: r.intent, sku: r.priceQuery?.sku ?? null, lines: r.lines, unmatched: r.unmatched }
  }
  it.each([
    ['Wann kommt wieder frischer Spargel rein?', 'SPARGEL'],
    ['Wann gibt es wieder Erdbeeren?', 'ERDBEEREN'],
    ['ab wann gibt’s Spargel?', 'SPARGEL'],
    ['Wann habt ihr endlich wieder Radieschen?', 'RADIESCHEN'],
    ['Kommt diese Woche noch Spargel?', 'SPARGEL'],
    // the same in English and Hinglish
    ['when will strawberries be back in stock?', 'ERDBEEREN'],
    ['when is fresh asparagus coming?', 'SPARGEL'],
  ])('%s', (text, sku) => expect(asked(text)).toEqual({ intent: 'price', sku, lines: [], unmatched: [] }))

  it.each([
    'wann kommt die Bestellung?',
    'wann kommt es?',
    'Wann kommt der Fahrer?',
    'when will my order arrive',
  ])('the order coming stays a status question: %s', (text) => expect(u(text).intent).toBe('status'))
})

describe('whether goods are there, asked the German ways, names only the goods', () => {
  it.each([
    ['Habt ihr noch Erdbeeren?', 'ERDBEEREN'],
    ['Habt ihr Erdbeeren da?', 'ERDBEEREN'],
    ['habt ihr heute Spargel da?', 'SPARGEL'],
    ['Erdbeeren noch da?', 'ERDBEEREN'],
    ['Spargel heute da?', 'SPARGEL'],
  ])('%s', (text, sku) => {
    const r = u(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
    expect(r.unmatched).toEqual([])
  })

  it.each(['ist alles da?', 'Ist alles vorrätig?', 'is everything available?', 'sind alles noch da?'])(
    'all of it asked after is the order said as a pronoun: %s',
    (text) => {
      const r = u(text)
      expect(r.intent).toBe('status')
      expect(r.unmatched).toEqual([])
    },
  )
})

describe('"wie letzte Woche", "wie immer" is a note on the line, not an item', () => {
  it.each([
    ['4 Brezeln wie letzte Woche', 'BREZEL', 4],
    ['2 Dinkelbrot wie immer', 'DINKEL', 2],
    ['3 Butter wie letztes Mal', 'BUTTER', 3],
    ['1 kg Spargel, wie gehabt', 'SPARGEL', 1],
    ['6 Brötchen wie vorige Woche bitte', 'BROETCHEN', 6],
    ['2 butter like last time', 'BUTTER', 2],
    ['kartoffeln 2 kg pichli baar jaisa', 'KARTOFFELN', 2],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })
})

describe('"ich würde" with the verb left out, as chat drops it, orders what follows', () => {
  it.each([
    ['ich würde 2 Brezeln', [['BREZEL', 'add', 2]]],
    ['wir würden 3 Brötchen', [['BROETCHEN', 'add', 3]]],
    ['Ich würde gern 4 Brezeln bitte', [['BREZEL', 'add', 4]]],
    [
      'ich würde 2 Bauernbrote (1 großes, 1 kleines)',
      [
        ['BROT-GROSS', 'add', 1],
        ['BROT-KLEIN', 'add', 1],
      ],
    ],
    [
      'ich würde gern 2 Bauernbrote: 1 großes, 1 kleines',
      [
        ['BROT-GROSS', 'add', 1],
        ['BROT-KLEIN', 'add', 1],
      ],
    ],
  ])('%s', (text, want) => expect(ops(text)).toEqual(want))
})

describe('asking whether goods are made to order is a question for the shop, not an order announced', () => {
  it.each([
    'Torten auf Bestellung?',
    'macht ihr Torten auf Bestellung?',
    'Kuchen auch auf Bestellung?',
    'Hochzeitstorte nach Bestellung möglich?',
    'do you make cakes to order?',
  ])('%s', (text) => {
    const r = u(text)
    expect([r.intent, r.question, r.lines]).toEqual(['other', true, []])
  })
})

describe('a goodbye alone closes the talk as thanks do', () => {
  it.each(['tschüss', 'Tschüssi!', 'ciao', 'bis dann', 'ok bye', 'pfiat di', 'ade', 'tschö'])(
    '%s',
    (text) => {
      expect(u(text).intent).toBe('thanks')
      expect(u(text).lines).toEqual([])
    },
  )
  it('goods said with it are still ordered', () =>
    expect(u('2 Brezeln bitte, tschüss').lines.map((l) => [l.sku, l.qty])).toEqual([['BREZEL', 2]]))
})

describe('"beides" says the goods just named again', () => {
  it('beside them it is no goods the shop lacks', () => {
    const r = u('1 kg Kartoffeln und 2 Brezeln, beides bitte')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['KARTOFFELN', 1],
      ['BREZEL', 2],
    ])
    expect(r.unmatched).toEqual([])
  })

  it.each(['beides doppelt', 'beide bitte verdoppeln'])('%s multiplies both cart lines', (text) => {
    expect(u(text, { cartSkus: ['BREZEL', 'KARTOFFELN'] }).lines.map((l) => l.scale)).toEqual([2, 2])
  })
})
