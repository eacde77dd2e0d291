// Restaurant kitchens' lists to a produce supplier (issue #11, round 4): notes of a few words after a quantity,
// varieties said for the product, "each" as a counted form, pack words among loose and packed goods, dates and
// headings over the list, a dash before the quantity, and bare counts of goods sold by the kilo.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'
import type { Product } from '../domain'

const inCategory = (p: Product, category: string): Product => ({ ...p, category })

const index = buildCatalogIndex([
  inCategory(P('TOM', 'Tomato', 'kg', null), 'Vegetables'),
  inCategory(P('ONI', 'Onion', 'kg', null), 'Vegetables'),
  inCategory(P('POT', 'Potato', 'kg', null), 'Vegetables'),
  inCategory(P('CAR', 'Carrot', 'kg', null), 'Vegetables'),
  inCategory(P('ICE', 'Iceberg Lettuce', 'pc', null), 'Exotics'),
  inCategory(P('ROM', 'Romaine Lettuce', 'pc', null), 'Exotics'),
  inCategory(P('LOLLO', 'Lollo Rosso Lettuce', 'pc', null), 'Exotics'),
  inCategory(P('OYS', 'Oyster Mushroom', 'kg', null), 'Exotics'),
  inCategory(P('MUSH', 'Button Mushroom 200g punnet', 'pack', { value: 200, unit: 'g' }), 'Exotics'),
  inCategory(P('CTOM', 'Cherry Tomato 250g punnet', 'pack', { value: 250, unit: 'g' }), 'Exotics'),
  inCategory(P('LEM', 'Lemon', 'kg', null), 'Fruit'),
  inCategory(P('LEM-EA', 'Lemon each', 'pc', null), 'Fruit'),
  inCategory(P('ORA', 'Orange', 'kg', null), 'Fruit'),
  inCategory(P('MOZZ', 'Mozzarella Cheese', 'kg', null), 'Dairy'),
  inCategory(P('PSODA', 'Pineapple Soda', 'pc', null), 'Drinks'),
  inCategory(P('BR-W', 'White Bread', 'pc', null), 'Bread'),
  inCategory(P('BR-B', 'Brown Bread', 'pc', null), 'Bread'),
])

const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('a few words after the quantity that name no goods', () => {
  it.each([
    ['Tomato 10kg not too ripe', 'TOM', 10],
    ['Onion 5kg not so big', 'ONI', 5],
    ['Potato 10 kg same as last time', 'POT', 10],
    ['Carrot 3kg very fresh please', 'CAR', 3],
  ])('are a note on the line: %s', (text, sku, qty) => {
    expect(understand(text, index)).toMatchObject({ lines: [{ sku, qty, unit: 'kg' }], unmatched: [] })
  })

  it('goods words after the quantity still start the next item', () => {
    expect(lines('Lemon 2kg orange 3kg')).toEqual([
      ['LEM', 2, 'kg'],
      ['ORA', 3, 'kg'],
    ])
  })

  it.each([
    ['Tomato 10kg, not too ripe', 'TOM', 10],
    ['2 kg tomato, ripe ones please', 'TOM', 2],
    ['Onion 5 kg - finely chopped', 'ONI', 5],
    ['2 kg tomato bhejna, pakke hue', 'TOM', 2],
    ['1 kg onion, kata hua', 'ONI', 1],
    ['3 kg Tomato, schön reif bitte', 'TOM', 3],
    ['1 kg Onion, klein geschnitten', 'ONI', 1],
  ])('or in a piece of their own after it: %s', (text, sku, qty) => {
    expect(understand(text, index)).toMatchObject({ lines: [{ sku, qty, unit: 'kg' }], unmatched: [] })
  })

  it('goods the shop lacks in a piece of their own are still said to be missing', () => {
    expect(understand('2 kg tomato, broccoli', index).unmatched).toEqual(['broccoli'])
  })
})

