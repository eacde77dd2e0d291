// A customer changing the goods of the order just sent ("remove the bread", "maggi 4 kar do", "die Butter bitte
// wieder rausnehmen"): while the shop has not taken it, the change is made to that order and the order shown;
// once taken, the shop is asked. Was: "Your cart is empty", or a new cart of the changed line alone.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const KIRANA = readFileSync(new URL('../fixtures/kirana-catalog.csv', import.meta.url))
const HOFLADEN = readFileSync(new URL('../fixtures/hofladen-catalog.csv', import.meta.url))
const PHONE = '+919900000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = (language = 'en', catalog = KIRANA, currency = 'INR') =>
  openShop({
    catalog,
    settings: { 'shop.currency': currency, 'shop.language': language, 'orders.fulfilment': 'pickup' },
  })
const order = () => shop.engine.orders.get(shop.engine.orders.latestFor(PHONE)!.number)
const linesOf = () => order().lines.map((l) => [l.sku, l.qty])
async function play(turns: string[]): Promise<string> {
  let reply = ''
  for (const turn of turns) reply = await shop.say(PHONE, turn)
  return reply
}

describe('goods taken out of a new order', () => {
  it.each([
    ['en', ['2 maggi, 1 bread, 1 kg sugar', 'yes', 'remove bread from my order']],
    ['en', ['2 maggi, 1 bread, 1 kg sugar', 'ok', 'sorry dont need the bread']],
    ['en', ['2 maggi, 1 bread, 1 kg sugar', 'yes', 'take the bread off please']],
    ['en', ['2 maggi, 1 bread, 1 kg sugar', 'yes', 'no bread please']],
    ['hi', ['2 maggi, 1 bread, 1 kg cheeni', 'haan', 'bread hata do order se']],
    ['hi', ['2 maggi, 1 bread, 1 kg cheeni', 'theek hai', 'order me se bread nikal dena']],
    ['hi-Deva', ['2 मैगी, 1 ब्रेड, 1 किलो चीनी', 'हाँ', 'ब्रेड हटा दो']],
  ])('%s %j', async (language, turns) => {
    shop = await open(language)
    const reply = await play(turns)
    expect(reply).toMatch(/✏️/)
    expect(reply).toContain('*#1001*')
    expect(linesOf()).toEqual([
      ['MAGGI', 2],
      ['SUGAR', 1],
    ])
    expect(order().total).toBe(7200)
    expect(order().events.at(-1)).toMatchObject({
      kind: 'edit',
      detail: 'Britannia Bread 400 g: removed by the customer',
    })
    // nothing is left in a cart to be ordered a second time
    await shop.say(PHONE, 'yes')
    expect(shop.engine.orders.list({ offset: 0, limit: 10 }).total).toBe(1)
  })

  it('takes out as many as said, and keeps the rest', async () => {
    shop = await open()
    await play(['5 maggi, 1 bread', 'yes', 'remove 2 maggi'])
    expect(linesOf()).toEqual([
      ['MAGGI', 3],
      ['BREAD', 1],
    ])
  })

  it('finds the one of several sizes that is on the order', async () => {
    shop = await open()
    await play(['2 maggi, 1 amul butter 500g', 'yes', 'no butter please'])
    expect(linesOf()).toEqual([['MAGGI', 2]])
  })

  it('says goods not on the order are not on it, and changes nothing', async () => {
    shop = await open()
    const reply = await play(['2 maggi', 'yes', 'remove the colgate'])
    expect(reply).toContain('Not on your order #1001: Colgate Strong Teeth 200 g')
    expect(reply).not.toMatch(/cart is empty/)
    expect(linesOf()).toEqual([['MAGGI', 2]])
  })

  it('never leaves the order empty: cancelling is said to be the way', async () => {
    shop = await open()
    const reply = await play(['2 maggi', 'yes', 'remove maggi'])
    expect(reply).toContain('nothing in order #1001')
    expect(reply).toContain('*cancel*')
    expect(linesOf()).toEqual([['MAGGI', 2]])
    expect(order().status).toBe('new')
  })
})

describe('a new amount for goods on a new order', () => {
  it.each([
    ['en', ['2 maggi, 1 bread', 'yes', 'make it 4 maggi please']],
    ['en', ['2 maggi, 1 bread', 'yes', 'sorry I meant 4 maggi']],
    ['en', ['2 maggi, 1 bread', 'yes', 'change maggi to 4']],
    ['hi', ['2 maggi, 1 bread', 'haan', 'maggi 4 kar do']],
    ['hi', ['2 maggi, 1 bread', 'haan', 'maggi 4 karo bhaiya']],
  ])('%s %j', async (language, turns) => {
    shop = await open(language)
    expect(await play(turns)).toMatch(/✏️/)
    expect(linesOf()).toEqual([
      ['MAGGI', 4],
      ['BREAD', 1],
    ])
    expect(order().total).toBe(9600)
    expect(order().events.at(-1)?.detail).toBe('Maggi Noodles 70 g: now 4 pack by the customer')
  })

  it('in German, to the farm shop', async () => {
    shop = await open('de', HOFLADEN, 'EUR')
    const reply = await play(['2 Brezn, 6 Brötchen, 1 Butter', 'ja', 'mach 10 Brötchen draus'])
    expect(reply).toContain('Ihre Bestellung *#1001* ist geändert')
    expect(linesOf()).toEqual([
      ['BREZEL', 2],
      ['BROETCHEN', 10],
      ['BUTTER', 1],
    ])
    await shop.say(PHONE, 'die Butter bitte wieder rausnehmen')
    expect(linesOf()).toEqual([
      ['BREZEL', 2],
      ['BROETCHEN', 10],
    ])
  })

  it('keeps the price the kept goods were sold at, and prices goods swapped in as the catalog does', async () => {
    shop = await open()
    await play(['2 maggi, 1 bread', 'yes'])
    shop.engine.catalog.update('MAGGI', { price: 2000 })
    await shop.say(PHONE, 'remove bread and add 1 kg sugar')
    expect(order().lines.map((l) => [l.sku, l.qty, l.unitPrice])).toEqual([
      ['MAGGI', 2, 1400],
      ['SUGAR', 1, 4400],
    ])
  })

  it('shows the order as it is when the amount is the same', async () => {
    shop = await open()
    const reply = await play(['2 maggi, 1 bread', 'yes', 'make it 2 maggi'])
    expect(reply).toContain('already has that')
    expect(order().events.filter((e) => e.kind === 'edit')).toEqual([])
  })
})

