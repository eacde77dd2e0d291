// German conversation: yes in its everyday forms, edits in German word order, status questions, reservations.
// Each rule is tried with several wordings, not only the ones a customer once wrote.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())
const CART = { cartSkus: ['BREAD', 'AMUL-BUTTER-500', 'MILK-TAAZA'] }
const u = (text: string, ctx = {}) => understand(text, index, ctx)
const ops = (text: string, ctx = CART) =>
  u(text, ctx).lines.map((l) => [l.sku, l.op, ...(l.op === 'set' ? [l.qty] : [])])

describe('German yes', () => {
  it.each([
    'ja passt so',
    'genau so bitte',
    'passt',
    'gerne',
    'ja gerne',
    'so ist gut',
    'jawohl',
    'alles gut so',
    'ja, so machen',
    'Ja bitte, das passt',
    'super, danke',
    'prima so',
    'ja das ist so richtig',
    'bestätigen bitte',
    'Alles korrekt',
    'Klingt gut',
    'Sieht gut aus',
    'Bestellung abschicken',
    'Ja, das wäre alles',
  ])('%s is a confirmation', (text) => {
    expect(['confirm', 'thanks']).toContain(u(text).intent)
    expect(u(text).unmatched).toEqual([])
  })

  it('"ok danke" closes a chat, but with a cart waiting it is the yes', () => {
    expect(u('ok danke').intent).toBe('thanks')
    expect(u('ok danke', CART).intent).toBe('confirm')
    expect(u('ok thanks', CART).intent).toBe('confirm')
    expect(u('bilkul', CART).intent).toBe('confirm')
  })

  it('a yes that brings an item along is still an order', () => {
    expect(u('ja, und noch 2 Brot').intent).toBe('order')
  })
})

describe('German edits', () => {
  it('reads removals with the verb at the end or "kein"', () => {
    expect(ops('die Butter bitte wieder rausnehmen')).toEqual([['AMUL-BUTTER-500', 'remove']])
    expect(ops('das Brot bitte streichen')).toEqual([['BREAD', 'remove']])
    expect(ops('Milch wieder raus')).toEqual([['MILK-TAAZA', 'remove']])
    expect(ops('doch kein Brot')).toEqual([['BREAD', 'remove']])
    expect(ops('keine Milch mehr')).toEqual([['MILK-TAAZA', 'remove']])
    expect(ops('Butter bitte weglassen')).toEqual([['AMUL-BUTTER-500', 'remove']])
  })

  it('changes the quantity of the line last added when no item is named', () => {
    for (const [text, qty] of [
      ['mach 3 draus', 3],
      ['mach daraus 2', 2],
      ['lieber 4', 4],
      ['nur 1 bitte', 1],
      ['make it 5', 5],
      ['sirf 2 kar do', 2],
    ] as const)
      expect(ops(text), text).toEqual([['MILK-TAAZA', 'set', qty]])
    // without a cart there is nothing to change
    expect(u('mach 3 draus', {}).lines.every((l) => l.op !== 'set')).toBe(true)
  })

  it('swaps one item for another in either order and in three languages, as many as the cart had', () => {
    const swapped = [
      ['SUGAR-1KG', 'set', 1],
      ['MILK-TAAZA', 'remove'],
    ]
    for (const text of [
      'statt Milch lieber Zucker',
      'sugar instead of milk',
      'doodh ki jagah cheeni',
      'दूध की जगह चीनी',
    ])
      expect(u(text, CART).lines[0], text).toMatchObject({ sku: 'SUGAR-1KG', qtyOf: 'MILK-TAAZA' })
    // a new amount is said: that many, not the cart's
    const two = u('statt Milch lieber 2 Zucker', CART).lines.find((l) => l.sku === 'SUGAR-1KG')
    expect(two).toMatchObject({ qty: 2, op: 'add' })
    expect(two?.qtyOf).toBeUndefined()
    // what is not in the cart has no quantity to hand on
    expect(u('Zucker statt Butter', { cartSkus: ['BREAD'] }).lines.map((l) => l.op)).toEqual([
      'remove',
      'add',
    ])
    expect(ops('statt Milch lieber Zucker')).toEqual(swapped)
    expect(ops('Zucker statt Milch')).toEqual(swapped)
    expect(ops('anstatt Milch bitte Zucker')).toEqual(swapped)
    expect(ops('sugar instead of milk')).toEqual(swapped)
    expect(ops('instead of milk, sugar please')).toEqual(swapped)
    expect(ops('doodh ki jagah cheeni')).toEqual(swapped)
  })

  it('reads "das" and "die" before a noun as articles, not as Hindi numbers', () => {
    expect(u('das Brot bitte', CART).lines[0]).toMatchObject({ sku: 'BREAD', qty: 1 })
    expect(u('die Eier').lines[0]).toMatchObject({ sku: 'EGG', qty: 1 })
    expect(u('das kilo aloo').lines[0]).toMatchObject({ sku: 'POTATO', qty: 10, unit: 'kg' })
    expect(u('das ande').lines[0]).toMatchObject({ sku: 'EGG', qty: 10 })
  })
})

