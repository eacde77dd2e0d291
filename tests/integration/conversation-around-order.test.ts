// The conversation around an order: short replies keep the customer's language, pickup/delivery in plain words,
// an open question does not block confirming for ever, options that read differently, stock said as stock.
import { afterEach, describe, expect, it } from 'vitest'
import { CATALOG, openShop, type TestShop } from '../fixtures/conv-harness'

const ASHA = '+919800000001'
const BERLIN = '+4915112345678'
let shop: TestShop
let shop2: TestShop | undefined
afterEach(async () => {
  await shop?.close()
  await shop2?.close()
  shop2 = undefined
})

const csv = (rows: string[]) =>
  new TextEncoder().encode(['sku,name,price,unit,size,aliases,category,stock', ...rows].join('\n'))

describe('short replies never switch the language', () => {
  it.each(['ja', 'ok', 'haan', 'Jo', 'danke'])(
    'an English customer who writes "%s" stays English',
    async (yes) => {
      shop = await openShop()
      await shop.say(ASHA, 'I would like 2 kg onion please')
      const r = await shop.say(ASHA, yes)
      expect(r).toMatch(/Order \*#1001\* placed|Thank you/)
      expect(shop.engine.chats.get(ASHA).language).toBe('en')
    },
  )

  it('a German customer who writes "ok" or "yes" stays German', async () => {
    shop = await openShop({ settings: { 'shop.currency': 'EUR' } })
    await shop.say(BERLIN, 'Hallo, ich hätte gerne 2 Brot bitte')
    expect(await shop.say(BERLIN, 'ok')).toContain('Bestellung *#1001* aufgegeben')
    expect(shop.engine.chats.get(BERLIN).language).toBe('de')
    await shop.say(BERLIN, 'noch 1 kg Zwiebeln bitte')
    expect(await shop.say(BERLIN, 'yes')).toContain('Bestellung *#1002* aufgegeben')
  })

  it('German everyday yes forms place the order', async () => {
    for (const yes of ['ja passt so', 'genau so bitte', 'so ist gut', 'gerne']) {
      shop = await openShop({ settings: { 'shop.currency': 'EUR' } })
      await shop.say(BERLIN, 'Guten Tag, 2 Brot und 1 kg Zwiebeln bitte')
      expect(await shop.say(BERLIN, yes), yes).toContain('Bestellung *#1001* aufgegeben')
      await shop.close()
    }
  })
})

describe('an open "which one?" and confirming', () => {
  it('asks once more, says what happens, then places the order without that item', async () => {
    shop = await openShop()
    const first = await shop.say(ASHA, '1 kg onion and butter')
    expect(first).toContain('Which "butter" do you mean?')
    const again = await shop.say(ASHA, 'yes')
    expect(again).toContain('without "butter"')
    expect(again).toContain('Which "butter" do you mean?')
    const placed = await shop.say(ASHA, 'confirm')
    expect(placed).toContain('left out: "butter"')
    expect(placed).toContain('Order *#1001* placed')
    expect(shop.engine.orders.get(1001).lines.map((l) => l.sku)).toEqual(['ONION'])
  })

  // Two "which one?" waiting (the second is asked after the first): the reminder names both, since a second yes
  // leaves both out, and the customer must not learn that only from the "left out" line.
  const twoChoices = csv([
    'ONION,Onion,30,kg,,pyaz|Zwiebeln,Vegetables,',
    'BUTTER-100,Amul Butter 100 g,56,pack,100 g,makhan,Dairy,',
    'BUTTER-500,Amul Butter 500 g,275,pack,500 g,makhan,Dairy,',
    'RICE-BASMATI,India Gate Basmati Rice 1 kg,160,pack,1 kg,rice|chawal|Reis,Staples,',
    'RICE-SONA,Sona Masoori Rice 1 kg,70,pack,1 kg,rice|chawal|Reis,Staples,',
  ])
  it.each([
    [
      '1 kg onion, butter and rice',
      'yes',
      'confirm',
      'without "butter", "rice"',
      'left out: "butter", "rice"',
    ],
    ['chawal aur makhan, 1 kg pyaz', 'haan', 'haan ji', 'bina', 'chhod diya: "chawal", "makhan"'],
    [
      'Butter und Reis, 1 kg Zwiebeln',
      'ja',
      'passt',
      'ohne "Butter", "Reis"',
      'weggelassen: "Butter", "Reis"',
    ],
  ])(
    'with two questions open, "%s": the reminder names every item it would leave out',
    async (order, yes, again, reminded, left) => {
      shop = await openShop({
        catalog: twoChoices,
        settings: { 'shop.currency': order.includes('Zwiebeln') ? 'EUR' : 'INR' },
      })
      await shop.say(ASHA, order)
      const reminder = await shop.say(ASHA, yes)
      expect(reminder).toContain(reminded)
      for (const item of left.split(': ')[1]!.split(', ')) expect(reminder).toContain(item)
      const placed = await shop.say(ASHA, again)
      expect(placed).toContain(left)
      expect(shop.engine.orders.get(1001).lines.map((l) => l.sku)).toEqual(['ONION'])
    },
  )

  it('answering after the reminder still works, in German too', async () => {
    shop = await openShop({ settings: { 'shop.currency': 'EUR' } })
    await shop.say(BERLIN, 'Bitte 2 Brot und Butter')
    expect(await shop.say(BERLIN, 'ja')).toContain('ohne "Butter"')
    await shop.say(BERLIN, '2')
    expect(await shop.say(BERLIN, 'passt')).toContain('Bestellung *#1001* aufgegeben')
    expect(
      shop.engine.orders
        .get(1001)
        .lines.map((l) => l.sku)
        .sort(),
    ).toEqual(['AMUL-BUTTER-500', 'BREAD'])
  })

  it('quotes the item without its unit', async () => {
    shop = await openShop({
      catalog: csv([
        'MILK-V,Vollmilch 1 l,119,pc,1 l,Milch,Milch,',
        'MILK-F,Fettarme Milch 1 l,109,pc,1 l,Milch,Milch,',
      ]),
      settings: { 'shop.currency': 'EUR' },
    })
    for (const text of ['2 Liter Milch', '2 Ltr. Milch', '2l Milch']) {
      const r = await shop.say(BERLIN, text)
      expect(r, text).toContain('Welches "Milch" meinen Sie?')
      await shop.say(BERLIN, 'stornieren')
    }
  })

  it('shows what tells the options apart', async () => {
    shop = await openShop({
      catalog: csv([
        'DET-A,Dettol Original Soap,140,pc,125 g,,Soap,',
        'DET-B,Dettol Original Soap,219,pc,200 g,,Soap,',
        'DET-C,Dettol Original Soap,99,pc,,,Soap,',
        'DET-D,Dettol Original Soap,105,pc,,,Soap,',
        // the same goods twice (same name, price and size): one option, not two told apart by SKU only
        'DET-E,Dettol Original Soap,99,pc,,,Soap,',
      ]),
    })
    const r = await shop.say(ASHA, '2 dettol soap')
    expect(r).toContain('Dettol Original Soap 125 g — ₹140')
    expect(r).toContain('Dettol Original Soap 200 g — ₹219')
    expect(r).toContain('Dettol Original Soap (DET-C)')
    expect(r).toContain('Dettol Original Soap (DET-D)')
    expect(r).not.toContain('DET-E')
    expect(r).not.toContain('5.')
  })

  it.each([
    ['2 kg onion', 'yes'],
    ['pyaz 2 kilo bhej do', 'haan'],
    ['1 kg Zwiebeln bitte', 'ja'],
  ])(
    '"%s" of goods sold by the pack of no stated size asks how many; "%s" asks again, never thanks for nothing',
    async (text, yes) => {
      shop = await openShop({
        catalog: csv(['ONION,Fresho Onion,29,pack,,pyaz|Zwiebeln,Vegetables,']),
      })
      const first = await shop.say(ASHA, text)
      expect(first).toMatch(/how many pack|kitne pack|wie viele (?:pack|Pck)/i)
      expect(first).not.toMatch(/cart is empty|cart khaali|Warenkorb ist leer/)
      const again = await shop.say(ASHA, yes)
      expect(again).toMatch(/Fresho Onion/)
      expect(again).not.toMatch(/^Thank you|^Dhanyavaad|^Danke/)
      // the number said next orders that many packs
      expect(await shop.say(ASHA, '3')).toContain('Fresho Onion — 3 × ₹29 = ₹87')
    },
  )

  it.each(['2 baby potato', 'baby potatoes 2 packs', '2 packet baby aloo'])(
    'the same goods listed twice are no question: "%s" takes them',
    async (text) => {
      shop = await openShop({
        catalog: csv([
          'BP-1,Fresho Baby Potato,20,pack,,baby aloo,Vegetables,',
          'BP-2,Fresho Baby Potato,20,pack,,baby aloo,Vegetables,',
          'BP-3,Fresho Baby Potato,20,pack,,baby aloo,Vegetables,10',
        ]),
      })
      const r = await shop.say(ASHA, text)
      expect(r).toContain('Fresho Baby Potato — 2 × ₹20 = ₹40')
      expect(r).not.toMatch(/Which|kaunsa/)
    },
  )
})

describe('ask only when it matters', () => {
  it('takes the single bar among multi-packs, and the one choice in stock', async () => {
    shop = await openShop({
      // the shop's usual catalog plus one soap sold as a bar and in multi-packs
      catalog: new TextEncoder().encode(
        `${new TextDecoder().decode(CATALOG).trimEnd()}\n` +
          [
            'LUX-1,Lux Soap Rose 100 g,35,pc,100 g,,Soap,',
            'LUX-4,Lux Soap Rose 4 x 100 g,130,pack,,,Soap,',
            'LUX-3,Lux Soap Rose Combo Pack of 3,99,pack,,,Soap,',
            'DETTOL-75,Dettol Soap 75 g,40,pc,75 g,,Soap,',
          ].join('\n'),
      ),
    })
    const r = await shop.say(ASHA, '3 Lux soap, 1 paneer')
    expect(r).toContain('Lux Soap Rose 100 g — 3 × ₹35')
    expect(r).toContain('Gowardhan Paneer 200 g — 1 × ₹85')
    expect(await shop.say(ASHA, '2 lux soap rose')).toContain('Lux Soap Rose 100 g — 5 × ₹35')
    expect(r).not.toContain('Which')
    // sizes only the customer can choose between are asked about
    expect(await shop.say(ASHA, 'and butter')).toContain('Which "butter" do you mean?')
  })

  it('names an out-of-stock item as out of stock, with a substitute', async () => {
    shop = await openShop()
    const r = await shop.say(ASHA, '2 amul paneer')
    expect(r).toContain('Amul Paneer 200 g is out of stock')
    expect(r).toContain('Gowardhan Paneer 200 g')
    expect(r).not.toContain("we don't have")
  })
})

describe('questions about the order itself', () => {
  it('what the cart comes to, then how to pay, in the customer\u2019s language; after ordering, the order\u2019s total', async () => {
    shop = await openShop({ settings: { 'payments.providers': ['cash', 'upi'] } })
    await shop.say(ASHA, '2 kg onion, 1 bread')
    const total = await shop.say(ASHA, "what's my total?")
    expect(total).toContain('Your cart')
    expect(total).not.toContain('did not get that')
    const pay = await shop.say(ASHA, 'can I pay by upi?')
    expect(pay).toContain('You can pay:')
    expect(pay).toContain('• Cash')
    expect(pay).toContain('• UPI')
    await shop.say(ASHA, 'yes')
    expect(await shop.say(ASHA, 'what is the total?')).toContain('Order *#1001*')
    shop2 = await openShop({ settings: { 'shop.currency': 'EUR', 'payments.providers': ['cash'] } })
    await shop2.say(BERLIN, '2 Brot bitte')
    expect(await shop2.say(BERLIN, 'kann ich mit Karte zahlen?')).toContain('So können Sie bezahlen:\n• Bar')
  })
})

describe('delivery said with the goods', () => {
  it.each([
    ['please deliver bread', [['BREAD', 1]]],
    ['deliver onion please', [['ONION', 1]]],
    ['2 kg onion home delivery', [['ONION', 2]]],
    ['1 bread deliver fast', [['BREAD', 1]]],
  ])('"%s" fills the cart with the goods only', async (text, cart) => {
    shop = await openShop()
    const r = await shop.say(ASHA, text)
    expect(shop.engine.chats.get(ASHA).cart.map((l) => [l.sku, l.qty])).toEqual(cart)
    expect(r).not.toMatch(/don't have|did not get/)
  })

  it.each(['do you deliver?', 'deliver today?', 'please deliver on monday'])(
    '"%s" orders nothing',
    async (text) => {
      shop = await openShop()
      await shop.say(ASHA, text)
      expect(shop.engine.chats.get(ASHA).cart).toEqual([])
    },
  )
})

describe('how to pay, asked in any shape', () => {
  it.each([
    'paytm accepted?',
    'upi id kya hai',
    'Gpay?',
    'scanner bhejo',
    'bank details bhejo',
    'online payment kar sakte hai?',
    'whats your upi id',
  ])('"%s" is answered with the shop\u2019s ways of paying, with the cart kept', async (text) => {
    shop = await openShop({ settings: { 'payments.providers': ['cash', 'upi'] } })
    await shop.say(ASHA, '2 kg onion')
    const r = await shop.say(ASHA, text)
    expect(r).toMatch(/You can pay:|Payment aise kar sakte hain:/)
    expect(r).toContain('• UPI')
    expect(r).not.toMatch(/did not get|samajh nahi|don't have|nahi hai/)
    expect(shop.engine.chats.get(ASHA).cart.map((l) => l.sku)).toEqual(['ONION'])
  })

  it.each([
    ['can I pay by card?', ['cash'], 'Sorry, we do not take card payments.'],
    ['upi id bhejo', ['cash'], 'Maaf kijiye, UPI se payment nahi lete.'],
    ['kann ich mit Karte zahlen?', ['cash', 'upi'], 'Kartenzahlung nehmen wir leider nicht.'],
    ['cash on delivery ok?', ['upi'], 'Sorry, we do not take cash.'],
    ['kann ich mit PayPal zahlen?', ['cash'], 'PayPal nehmen wir leider nicht.'],
    ['nehmt ihr auch Paypal?', ['cash', 'upi'], 'PayPal nehmen wir leider nicht.'],
    ['can I pay with paypal', ['cash'], 'Sorry, we do not take PayPal.'],
  ])('"%s" with a shop taking %j says plainly it does not, then how to pay', async (text, providers, no) => {
    shop = await openShop({ settings: { 'payments.providers': providers } })
    const r = await shop.say(ASHA, text)
    expect(r).toContain(no)
    expect(r).toMatch(/You can pay:|Payment aise kar sakte hain:|So können Sie bezahlen:/)
  })

  it('PayPal asked of a shop that sends payment links is answered with the list alone', async () => {
    shop = await openShop({ settings: { 'payments.providers': ['cash', 'stripe'] } })
    const r = await shop.say(BERLIN, 'kann ich mit PayPal zahlen?')
    expect(r).not.toMatch(/do not take|nahi lete|leider nicht/)
  })

  it('a kind the shop takes is answered with the list alone', async () => {
    shop = await openShop({ settings: { 'payments.providers': ['cash', 'upi'] } })
    for (const text of ['can I pay by upi?', 'cash on delivery ok?', 'payment kaise karu']) {
      const r = await shop.say(ASHA, text)
      expect(r).not.toMatch(/do not take|nahi lete|leider nicht/)
    }
  })

  it('"payment kar diya" is news that it is paid, not a question', async () => {
    shop = await openShop({ settings: { 'payments.providers': ['cash', 'upi'] } })
    await shop.say(ASHA, '2 kg onion')
    expect(await shop.say(ASHA, 'payment kar diya')).not.toContain('Payment aise kar sakte hain')
  })
})

describe('a quantity right after a price', () => {
  it('orders the product whose price was just given, in any language; only right after it', async () => {
    shop = await openShop()
    const cartOf = () => shop.engine.chats.get(ASHA).cart.map((l) => [l.sku, l.qty])
    await shop.say(ASHA, 'how much is the bread?')
    await shop.say(ASHA, 'ok give me 2')
    expect(cartOf()).toEqual([['BREAD', 2]])
    await shop.say(ASHA, 'onion kitne ka hai')
    await shop.say(ASHA, 'thik hai 3 kilo de do')
    expect(cartOf()).toEqual([
      ['BREAD', 2],
      ['ONION', 3],
    ])
    // after another turn the price is no longer the subject: a bare number is not an order of it
    await shop.say(ASHA, 'price of bread?')
    await shop.say(ASHA, 'thanks')
    await shop.say(ASHA, '5 please')
    expect(cartOf()).toEqual([
      ['BREAD', 2],
      ['ONION', 3],
    ])
    shop2 = await openShop({ settings: { 'shop.currency': 'EUR' } })
    await shop2.say(BERLIN, 'Was kostet das Brot?')
    await shop2.say(BERLIN, 'ja dann 2 bitte')
    expect(shop2.engine.chats.get(BERLIN).cart.map((l) => [l.sku, l.qty])).toEqual([['BREAD', 2]])
  })
})

describe('taking some off', () => {
  it('a counted removal takes that many off; an uncounted one, or as many as there are, the whole line', async () => {
    shop = await openShop()
    await shop.say(ASHA, '3 bread, 2 kg onion')
    const cartOf = () => shop.engine.chats.get(ASHA).cart.map((l) => [l.sku, l.qty])
    await shop.say(ASHA, 'one less bread')
    expect(cartOf()).toEqual([
      ['BREAD', 2],
      ['ONION', 2],
    ])
    await shop.say(ASHA, 'remove 1 kg onion')
    expect(cartOf()).toEqual([
      ['BREAD', 2],
      ['ONION', 1],
    ])
    await shop.say(ASHA, 'remove 5 bread')
    expect(cartOf()).toEqual([['ONION', 1]])
    await shop.say(ASHA, 'remove the onion')
    expect(cartOf()).toEqual([])
  })
})

describe('pickup and delivery in plain words', () => {
  it.each([
    ['please deliver', 'Flat 12, Green Park, near the temple', 'Flat 12, Green Park, near the temple'],
    ['deliver pls', 'my address is B-204 Sunrise Apts, MG Road', 'B-204 Sunrise Apts, MG Road'],
    ['bitte liefern', 'Lieferadresse: Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin'],
    ['ghar pe delivery chahiye', 'mera pata: gali no 4, shastri nagar', 'gali no 4, shastri nagar'],
  ])('after "%s", an address given before it is asked for is kept: "%s"', async (wish, given, kept) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion please')
    await shop.say(ASHA, wish)
    const r = await shop.say(ASHA, given)
    expect(r).not.toContain('did not get that')
    expect(r).toContain(kept)
    await shop.say(ASHA, 'yes')
    const order = shop.engine.orders.get(1001)
    expect(order).toMatchObject({ fulfilment: 'delivery', address: kept })
    for (const m of shop.received(ASHA)) expect(m).not.toMatch(/send your delivery address|address bhejiye/)
  })

  it('takes the address said with the wish, and with a yes places the order at once', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion please')
    expect(await shop.say(ASHA, 'deliver to house 5, Gandhi Nagar')).toContain('house 5, Gandhi Nagar')
    shop.engine.chats.setCustomer(ASHA, { address: null })
    await shop.say(ASHA, '1 kg potato')
    expect(await shop.say(ASHA, 'yes, deliver to plot 7 sector 21')).toContain('Order *#1001* placed')
    expect(shop.engine.orders.get(1001)).toMatchObject({
      fulfilment: 'delivery',
      address: 'plot 7 sector 21',
    })
  })

  it.each([
    ['address same as last time', 'Delivery to: B-204 Sunrise Apts'],
    ['pata wahi hai bhaiya', 'Delivery yahan: B-204 Sunrise Apts'],
    ['gleiche Adresse wie letztes Mal', 'B-204 Sunrise Apts'],
  ])('"%s" is the address kept from last time, never a second order', async (same, reply) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion please')
    await shop.say(ASHA, 'deliver to B-204 Sunrise Apts')
    await shop.say(ASHA, 'yes')
    await shop.say(ASHA, '1 kg potato')
    // with the cart shown: delivery, to the address kept
    expect(await shop.say(ASHA, same)).toContain(reply)
    await shop.say(ASHA, 'yes')
    expect(shop.engine.orders.get(1002)).toMatchObject({
      fulfilment: 'delivery',
      address: 'B-204 Sunrise Apts',
    })
    // after the order: how it is handed over, not the last order again
    const after = await shop.say(ASHA, same)
    expect(after).toContain('#1002')
    expect(after).not.toMatch(/last order|again, at today/)
    expect(() => shop.engine.orders.get(1003)).toThrow()
  })

  it.each(['ok will come in 10 min', 'on my way', '10 min me aata hu'])(
    'after the order, "%s" is answered with how it is handed over, never "we don\'t have: come"',
    async (coming) => {
      shop = await openShop()
      await shop.say(ASHA, '2 kg onion please')
      await shop.say(ASHA, 'yes')
      const r = await shop.say(ASHA, coming)
      expect(r).toMatch(/Order \*#1001\*: (?:Pickup from the shop|Dukaan se pickup)/)
      expect(r).not.toMatch(/don't have|did not get/)
    },
  )

  it.each([
    ['my address is 12 MG Road, Pune', '12 MG Road, Pune'],
    ['address: B-204 Sunrise Apts, Baner', 'B-204 Sunrise Apts, Baner'],
    ['pata: gali no 4, shastri nagar', 'gali no 4, shastri nagar'],
    ['meine Adresse ist Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin'],
  ])('an address sent after the order ("%s") sends the open order there', async (sent, kept) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion please')
    await shop.say(ASHA, 'yes')
    await shop.say(ASHA, '1')
    const r = await shop.say(ASHA, sent)
    expect(r).toContain('#1001')
    expect(r).toContain(kept)
    expect(r).not.toMatch(/did not get|nicht verstanden|samajh nahi/i)
    expect(shop.engine.orders.get(1001)).toMatchObject({ fulfilment: 'delivery', address: kept })
    expect(shop.engine.chats.get(ASHA).address).toBe(kept)
  })

  it('an address after the order in a shop without delivery says orders are picked up, and changes nothing', async () => {
    shop = await openShop()
    await shop.say(ASHA, '2 kg onion please')
    await shop.say(ASHA, 'yes')
    const r = await shop.say(ASHA, 'my address is 12 MG Road, Pune')
    expect(r).toContain('we do not deliver')
    expect(r).toContain('Order *#1001*: Pickup from the shop.')
    expect(shop.engine.orders.get(1001)).toMatchObject({ fulfilment: 'pickup', address: null })
  })

  it('an address after the order is packed keeps where it goes and says how to change it', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion please')
    await shop.say(ASHA, 'yes')
    await shop.say(ASHA, '1')
    shop.engine.orders.transition(1001, 'accepted')
    shop.engine.orders.transition(1001, 'packed')
    const r = await shop.say(ASHA, 'address: B-204 Sunrise Apts, Baner')
    expect(r).toContain('Order *#1001*: Pickup from the shop.')
    expect(r).toContain('send *person*')
    expect(shop.engine.orders.get(1001)).toMatchObject({ fulfilment: 'pickup' })
  })

  it('"same address as before" when none is kept asks for it, and keeps nothing', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'delivery' } })
    await shop.say(ASHA, '2 kg onion please')
    expect(await shop.say(ASHA, 'yes')).toContain('Please send your delivery address.')
    expect(await shop.say(ASHA, 'same address as before')).toContain('Please send your delivery address.')
    expect(shop.engine.chats.get(ASHA).address ?? null).toBeNull()
    expect(await shop.say(ASHA, 'flat 9, Lake View Road')).toContain('Order *#1001* placed')
  })

  it('a question or an order is never taken for an address', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion please')
    await shop.say(ASHA, 'please deliver')
    await shop.say(ASHA, 'can you deliver near the temple?')
    await shop.say(ASHA, '1 kg potato')
    expect(shop.engine.chats.get(ASHA).address ?? null).toBeNull()
  })

  it('after an order is placed, answers pickup, delivery, thanks and ok sensibly', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(ASHA, '2 kg onion')
    await shop.say(ASHA, 'yes')
    expect(await shop.say(ASHA, 'pickup')).toContain('Order *#1001*: Pickup from the shop.')
    const d = await shop.say(ASHA, 'can you deliver it?')
    expect(d).toContain('Order *#1001*: Pickup from the shop.')
    expect(d).toContain('To change this')
    expect(await shop.say(ASHA, 'thanks')).toContain('Thank you')
    expect(await shop.say(ASHA, 'ok')).toContain('Thank you')
    for (const r of shop.received(ASHA)) expect(r).not.toContain('did not get that')
  })

  it.each([
    ['main khud le jaunga', 'pickup'],
    ['I will pick it up', 'pickup'],
    ['ich hole es selbst ab', 'pickup'],
    ["ich hol's morgen ab", 'pickup'],
    ['hole ab', 'pickup'],
    ['ich komm nachher vorbei', 'pickup'],
    ['bringt ihr es vorbei?', 'delivery'],
    ['bitte nach Hause', 'delivery'],
    ['घर भेज दो', 'delivery'],
    ['मैं खुद ले जाऊँगा', 'pickup'],
    ['दुकान से ले लूंगा', 'pickup'],
    ['ghar bhej do', 'delivery'],
    ['please deliver', 'delivery'],
    ['bitte liefern', 'delivery'],
  ])('"%s" with a cart chooses %s', async (text, how) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion please')
    shop.engine.chats.setCustomer(ASHA, { address: '12 MG Road' })
    await shop.say(ASHA, text)
    // "ghar bhej do" is also a yes; the others wait for one
    if (shop.engine.orders.counts().new === 0) await shop.say(ASHA, 'yes')
    expect(shop.engine.orders.get(1001).fulfilment).toBe(how)
  })

  it.each(['ich hols ab', 'hol ich ab', 'ich komme vorbei und hole es ab'])(
    'answers "Abholen oder liefern?" with "%s"',
    async (text) => {
      shop = await openShop({ settings: { 'orders.fulfilment': 'ask', 'shop.currency': 'EUR' } })
      await shop.say(BERLIN, '2 Brot bitte')
      expect(await shop.say(BERLIN, 'ja')).toContain('Abholen oder liefern?')
      expect(await shop.say(BERLIN, text)).toContain('Bestellung *#1001* aufgegeben')
      expect(shop.engine.orders.get(1001).fulfilment).toBe('pickup')
    },
  )

  it('answers "दुकान से लेंगे या डिलीवरी?" in Devanagari words or digits', async () => {
    for (const [text, how] of [
      ['घर पर डिलीवरी', 'delivery'],
      ['खुद ले जाऊंगा', 'pickup'],
      ['१', 'pickup'],
    ] as const) {
      shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
      await shop.say(ASHA, '३ किलो टमाटर')
      shop.engine.chats.setCustomer(ASHA, { address: '12 MG Road' })
      expect(await shop.say(ASHA, 'हाँ')).toContain('डिलीवरी?')
      expect(await shop.say(ASHA, text), text).toContain('ऑर्डर *#1001* हो गया')
      expect(shop.engine.orders.get(1001).fulfilment).toBe(how)
      await shop.close()
    }
  })

  it('a pickup-only shop says so when asked to deliver', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(ASHA, '2 kg onion')
    expect(await shop.say(ASHA, 'ghar pe delivery chahiye')).toMatch(/do not deliver|delivery nahi hoti/)
  })
})