describe('a variety said for the product it is a variety of', () => {
  it.each([
    ['Iceberg 6', 'ICE', 6],
    ['iceberg x 4', 'ICE', 4],
    ['Romaine 3 pcs', 'ROM', 3],
    ['lollo rosso 2', 'LOLLO', 2],
  ])('%s', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'pc']])
  })

  it('names a product sold by weight too', () => {
    expect(lines('Mozzarella 2kg')).toEqual([['MOZZ', 2, 'kg']])
    expect(lines('mozzarella - 500 gm')).toEqual([['MOZZ', 500, 'g']])
  })

  it('a word that is goods of its own is still asked about, not taken for a product named after it', () => {
    expect(understand('pineapple 2', index).lines[0]?.sku ?? null).toBeNull()
    expect(understand('cherry 2', index).lines[0]?.sku ?? null).toBeNull()
  })
})

describe('"each" in a name is a counted form of the loose product', () => {
  it.each([
    ['Lemon 40', 40],
    ['5 lemons', 5],
    ['lemon x 30', 30],
  ])('a bare count takes it: %s', (text, qty) => {
    expect(lines(text)).toEqual([['LEM-EA', qty, 'pc']])
  })

  it('a weight stays with the loose product', () => {
    expect(lines('Lemon 2kg')).toEqual([['LEM', 2, 'kg']])
  })
})

describe('a pack word among goods sold both loose and packed', () => {
  it.each([
    ['Mushrooms 10 pkt', 10],
    ['mushroom 2 punnets', 2],
    ['2 packets mushroom', 2],
  ])('takes the one packed product: %s', (text, qty) => {
    expect(lines(text)).toEqual([['MUSH', qty, 'pack']])
  })

  it.each([
    ['2 bx tomatoes', 2],
    ['Tomato 1 crate', 1],
    ['tomatoes x 3 boxes', 3],
    ['tomatoes 1 bag', 1],
  ])('the packed product of another kind is not the loose goods said by the pack: %s', (text, qty) => {
    expect(lines(text)).toEqual([['TOM', qty, 'pack']])
  })

  it('the other kind said by the pack is that kind', () => {
    expect(lines('2 punnets cherry tomatoes')).toEqual([['CTOM', 2, 'pack']])
  })

  it('a weight alone leaves the choice to the customer', () => {
    expect(understand('mushroom 2kg', index).lines[0]).toMatchObject({
      sku: null,
      candidates: ['OYS', 'MUSH'],
    })
  })
})

describe('a date over the list is no item', () => {
  it.each([
    'Order 14th March\nTomato 5kg',
    '14 March\nTomato 5kg',
    'March 14\nTomato 5kg',
    'Delivery on 3 Feb\nTomato 5kg',
    'Order for 14 March: tomato 5kg',
  ])('%s', (text) => {
    expect(understand(text, index)).toMatchObject({
      lines: [{ sku: 'TOM', qty: 5, unit: 'kg' }],
      unmatched: [],
    })
  })

  it('a quantity with a unit after a month is still a quantity', () => {
    expect(lines('march 2 kg onion')).toEqual([['ONI', 2, 'kg']])
  })
})

describe('a dash between the item and its quantity', () => {
  it.each([
    ['Potato -10 kg', 'POT', 10],
    ['Onion -5kg', 'ONI', 5],
    ['Tomato - 10kg', 'TOM', 10],
  ])('is a separator, not a minus: %s', (text, sku, qty) => {
    expect(understand(text, index)).toMatchObject({ lines: [{ sku, qty, unit: 'kg' }], rejected: [] })
  })

  it('a minus before a quantity that begins the line is still refused', () => {
    expect(understand('-2 onion', index).rejected[0]?.reason).toMatch(/negative/)
  })
})

