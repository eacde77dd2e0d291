import { describe, expect, it } from 'vitest'
import type { Product } from '../domain'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts, testProduct } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())
const u = (text: string, ctx = {}) => understand(text, index, ctx)
const skus = (text: string) => u(text).lines.map((l) => l.sku)

describe('intent', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['namaste bhaiya', 'greeting'],
    ['Guten Tag', 'greeting'],
    ['👋', 'greeting'],
    ['menu', 'catalog'],
    ['send price list', 'catalog'],
    ['kya kya milega', 'catalog'],
    ['Was habt ihr?', 'catalog'],
    ['what do you have', 'catalog'],
    ['price of sugar', 'price'],
    ['how much is amul butter 500g', 'price'],
    ['tamatar kitne ka hai', 'price'],
    ['kya aapke paas coke hai?', 'price'],
    ['Was kostet Zucker?', 'price'],
    ['yes', 'confirm'],
    ['ok', 'confirm'],
    ['haan bhej do', 'confirm'],
    ['Ja, passt', 'confirm'],
    ['👍', 'confirm'],
    ['✅', 'confirm'],
    ['cancel', 'cancel'],
    ['cancel my order', 'cancel'],
    ['nahi chahiye', 'cancel'],
    ['stornieren bitte', 'cancel'],
    ['where is my order', 'status'],
    ['order kab aayega', 'status'],
    ['Wo ist meine Bestellung?', 'status'],
    ['talk to a human', 'human'],
    ['bhaiya se baat karni hai', 'human'],
    ['thanks!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['shukriya', 'thanks'],
    ['danke', 'thanks'],
    ['🙏', 'thanks'],
    ['2 kg aloo', 'order'],
    ['hi, 2 kg aloo please', 'order'],
    ["that's all", 'confirm'],
    ['bas itna hi', 'confirm'],
    ['Das wäre alles', 'confirm'],
    ["What are today's prices?", 'catalog'],
    ['aaj ka rate', 'catalog'],
    ['Can I call you?', 'human'],
    ["don't want", 'cancel'],
    ['same as last time', 'order'],
    ['where is my parcel', 'status'],
    ['coke ka rate kya hai', 'price'],
    ['what is the weather', 'other'],
    ['lol', 'other'],
  ])('%s -> %s', (text, intent) => {
    expect(u(text).intent).toBe(intent)
  })

  it('answers a price question with the item', () => {
    expect(u('price of sugar').priceQuery).toMatchObject({ sku: 'SUGAR-1KG' })
    expect(u('tamatar kitne ka hai').priceQuery).toMatchObject({ sku: 'TOMATO' })
    expect(u('do you have eggs?')).toMatchObject({ intent: 'price', priceQuery: { sku: 'EGG' } })
    expect(u('price of 1 kg tomato')).toMatchObject({ intent: 'price', priceQuery: { sku: 'TOMATO' } })
    expect(u('do you have eggs? also 2 kg sugar').priceQuery).toMatchObject({ sku: 'EGG' })
  })

  it('a question about the total next to order lines is an order', () => {
    const r = u('2 kg sugar, 1 bread - how much total?')
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => l.sku)).toEqual(['SUGAR-1KG', 'BREAD'])
    expect(r.unmatched).toEqual([])
  })

  it('detects the language to reply in', () => {
    expect(u('2 kg aloo please').language).toBe('en')
    expect(u('aadha kilo tamatar bhej do bhaiya').language).toBe('hi')
    expect(u('Ich hätte gern zwei Brote und Milch').language).toBe('de')
  })
})

describe('respect and calling out are not a yes', () => {
  it.each([
    ['hello ji', 'greeting'],
    ['namaste ji', 'greeting'],
    ['good morning ji', 'greeting'],
    ['thank you ji', 'thanks'],
    ['shukriya ji', 'thanks'],
    // the shopkeeper called by name or title alone: a hello
    ['bhaiya?', 'greeting'],
    ['uncle ji', 'greeting'],
    ['sir', 'greeting'],
    ['Hallo Chef', 'greeting'],
    // a yes with respect is still a yes
    ['ji', 'confirm'],
    ['haan ji', 'confirm'],
    ['ji haan', 'confirm'],
    ['theek hai ji', 'confirm'],
    ['ok sir', 'confirm'],
    ['ji bhaiya', 'confirm'],
  ])('%s -> %s', (text, intent) => {
    expect(u(text, { cartSkus: ['ONION'] }).intent).toBe(intent)
  })

  it('"hi" and "hello" say nothing about the language: "hi bhaiya" is Hinglish', () => {
    expect(u('hi bhaiya').language).toBe('hi')
    expect(u('hello ji').language).toBe('hi')
    expect(u('hello, I need some sugar please').language).toBe('en')
  })
})

describe('asking what else there is; adding "as well"', () => {
  it.each([
    'what else do you have',
    'what else do you have instead of the paneer?',
    'what other items do you have?',
    'aur kya kya hai',
    'Was habt ihr sonst noch?',
  ])('%s -> catalog', (text) => {
    expect(u(text).intent).toBe('catalog')
  })

  it.each([
    ['can you add 1 kg onion as well', 'ONION'],
    ['add 2 bread as well please', 'BREAD'],
    ['1 kg onion as usual', 'ONION'],
  ])('"as well", "as usual" are no part of the item: %s', (text, sku) => {
    const r = u(text)
    expect(r.lines.map((l) => l.sku)).toEqual([sku])
    expect(r.unmatched).toEqual([])
  })
})

describe('keeping only some of the cart', () => {
  const cart = { cartSkus: ['ONION', 'BREAD'] }
  it.each(['just the bread then', 'fine, only the bread', 'sirf bread', 'nahi, sirf bread', 'nur das Brot'])(
    '%s keeps the bread as it is',
    (text) => {
      const r = u(text, cart)
      expect(r.keepOnly).toBe(true)
      expect(r.lines.map((l) => l.sku)).toEqual(['BREAD'])
    },
  )
  it.each([
    // an amount is a new quantity, an item not in the cart an addition, and no cart nothing to keep
    ['only 2 bread', cart],
    ['just 1 kg sugar', cart],
    ['just the bread', {}],
  ])('%s is no keeping', (text, ctx) => {
    expect(u(text, ctx).keepOnly).toBeUndefined()
  })
})

describe('an order announced before its goods', () => {
  it.each([
    'bhaiya order likho',
    'order likh lo',
    'mera order le lo bhaiya',
    'ek order dena tha',
    'an order please',
    'Bestellung aufgeben bitte',
    'ich möchte eine Bestellung aufgeben',
    // a list announced, its items in the next messages
    'Need the following items',
    'pls send below items',
    'following items needed:',
    'ich hätte gern folgendes',
  ])('%s is an order with nothing in it yet', (text) => {
    const r = u(text, {})
    expect(r.intent).toBe('order')
    expect(r.lines).toEqual([])
    expect(r.unmatched).toEqual([])
  })
  it('the goods after it are read as usual', () => {
    expect(u('order likho: 2 kg onion, 1 bread').lines.map((l) => l.sku)).toEqual(['ONION', 'BREAD'])
  })
  // goods wished for by a word for goods in general: what they are comes next
  it.each([
    'need some stuff for tonight',
    'need some things',
    'i want to buy some groceries',
    'need to order few items',
    'kuch saman chahiye',
    'thoda samaan mangwana tha',
    'mujhe kuch cheezein mangwani hai',
    'wir bräuchten ein paar Sachen für morgen',
    'ich brauche noch Sachen',
  ])('%s is an order with nothing in it yet', (text) => {
    const r = u(text, {})
    expect(r.intent).toBe('order')
    expect(r.lines).toEqual([])
    expect(r.unmatched).toEqual([])
  })
  it.each([
    ['did you send the stuff?', {}],
    ['the stuff was bad', {}],
    ['send the items', { cartSkus: ['ONION'] }],
  ])('%s announces no order', (text, ctx) => {
    const r = u(text, ctx)
    expect(r.intent === 'order' && r.lines.length === 0).toBe(false)
  })
})

describe('placing the order in few words', () => {
  const cart = { cartSkus: ['ONION'] }
  it.each(['place order', 'please place my order', 'y', 'final', 'finalize'])(
    '%s with a cart is the yes',
    (text) => {
      expect(u(text, cart).intent).toBe('confirm')
    },
  )
  it.each(['place order', "I'd like to place an order", 'can I place an order'])(
    '%s with an empty cart announces an order',
    (text) => {
      expect(u(text, {}).intent).toBe('order')
    },
  )
  it('"yes but add 1 bread" adds the bread, no "but" left over', () => {
    const r = u('yes but add 1 bread', cart)
    expect(r.lines.map((l) => l.sku)).toEqual(['BREAD'])
    expect(r.unmatched).toEqual([])
  })
})

