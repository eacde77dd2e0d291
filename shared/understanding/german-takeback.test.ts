// German customers take back what they just typed, inside one message or right after it: a "nee", "quatsch",
// "ach ne" before the new amount, or a sentence opening with "statt" that swaps goods of the order just written.
// What was taken back must not stay in the order beside what replaced it. Each rule is tried with several wordings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand, type ConversationContext } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', { value: 500, unit: 'g' }, ['Bauernbrot', 'Brot']),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln']),
  P('BROETCHEN', 'Brötchen', 'pc', null, ['Semmel', 'Semmeln']),
  P('LAUGEN', 'Laugenstange', 'pc', null, ['Laugenstangen']),
  P('KARTOFFELN', 'Kartoffeln', 'kg'),
  P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']),
  P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }),
  P('JOGHURT', 'Joghurt Becher 500 g', 'pc', { value: 500, unit: 'g' }, ['Joghurt']),
  P('LEBERWURST', 'Leberwurst im Glas 200 g', 'pc', { value: 200, unit: 'g' }, ['Leberwurst']),
])
const ops = (text: string, ctx: ConversationContext = {}) =>
  understand(text, index, ctx).lines.map((l) => [l.sku, l.op ?? 'add', l.qty])

describe('a German no, then the new amount, in the same message replaces the amount just said', () => {
  it.each([
    ['10 Brötchen, ach ne 12', 12],
    ['10 brötchen, nee, 12', 12],
    ['3 Brötchen, quatsch, 5', 5],
    ['4 semmeln, ach nee, 6', 6],
  ])('%s', (text, n) => expect(ops(text)).toEqual([['BROETCHEN', 'add', n]]))

  it.each([
    ['2 Joghurt und 10 Brötchen, nee doch nur 8 Brötchen', 8],
    ['2 joghurt, 10 semmeln, ne lieber 6 semmeln', 6],
    ['2 Joghurt und 4 Brötchen, quatsch, 5 Brötchen', 5],
  ])('%s', (text, n) =>
    expect(ops(text)).toEqual([
      ['JOGHURT', 'add', 2],
      ['BROETCHEN', 'add', n],
    ]),
  )
})

describe('a spoken take-back or hesitation with no comma before the new amount replaces the amount just said', () => {
  it.each([
    ['10 Brötchen äh 12', 'BROETCHEN', 12],
    ['10 brötchen ähm 12', 'BROETCHEN', 12],
    ['4 semmeln ach nee 6 bitte', 'BROETCHEN', 6],
    ['3 Butter ähm quatsch 2', 'BUTTER', 2],
    ['10 Brötchen ich mein 12', 'BROETCHEN', 12],
    ['10 Brötchen, also 12', 'BROETCHEN', 12],
    ['2 kg Kartoffeln aeh 3 kg', 'KARTOFFELN', 3],
    ['6 Brezeln äh sieben', 'BREZEL', 7],
    ['2 Brezeln äh 4 Brezeln', 'BREZEL', 4],
    ['1 Leberwurst also 2 Leberwurst', 'LEBERWURST', 2],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, 'add', n]]))
})

describe('a German no or "doch", then only a number, restates the line last added to the cart', () => {
  const cart = { cartSkus: ['JOGHURT', 'BROETCHEN'] }
  it.each(['ne doch 3', 'nee, 3', 'ach nee, 3', 'nö 3', 'doch 3', 'ach doch 3'])('%s', (text) =>
    expect(ops(text, cart)).toEqual([['BROETCHEN', 'set', 3]]),
  )
})

describe('a sentence opening with "statt" after an order swaps goods of that order', () => {
  it.each([
    [
      '10 Brötchen, 1 Leberwurst und 2 Joghurt. Statt Joghurt lieber 2 Milch',
      [
        ['BROETCHEN', 'add', 10],
        ['LEBERWURST', 'add', 1],
        ['MILCH', 'add', 2],
      ],
    ],
    [
      '10 brötchen und 2 joghurt, ach nee statt joghurt 2 milch',
      [
        ['BROETCHEN', 'add', 10],
        ['MILCH', 'add', 2],
      ],
    ],
    [
      '2 Brezeln, 3 Butter. Statt Butter lieber Milch',
      [
        ['BREZEL', 'add', 2],
        ['MILCH', 'add', 3],
      ],
    ],
    [
      '2 brezeln und 3 laugenstangen, oder statt laugenstangen lieber semmeln',
      [
        ['BREZEL', 'add', 2],
        ['BROETCHEN', 'add', 3],
      ],
    ],
  ])('%s', (text, want) => expect(ops(text)).toEqual(want))

  it('the goods swapped may be the cart\'s: "3 Brezeln, statt Joghurt lieber Milch"', () => {
    expect(ops('3 Brezeln, statt Joghurt lieber Milch', { cartSkus: ['JOGHURT'] })).toEqual([
      ['BREZEL', 'add', 3],
      ['MILCH', 'set', 1],
      ['JOGHURT', 'remove', 1],
    ])
  })
})