describe('status questions', () => {
  it.each([
    'ist meine Bestellung fertig?',
    'Ist die Bestellung schon unterwegs?',
    'wann kann ich abholen?',
    'Ab wann kann ich die Bestellung abholen',
    'kann ich schon abholen?',
    'is the order complete?',
    'is my order ready yet',
    'order ready hai kya',
    'mera order tayyar hai kya',
    'when can I pick it up?',
  ])('%s asks about the order', (text) => {
    expect(u(text).intent).toBe('status')
  })

  it('an order that mentions a day is not a status question', () => {
    expect(u('wann kommt ihr? 2 kg Tomaten bitte').intent).toBe('order')
  })
})

describe('adding to the order with a German verb of adding', () => {
  it.each([
    ['kannst du noch 2 Eier dazu tun', 'EGG', 2, 'pc'],
    ['könnt ihr 1 kg Zwiebeln dazupacken?', 'ONION', 1, 'kg'],
    ['kannst du mir noch 3 Brot mitgeben', 'BREAD', 3, 'pack'],
    ['bitte noch 500 g Tomaten dazulegen', 'TOMATO', 500, 'g'],
  ])('%s', (text, sku, qty, unit) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
    expect(r.unmatched).toEqual([])
  })

  it('a question that asks something else stays a question', () => {
    expect(u('kannst du mir sagen, wann ihr zu macht?').lines).toEqual([])
  })
})

describe('"as before" said first is no question', () => {
  it.each([
    ['wie immer: 2 Brot', 'BREAD', 2, 'pack'],
    ['Wie gewohnt bitte 1 kg Tomaten', 'TOMATO', 1, 'kg'],
    ['wie letzte Woche: 3 Brot', 'BREAD', 3, 'pack'],
  ])('%s', (text, sku, qty, unit) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
  })

  it('a question that begins with wie stays a question', () => {
    expect(u('wie lange habt ihr heute offen?').lines).toEqual([])
  })
})

describe('what comes in place of goods taken out is added', () => {
  const cart = { cartSkus: ['BREAD', 'AMUL-BUTTER-100'] }
  it.each([
    ['doch keine Butter, dafür 2 Brot'],
    ['keine Butter, stattdessen 2 Brot'],
    ['butter hatao aur uski jagah 2 bread'],
    ['no butter, instead 2 bread'],
  ])('%s', (text) => {
    const r = understand(text, index, cart)
    expect(r.lines.map((l) => [l.sku, l.op === 'remove' ? 'remove' : 'in'])).toEqual([
      ['AMUL-BUTTER-100', 'remove'],
      ['BREAD', 'in'],
    ])
    expect(r.unmatched).toEqual([])
  })
})