describe('words written the SMS way, without their vowels', () => {
  it.each([
    ['2 brd', 'BREAD'],
    ['sgr 1kg', 'SUGAR-1KG'],
    ['onin 2 kg', 'ONION'],
  ])('%s', (text, sku) => {
    expect(u(text, {}).lines.map((l) => l.sku)).toEqual([sku])
  })
  it('consonants that fit no catalog word, or a unit, are no goods', () => {
    expect(u('1 xyz', {}).unmatched).toEqual(['xyz'])
    expect(u('2 pcs bread', {}).lines.map((l) => [l.sku, l.qty])).toEqual([['BREAD', 2]])
  })
})

describe('asking whether there is some, then how much', () => {
  const shop = buildCatalogIndex([
    testProduct('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
    testProduct('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }),
    testProduct('PANEER', 'Amul Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
    testProduct('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }),
    testProduct('CORIANDER', 'Coriander Leaves', 'pc', null, ['dhaniya']),
  ])
  const lines = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty])
  it.each([
    ['Do you have Amul butter 500g? If yes send 2', 'BUTTER-500', 2],
    ['do you have paneer? if so, 3 please', 'PANEER', 3],
    ['paneer hai? agar haan to 2 bhej do', 'PANEER', 2],
    ['is maggi there? need 5', 'MAGGI', 5],
    ['if you have paneer send 1', 'PANEER', 1],
  ])('%s orders it', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty]])
  })
  it.each([
    ['Do you have Amul butter 500g?', 'BUTTER-500'],
    ['are the maggi there?', 'MAGGI'],
    ['got any fresh coriander?', 'CORIANDER'],
  ])('%s asks after that product', (text, sku) => {
    const r = understand(text, shop)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
  })
  it('the herb is found by its own name when the catalog names the leaves', () => {
    expect(lines('2 bunch coriander')).toEqual([['CORIANDER', 2]])
  })
})

describe("a kind of the cart's goods said alone", () => {
  const shop = buildCatalogIndex([
    testProduct('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }),
    testProduct('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson tel']),
    testProduct('ATTA', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }),
  ])
  const cart = { cartSkus: ['OIL-SUN', 'ATTA'] }
  const lines = (text: string, ctx = cart) =>
    understand(text, shop, ctx).lines.map((l) => [l.sku, l.op, l.qtyOf ?? ''])
  it.each(['mustard', 'mustard wala', 'the mustard one', 'sarson'])(
    '%s swaps the oil in the cart',
    (text) => {
      expect(lines(text)).toEqual([
        ['OIL-MUS', 'set', 'OIL-SUN'],
        ['OIL-SUN', 'remove', ''],
      ])
    },
  )
  it('with an amount, or with no such product in the cart, it is an item as usual', () => {
    expect(lines('1 mustard oil')).toEqual([['OIL-MUS', 'add', '']])
    expect(lines('mustard', { cartSkus: ['ATTA'] }).length).toBeLessThanOrEqual(1)
    expect(lines('coconut')).toEqual([])
  })
})