describe('a heading over part of the list that names a kind of goods', () => {
  it('is no item, with or without its colon', () => {
    const u = understand('Vegetables:\ncarrot 2kg\nFruits:\norange 3kg\nExotics\niceberg 2', index)
    expect(u.unmatched).toEqual([])
    expect(u.lines.map((l) => l.sku)).toEqual(['CAR', 'ORA', 'ICE'])
    expect(understand('Veg\ntomato 2kg\nDairy -\nmozzarella 1kg', index).lines.map((l) => l.sku)).toEqual([
      'TOM',
      'MOZZ',
    ])
  })

  it.each([
    [
      'sabzi: tomato 1 kg, carrot 2kg',
      [
        ['TOM', 1, 'kg'],
        ['CAR', 2, 'kg'],
      ],
    ],
    ['Gemüse: 2 kg Carrot', [['CAR', 2, 'kg']]],
    ['Veg: onion 5kg', [['ONI', 5, 'kg']]],
    ['Obst: Orange 3 kg', [['ORA', 3, 'kg']]],
    ['dairy: mozzarella cheese 1 kg', [['MOZZ', 1, 'kg']]],
  ])('heads the goods after its colon on the same line: %s', (text, want) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual(want)
    expect(u.unmatched).toEqual([])
  })

  it('with only a quantity after its colon the kind is what was asked for, not dropped', () => {
    const u = understand('Obst: 2 kg', index)
    expect([...u.lines.map((l) => l.item), ...u.unmatched].join(' ')).toMatch(/Obst/)
  })

  it('a category that is also what products are called is asked about', () => {
    expect(understand('bread', index).lines[0]).toMatchObject({ sku: null, candidates: ['BR-W', 'BR-B'] })
  })
})

describe('when the order is for, said after the item', () => {
  it.each([
    'Add 2kg carrot to todays order',
    'add 2kg carrot in tomorrows order',
    '2kg carrot for tomorrows order',
  ])('%s', (text) => {
    expect(understand(text, index)).toMatchObject({
      lines: [{ sku: 'CAR', qty: 2, unit: 'kg' }],
      unmatched: [],
    })
  })
})

describe('a bare count of goods sold by the kilo', () => {
  it.each([
    ['Tomato 10', 'TOM', 10],
    ['Onion x 5', 'ONI', 5],
    ['2 potato', 'POT', 2],
    ['carrot - 3', 'CAR', 3],
  ])('is kilos, as the trade reads it: %s', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'kg']])
  })

  it('an English plural is still a count of pieces, asked about in the conversation', () => {
    expect(understand('tomatoes 10', index).lines[0]).toMatchObject({
      qty: 10,
      unit: 'pc',
      container: 'piece',
    })
  })
})