describe('a German request is answered in German by its small words', () => {
  it.each([
    'Kannst du mir 3 Brezeln zur Seite legen?',
    'Zweimal Apfelsaft, einmal Vollmilch',
    'Kann ich 2 Schalen Erdbeeren vom Hof bis Samstag?',
    // talk about goods had: articles, tense and praise
    'Die Croissants waren der Hammer',
    'der Kuchen gestern war lecker',
    'Der Kuchen hat super geschmeckt',
    'die Semmeln waren leider hart',
  ])('%s', (text) => {
    expect(u(text).language).toBe('de')
  })

  it('an English or Hinglish order is not taken for German', () => {
    expect(u('can you send 2 bread by 6').language).toBe('en')
    expect(u('bhaiya 2 kilo aloo bhej do').language).toBe('hi')
  })
})

describe('reservations are orders', () => {
  it.each([
    ['bitte 1 Brot zurücklegen', 'BREAD', 1, 'pack'],
    ['für Sonntag 1 kg Tomaten reservieren', 'TOMATO', 1, 'kg'],
    ['Kannst du mir 2 Brot für Samstag aufheben?', 'BREAD', 2, 'pack'],
    ['1 kg Zwiebeln bis Freitag reservieren bitte', 'ONION', 1, 'kg'],
    ['please keep 2 bread aside for sunday', 'BREAD', 2, 'pack'],
    ['kal ke liye 2 kilo aloo rakh dena', 'POTATO', 2, 'kg'],
    ['Kannst du mir 2 Brot zur Seite legen?', 'BREAD', 2, 'pack'],
    ['bitte 1 kg Tomaten auf die Seite legen', 'TOMATO', 1, 'kg'],
    // any verb of putting after "zur Seite" / "beiseite" puts aside
    ['Könnt ihr mir 3 Brot zur Seite tun?', 'BREAD', 3, 'pack'],
    ['Könnten Sie mir 2 kg Zwiebeln beiseite stellen?', 'ONION', 2, 'kg'],
    ['kannst du mir 2 Brot zur Seite packen', 'BREAD', 2, 'pack'],
    ['Tut ihr mir 1 kg Tomaten zur Seite?', 'TOMATO', 1, 'kg'],
    ['Stellst du mir 2 Brot beiseite?', 'BREAD', 2, 'pack'],
  ])('%s', (text, sku, qty, unit) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
    expect(r.unmatched).toEqual([])
  })
})

describe('putting more on top adds it', () => {
  it.each([
    ['Könnt ihr noch 3 Brot drauflegen?', 'BREAD', 3],
    ['leg noch 2 Brot drauf', 'BREAD', 2],
    ['packt noch 6 Eier obendrauf', 'EGG', 6],
  ])('%s', (text, sku, qty) => {
    const r = u(text, CART)
    expect(r.lines.map((l) => [l.sku, l.op, l.qty])).toEqual([[sku, 'add', qty]])
    expect(r.unmatched).toEqual([])
  })
})

describe('saying an amount is enough sets the line last added', () => {
  it.each([
    ['eins reicht doch', 1],
    ['2 reichen', 2],
    ['mach zwei draus', 2],
    ['Machen Sie zwei draus', 2],
    ['one is enough', 1],
    ['ek kaafi hai', 1],
  ])('%s', (text, qty) => {
    expect(u(text, CART).lines.map((l) => [l.sku, l.op, l.qty])).toEqual([['MILK-TAAZA', 'set', qty]])
  })
  it('"das reicht" is no ten', () => {
    expect(u('das reicht', CART).lines).toEqual([])
  })
})