describe("another size of the cart's goods, said with more", () => {
  const shop = buildCatalogIndex([
    testProduct('MILK-500', 'Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['milk', 'doodh']),
    testProduct('MILK-1L', 'Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['milk', 'doodh']),
  ])
  const lines = (text: string) =>
    understand(text, shop, { cartSkus: ['MILK-500'] }).lines.map((l) => [l.sku, l.qty, l.op])
  it.each([
    ['and one more 1 litre', 1],
    ['2 more of the 1 litre', 2],
    ['also another 1 litre one', 1],
    ['aur ek 1 litre wala', 1],
  ])('%s is that size besides', (text, qty) => {
    expect(lines(text)).toEqual([['MILK-1L', qty, 'add']])
  })
  it.each([
    'make it 1 litre',
    'actually the 1 litre one',
    '1 litre wala kar do',
    // the size in words
    'one litre packets please',
    'the one litre ones',
    'make it one litre',
  ])('%s is it instead', (text) => {
    expect(lines(text)).toEqual([
      ['MILK-1L', 1, 'set'],
      ['MILK-500', 1, 'remove'],
    ])
  })
})

describe("another size of the cart's goods, said in words", () => {
  const shop = buildCatalogIndex([
    testProduct('MILK-500', 'Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['milk', 'doodh']),
    testProduct('MILK-1L', 'Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['milk', 'doodh']),
  ])
  it.each(['half litre packets', 'the half litre ones', 'aadha litre wala', 'half a litre please'])(
    '%s over the litre packs is the half litre instead',
    (text) => {
      expect(understand(text, shop, { cartSkus: ['MILK-1L'] }).lines.map((l) => [l.sku, l.op])).toEqual([
        ['MILK-500', 'set'],
        ['MILK-1L', 'remove'],
      ])
    },
  )
})

describe('order lines against the catalog', () => {
  it('the example of the issue', () => {
    const r = u('aadha kilo tamatar')
    expect(r.intent).toBe('order')
    expect(r.lines).toEqual([
      expect.objectContaining({
        sku: 'TOMATO',
        candidates: [],
        qty: 0.5,
        unit: 'kg',
        text: 'aadha kilo tamatar',
        op: 'add',
      }),
    ])
    expect(r.lines[0]!.confidence).toBeGreaterThan(0.9)
  })

  it('names, aliases, plurals, typos, transliterations, other languages, emoji', () => {
    expect(skus('2 tomatoes')).toEqual(['TOMATO'])
    expect(skus('2 kg tomatos')).toEqual(['TOMATO'])
    expect(skus('1 kg suagr')).toEqual(['SUGAR-1KG'])
    expect(skus('1 kg pyaz')).toEqual(['ONION'])
    expect(skus('1 kg Zwiebeln')).toEqual(['ONION'])
    expect(skus('2 Eier')).toEqual(['EGG'])
    expect(skus('🍅 1 kg')).toEqual(['TOMATO'])
    expect(skus('🥚🥚')).toEqual(['EGG'])
    expect(skus('2 bananas')).toEqual(['BANANA'])
    expect(skus('1 kg kartofeln')).toEqual(['POTATO'])
    expect(skus('🍅🥔🧅')).toEqual(['TOMATO', 'POTATO', 'ONION'])
    expect(skus('aloo pyaz tamatar')).toEqual(['POTATO', 'ONION', 'TOMATO'])
    // spellings by ear
    expect(skus('2 dudh')).toEqual(['MILK-TAAZA'])
    expect(skus('1 kg pyaaj')).toEqual(['ONION'])
    expect(skus('cheenee 1 kg')).toEqual(['SUGAR-1KG'])
    expect(skus('1 kg tamaatar')).toEqual(['TOMATO'])
    expect(u('2 🍅 1 🥚').lines.map((l) => [l.sku, l.qty])).toEqual([
      ['TOMATO', 2],
      ['EGG', 1],
    ])
  })

  it('an English name finds a product only listed under another language through the built-in dictionary', () => {
    const idx = buildCatalogIndex([{ ...sampleProducts()[0]!, name: 'Tomate', aliases: [] }])
    expect(understand('1 kg tamatar', idx).lines[0]?.sku).toBe('TOMATO')
  })

  it('prefers an exact alias', () => {
    expect(skus('1 chai patti')).toEqual(['TEA-250'])
  })

  it('picks the variant by pack size, else asks which one', () => {
    const r = u('1 amul butter 500g')
    expect(r.lines[0]).toMatchObject({ sku: 'AMUL-BUTTER-500', qty: 1, unit: 'pack' })
    expect(u('amul butter 100 g').lines[0]).toMatchObject({ sku: 'AMUL-BUTTER-100', qty: 1, unit: 'pack' })
    const amb = u('2 amul butter').lines[0]!
    expect(amb.sku).toBeNull()
    expect(amb.candidates.sort()).toEqual(['AMUL-BUTTER-100', 'AMUL-BUTTER-500'])
    expect(amb.qty).toBe(2)
    expect(u('amul buter').lines[0]!.candidates.sort()).toEqual(['AMUL-BUTTER-100', 'AMUL-BUTTER-500'])
  })

  it('two products that fit equally well come back unresolved with candidates', () => {
    const l = u('2 butter').lines[0]!
    expect(l.sku).toBeNull()
    expect(l.candidates.sort()).toEqual(['AMUL-BUTTER-100', 'AMUL-BUTTER-500'])
    expect(l.qty).toBe(2)
  })

  it('does not map unknown items to a wrong product', () => {
    const r = u('2 kg mangoes and 1 kg onions')
    expect(r.lines.map((l) => l.sku)).toEqual(['ONION'])
    expect(r.unmatched).toEqual(['mangoes'])
    expect(u('1 coconut oil')).toMatchObject({ lines: [], unmatched: ['coconut oil'] })
    expect(u('2 chocolate cake').lines).toEqual([])
    expect(u('2 chocolate cake').unmatched).toEqual(['chocolate cake'])
  })

  it('a brand alone asks which product; a plural noun the shop lacks stays unmatched', () => {
    const l = u('2 amul').lines[0]!
    expect(l.sku).toBeNull()
    expect(l.candidates).toEqual(expect.arrayContaining(['AMUL-BUTTER-100', 'AMUL-BUTTER-500', 'MILK-TAAZA']))
    const idx = buildCatalogIndex([
      ...sampleProducts(),
      { ...sampleProducts()[0]!, sku: 'MANGO-JUICE', name: 'Mango Juice 1 L', aliases: [], unit: 'pc' },
    ])
    expect(understand('2 kg mangoes', idx)).toMatchObject({ lines: [], unmatched: ['mangoes'] })
    expect(understand('2 kg mango', idx)).toMatchObject({ lines: [], unmatched: ['mango'] })
  })

  it('a lone item the shop lacks is still an order, chatter is not', () => {
    expect(u('mangoes')).toMatchObject({ intent: 'order', lines: [], unmatched: ['mangoes'] })
    expect(u('brown bread')).toMatchObject({ intent: 'order', unmatched: ['brown bread'] })
    expect(u('is the shop open?')).toMatchObject({ intent: 'other', unmatched: [] })
  })

  it('money and chatter do not become lines', () => {
    const r = u('2 kg aloo\n1 amul butter 500g\n56rs total\ndeliver to flat 203\nthanks!')
    expect(r.lines.map((l) => l.sku)).toEqual(['POTATO', 'AMUL-BUTTER-500'])
    expect(r.unmatched).toEqual([])
  })

  it('every list shape of the issue', () => {
    expect(skus('1. milk\n2. bread\n3. eggs')).toEqual(['MILK-TAAZA', 'BREAD', 'EGG'])
    expect(u('1. milk\n2. bread').lines.map((l) => l.qty)).toEqual([1, 1])
    expect(skus('milk, bread, eggs')).toEqual(['MILK-TAAZA', 'BREAD', 'EGG'])
    expect(skus('doodh aur bread')).toEqual(['MILK-TAAZA', 'BREAD'])
    expect(skus('Milch und Brot')).toEqual(['MILK-TAAZA', 'BREAD'])
    expect(skus('milk + bread')).toEqual(['MILK-TAAZA', 'BREAD'])
    expect(skus('- milk\n- bread')).toEqual(['MILK-TAAZA', 'BREAD'])
    expect(u('2x bread').lines[0]).toMatchObject({ sku: 'BREAD', qty: 2, unit: 'pack' })
    expect(u('bread x2').lines[0]).toMatchObject({ sku: 'BREAD', qty: 2 })
    expect(u('bread × 3').lines[0]).toMatchObject({ sku: 'BREAD', qty: 3 })
    expect(u('bread qty 3').lines[0]).toMatchObject({ sku: 'BREAD', qty: 3 })
    expect(u('10 nos eggs').lines[0]).toMatchObject({ sku: 'EGG', qty: 10, unit: 'pc' })
    expect(u('Eggs - 12').lines[0]).toMatchObject({ sku: 'EGG', qty: 12, unit: 'pc' })
    expect(u('sugar: 2kg').lines[0]).toMatchObject({ sku: 'SUGAR-1KG', qty: 2, unit: 'kg' })
  })

  it('quantity semantics', () => {
    expect(u('2 kg aloo').lines[0]).toMatchObject({ sku: 'POTATO', qty: 2, unit: 'kg' })
    expect(u('3 eggs').lines[0]).toMatchObject({ qty: 3, unit: 'pc' })
    expect(u('2 milk').lines[0]).toMatchObject({ qty: 2, unit: 'pack' })
    expect(u('1 dozen eggs').lines[0]).toMatchObject({ sku: 'EGG', qty: 1, unit: 'dozen' })
    expect(u('2 bottles coke').lines[0]).toMatchObject({ sku: 'COKE-750', qty: 2, unit: 'pc' })
    expect(u('2 bunch dhania').lines[0]).toMatchObject({ sku: 'CORIANDER', qty: 2, unit: 'pc' })
    expect(u('1 kg sugar').lines[0]).toMatchObject({ sku: 'SUGAR-1KG', qty: 1, unit: 'pack' })
    expect(u('2 kg sugar').lines[0]).toMatchObject({ sku: 'SUGAR-1KG', qty: 2, unit: 'kg' })
    expect(u('paav dhania').lines[0]).toMatchObject({ sku: 'CORIANDER', qty: 0.25, unit: 'kg' })
    expect(u('dedh kilo pyaz aur sawa kilo aloo').lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([
      ['ONION', 1.5, 'kg'],
      ['POTATO', 1.25, 'kg'],
    ])
    expect(u('zwei Liter Milch und ein Brot').lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([
      ['MILK-TAAZA', 2, 'l'],
      ['BREAD', 1, 'pack'],
    ])
  })

  it.each(['forget the bread', 'skip the bread', 'bread rehne do', 'bread chhod do', 'vergiss das Brot'])(
    'a verb of leaving goods out takes them out: %s',
    (text) => {
      expect(u(text, { cartSkus: ['BREAD', 'ONION'] }).lines.map((l) => [l.sku, l.op])).toEqual([
        ['BREAD', 'remove'],
      ])
    },
  )

  it('"don\'t forget" asks for the goods', () => {
    expect(u("don't forget the bread", { cartSkus: ['ONION'] }).lines.map((l) => [l.sku, l.op])).toEqual([
      ['BREAD', 'add'],
    ])
    expect(u('pls dont forget 2 bread').lines.map((l) => [l.sku, l.qty, l.op])).toEqual([['BREAD', 2, 'add']])
  })

  it('remove and set, resolved against the cart first', () => {
    const r = u('remove the butter', { cartSkus: ['AMUL-BUTTER-500', 'BREAD'] })
    expect(r.lines[0]).toMatchObject({ sku: 'AMUL-BUTTER-500', op: 'remove' })
    const s = u('make it 3 milk', { cartSkus: ['MILK-TAAZA'] })
    expect(s.lines[0]).toMatchObject({ sku: 'MILK-TAAZA', qty: 3, op: 'set' })
    expect(u('2 milk').lines[0]!.op).toBe('add')
    expect(u('remove bread and milk').lines.map((l) => l.op)).toEqual(['remove', 'remove'])
    expect(u('remove bread\n2 milk').lines.map((l) => l.op)).toEqual(['remove', 'add'])
    expect(u('butter hata do', { cartSkus: ['AMUL-BUTTER-100'] }).lines[0]).toMatchObject({
      sku: 'AMUL-BUTTER-100',
      op: 'remove',
    })
  })

  it('a verb of setting or a correction changes the line in the cart, however the sentence runs', () => {
    const cart = { cartSkus: ['ONION', 'BREAD'] }
    const said = (text: string) => u(text, cart).lines.map((l) => [l.sku, l.qty, l.unit, l.op])
    expect(said('make the onions 3 kg')).toEqual([['ONION', 3, 'kg', 'set']])
    expect(said('can you make my onion 1 kg')).toEqual([['ONION', 1, 'kg', 'set']])
    expect(said('reduce onions to 1 kg')).toEqual([['ONION', 1, 'kg', 'set']])
    expect(said('increase bread to 4')).toEqual([['BREAD', 4, 'pack', 'set']])
    expect(said('actually 6 kg onion')).toEqual([['ONION', 6, 'kg', 'set']])
    expect(said('sorry I meant 2 bread')).toEqual([['BREAD', 2, 'pack', 'set']])
    expect(said('I said 2 kg onion')).toEqual([['ONION', 2, 'kg', 'set']])
    expect(said('oops, 3 bread')).toEqual([['BREAD', 3, 'pack', 'set']])
    expect(said('ich meinte 2 Brot')).toEqual([['BREAD', 2, 'pack', 'set']])
    // the correction words say nothing of their own: nothing is left unmatched
    expect(u('actually 6 kg onion', cart).unmatched).toEqual([])
    expect(u('eigentlich 3 Brot', cart).unmatched).toEqual([])
    // a word of adding wins over a correction word; with an empty cart a correction is just an order
    expect(said('sorry, 1 kg more onion')).toEqual([['ONION', 1, 'kg', 'add']])
    expect(said('sorry forgot, add 1 kg onion')).toEqual([['ONION', 1, 'kg', 'add']])
    expect(u('sorry forgot, add 1 kg onion', cart).unmatched).toEqual([])
    expect(u('sorry 2 bread').lines.map((l) => l.op)).toEqual(['add'])
  })

  it('a pack size said with a brand or a bare number picks among the products the words name', () => {
    const shop = buildCatalogIndex([
      testProduct('MILK-1L', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }),
      testProduct('MILK-500', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }),
      testProduct('ATTA-5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }),
      testProduct('ATTA-10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }),
      testProduct('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
      testProduct('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }),
    ])
    const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku ?? l.candidates, l.qty])
    // a count and a size: the size picks
    expect(said('2 amul taaza 1 ltr')).toEqual([['MILK-1L', 2]])
    expect(said('2 x 500 ml taaza')).toEqual([['MILK-500', 2]])
    expect(said('3 aashirvaad 10kg')).toEqual([['ATTA-10', 3]])
    // a bare number with "wala", "one": the pack's size, not how many
    expect(said('ek dabba amul butter (100 wala)')).toEqual([['BUTTER-100', 1]])
    expect(said('amul butter 500 wala')).toEqual([['BUTTER-500', 1]])
    expect(said('2 atta 10 wala')).toEqual([['ATTA-10', 2]])
    expect(said('aashirvaad atta 5 wali')).toEqual([['ATTA-5', 1]])
    // no size: still asked
    expect(said('2 amul butter')).toEqual([[['BUTTER-100', 'BUTTER-500'], 2]])
    // the count said after the size still counts
    expect(said('amul butter 500 wala 2')).toEqual([['BUTTER-500', 2]])
    expect(said('atta 10 wala 3')).toEqual([['ATTA-10', 3]])
  })

  it('a bare number with "wala" names the pack of the one product so called, never how many of it', () => {
    const shop = buildCatalogIndex([
      testProduct('TEA', 'Tata Tea Premium 250 g', 'pack', { value: 250, unit: 'g' }, ['chai patti']),
      testProduct('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }),
      testProduct('SUGAR', 'Sugar', 'kg', null),
    ])
    const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku ?? l.candidates, l.qty])
    expect(said('chai patti 250 wala')).toEqual([['TEA', 1]])
    expect(said('250 wala chai patti do')).toEqual([['TEA', 1]])
    expect(said('maggi 70 wala 3')).toEqual([['MAGGI', 3]])
    expect(said('2 chai patti 250 wala')).toEqual([['TEA', 2]])
    // a size the shop does not have is still no count of 500 packs
    expect(said('chai patti 500 wala')).toEqual([['TEA', 1]])
  })

  it('a quantity alone right after a price answer orders that product', () => {
    const after = { askedSku: 'BREAD' }
    for (const text of ['ok give me 2', '2 please', 'thik hai 2 de do', 'ja dann 2 bitte', '2'])
      expect(
        u(text, after).lines.map((l) => [l.sku, l.qty, l.op]),
        text,
      ).toEqual([['BREAD', 2, 'add']])
    expect(u('2 kg onion', after).lines.map((l) => l.sku)).toEqual(['ONION'])
    // without a price just given, a bare number orders nothing
    expect(u('2 please').lines).toEqual([])
  })

  it("the product's own size said beside the count, after its price, names it and is no amount", () => {
    const after = { askedSku: 'BREAD' }
    for (const [text, qty] of [
      ['ok send 1 of the 400 g one', 1],
      ['2 of the 400g please', 2],
      ['400 gm wala 3 de do', 3],
    ] as const)
      expect(
        u(text, after).lines.map((l) => [l.sku, l.qty, l.unit]),
        text,
      ).toEqual([['BREAD', qty, 'pack']])
  })

  it('a reply to products just shown picks one by size, size word or order, with its count', () => {
    const shown = { shownSkus: ['AMUL-BUTTER-100', 'AMUL-BUTTER-500'] }
    const picked = (text: string) => u(text, shown).lines.map((l) => [l.sku, l.qty])
    expect(picked('ok 1 of the small one')).toEqual([['AMUL-BUTTER-100', 1]])
    expect(picked('2 of the big ones')).toEqual([['AMUL-BUTTER-500', 2]])
    expect(picked('the 100 g one')).toEqual([['AMUL-BUTTER-100', 1]])
    expect(picked('do bade wale')).toEqual([['AMUL-BUTTER-500', 2]])
    expect(picked('die kleine bitte')).toEqual([['AMUL-BUTTER-100', 1]])
    expect(picked('the second one')).toEqual([['AMUL-BUTTER-500', 1]])
    // other goods are ordered as themselves, and with nothing shown "the small one" picks nothing
    expect(picked('2 kg onion').map((l) => l[0])).toEqual(['ONION'])
    expect(u('1 of the small one').lines.filter((l) => l.sku)).toEqual([])
  })

  it('a word of size with a count picks from the shown products, though another product is named by it', () => {
    const farm = buildCatalogIndex([
      testProduct('BROT-GROSS', 'Bauernbrot groß 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Brot']),
      testProduct('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', { value: 500, unit: 'g' }, ['Brot']),
      testProduct('EIER-6', 'Eier 6er', 'pack', { value: 6, unit: 'pc' }, ['Eier']),
      testProduct('EIER-10', 'Eier 10er', 'pack', { value: 10, unit: 'pc' }, ['Eier']),
    ])
    const eggs = { shownSkus: ['EIER-10', 'EIER-6'] }
    const picked = (text: string) => understand(text, farm, eggs).lines.map((l) => [l.sku, l.qty])
    expect(picked('zwei von den kleinen')).toEqual([['EIER-6', 2]])
    expect(picked('dann 2 von den großen bitte')).toEqual([['EIER-10', 2]])
    expect(picked('die kleinen bitte')).toEqual([['EIER-6', 1]])
    expect(picked('ich nehme 3 von den kleineren')).toEqual([['EIER-6', 3]])
    // the named goods with the size word are still those goods
    expect(picked('2 kleine Brote')).toEqual([['BROT-KLEIN', 2]])
  })

  it('a count of pieces or packs said beside the pick is how many of the shown product', () => {
    const farm = buildCatalogIndex([
      testProduct('EIER-6', 'Eier 6er', 'pack', { value: 6, unit: 'pc' }, ['Eier']),
      testProduct('EIER-10', 'Eier 10er', 'pack', { value: 10, unit: 'pc' }, ['Eier']),
    ])
    const picked = (text: string) =>
      understand(text, farm, { shownSkus: ['EIER-10', 'EIER-6'] }).lines.map((l) => [l.sku, l.qty])
    expect(picked('Die Zehner bitte, 2 Stück')).toEqual([['EIER-10', 2]])
    expect(picked('die kleinen, 3 Packungen')).toEqual([['EIER-6', 3]])
    expect(picked('2 Stück von den großen')).toEqual([['EIER-10', 2]])
  })

  it('among shown packs sized in different kinds, the bigger one is the one that costs more', () => {
    const noodles = buildCatalogIndex([
      { ...testProduct('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }), price: 14 },
      { ...testProduct('MAGGI4', 'Maggi Noodles 4 pack', 'pack', { value: 4, unit: 'pc' }), price: 56 },
    ])
    const shown = { shownSkus: ['MAGGI4', 'MAGGI'] }
    const picked = (text: string) => understand(text, noodles, shown).lines.map((l) => [l.sku, l.qty])
    expect(picked('do chhote wale')).toEqual([['MAGGI', 2]])
    expect(picked('ek bada wala')).toEqual([['MAGGI4', 1]])
    expect(picked('2 of the bigger ones')).toEqual([['MAGGI4', 2]])
    expect(
      understand('the small one', noodles, { pendingChoice: { options: ['MAGGI4', 'MAGGI'] } }).choice,
    ).toBe('MAGGI')
  })

  it('goods taken out that the shop does not sell are not said to be missing', () => {
    expect(u('2 bread and no whisky').unmatched).toEqual([])
    expect(u('2 bread, whisky nahi').unmatched).toEqual([])
    // asked for, they are
    expect(u('2 bread and 1 whisky').unmatched).toEqual(['whisky'])
  })

  it('a price question about an item is not a question about the total', () => {
    expect(u('Was kostet das Brot?').intent).toBe('price')
    expect(u('was kostet die Butter').intent).toBe('price')
    expect(u('was macht das zusammen?').intent).toBe('status')
    expect(u('Was kostet es denn?').intent).toBe('status')
  })

  it('a brand said alone names the one product the shop has of it; with several, or goods words, it asks', () => {
    const shop = buildCatalogIndex([
      testProduct('PASTE', 'Colgate Strong Teeth 200 g', 'pack', { value: 200, unit: 'g' }),
      testProduct('DETERGENT', 'Surf Excel Easy Wash 1 kg', 'pack', { value: 1, unit: 'kg' }),
      testProduct('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }),
      testProduct('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }),
      testProduct('SODA', 'Pineapple Soda', 'pc', null),
      testProduct('CHIPS', 'Lays Classic Salted 52 g', 'pack', { value: 52, unit: 'g' }),
    ])
    const line = (text: string) => {
      const l = understand(text, shop).lines[0]
      return l ? [l.sku, l.qty, l.candidates.length] : null
    }
    expect(line('1 colgate')).toEqual(['PASTE', 1, 0])
    expect(line('colgate 2')).toEqual(['PASTE', 2, 0])
    expect(line('ek surf excel bhej do')).toEqual(['DETERGENT', 1, 0])
    expect(line('1 surf excel pls')).toEqual(['DETERGENT', 1, 0])
    // two products of the brand: which one is the customer's to say
    expect(line('1 fortune')).toEqual([null, 1, 2])
    // a word from the middle of a name is no brand ("strong", "classic"), nor is a kind of goods ("pineapple")
    expect(line('2 strong')?.[0]).toBeNull()
    expect(line('1 classic')?.[0]).toBeNull()
    expect(line('pineapple 2')?.[0] ?? null).toBeNull()
  })

  it('a brand or kind said after an item, with no amount, says which of it; it is no new item', () => {
    const shop = buildCatalogIndex([
      testProduct('ATTA-A5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }),
      testProduct('ATTA-P5', 'Pillsbury Atta 5 kg', 'pack', { value: 5, unit: 'kg' }),
      testProduct('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }),
      testProduct('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }),
      testProduct('OIL-SAF', 'Saffola Gold Oil 1 l', 'pack', { value: 1, unit: 'l' }),
      testProduct('ONION', 'Onion', 'kg', null),
      testProduct('TOMATO', 'Tomato', 'kg', null),
    ])
    const lines = (text: string) =>
      understand(text, shop).lines.map((l) => [l.sku ?? [...l.candidates].sort().join('|'), l.qty])
    expect(lines('need 5kg atta, aashirvaad only')).toEqual([['ATTA-A5', 1]])
    expect(lines('atta 5 kg - pillsbury wala')).toEqual([['ATTA-P5', 1]])
    expect(lines('2 atta, sirf aashirvaad')).toEqual([['ATTA-A5', 2]])
    // the brand narrows the choice to its own products
    expect(lines('1 oil, fortune brand')).toEqual([['OIL-MUS|OIL-SUN', 1]])
    // words that are not the item's own name are another item
    expect(lines('2 kg onion, tomato').map((l) => l[0])).toEqual(['ONION', 'TOMATO'])
    expect(lines('1 oil, 1 atta').length).toBe(2)
  })

  it('a name with a word of address talk in it is still the name', () => {
    const shop = buildCatalogIndex([
      testProduct('IG-BASMATI', 'India Gate Basmati Rice 1 kg', 'pack', { value: 1, unit: 'kg' }),
      testProduct('TOWER-FAN', 'Usha Tower Fan', 'pc', null),
      testProduct('SUGAR', 'Sugar', 'kg', null),
    ])
    const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty])
    expect(said('usha tower fan 1')).toEqual([['TOWER-FAN', 1]])
    expect(said('1 usha tower fan')).toEqual([['TOWER-FAN', 1]])
    // brand words only, naming the one product the shop has of that brand: taken, and shown in the cart
    expect(said('1 india gate basmati')).toEqual([['IG-BASMATI', 1]])
    // address talk after an item that is named in full stays talk
    expect(said('2 kg sugar, deliver to flat 5 near the gate')).toEqual([['SUGAR', 2]])
  })

  it('a name split around its quantity is one line', () => {
    expect(u('oil 2 ltr fortune sunflower').lines.map((l) => [l.sku, l.qty])).toEqual([['OIL-1L', 2]])
    expect(u('tea 2 taj mahal').lines.map((l) => [l.sku, l.qty])).toEqual([['TEA-250', 2]])
    expect(u('sunflower oil 2 fortune').lines.map((l) => [l.sku, l.qty])).toEqual([['OIL-1L', 2]])
    // two lines of the same item, each with its own quantity, stay two
    expect(u('2 kg onion, 1 kg onion').lines.map((l) => l.qty)).toEqual([2, 1])
  })

  it('a counted line with a word of less takes that many off; a removal says whether it was counted', () => {
    const cart = { cartSkus: ['ONION', 'BREAD', 'EGG'] }
    const said = (text: string) => u(text, cart).lines.map((l) => [l.sku, l.qty, l.op, l.counted ?? false])
    expect(said('one less bread')).toEqual([['BREAD', 1, 'remove', true]])
    expect(said('2 eggs less')).toEqual([['EGG', 2, 'remove', true]])
    expect(said('1 bread kam karo')).toEqual([['BREAD', 1, 'remove', true]])
    expect(said('ein Brot weniger bitte')).toEqual([['BREAD', 1, 'remove', true]])
    expect(said('remove 1 kg onion')).toEqual([['ONION', 1, 'remove', true]])
    expect(said('remove the bread')).toEqual([['BREAD', 1, 'remove', false]])
    expect(u('one less bread', cart).unmatched).toEqual([])
    // with nothing in the cart there is nothing to take off
    expect(u('2 eggs less').lines.map((l) => l.op)).toEqual(['add'])
  })

  it('answers a pending "Which one?" by describing the option: bigger, smaller, cheaper, dearer', () => {
    const butter = { pendingChoice: { options: ['AMUL-BUTTER-100', 'AMUL-BUTTER-500'] } }
    expect(u('the big one', butter).choice).toBe('AMUL-BUTTER-500')
    expect(u('bigger pls', butter).choice).toBe('AMUL-BUTTER-500')
    expect(u('bada wala', butter).choice).toBe('AMUL-BUTTER-500')
    expect(u('die große bitte', butter).choice).toBe('AMUL-BUTTER-500')
    expect(u('small one', butter).choice).toBe('AMUL-BUTTER-100')
    expect(u('chhota wala dena', butter).choice).toBe('AMUL-BUTTER-100')
    expect(u('das kleine', butter).choice).toBe('AMUL-BUTTER-100')
    const drinks = { pendingChoice: { options: ['COKE-750', 'PEPSI-750'] } }
    // same size: "the big one" cannot choose; the price can (both 100 here: still no choice)
    expect(u('the big one', drinks).choice).toBeUndefined()
    expect(u('the cheaper one', drinks).choice).toBeUndefined()
    // the goods every option is may be named with the description
    expect(u('amul butter bada wala', butter).choice).toBe('AMUL-BUTTER-500')
    expect(u('the small butter please', butter).choice).toBe('AMUL-BUTTER-100')
    expect(u('die kleine Butter', butter).choice).toBe('AMUL-BUTTER-100')
    // a description mixed with other words is not an answer by description
    expect(u('big onion', butter).choice).toBeUndefined()
  })

  it('answers a pending "Which one?" by a word of one option\'s name, with wala / one around it', () => {
    const oils = buildCatalogIndex([
      testProduct('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['refined']),
      testProduct('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson tel']),
      testProduct('ALOO', 'Potato', 'kg', null, ['aloo']),
    ])
    const ctx = { pendingChoice: { options: ['OIL-MUS', 'OIL-SUN'] } }
    const choice = (text: string) => understand(text, oils, ctx).choice
    expect(choice('sarson wala')).toBe('OIL-MUS')
    expect(choice('सरसों वाला')).toBe('OIL-MUS')
    expect(choice('the mustard one')).toBe('OIL-MUS')
    expect(choice('mustard')).toBe('OIL-MUS')
    expect(choice('sunflower wala dena')).toBe('OIL-SUN')
    expect(choice('refined')).toBe('OIL-SUN')
    // other goods are an order, not an answer; a word of both names says no one
    expect(choice('2 kg aloo')).toBeUndefined()
    expect(understand('2 kg aloo', oils, ctx).lines.map((l) => l.sku)).toEqual(['ALOO'])
    expect(choice('fortune wala')).toBeUndefined()
  })

  it('answers a pending "Which one?" by number, ordinal, name or size', () => {
    const ctx = { pendingChoice: { options: ['AMUL-BUTTER-100', 'AMUL-BUTTER-500'] } }
    expect(u('2', ctx).choice).toBe('AMUL-BUTTER-500')
    expect(u('1)', ctx).choice).toBe('AMUL-BUTTER-100')
    expect(u('the second one', ctx).choice).toBe('AMUL-BUTTER-500')
    expect(u('500g wala', ctx).choice).toBe('AMUL-BUTTER-500')
    // a number past the list that is one option's pack size, without its unit
    expect(u('500 wala', ctx).choice).toBe('AMUL-BUTTER-500')
    expect(u('the 100 one', ctx).choice).toBe('AMUL-BUTTER-100')
    expect(u('die 500er', ctx).choice).toBe('AMUL-BUTTER-500')
    expect(u('250 wala', ctx).choice).toBeUndefined()
    expect(u('3', ctx).choice).toBeUndefined()
    expect(u('where is my order', ctx).intent).toBe('status')
  })

  it('pages the catalog only when clearly paging', () => {
    expect(u('more', { catalogPage: 1 })).toMatchObject({ intent: 'catalog', page: 2 })
    expect(u('3', { catalogPage: 1 })).toMatchObject({ intent: 'catalog', page: 3 })
    expect(u('more').page).toBeUndefined()
    expect(u('2').page).toBeUndefined()
  })
})

describe('bad inputs', () => {
  it('empty and whitespace', () => {
    expect(u('')).toMatchObject({ intent: 'other', lines: [], unmatched: [], rejected: [] })
    expect(u('   \n\t ')).toMatchObject({ intent: 'other', lines: [] })
  })

  it('60 kB of text returns quickly and bounded', () => {
    const big = '2 kg aloo, 1 amul butter 500g, '.repeat(2000)
    expect(big.length).toBeGreaterThan(60_000)
    const r = u(big)
    expect(r.intent).toBe('order')
    expect(r.lines.length).toBeLessThanOrEqual(80)
    expect(r.lines[0]).toMatchObject({ sku: 'POTATO' })
  })

  it('only emoji', () => {
    expect(u('😀😀😀')).toMatchObject({ intent: 'other', lines: [] })
    expect(u('🍅')).toMatchObject({ intent: 'order', lines: [expect.objectContaining({ sku: 'TOMATO' })] })
  })

  it('control and right-to-left override characters', () => {
    const r = u('2 kg \u202Ealoo\u202C\u0000\u0007 and 1\u200B kg pyaz')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['POTATO', 2],
      ['ONION', 1],
    ])
    for (const bad of ['\u202E', '\u0000', '\u0007', '\u200B']) expect(JSON.stringify(r)).not.toContain(bad)
  })

  it('absurd, zero and negative quantities are rejected with a reason, never ordered', () => {
    const big = u('999999999999 eggs')
    expect(big.lines).toEqual([])
    expect(big.rejected[0]!.reason).toMatch(/too large/)
    expect(u('0 milk').rejected[0]!.reason).toMatch(/zero/)
    expect(u('-2 bread').rejected[0]!.reason).toMatch(/negative/)
    expect(u('bread x0').rejected[0]!.reason).toMatch(/zero/)
    expect(u('0 milk').lines).toEqual([])
    expect(u('5000 kg aloo').rejected).toHaveLength(1)
  })

  it('random text never throws and never orders a bad quantity or unit', () => {
    const pieces = [
      '2',
      '½',
      '1,5',
      '-3',
      '0',
      'kg',
      'x',
      '×',
      'aadha',
      'do',
      'dozen',
      'milk',
      'amul',
      'butter',
      '500g',
      'tamatar',
      '🍅',
      '👍',
      '\u202E',
      '\u0000',
      ',',
      '\n',
      ' and ',
      '- ',
      '1.',
      'rs',
      '₹',
      'qty',
      'paav',
      'sawa',
      '/',
      '9999999',
    ]
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
    const units = new Set(['g', 'kg', 'ml', 'l', 'pc', 'pack', 'dozen'])
    for (let n = 0; n < 400; n++) {
      let t = ''
      const k = 1 + Math.floor(rand() * 10)
      for (let i = 0; i < k; i++) t += pieces[Math.floor(rand() * pieces.length)]! + (rand() < 0.6 ? ' ' : '')
      const r = u(t)
      for (const l of r.lines) {
        expect(Number.isFinite(l.qty) && l.qty > 0).toBe(true)
        expect(units.has(l.unit)).toBe(true)
      }
    }
  })

  it('other hostile text does not throw', () => {
    for (const t of [
      '1/0 kg aloo',
      '.'.repeat(5000),
      '9'.repeat(400),
      '½½½',
      '(((((',
      '1e309 milk',
      'x'.repeat(10000),
      '\uD800 milk',
    ]) {
      expect(() => u(t)).not.toThrow()
    }
  })
})

describe('the index', () => {
  it('is built once and indexes inactive and out-of-stock products', () => {
    const products = sampleProducts().map((p) => (p.sku === 'EGG' ? { ...p, active: false } : p))
    const idx = buildCatalogIndex(products)
    expect(understand('2 eggs', idx).lines[0]?.sku).toBe('EGG')
    expect(understand('1 chai patti', idx).lines[0]?.sku).toBe('TEA-250')
  })

  it('an empty catalog understands intents and leaves items unmatched', () => {
    const idx = buildCatalogIndex([])
    expect(understand('hi', idx).intent).toBe('greeting')
    expect(understand('2 kg aloo', idx)).toMatchObject({ intent: 'order', lines: [], unmatched: ['aloo'] })
  })
})

describe('ordering by value ("50 rs ka tamatar")', () => {
  const price = (sku: string) => sampleProducts().find((p) => p.sku === sku)!.price
  it('buys what the amount buys at the shop price: loose goods by weight, pieces whole', () => {
    const tomato = u('₹50 ka tamatar').lines[0]!
    expect(tomato).toMatchObject({ sku: 'TOMATO', unit: 'kg' })
    expect(tomato.qty).toBeCloseTo(5000 / price('TOMATO'), 3)
    const dhania = u('dhaniya 25 rupees').lines[0]!
    expect(dhania).toMatchObject({
      sku: 'CORIANDER',
      unit: 'pc',
      qty: Math.max(1, Math.floor(2500 / price('CORIANDER'))),
    })
  })

  it('reads a whole amount "of" an item with no unit as money, as kirana customers say it', () => {
    for (const [text, sku, rupees] of [
      ['30 ka tamatar', 'TOMATO', 30],
      ['20 ki dhaniya', 'CORIANDER', 20],
      ['1 kg aloo aur 60 ka pyaz', 'ONION', 60],
    ] as const) {
      const line = u(text).lines.find((l) => l.sku === sku)!
      const p = sampleProducts().find((x) => x.sku === sku)!
      const worth = (rupees * 100) / p.price
      expect(line.qty, text).toBeCloseTo(p.unit === 'kg' ? worth : Math.max(1, Math.floor(worth)), 3)
    }
    // a unit after the number is a quantity, whatever follows
    expect(u('2 kilo ka aloo').lines[0]).toMatchObject({ sku: 'POTATO', qty: 2, unit: 'kg' })
  })

  it('leaves a stated quantity alone and ignores money on other lines', () => {
    expect(u('2 kg onion 56rs').lines[0]).toMatchObject({ sku: 'ONION', qty: 2, unit: 'kg' })
    expect(u('2 kg sugar, total 56rs').lines.map((l) => l.text)).toEqual(['2 kg sugar'])
  })
})

describe('which-one questions on a big catalog', () => {
  const product = (sku: string, name: string): Product => ({
    sku,
    name,
    price: 5000,
    unit: 'pack',
    size: null,
    aliases: [],
    category: 'Staples',
    stock: null,
    active: true,
    updatedAt: 0,
  })
  it('offers the plain products before combo packs that only mention the item', () => {
    const combos = Array.from({ length: 6 }, (_, i) =>
      product(`COMBO-${i}`, `bb Combo Basmati Rice ${i + 2} kg + bb Popular Sugar 1 kg Pack`),
    )
    const big = buildCatalogIndex([
      ...combos,
      product('SUGAR-A', 'bb Popular Sugar'),
      product('SUGAR-B', 'Madhur Sugar Refined'),
    ])
    const line = understand('1 kg sugar', big).lines[0]!
    expect(line.sku).toBeNull()
    expect(line.candidates.slice(0, 2).sort()).toEqual(['SUGAR-A', 'SUGAR-B'])
  })
})

describe('a list written without separators', () => {
  const index = buildCatalogIndex([
    testProduct('PIZZA', 'Pizza', 'pc', null, ['pie']),
    testProduct('COKE', 'Coke', 'pc', null, ['coca cola']),
    testProduct('SODA', 'Soda', 'pc', null, ['pop']),
  ])
  const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty])

  it('is cut into the products it names, each with the quantity said', () => {
    expect(lines('coke pop')).toEqual([
      ['COKE', 1],
      ['SODA', 1],
    ])
    expect(lines('3 coke pizza')).toEqual([
      ['COKE', 3],
      ['PIZZA', 3],
    ])
    expect(lines('pizza coke 2')).toEqual([
      ['PIZZA', 2],
      ['COKE', 2],
    ])
  })

  it('is one item when every piece names the same product', () => {
    expect(lines('2 soda pop')).toEqual([['SODA', 2]])
    expect(lines('one pizza pie')).toEqual([['PIZZA', 1]])
  })
})

describe('asking whether there is some', () => {
  it.each(['is tea available?', 'tea available?', 'tea available hai', 'is there any tea available today'])(
    '%s asks about the product',
    (text) => {
      const r = u(text)
      expect(r.intent).toBe('price')
      expect(r.priceQuery?.sku).toBe('TEA-250')
      expect(r.lines).toEqual([])
    },
  )
})

describe('an order on a condition ("if available") orders, the condition is no item', () => {
  it.each([
    ['send 2 kg onion if available', 'ONION', 2],
    ['2 kg onion, if they are available', 'ONION', 2],
    ['1 tea if you have it', 'TEA-250', 1],
    ['banana agar ho to 1 dozen', 'BANANA', 1],
    ['2 Brot, falls vorhanden', 'BREAD', 2],
    ['wenn möglich 2 Brot', 'BREAD', 2],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
    expect(r.lines[0]!.text).not.toMatch(/available|agar|falls|wenn|if/i)
  })
})

describe('one item said around its quantity: the kind, how much, then which', () => {
  const P = testProduct
  const kirana = buildCatalogIndex([
    P('RICE-SONA', 'Sona Masoori Rice', 'kg', null, ['chawal']),
    P('RICE-BASMATI', 'India Gate Basmati Rice 1 kg', 'pack', { value: 1, unit: 'kg' }, ['chawal']),
    P('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['oil', 'tel']),
    P('OIL-MUSTARD', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson ka tel']),
    P('MILK-1L', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['doodh']),
    P('MILK-500', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
    P('ATTA-5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }),
    P('ATTA-10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }),
    P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }),
    P('POTATO', 'Potato', 'kg', null, ['aloo']),
    P('ONION', 'Onion', 'kg', null, ['pyaz']),
  ])
  const read = (text: string) =>
    understand(text, kirana).lines.map((l) => [l.sku ?? l.candidates.join('|'), l.qty, l.unit])

  it.each([
    ['rice 5 kg sona masoori', [['RICE-SONA', 5, 'kg']]],
    ['oil 1 mustard', [['OIL-MUSTARD', 1, 'pack']]],
    ['oil 2 sunflower', [['OIL-SUN', 2, 'pack']]],
    [
      'rice 2 basmati, aloo 1 kg',
      [
        ['RICE-BASMATI', 2, 'pack'],
        ['POTATO', 1, 'kg'],
      ],
    ],
  ])('the kind first, then the quantity, then which: %s', (text, lines) => {
    expect(read(text)).toEqual(lines)
  })

  it.each([
    ['milk 2 amul taaza 1l', [['MILK-1L', 2, 'pack']]],
    ['doodh 3 amul taaza 500ml', [['MILK-500', 3, 'pack']]],
    ['atta 1 aashirvaad 10kg', [['ATTA-10', 1, 'pack']]],
  ])('how many of the kind, then which by its pack size: %s', (text, lines) => {
    expect(read(text)).toEqual(lines)
  })

  it.each([
    ['bread 2 milk', ['BREAD', 'MILK-1L|MILK-500']],
    ['aloo 2 kg pyaz', ['POTATO', 'ONION']],
    ['milk 2 bread 1', ['MILK-1L|MILK-500', 'BREAD']],
  ])('two kinds of goods stay two items: %s', (text, items) => {
    expect(read(text).map((l) => l[0])).toEqual(items)
  })
})

describe('goods asked for free are ordered, "free" is no part of the item', () => {
  it.each([
    ['thoda dhaniya free mein', [['CORIANDER', 1]]],
    [
      '2 kg onion, dhaniya free me daal dena',
      [
        ['ONION', 2],
        ['CORIANDER', 1],
      ],
    ],
    [
      '1 kg tomato and some coriander for free',
      [
        ['TOMATO', 1],
        ['CORIANDER', 1],
      ],
    ],
    [
      'dhaniya muft mein dena, 1 kg aloo',
      [
        ['CORIANDER', 1],
        ['POTATO', 1],
      ],
    ],
  ])('%s', (text, lines) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(r.unmatched).toEqual([])
  })
})

describe('what or whom the goods are for is no part of them', () => {
  it.each([
    ['2 kg sugar for the party', [['SUGAR-1KG', 2]]],
    ['5 eggs for my son', [['EGG', 5]]],
    [
      'I need 2 bread and 3 coke for the kids',
      [
        ['BREAD', 2],
        ['COKE-750', 3],
      ],
    ],
    ['2 bread bachon ke liye', [['BREAD', 2]]],
    ['mehmaan ke liye 2 kg onion', [['ONION', 2]]],
    ['2 Brot für die Oma', [['BREAD', 2]]],
  ])('%s', (text, lines) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(r.unmatched).toEqual([])
  })

  it('keeps "for" inside a name the catalog has', () => {
    const shop = buildCatalogIndex([
      testProduct('CERELAC', 'Nestle Cerelac for Babies 300 g', 'pack', { value: 300, unit: 'g' }),
      testProduct('OATS', 'Quaker Oats 1 kg', 'pack', { value: 1, unit: 'kg' }),
    ])
    expect(understand('2 cerelac for babies', shop).lines.map((l) => l.sku)).toEqual(['CERELAC'])
  })
})

describe('order verbs typed short, as in a text message, are no item', () => {
  it.each([
    ['plz snd 2 kg onion', 'ONION', 2],
    ['giv 3 eggs', 'EGG', 3],
    ['kindly sned 1 bread', 'BREAD', 1],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })
})

describe('"2 of them" after a pack is how many of that pack', () => {
  it.each([
    ['I want the 500 g amul butter, 2 of them', 'AMUL-BUTTER-500', 2],
    ['amul butter 100g - 3 of those', 'AMUL-BUTTER-100', 3],
    ['Zucker 1 kg, davon 2', 'SUGAR-1KG', 2],
    ['fortune oil 1 litre, uske 2', 'OIL-1L', 2],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, 'pack']])
    expect(r.unmatched).toEqual([])
  })
})

describe('a correction inside the message replaces the line it corrects', () => {
  it.each([
    [
      'please send 1 kg onion... sorry 3 kg onion and 2 bread',
      [
        ['ONION', 3],
        ['BREAD', 2],
      ],
    ],
    ['2 bread, I mean 3 bread', [['BREAD', 3]]],
    ['2 kg onion, sorry 3 kg', [['ONION', 3]]],
    ['2 Brot, äh, ich meine 3 Brot', [['BREAD', 3]]],
    ['2 kg pyaz nahi nahi 3 kg pyaz', [['ONION', 3]]],
  ])('%s', (text, lines) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(r.lines.every((l) => l.op === 'add')).toBe(true)
    expect(r.unmatched).toEqual([])
  })

  it('keeps both lines when the second is of other goods', () => {
    expect(u('2 bread, sorry, also 1 kg onion').lines.map((l) => [l.sku, l.qty])).toEqual([
      ['BREAD', 2],
      ['ONION', 1],
    ])
  })
})

describe('stopping goods, or everything', () => {
  it.each([
    ['doodh band kar do', 'MILK-TAAZA'],
    ['bread band kar dena', 'BREAD'],
    ['stop sending milk', 'MILK-TAAZA'],
    ['Milch bitte abbestellen', 'MILK-TAAZA'],
  ])('"%s" removes that item', (text, sku) => {
    const r = u(text, { cartSkus: ['ONION', sku] })
    expect(r.lines.map((l) => [l.sku, l.op])).toEqual([[sku, 'remove']])
    expect(r.unmatched).toEqual([])
  })

  it.each(['band kar do', 'leave it', 'chhodo', 'vergiss es', "don't send anything"])(
    '"%s" alone is a cancel, never a yes',
    (text) => {
      expect(u(text, { cartSkus: ['ONION'] }).intent).toBe('cancel')
    },
  )

  it('reads "leave it" at the door as talk, never a cancel nor coriander leaves', () => {
    const shop = buildCatalogIndex([testProduct('CORIANDER', 'Coriander Leaves', 'pc', null, ['dhaniya'])])
    for (const text of ['please leave it at the door', 'leave it at the gate', 'leave it with the guard']) {
      const r = understand(text, shop, { cartSkus: ['CORIANDER'] })
      expect(r.intent).not.toBe('cancel')
      expect(r.lines).toEqual([])
    }
    expect(understand('2 coriander leaves', shop).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['CORIANDER', 2],
    ])
  })

  it('keeps "band" in a name the shop sells', () => {
    const shop = buildCatalogIndex([testProduct('RB', 'Rubber Band Pack', 'pack')])
    expect(understand('2 rubber band', shop).lines.map((l) => [l.sku, l.op])).toEqual([['RB', 'add']])
  })
})

describe('asking to see goods, and announcing an order', () => {
  it.each([
    ['show me onions', 'ONION'],
    ['show me your bread', 'BREAD'],
    ['tamatar dikhao', 'TOMATO'],
  ])('"%s" asks what there is of it', (text, sku) => {
    const r = u(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
  })

  it.each(["I'd like to place an order", 'can I place an order', 'I want to place my order'])(
    '"%s" is an order with nothing in it yet, not talk',
    (text) => {
      expect(u(text)).toMatchObject({ intent: 'order', lines: [], unmatched: [] })
    },
  )
})

describe('Hinglish says which ones after the goods, and money after the item', () => {
  it.each([
    ['ek kilo aloo thode chhote wale', 'POTATO', 1, 'kg'],
    ['2 kg tamatar laal wale', 'TOMATO', 2, 'kg'],
    ['tamatar pakke hue 1 kilo', 'TOMATO', 1, 'kg'],
    ['1 kg pyaz achhe wale dena', 'ONION', 1, 'kg'],
    // how the goods are to be done: a participle and its hua, after the goods or before them
    ['pyaz 2 kg kata hua', 'ONION', 2, 'kg'],
    ['aloo 3 kilo dhule hue', 'POTATO', 3, 'kg'],
    ['1 kg uble hue aloo', 'POTATO', 1, 'kg'],
    ['kate hue tamatar 500 gm', 'TOMATO', 500, 'g'],
  ])('%s', (text, sku, qty, unit) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
    expect(r.unmatched).toEqual([])
  })

  it('keeps such a word when it picks among products ("amul butter chhota wala")', () => {
    expect(u('amul butter chhota wala').lines.map((l) => l.sku)).toEqual(['AMUL-BUTTER-100'])
  })

  it.each([
    ['dhaniya 10 ka', 1],
    ['dhaniya 20 ka de dena', 2],
    ['20 ka dhaniya', 2],
    ['dhaniya 2', 2],
  ])('"%s": money said before or after the item is what it buys (₹10 a bunch)', (text, qty) => {
    const shop = buildCatalogIndex([
      { ...testProduct('CORIANDER', 'Coriander Bunch', 'pc', null, ['dhaniya']), price: 1000 },
    ])
    expect(understand(text, shop).lines.map((l) => [l.sku, l.qty])).toEqual([['CORIANDER', qty]])
  })
})

describe('what was forgotten is ordered', () => {
  it.each([
    ['I forgot eggs, 6 please', 'EGG', 6],
    ['I forgot 2 bread', 'BREAD', 2],
    ['oh I forgot, 3 eggs too', 'EGG', 3],
    ['Ich hab die Eier vergessen, 6 Stück bitte', 'EGG', 6],
  ])('%s', (text, sku, qty) => {
    const r = u(text, { cartSkus: ['ONION'] })
    expect(r.lines.map((l) => [l.sku, l.qty, l.op])).toEqual([[sku, qty, 'add']])
    expect(r.unmatched).toEqual([])
  })

  it.each(['I forgot to pay', 'I forgot my wallet', 'sorry I forgot'])('"%s" orders nothing', (text) => {
    expect(u(text).lines).toEqual([])
  })
})

describe('news of paying is no item', () => {
  it.each([
    ['2 kg onion, paid by gpay', 'ONION', 2],
    ['2 bread. Paise bhej diye', 'BREAD', 2],
    ['gpay kar diya, 2 kg onion bhi bhejna', 'ONION', 2],
    ['Zahlung ist überwiesen; 2 Brot bitte', 'BREAD', 2],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })

  it.each([
    'paid',
    'done, paid via gpay',
    'Rs 540 transferred',
    'पैसे भेज दिए',
    'hab schon bezahlt',
    'गूगल पे से भेजा',
  ])('"%s" alone is news, not goods and not a yes', (text) => {
    const r = u(text)
    expect(r).toMatchObject({ intent: 'other', lines: [], unmatched: [], paid: true })
  })
})

describe('spoken English around an order is no item', () => {
  it.each([
    ["I'm gonna need 2 kg onion", 'ONION', 2],
    ['lemme get 3 eggs', 'EGG', 3],
    ['grab me 2 bread', 'BREAD', 2],
    ['put me down for 2 bread', 'BREAD', 2],
    ["I'll pick up 2 kg onion", 'ONION', 2],
    ['I will collect 3 eggs later', 'EGG', 3],
    ["I'll come and get 2 bread", 'BREAD', 2],
    ['main khud le jaunga 2 kg onion', 'ONION', 2],
    ['2 bread dukaan se le lunga', 'BREAD', 2],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
    expect(r.lines[0]!.text).not.toMatch(/\s\s/)
  })

  it('still reads a pickup said on its own as no order', () => {
    expect(u("I'll pick it up at 6").lines).toEqual([])
    expect(u('I pick up my kids at 5').lines).toEqual([])
  })
})

describe('a note in brackets says which product, when the item names several', () => {
  const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty])
  it.each([
    ['1 amul butter (500 g)', 'AMUL-BUTTER-500', 1],
    ['2 amul butter (small)', 'AMUL-BUTTER-100', 2],
    ['amul butter (bada wala) 3', 'AMUL-BUTTER-500', 3],
    ['Butter x2 (big)', 'AMUL-BUTTER-500', 2],
  ])('%s', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty]])
  })

  it('leaves the choice open when the note says nothing about it, and never adds an item', () => {
    const r = u('2 amul butter (fresh please)')
    expect(r.lines).toHaveLength(1)
    expect(r.lines[0]!.sku).toBeNull()
    expect(r.lines[0]!.candidates).toEqual(expect.arrayContaining(['AMUL-BUTTER-100', 'AMUL-BUTTER-500']))
  })
})