describe("a supplier's names that put the colour, kind or pack after the noun", () => {
  const shop = buildCatalogIndex([
    P('APP-R', 'Apple Red', 'kg', null),
    P('APP-G', 'Apple Green', 'kg', null),
    P('GRA-G', 'Grapes Green', 'kg', null),
    P('GRA-B', 'Grapes Black', 'kg', null),
    P('STRAW', 'Strawberry 200g punnet', 'pack', { value: 200, unit: 'g' }),
    P('ONI', 'Onion', 'kg', null),
    P('ONI-W', 'Onion White', 'kg', null),
    P('GAR', 'Garlic', 'kg', null),
    P('GAR-P', 'Garlic Peeled', 'kg', null),
    P('POT', 'Potato', 'kg', null),
    P('POT-BAG', 'Potato 10kg bag', 'pack', { value: 10, unit: 'kg' }),
    P('BREAD', 'Bread', 'pc', null),
  ])
  const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.candidates, l.qty, l.unit])

  it('the noun alone asks which of its kinds', () => {
    expect(said('Apples 3kg')).toEqual([[null, ['APP-G', 'APP-R'], 3, 'kg']])
    expect(said('grapes - 2 kg')).toEqual([[null, ['GRA-G', 'GRA-B'], 2, 'kg']])
  })

  it('the noun finds its only pack, and the kind said in either order picks one', () => {
    expect(said('Strawberries 2 punnets')).toEqual([['STRAW', [], 2, 'pack']])
    expect(said('strawberry x 3')).toEqual([['STRAW', [], 3, 'pack']])
    expect(said('green apple 2kg')).toEqual([['APP-G', [], 2, 'kg']])
    expect(said('Apple green 2kg')).toEqual([['APP-G', [], 2, 'kg']])
    expect(said('black grapes 1kg')).toEqual([['GRA-B', [], 1, 'kg']])
  })

  it('a colour the catalog does not name is the plain product, when the catalog names another colour of it', () => {
    expect(said('red onion 10kg')).toEqual([['ONI', [], 10, 'kg']])
    expect(said('Onion red 5kg')).toEqual([['ONI', [], 5, 'kg']])
    expect(said('white onion 2kg')).toEqual([['ONI-W', [], 2, 'kg']])
    // no other colour of bread is sold: what "brown" means is not guessed
    expect(understand('brown bread 2', shop).unmatched).toEqual(['brown bread'])
  })

  it('a note in brackets that names a kind of the item picks that kind', () => {
    expect(said('Garlic (peeled) 2kg')).toEqual([['GAR-P', [], 2, 'kg']])
    expect(said('Garlic 2kg (peeled)')).toEqual([['GAR-P', [], 2, 'kg']])
    expect(said('Onion (small) 5kg')).toEqual([['ONI', [], 5, 'kg']])
  })

  it('a weight of goods sold loose and in packs of them is weighed out loose, with a size word or not', () => {
    expect(said('Potato 10kg medium')).toEqual([['POT', [], 10, 'kg']])
    expect(said('potato large 5kg')).toEqual([['POT', [], 5, 'kg']])
    expect(said('Potato 10kg')).toEqual([['POT', [], 10, 'kg']])
    // a pack word still takes the pack
    expect(said('Potato 1 bag 10kg')).toEqual([['POT-BAG', [], 1, 'pack']])
  })
})

describe('the trade words of other English-speaking markets', () => {
  const shop = buildCatalogIndex([
    P('POT', 'Potato', 'kg', null),
    P('POT-BAG', 'Potato 10kg bag', 'pack', { value: 10, unit: 'kg' }),
    P('ONI', 'Onion', 'kg', null),
    P('ONI-BAG', 'Onion 25kg bag', 'pack', { value: 25, unit: 'kg' }),
    P('BUT', 'Butter 500g', 'pack', { value: 500, unit: 'g' }),
    P('AVO', 'Avocado', 'pc', null),
    P('CAP-G', 'Capsicum Green', 'kg', null),
    P('CAP-R', 'Capsicum Red', 'kg', null),
    P('ZUC', 'Zucchini', 'kg', null),
    P('BRIN', 'Brinjal', 'kg', null),
    P('COR', 'Coriander', 'pc', null),
    P('BEET', 'Beetroot', 'kg', null),
  ])
  const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])

  it('a pocket is a bag, and butter comes in blocks', () => {
    expect(said('Potatoes 2 pockets')).toEqual([['POT-BAG', 2, 'pack']])
    expect(said('1 pocket onions')).toEqual([['ONI-BAG', 1, 'pack']])
    expect(said('Butter 2 blocks')).toEqual([['BUT', 2, 'pack']])
    // "block" alone stays an address word
    expect(said('flat 12 block B, 2 kg onion')).toEqual([['ONI', 2, 'kg']])
  })

  it.each([
    ['Avos 6', 'AVO', 6, 'pc'],
    ['avo x 4', 'AVO', 4, 'pc'],
    ['Green peppers 2kg', 'CAP-G', 2, 'kg'],
    ['red pepper 1 kg', 'CAP-R', 1, 'kg'],
    ['courgettes 2kg', 'ZUC', 2, 'kg'],
    ['aubergine 3kg', 'BRIN', 3, 'kg'],
    ['eggplant 1kg', 'BRIN', 1, 'kg'],
    ['cilantro 4 bunch', 'COR', 4, 'pc'],
    ['10kg spuds', 'POT', 10, 'kg'],
    ['spuds 5 kg', 'POT', 5, 'kg'],
    ['beets 3kg', 'BEET', 3, 'kg'],
  ])('produce by another of its names: %s', (text, sku, qty, unit) => {
    expect(said(text)).toEqual([[sku, qty, unit]])
  })
})