describe('complaints', () => {
  it.each(['the onions are rotten', 'Die Milch war sauer', 'aloo kharab tha'])(
    '"%s" goes to a person, not into the cart',
    async (text) => {
      shop = await openShop()
      await shop.say(ASHA, 'hi')
      const r = await shop.say(ASHA, text)
      expect(r).toMatch(/Sorry about that|Maaf kijiye|Das tut uns leid/)
      expect(shop.engine.chats.get(ASHA).cart).toEqual([])
      expect(shop.engine.chats.get(ASHA).botPaused).toBe(true)
    },
  )
})

describe('the last order again, with changes', () => {
  const lastThen = async (first: string, again: string, phone = ASHA, settings = {}) => {
    shop = await openShop({ settings })
    await shop.say(phone, first)
    await shop.say(phone, 'yes')
    await shop.say(phone, again)
    await shop.say(phone, phone === BERLIN ? 'ja' : 'yes')
    const lines = shop.engine.orders.get(1002).lines.map((l) => [l.sku, l.qty])
    await shop.close()
    return lines
  }

  it.each([
    ['same as last time but tomato 5 kg'],
    ['Same order as last week, only tomatoes 5kg'],
    ['pichli baar wala, bas tamatar 5 kilo'],
  ])('goods of it said after a "but" are their new amount: %s', async (again) => {
    expect(await lastThen('2 kg tomato and 1 kg onion', again)).toEqual([
      ['TOMATO', 5],
      ['ONION', 1],
    ])
  })

  it('in German too', async () => {
    expect(
      await lastThen('2 kg Tomaten und 1 kg Zwiebeln', 'wie letztes Mal, aber nur 1 kg Tomaten', BERLIN, {
        'shop.currency': 'EUR',
      }),
    ).toEqual([
      ['TOMATO', 1],
      ['ONION', 1],
    ])
  })

  it('more of it is still more, other goods are added, and goods taken out go', async () => {
    expect(await lastThen('2 kg tomato and 1 kg onion', 'same as last time but 1 kg more tomato')).toEqual([
      ['TOMATO', 3],
      ['ONION', 1],
    ])
    expect(await lastThen('2 kg tomato and 1 kg onion', 'same as last time and 1 kg potato')).toEqual([
      ['TOMATO', 2],
      ['ONION', 1],
      ['POTATO', 1],
    ])
    expect(await lastThen('2 kg tomato and 1 kg onion', 'same as last time but no onion')).toEqual([
      ['TOMATO', 2],
    ])
  })
})