describe('a typo in a name said only by its brand and variant words', () => {
  it.each(['2 amul taza', 'amul tazaa milk', '1 amul tazza'])(
    '%s still offers the products it names',
    (text) => {
      const line = u(text).lines[0]!
      expect(line.sku ?? line.candidates[0]).toBe('MILK-TAAZA')
    },
  )

  it('does not offer anything for a lone misspelt variant word', () => {
    expect(u('2 taza').lines).toEqual([])
  })
})

describe('a no in a change to the cart', () => {
  const cart = { cartSkus: ['BREAD', 'ONION'] }
  const ops = (text: string) => u(text, cart).lines.map((l) => [l.sku, l.op, l.qty])

  it.each([
    ['no, just 1 bread', 1],
    ['no just 2 bread', 2],
    ['nahi sirf 1 bread', 1],
    ['nein, nur 3 Brot', 3],
    ['nein doch nur 1 Brot', 1],
  ])('"%s" corrects the line, it does not take it away', (text, qty) => {
    expect(ops(text)).toEqual([['BREAD', 'set', qty]])
    expect(u(text, cart).unmatched).toEqual([])
  })

  it.each(['pyaz nahi chahiye', 'onion nahi', 'onion nahin'])(
    '"%s": a no after the item removes it',
    (text) => {
      expect(ops(text)).toEqual([['ONION', 'remove', 1]])
    },
  )

  it('keeps a no to the item it is said of', () => {
    expect(ops('bread nahi, 2 onion')).toEqual([
      ['BREAD', 'remove', 1],
      ['ONION', 'add', 2],
    ])
    expect(ops('no bread, 2 onion')).toEqual([
      ['BREAD', 'remove', 1],
      ['ONION', 'add', 2],
    ])
    expect(ops('remove 1 bread and 2 onion')).toEqual([
      ['BREAD', 'remove', 1],
      ['ONION', 'remove', 2],
    ])
  })
})