describe('an order the shop has taken is not changed by the bot', () => {
  it('asks the shop and tells the customer', async () => {
    shop = await open()
    await play(['2 maggi, 1 bread', 'yes'])
    shop.engine.orders.transition(1001, 'accepted')
    const reply = await shop.say(PHONE, 'remove the bread')
    expect(reply).toContain('Order #1001 is already accepted')
    expect(reply).toContain('passed your message to the shop')
    expect(linesOf()).toEqual([
      ['MAGGI', 2],
      ['BREAD', 1],
    ])
    expect(shop.engine.chats.list({ offset: 0, limit: 10 }).items[0]).toMatchObject({
      attention: 'Asked to change order #1001',
    })
  })

  it('a change that would need a question is passed to the shop, not asked about a cart of the whole order', async () => {
    shop = await open()
    // pav is sold in packs of 6: "1 pav" would need "how many packs?"
    const reply = await play(['2 maggi, 1 bread', 'yes', 'instead of bread send 1 pav'])
    expect(reply).toContain('passed this change to order #1001')
    expect(linesOf()).toEqual([
      ['MAGGI', 2],
      ['BREAD', 1],
    ])
    await shop.say(PHONE, 'yes')
    expect(shop.engine.orders.list({ offset: 0, limit: 10 }).total).toBe(1)
  })
})

describe('goods said not to have come', () => {
  it.each([['milk was not delivered today'], ['doodh nahi aaya aaj'], ['die Milch kam heute nicht']])(
    '"%s" with no order on record goes to a person',
    async (text) => {
      shop = await open()
      const reply = await shop.say(PHONE, text)
      // (in the customer's language: the complaint reply, never "no orders yet")
      expect(reply).toMatch(/Someone from the shop|Dukaan se koi dekh|Jemand aus dem Laden/)
      expect(reply).not.toMatch(/no orders yet|koi order nahi|noch keine Bestellung/i)
      expect(shop.engine.chats.list({ offset: 0, limit: 10 }).items[0]).toMatchObject({
        attention: 'Complaint',
        botPaused: true,
      })
    },
  )

  it('after the shop handed the order over goes to a person; while it is on its way, its status is told', async () => {
    shop = await open()
    await play(['2 maggi', 'yes'])
    shop.engine.orders.transition(1001, 'accepted')
    expect(await shop.say(PHONE, 'my order has not come yet')).toContain('Order #1001')
    shop.engine.orders.transition(1001, 'packed')
    shop.engine.orders.transition(1001, 'ready')
    shop.engine.orders.transition(1001, 'completed')
    expect(await shop.say(PHONE, 'my order has not come yet')).toContain(
      'Someone from the shop will look at it',
    )
  })
})

describe('a wish to have goods delivered, sent with them to a shop that does not deliver', () => {
  it.each([
    ['en', KIRANA, 'INR', '2 maggi, deliver to 12 MG Road pls', /we do not deliver/],
    ['en', KIRANA, 'INR', '2 maggi, home delivery please', /we do not deliver/],
    ['hi', KIRANA, 'INR', '2 maggi ghar pe bhej do', /delivery nahi hoti/],
    ['de', HOFLADEN, 'EUR', '2 Brezeln, bitte liefern an Hauptstr. 5', /Leider liefern wir nicht/],
  ])('%s "%s" is told so with the cart', async (language, catalog, currency, text, notice) => {
    shop = await open(language, catalog, currency)
    const reply = await shop.say(PHONE, text)
    expect(reply).toMatch(notice)
    expect(reply).toMatch(/🛒/)
  })

  it('is not told to a customer who asked for nothing of the kind', async () => {
    shop = await open()
    expect(await shop.say(PHONE, '2 maggi, 1 bread')).not.toMatch(/do not deliver/)
  })
})

describe('a line taken out by the number the cart showed it with', () => {
  it.each([
    ['en', ['1 kg sugar, 1 kg toor dal, 2 maggi', 'remove item 2', 'yes']],
    ['hi', ['1 kg cheeni, 1 kg toor dal, 2 maggi', 'doosra wala hata do', 'haan']],
    ['de', ['1 kg Zucker, 1 kg Toor Dal, 2 Maggi', 'Nummer 2 bitte streichen', 'ja']],
  ])('%s %j', async (language, turns) => {
    shop = await open(language)
    await play(turns)
    expect(linesOf()).toEqual([
      ['SUGAR', 1],
      ['MAGGI', 2],
    ])
  })

  it('an order just sent, changed by its line number', async () => {
    shop = await open()
    const reply = await play(['1 kg sugar, 1 kg toor dal, 2 maggi', 'yes', 'please delete the 3rd one'])
    expect(reply).toMatch(/✏️/)
    expect(linesOf()).toEqual([
      ['SUGAR', 1],
      ['TOOR', 1],
    ])
  })
})