describe('"noch was" is something more, no question: what follows is ordered', () => {
  it.each([
    ['Oh, noch was: 2 Brot', 'BREAD', 2],
    ['noch was - 6 Eier bitte', 'EGG', 6],
    ['ach, noch was: ein Brot', 'BREAD', 1],
    ['ich brauch noch was: 3 Eier', 'EGG', 3],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
  })

  it('a question after it is still a question', () => {
    expect(u('noch was, wann habt ihr morgen auf?').lines).toEqual([])
    expect(u('sonst noch was?').lines).toEqual([])
  })
})

describe('a verb of putting without "zur Seite" orders nothing', () => {
  it.each([
    'Können Sie etwas dagegen tun?',
    'Kannst du mir einen Gefallen tun?',
    'stellst du die Milch kalt?',
  ])('%s', (text) => {
    expect(u(text).lines).toEqual([])
    expect(u(text).intent).not.toBe('order')
  })
})

describe('common words with a typo', () => {
  it.each([
    ['3 bred', 'BREAD'],
    ['bred', 'BREAD'],
    ['2 suagr', 'SUGAR-1KG'],
    ['sugr 1', 'SUGAR-1KG'],
    ['1 kg tomoto', 'TOMATO'],
    ['2 mlik', 'MILK-TAAZA'],
  ])('%s', (text, sku) => {
    expect(u(text).lines.map((l) => l.sku)).toEqual([sku])
  })

  it('a changed letter in a four-letter word is still not another product', () => {
    expect(u('2 cake').lines.map((l) => l.sku)).not.toContain('COKE-750')
  })
})

describe('German verbs of wanting in every person and mood', () => {
  it.each([
    ['ich bräuchte 2 Brot', 'BREAD', 2],
    ['hallo, ich braeuchte 6 eier', 'EGG', 6],
    ['wir bräuchten 3 kg Tomaten', 'TOMATO', 3],
    ['ich wollte 2 brot bestellen', 'BREAD', 2],
    ['wir wollten 1 kg zwiebeln', 'ONION', 1],
    ['Hallo, kann ich für morgen 4 Eier vormerken lassen?', 'EGG', 4],
    ['könntet ihr mir 2 Brot zurücklegen lassen', 'BREAD', 2],
    ['möchtet ihr mir 1 kg Tomaten einpacken', 'TOMATO', 1],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })

  it('"will" stays English in a question that asks for nothing', () => {
    expect(u('when will you get fresh tomatoes').lines).toEqual([])
  })
})

describe('dialect and particles around a yes or an item', () => {
  it.each([
    'passt scho',
    'basst scho',
    'ja des basst',
    'jo mei, passt',
    'passt a so',
    'ach ja passt',
    'passt, gell',
  ])('%s is a yes', (text) => {
    expect(u(text, CART).intent).toBe('confirm')
  })

  it.each(['nee', 'ne', 'nö'])('%s is a no', (text) => {
    expect(u(text).intent).toBe('cancel')
  })

  it.each([
    ['und 1 kg Tomaten gell', 'TOMATO', 1],
    ['2 brot, gell', 'BREAD', 2],
    ['3 eier halt', 'EGG', 3],
    ['ach, noch 1 milch', 'MILK-TAAZA', 1],
    ['so ca. 2 kg zwiebeln', 'ONION', 2],
  ])('a particle is no part of the item: %s', (text, sku, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })
})