describe('goods not wanted, said with a German verb of wanting and a no, before or after them', () => {
  const cart = { cartSkus: ['BREZEL', 'BROETCHEN'] }
  it.each([
    'Brezeln brauch ich keine',
    'die Brezeln brauch ich nicht',
    'die Brezeln bitte nicht',
    'Brezeln lieber nicht',
    'brauch keine Brezeln mehr',
  ])('%s', (text) => expect(ops(text, cart)).toEqual([['BREZEL', 'remove', 1]]))

  // German word order: the goods first, the verb second, its person and the words of when before the no
  it.each([
    'Brezeln will ich jetzt keine',
    'die Brezeln will ich jetzt doch nicht mehr',
    'Brezeln brauchen wir diesmal keine',
    'brezeln möchte ich jetzt doch keine',
    'die Brezeln nehm ich vorerst nicht',
  ])('the verb second, words of when between: %s', (text) =>
    expect(ops(text, cart)).toEqual([['BREZEL', 'remove', 1]]),
  )
})

describe('a day said inside a removal with the verb second is part of it, not the end of the goods', () => {
  const cart = { cartSkus: ['BREZEL', 'BUTTER'] }
  it.each([
    ['Brezeln möchte ich heute doch keine', 'BREZEL'],
    ['brezeln brauchen wir morgen keine', 'BREZEL'],
    ['die Butter brauch ich heute doch nicht', 'BUTTER'],
    ['butter will ich heute nicht mehr', 'BUTTER'],
    ['Brezeln nehm ich am Samstag keine.', 'BREZEL'],
  ])('%s', (text, sku) => expect(ops(text, cart)).toEqual([[sku, 'remove', 1]]))
})

describe('a verb of swapping: what goes out, then what comes in', () => {
  const cart = { cartSkus: ['BREZEL', 'BROETCHEN'] }
  it.each([
    'tausch die Brezeln gegen Laugenstangen',
    'Brezeln durch Laugenstangen ersetzen',
    'die Brezeln bitte gegen Laugenstangen tauschen',
    'könnt ihr die Brezeln durch Laugenstangen ersetzen?',
    'swap the Brezel for Laugenstange',
  ])('%s', (text) =>
    expect(ops(text, cart)).toEqual([
      ['LAUGEN', 'set', 1],
      ['BREZEL', 'remove', 1],
    ]),
  )
})

describe('a kind of goods taken out is every cart line of that category', () => {
  const shop = buildCatalogIndex([
    { ...P('APFEL', 'Äpfel Elstar', 'kg', null, ['Äpfel']), category: 'Obst' },
    { ...P('BIRNE', 'Birnen', 'kg'), category: 'Obst' },
    { ...P('KARTOFFELN', 'Kartoffeln', 'kg'), category: 'Gemüse' },
    { ...P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']), category: 'Molkerei' },
    { ...P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }), category: 'Molkerei' },
  ])
  const cart = { cartSkus: ['APFEL', 'BIRNE', 'KARTOFFELN', 'MILCH'] }
  const out = (text: string) => understand(text, shop, cart).lines.map((l) => [l.sku, l.op])
  it.each(['doch kein Obst', 'das Obst bitte wieder raus', 'Obst brauch ich doch keins', 'ohne Obst bitte'])(
    '%s',
    (text) =>
      expect(out(text)).toEqual([
        ['APFEL', 'remove'],
        ['BIRNE', 'remove'],
      ]),
  )

  it.each(['remove the Molkerei', 'Molkerei bitte streichen'])(
    '%s takes out only the cart line of it',
    (text) => expect(out(text)).toEqual([['MILCH', 'remove']]),
  )
})