describe("a kitchen's questions and acknowledgements about its order", () => {
  it.each([
    'Order received?',
    'delivery dispatched?',
    'order delivered or not?',
    'Will the order come before 9?',
    'can the delivery reach by 8 am?',
    'when will the delivery come?',
    'when will our order arrive',
    'Hi, has the order left yet?',
    'Morning, did our delivery go out?',
    'has the driver left?',
    'Has it been dispatched already?',
  ])('a question about the order is a status question: %s', (text) => {
    expect(understand(text, index)).toMatchObject({ intent: 'status', lines: [], unmatched: [] })
  })

  it.each([
    'When will driver come?',
    'what time will the van come',
    'where is the driver?',
    'Is the delivery boy on the way?',
    'Driver not here yet',
    'our driver still not arrived',
  ])('who brings the order, asked after, stands for it: %s', (text) => {
    expect(understand(text, index)).toMatchObject({ intent: 'status', lines: [], unmatched: [] })
  })

  it.each([
    'When are you delivering?',
    'what time r u coming today',
    'Pls send statement',
    'Please send statement for November',
    'can we get our statement',
  ])('when the delivery comes, and the statement of the account, are status questions: %s', (text) => {
    expect(understand(text, index)).toMatchObject({ intent: 'status', lines: [], unmatched: [] })
  })

  it.each([
    ['Tomato price today?', 'TOM'],
    ['tomato price', 'TOM'],
    ['carrot rate now?', 'CAR'],
    ['Any oranges this week?', 'ORA'],
    ['any potatoes?', 'POT'],
    ['Any carrots today?', 'CAR'],
  ])('the price or whether there is some, asked the short way, is a price question: %s', (text, sku) => {
    expect(understand(text, index)).toMatchObject({ intent: 'price', lines: [], priceQuery: { sku } })
  })

  it.each(['the driver should come before 8', 'Tell the driver to ring the bell'])(
    'a wish about the driver is no status question: %s',
    (text) => {
      expect(understand(text, index).intent).not.toBe('status')
    },
  )

  it.each(['Tomato 5kg\nOnion 2kg\ntks', 'tomato 5kg, onion 2kg thks', 'Tomato 5kg\nOnion 2kg\nTnks team'])(
    "the trade's short thanks is no item: %s",
    (text) => {
      expect(understand(text, index)).toMatchObject({
        intent: 'order',
        lines: [
          { sku: 'TOM', qty: 5 },
          { sku: 'ONI', qty: 2 },
        ],
        unmatched: [],
      })
    },
  )

  it.each([
    'Received with thanks',
    'all received',
    'goods received, thank you',
    'Received everything, thanks!',
    'got all the items, cheers',
    'received the order thank u',
  ])('the goods come is a thank-you: %s', (text) => {
    expect(understand(text, index)).toMatchObject({ intent: 'thanks', lines: [], unmatched: [] })
  })

  it('an order asked with a time is still an order', () => {
    expect(understand('Can you send 2kg tomato before 9?', index)).toMatchObject({
      intent: 'order',
      lines: [{ sku: 'TOM', qty: 2, unit: 'kg' }],
    })
  })
})