describe('German edits with the verb first and its particle last', () => {
  it.each([
    ['nimm die Butter raus', 'AMUL-BUTTER-500'],
    ['nimm die milch wieder raus', 'MILK-TAAZA'],
    ['tu die Butter weg', 'AMUL-BUTTER-500'],
    ['lass das Brot weg', 'BREAD'],
    ['ach doch kein Brot', 'BREAD'],
    ['oh, doch keine Milch', 'MILK-TAAZA'],
  ])('%s removes it', (text, sku) => {
    expect(ops(text)).toEqual([[sku, 'remove']])
    expect(u(text, CART).unmatched).toEqual([])
  })

  it.each([
    ['mach bei den Broten 3 draus', 'BREAD', 3],
    ['bei der milch bitte 2', 'MILK-TAAZA', 2],
    ['beim Brot nur 1', 'BREAD', 1],
    ['die milch bitte nur 1', 'MILK-TAAZA', 1],
    ['das brot bitte nur 2', 'BREAD', 2],
    // the definite article and a count after the goods restate a line in the cart
    ['und das Brot bitte zweimal', 'BREAD', 2],
    ['die Milch bitte 3 mal', 'MILK-TAAZA', 3],
    ['das Brot 2x', 'BREAD', 2],
    ['the bread x3 please', 'BREAD', 3],
  ])('%s sets the quantity of the item named', (text, sku, qty) => {
    expect(ops(text)).toEqual([[sku, 'set', qty]])
  })

  // German's "bitte" between the goods and the count restates the line as the article does
  it.each([
    ['Brot bitte 3', 'BREAD', 3],
    ['milch bitte 2 liter', 'MILK-TAAZA', 2],
    ['Butter bitte zwei', 'AMUL-BUTTER-500', 2],
    ['und Milch bitte 4 Stück', 'MILK-TAAZA', 4],
  ])('%s sets the quantity of the item named', (text, sku, qty) => {
    expect(ops(text)).toEqual([[sku, 'set', qty]])
  })

  it('a quantity swapped for another keeps the item and changes its quantity', () => {
    for (const [text, sku, qty] of [
      ['lieber 2 statt 3 Brot', 'BREAD', 2],
      ['2 statt 3 brot bitte', 'BREAD', 2],
      ['statt 3 lieber 2 Brot', 'BREAD', 2],
      ['3 kg Tomaten statt 2', 'TOMATO', 3],
      ['1 kg statt 2 kg tomaten', 'TOMATO', 1],
    ] as const) {
      const r = u(text, { cartSkus: ['BREAD', 'TOMATO'] })
      expect(
        r.lines.map((l) => [l.sku, l.op, l.qty]),
        text,
      ).toEqual([[sku, 'set', qty]])
    }
    // two items are still a swap of one for the other
    expect(ops('statt Milch lieber Zucker').map((l) => l[1])).toEqual(['set', 'remove'])
  })

  it('"N not M" / "N nicht M" says the new quantity first and takes the second back', () => {
    for (const [text, sku, qty] of [
      ['the bread, 3 not 2', 'BREAD', 3],
      ['tomatoes 1kg not 2kg', 'TOMATO', 1],
      ['4 bread not 2', 'BREAD', 4],
      ['Brot 4, nicht 3', 'BREAD', 4],
      ['make it 5 not 2', 'TOMATO', 5],
    ] as const) {
      const r = u(text, { cartSkus: ['BREAD', 'TOMATO'] })
      expect(
        r.lines.map((l) => [l.sku, l.op, l.qty]),
        text,
      ).toEqual([[sku, 'set', qty]])
      expect(r.unmatched, text).toEqual([])
    }
  })

  it('counted first, or with a word of adding, the goods are added', () => {
    expect(ops('die 2 Brot noch')).toEqual([['BREAD', 'add']])
    expect(ops('das Brot bitte 2 mehr')).toEqual([['BREAD', 'add']])
  })

  it('"dafür", "stattdessen", "zusätzlich" add what they name', () => {
    for (const text of ['dafür noch 2 Eier', 'stattdessen 2 Eier', 'zusätzlich 2 Eier'])
      expect(ops(text), text).toEqual([['EGG', 'add']])
  })

  it('"die" before a word is the article and "das" too when the line has its own number', () => {
    expect(u('die eier bitte').lines[0]).toMatchObject({ sku: 'EGG', qty: 1 })
    expect(u('das brot 2 mal').lines[0]).toMatchObject({ sku: 'BREAD', qty: 2 })
    expect(u('das ande').lines[0]).toMatchObject({ sku: 'EGG', qty: 10 })
  })
})