describe('a word that is both a category and some goods of it takes out those goods, not the whole category', () => {
  const shop = buildCatalogIndex([
    {
      ...P('BROT-GROSS', 'Bauernbrot groß 1000 g', 'pc', null, ['Bauernbrot', 'Brot', 'Brote']),
      category: 'Brot',
    },
    {
      ...P('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', null, ['Bauernbrot', 'Brot', 'Brote']),
      category: 'Brot',
    },
    { ...P('BROETCHEN', 'Brötchen', 'pc', null, ['Semmel', 'Semmeln']), category: 'Brot' },
    { ...P('BREZEL', 'Brezel', 'pc', null, ['Brezeln', 'Brezn']), category: 'Brot' },
    { ...P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']), category: 'Molkerei' },
  ])
  const out = (text: string, cartSkus: string[]) =>
    understand(text, shop, { cartSkus }).lines.map((l) => [l.sku, l.op])
  it.each(['doch kein Brot', 'das brot wieder raus', 'Brot brauch ich doch keins', 'ohne brot bitte'])(
    '%s over bread, rolls and milk',
    (text) => expect(out(text, ['BROT-GROSS', 'BROETCHEN', 'MILCH'])).toEqual([['BROT-GROSS', 'remove']]),
  )
  it.each(['doch keine Brote', 'die brote wieder raus', 'ohne Brote bitte'])(
    '%s over a big and a small bread takes out both',
    (text) =>
      expect(out(text, ['BROT-GROSS', 'BROT-KLEIN', 'BREZEL'])).toEqual([
        ['BROT-GROSS', 'remove'],
        ['BROT-KLEIN', 'remove'],
      ]),
  )
})

describe('"kein X sondern Y", "nicht X sondern Y" takes X out of the cart and puts Y in', () => {
  const swapped = (text: string, cartSkus: string[]) => {
    const lines = understand(text, index, { cartSkus }).lines
    return {
      out: lines.filter((l) => l.op === 'remove').map((l) => l.sku),
      in: lines.filter((l) => l.op !== 'remove').map((l) => l.sku),
    }
  }
  it.each([
    ['nee keine butter sondern 2 joghurt', ['BUTTER', 'MILCH'], 'BUTTER', 'JOGHURT'],
    ['keine Butter, sondern Joghurt', ['BUTTER', 'MILCH'], 'BUTTER', 'JOGHURT'],
    ['doch nicht die butter sondern lieber joghurt', ['BUTTER'], 'BUTTER', 'JOGHURT'],
    ['ach nee, keine brezeln sondern laugenstangen', ['BREZEL', 'MILCH'], 'BREZEL', 'LAUGEN'],
    ['nicht die Brezeln, sondern 3 Laugenstangen', ['BREZEL'], 'BREZEL', 'LAUGEN'],
  ])('%s', (text, cart, out, into) => expect(swapped(text, cart)).toEqual({ out: [out], in: [into] }))
})

describe('goods the customer says they still have at home are taken out of the cart', () => {
  const cart = { cartSkus: ['KARTOFFELN', 'BUTTER', 'MILCH'] }
  it.each([
    ['die kartoffeln hab ich noch', 'KARTOFFELN'],
    ['Butter haben wir schon zuhause', 'BUTTER'],
    ['ach die milch hab ich doch noch', 'MILCH'],
    ['die butter haben wir noch genug', 'BUTTER'],
  ])('%s', (text, sku) => {
    expect(ops(text, cart)).toEqual([[sku, 'remove', 1]])
    expect(understand(text, index, cart).unmatched).toEqual([])
  })

  it('"ich hab noch 2 Brezeln vergessen" still adds', () =>
    expect(ops('ich hab noch 2 brezeln vergessen', cart)).toEqual([['BREZEL', 'add', 2]]))
})

describe('"also nur X" keeps only X, also after what was taken out in the same message', () => {
  const cart = { cartSkus: ['KARTOFFELN', 'BUTTER', 'MILCH'] }
  it.each([
    ['oh warte die kartoffeln hab ich noch, also nur butter', ['BUTTER']],
    ['also nur die milch', ['MILCH']],
    ['ach nur butter und milch', ['BUTTER', 'MILCH']],
  ])('%s', (text, kept) => {
    const r = understand(text, index, cart)
    expect(r.keepOnly).toBe(true)
    expect(r.lines.map((l) => l.sku)).toEqual(kept)
  })
})