describe('"which one?" answered by saying the goods again', () => {
  it.each(['bada wala makhan', 'the big butter please', 'makhan 500 wala', 'butter 500 g'])(
    '%s picks that option and closes the question',
    async (answer) => {
      shop = await openShop()
      expect(await shop.say(ASHA, '2 butter')).toContain('Which "butter" do you mean?')
      const r = await shop.say(ASHA, answer)
      expect(r).not.toContain('Which "butter"')
      await shop.say(ASHA, 'yes')
      expect(shop.engine.orders.get(1001).lines.map((l) => [l.sku, l.qty])).toEqual([['AMUL-BUTTER-500', 2]])
    },
  )

  it('a count said with it is the count', async () => {
    shop = await openShop()
    await shop.say(ASHA, 'butter')
    await shop.say(ASHA, '3 of the big butter')
    await shop.say(ASHA, 'yes')
    expect(shop.engine.orders.get(1001).lines.map((l) => [l.sku, l.qty])).toEqual([['AMUL-BUTTER-500', 3]])
  })
})

describe('an open "which one?" for goods then taken out', () => {
  it.each(['remove the butter', 'forget the butter', 'no butter', 'makhan rehne do', 'butter chhod do'])(
    '"%s" closes the question and keeps the rest',
    async (text) => {
      shop = await openShop()
      expect(await shop.say(ASHA, '1 kg onion and butter')).toContain('Which "butter" do you mean?')
      const r = await shop.say(ASHA, text)
      expect(r).not.toMatch(/Which "butter"|"butter" mein se/)
      await shop.say(ASHA, 'yes')
      expect(shop.engine.orders.get(1001).lines.map((l) => l.sku)).toEqual(['ONION'])
    },
  )
})