describe('status questions about the order said as a pronoun', () => {
  it.each([
    'wann ist es fertig?',
    'ist alles fertig?',
    'ist es schon fertig',
    'sind sie schon unterwegs?',
    'wird es bald fertig?',
    'is it ready?',
    'when will it be ready',
  ])('%s', (text) => {
    expect(u(text).intent).toBe('status')
  })

  it.each(['ist es frisch?', 'ist das Brot von heute?'])('%s is not about the order', (text) => {
    expect(u(text).intent).not.toBe('status')
  })
})

describe('German case endings on a noun the catalog has bare', () => {
  it.each([
    ['mit 6 Eiern', 'EGG', 6],
    ['bei den Broten 2', 'BREAD', 2],
    ['3 Broten', 'BREAD', 3],
    ['von den Zuckern 1', 'SUGAR-1KG', 1],
  ])('%s', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
  })
})

describe('Bavarian and spoken German', () => {
  it.each([
    ['hätt gern a Brot', [['BREAD', 1]]],
    ['i hätt gern 2 brot', [['BREAD', 2]]],
    [
      'a Brot und zwoa Milch',
      [
        ['BREAD', 1],
        ['MILK-TAAZA', 2],
      ],
    ],
    ['und a Milch', [['MILK-TAAZA', 1]]],
    ['moin moin 1 kg Zwiebeln', [['ONION', 1]]],
  ])('%s', (text, want) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual(want)
    expect(r.unmatched).toEqual([])
  })

  it.each(['danke euch', 'danke dir', 'vielen dank ihnen'])('%s is thanks', (text) => {
    expect(u(text).intent).toBe('thanks')
  })
})

describe('German edits that say the new quantity with a verb', () => {
  it.each([
    ['die Milch bitte auf 3 erhöhen', 'MILK-TAAZA', 3],
    ['brot auf 1 reduzieren', 'BREAD', 1],
    ['das Brot auf 2 verringern', 'BREAD', 2],
  ])('%s', (text, sku, qty) => {
    expect(ops(text)).toEqual([[sku, 'set', qty]])
  })

  it.each(['die Butter doch nicht', 'ach und die Butter doch nicht'])('%s removes it', (text) => {
    expect(ops(text)).toEqual([['AMUL-BUTTER-500', 'remove']])
  })

  it('"doch nicht" alone still cancels', () => {
    expect(u('doch nicht').intent).toBe('cancel')
  })
})