describe('quantities and talk around them in a supplier line', () => {
  it.each([
    [
      'tomato and onion 5kg each',
      [
        ['TOM', 5, 'kg'],
        ['ONI', 5, 'kg'],
      ],
    ],
    [
      'tomato, onion, potato 5kg each',
      [
        ['TOM', 5, 'kg'],
        ['ONI', 5, 'kg'],
        ['POT', 5, 'kg'],
      ],
    ],
    [
      'carrot and onion 2 kg each',
      [
        ['CAR', 2, 'kg'],
        ['ONI', 2, 'kg'],
      ],
    ],
  ])('a weight said "each" is each item’s weight, not one pack of it: %s', (text, want) => {
    expect(lines(text)).toEqual(want)
  })

  it.each([
    ['Tomato 5kg @ 40', 'TOM', 5],
    ['onion 3kg @40/kg', 'ONI', 3],
    ['Potato 10 kg @ ₹25', 'POT', 10],
    ['carrot @ 35 per kg 2kg', 'CAR', 2],
  ])('a rate after @ is the price, never the quantity: %s', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'kg']])
  })

  it.each([
    ['1 and half kg carrot', 1.5],
    ['2 and a half kg carrot', 2.5],
    ['one and half kg carrot', 1.5],
  ])('a whole number "and a half", in digits or words: %s', (text, qty) => {
    expect(lines(text)).toEqual([['CAR', qty, 'kg']])
  })

  it.each([
    'Remove the carrots from my order',
    'remove carrot from the order',
    'Remove 2kg carrot from my order',
  ])('the order an item is taken from is no part of the item: %s', (text) => {
    expect(understand(text, index)).toMatchObject({ lines: [{ sku: 'CAR', op: 'remove' }], unmatched: [] })
  })
})

describe('whom and what the list is, said over it', () => {
  it.each([
    'Veg order for Juhu\ntomato 5kg',
    'Weekly requirement - Bandra\ntomato 5kg',
    'Order list\ntomato 5kg',
    'Hie, pliz send for Maltos\ntomato 5kg',
    'Order for Hotel Sunshine\ntomato 5kg',
  ])('is no item: %s', (text) => {
    expect(understand(text, index)).toMatchObject({ lines: [{ sku: 'TOM', qty: 5 }], unmatched: [] })
  })

  it('goods the shop lacks, ordered by name, are still said to be missing', () => {
    expect(understand('order dragonfruit\ntomato 5kg', index).unmatched).toEqual(['dragonfruit'])
    expect(understand('send for dragonfruit\ntomato 5kg', index).unmatched).toEqual(['dragonfruit'])
  })
})

describe('who wants the goods and the verb of wanting, said before them', () => {
  it.each([
    ['Chef says pls send carrot 10kg', [['CAR', 10, 'kg']]],
    ['Manager said send tomato 5 kg', [['TOM', 5, 'kg']]],
    [
      'chef wants onion 3kg and potato 2kg',
      [
        ['ONI', 3, 'kg'],
        ['POT', 2, 'kg'],
      ],
    ],
    ['Sous chef asked for iceberg lettuce 6', [['ICE', 6, 'pc']]],
  ])('are talk: %s', (text, want) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual(want)
    expect(u.unmatched).toEqual([])
  })

  it.each(['Need urgently 5 kg onion', 'immediately 5kg onion pls'])('and so is how fast: %s', (text) => {
    expect(understand(text, index)).toMatchObject({ lines: [{ sku: 'ONI', qty: 5 }], unmatched: [] })
  })
})

describe('a change of a cart line said with "instead" after its amount, or to its packed form', () => {
  const shop = buildCatalogIndex([
    P('LEM', 'Lemon', 'pc', null, ['lemons']),
    P('AVO', 'Avocado', 'pc', null, ['avos']),
    P('AVO-BOX', 'Avocado Box 4 kg', 'pack', { value: 4, unit: 'kg' }),
    P('ONI', 'Onion', 'kg', null),
    P('ONI-BAG', 'Onion Bag 25 kg', 'pack', { value: 25, unit: 'kg' }),
  ])
  const said = (text: string, cartSkus: string[]) =>
    understand(text, shop, { cartSkus }).lines.map((l) => [l.sku, l.op, l.qty, l.qtyOf])
  it.each(['lemons x 20 instead', 'lemons 20 instead'])('%s sets the line', (text) => {
    expect(said(text, ['LEM'])).toEqual([['LEM', 'set', 20, undefined]])
  })
  it.each([
    ['Avocados - make it a box instead', ['AVO'], 'AVO-BOX', 1, 'AVO'],
    ['avos, 2 boxes instead', ['AVO'], 'AVO-BOX', 2, 'AVO'],
    ['onions - make it a bag instead', ['ONI'], 'ONI-BAG', 1, 'ONI'],
  ])('%s swaps the goods for their packed form, as many packs as said', (text, cart, to, n, from) => {
    const lines = said(text, cart)
    expect(lines[0]).toEqual([to, 'set', n, undefined])
    expect(lines[1]!.slice(0, 2)).toEqual([from, 'remove'])
  })
  it('a word of adding adds the packed form beside', () => {
    expect(said('add 1 box avos', ['AVO'])).toEqual([['AVO-BOX', 'add', 1, undefined]])
  })
})