describe('a brand said alone in the plural or in lower case', () => {
  const snacks = buildCatalogIndex([
    testProduct('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }),
    testProduct('PARLE-G', 'Parle-G Biscuit 80 g', 'pack', { value: 80, unit: 'g' }),
    testProduct('COLGATE', 'Colgate Strong Teeth 200 g', 'pack', { value: 200, unit: 'g' }),
    testProduct('SURF', 'Surf Excel 1 kg', 'pack', { value: 1, unit: 'kg' }),
    testProduct('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
    testProduct('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }),
    testProduct('MANGO-JUICE', 'Mango Juice 1 l', 'pack', { value: 1, unit: 'l' }),
  ])
  const said = (text: string) =>
    understand(text, snacks).lines.map((l) => [l.sku, l.qty, l.candidates.length ? l.candidates : null])
  it.each([
    ['3 maggis', 'MAGGI', 3],
    ['Maggis 2', 'MAGGI', 2],
    ['2 colgates', 'COLGATE', 2],
    ['parle g 4', 'PARLE-G', 4],
    ['4 parle-g', 'PARLE-G', 4],
    ['3 surfs', 'SURF', 3],
  ])("%s is that brand's one product", (text, sku, qty) => {
    expect(said(text)).toEqual([[sku, qty, null]])
  })
  it('a brand of several products asks which; a plural goods word is still no brand', () => {
    expect(said('2 amuls')).toEqual([[null, 2, ['BUTTER-100', 'BUTTER-500']]])
    expect(understand('2 mangoes', snacks).lines.map((l) => l.sku)).not.toContain('MANGO-JUICE')
  })
})