describe('a quantity after asking whether there is some orders it', () => {
  it.each([
    ['habt ihr noch Tomaten? dann bitte 1 kg', 'TOMATO', 1],
    ['gibt es heute Brot? Dann 2 Stück', 'BREAD', 2],
    ['do you have onions? 2 kg then', 'ONION', 2],
    ['aloo hai kya? 3 kilo bhej do', 'POTATO', 3],
    ['hast du noch Tomaten? dann 2 kg', 'TOMATO', 2],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })

  // a German decimal comma is one amount, not two pieces of the message
  it.each([
    ['habt ihr noch Tomaten? dann bitte 1,5 kilo', 'TOMATO', 1.5],
    ['haben Sie noch Zwiebeln? dann 2,5 kg', 'ONION', 2.5],
    ['gibt es noch Tomaten? wenn ja 0,5 kg bitte', 'TOMATO', 0.5],
    ['was kosten die Kartoffeln? dann hätte ich gern 1,5 kg', 'POTATO', 1.5],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
  })

  it.each([
    [
      'habt ihr noch Tomaten? dann 2 kg bitte und 1 Brot',
      [
        ['TOMATO', 2],
        ['BREAD', 1],
      ],
    ],
    [
      'Habt ihr Brot? Dann 2 und 6 Eier',
      [
        ['BREAD', 2],
        ['EGG', 6],
      ],
    ],
    [
      'do you have onions? then 3 kg and 1 bread',
      [
        ['ONION', 3],
        ['BREAD', 1],
      ],
    ],
    [
      'aloo hai? to 2 kilo aur 1 bread',
      [
        ['POTATO', 2],
        ['BREAD', 1],
      ],
    ],
  ])('in a list, the one piece that is only an amount is the goods asked about: %s', (text, want) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual(want)
    expect(r.unmatched).toEqual([])
  })

  it.each([
    ['Kann man das Brot schon geschnitten bekommen?', 'BREAD'],
    ['kann man bei euch auch Eier kaufen?', 'EGG'],
    ['gibt es das Brot auch geschnitten?', 'BREAD'],
  ])('whether one can get goods, also as they are to be made, asks about them: %s', (text, sku) => {
    const r = u(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
    expect(r.unmatched).toEqual([])
  })

  it('"kann man" about anything else is no goods asked about', () => {
    expect(u('Kann man bei euch mit Karte zahlen?').unmatched).toEqual([])
    expect(u('kann man bei euch 2 Brot bestellen?').lines.map((l) => [l.sku, l.qty])).toEqual([['BREAD', 2]])
  })

  it.each(['hast du noch Tomaten?', 'Hey, hast du Brot?', 'hättest du noch Eier?'])(
    'asked in the du-form: "%s" asks for price and stock',
    (text) => expect(u(text)).toMatchObject({ intent: 'price', unmatched: [] }),
  )

  it('the question alone, or with a number about something else, stays a question', () => {
    expect(u('habt ihr noch Tomaten?').intent).toBe('price')
    expect(u('habt ihr noch Eier? wir sind 4 Leute').lines).toEqual([])
  })
})

describe('wie oft: how often is no item', () => {
  it.each(['täglich 1 Brot', '1 Brot jeden Morgen', 'jeden Tag 1 Brot bitte', '1 Brot wöchentlich'])(
    '%s',
    (text) => {
      const r = u(text)
      expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([['BREAD', 1]])
      expect(r.unmatched).toEqual([])
    },
  )
})

describe('what German customers say at the counter: bekommen, kriegen, holen, and verbs without their -e', () => {
  it.each([
    ['ich bekomme 2 Brot', 2],
    ['Kann ich 3 Brot bekommen?', 3],
    ['ich krieg 1 Brot', 1],
    ['Krieg ich noch 2 Brot?', 2],
    ['hol mir 4 Brot', 4],
    ['ich brauch 2 Brot', 2],
    ['ich nehm noch 1 Brot', 1],
    ['ich bestell 5 Brot', 5],
  ])('%s', (text, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([['BREAD', qty]])
    expect(r.unmatched).toEqual([])
  })
})

describe('einmal, zweimal: so many of it, as said at the counter', () => {
  it.each([
    ['einmal Brot', 1],
    ['zweimal Brot bitte', 2],
    ['dreimal das Brot', 3],
    ['noch einmal 2 Brot', 2],
    ['nochmal 4 Brot', 4],
  ])('%s', (text, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([['BREAD', qty]])
  })
})

describe('asking whether there is some, the German way ("ist noch … da?")', () => {
  it.each([
    'ist noch Brot da?',
    'sind heute Tomaten da',
    'Hallo, ist das Brot noch vorrätig?',
    'gibts noch Brot?',
  ])('%s asks about the product', (text) => {
    const r = u(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.text).toMatch(/brot|tomaten/i)
    expect(r.unmatched).toEqual([])
  })

  it('orders a quantity said next, and leaves the order itself to the status answer', () => {
    expect(u('Ist noch Brot da? Dann hätte ich gern 2').lines.map((l) => [l.sku, l.qty])).toEqual([
      ['BREAD', 2],
    ])
    expect(u('ist die Bestellung schon da?').intent).toBe('status')
    expect(u('Das Brot ist noch da').unmatched).toEqual([])
  })
})