describe('a table pasted from a spreadsheet', () => {
  const table = (text: string) => {
    const u = understand(text, index)
    return { lines: u.lines.map((l) => [l.sku, l.qty, l.unit]), unmatched: u.unmatched }
  }

  it.each([
    'Item | Qty | Unit\nTomato | 10 | kg\nPotato | 20 | kg',
    'ITEM\tQTY\tUNIT\nTomato\t10\tkg\nPotato\t20\tkg',
    'Product, Quantity, UOM\nTomato, 10, kg\nPotato, 20, kg',
    'Sr\tItem\tQty\tUnit\n1\tTomato\t10\tkg\n2\tPotato\t20\tkg',
    'S.No | Description | Qty\n1 | Tomato | 10 kg\n2 | Potato | 20 kg',
  ])(
    'reads each row, its unit in a cell of its own, with no heading or serial number as goods: %s',
    (text) => {
      expect(table(text)).toEqual({
        lines: [
          ['TOM', 10, 'kg'],
          ['POT', 20, 'kg'],
        ],
        unmatched: [],
      })
    },
  )

  it('a list numbered with a dash counts nothing', () => {
    expect(lines('1- Carrot 2kg\n2- Onion 3kg\n3- Lemon 500g')).toEqual([
      ['CAR', 2, 'kg'],
      ['ONI', 3, 'kg'],
      ['LEM', 500, 'g'],
    ])
  })

  it('a word that is no unit stays a cell of its own, and a number with no amount after it still counts', () => {
    expect(lines('Tomato | 10 | Carrot | 5 kg')).toEqual([
      ['TOM', 10, 'kg'],
      ['CAR', 5, 'kg'],
    ])
    expect(lines('2- tomato')).toEqual([['TOM', 2, 'kg']])
  })
})

describe('a reason given for the order', () => {
  it.each([
    ['Tomato 5kg, because we have a party', [['TOM', 5, 'kg']]],
    ['5kg carrot coz we ran out', [['CAR', 5, 'kg']]],
    ['Potato 10kg bcoz the kitchen is busy', [['POT', 10, 'kg']]],
    ['carrot 3kg since we are closed on Monday', [['CAR', 3, 'kg']]],
    [
      'Tomato 10kg as we have a wedding, carrot 3kg',
      [
        ['TOM', 10, 'kg'],
        ['CAR', 3, 'kg'],
      ],
    ],
    [
      'Tomato 10kg, potato 20kg because we have a function on Saturday',
      [
        ['TOM', 10, 'kg'],
        ['POT', 20, 'kg'],
      ],
    ],
  ])('names no goods: %s', (text, expected) => {
    expect(understand(text, index)).toMatchObject({ intent: 'order', unmatched: [] })
    expect(lines(text)).toEqual(expected)
  })

  it('"as" after "same" is no reason', () => {
    expect(lines('Potato 10 kg same as last time')).toEqual([['POT', 10, 'kg']])
  })
})

describe('a day heading the line', () => {
  it('is no count: the Hindi seven is not Saturday', () => {
    expect(lines('Sat: tomato 10kg\nSun: tomato 5kg')).toEqual([
      ['TOM', 10, 'kg'],
      ['TOM', 5, 'kg'],
    ])
    expect(lines('Fri - carrot 2kg\nSAT - carrot 3kg')).toEqual([
      ['CAR', 2, 'kg'],
      ['CAR', 3, 'kg'],
    ])
  })
})
