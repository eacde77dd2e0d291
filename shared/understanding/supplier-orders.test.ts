// Restaurant kitchens ordering from a produce supplier, in English, one item a line: shorthand units, counts
// after the name, brand-less names, typos, sizes, pack words, and notes on the goods after the quantity.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null, ['tomatoes']),
  P('TOM-BOX', 'Tomato Box 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('ONI', 'Onion', 'kg', null, ['onions']),
  P('ONI-BAG', 'Onion Bag 25 kg', 'pack', { value: 25, unit: 'kg' }),
  P('POT', 'Potato', 'kg', null, ['potatoes']),
  P('COR', 'Coriander Bunch', 'pc', null, ['coriander', 'dhaniya']),
  P('MINT', 'Mint Bunch', 'pc', null, ['mint', 'pudina']),
  P('LEM', 'Lemon', 'kg', null, ['lemons']),
  P('MUSH', 'Button Mushroom 200 g', 'pack', { value: 200, unit: 'g' }, ['mushroom']),
  P('GAR', 'Garlic', 'kg', null),
  P('GIN', 'Ginger', 'kg', null),
  P('CAP-G', 'Capsicum Green', 'kg', null, ['capsicum']),
  P('CAP-R', 'Capsicum Red', 'kg', null, ['red capsicum']),
  P('CAR', 'Carrot', 'kg', null),
  P('CAB', 'Cabbage', 'kg', null),
  P('LET', 'Iceberg Lettuce', 'pc', null, ['lettuce']),
  P('CUC', 'Cucumber', 'kg', null),
  P('EGG', 'Eggs', 'pc', null),
  P('EGG-TRAY', 'Egg Tray 30', 'pack', { value: 30, unit: 'pc' }),
  P('BAN', 'Banana', 'pc', null),
  P('GCH', 'Green Chilli', 'kg', null, ['chilli']),
  P('SPR', 'Spring Onion', 'pc', null),
  P('BRO', 'Broccoli', 'kg', null),
  P('BAS', 'Basil', 'kg', null),
  P('CURRY', 'Curry Leaves', 'pc', null),
  P('PARS', 'Parsley', 'pc', null),
])

const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('a supplier order line', () => {
  it.each([
    ['Tomato - 10kg', 'TOM', 10, 'kg'],
    ['Tomato-10kg', 'TOM', 10, 'kg'],
    ['Onion:5kg', 'ONI', 5, 'kg'],
    ['Potato 20 kgs', 'POT', 20, 'kg'],
    ["tomato 10kg's", 'TOM', 10, 'kg'],
    ['Onion 1 bag', 'ONI-BAG', 1, 'pack'],
    ['Onions - 2 bags', 'ONI-BAG', 2, 'pack'],
    ['Tomatoes 2 box', 'TOM-BOX', 2, 'pack'],
    ['Coriander 5 bunches', 'COR', 5, 'pc'],
    ['Mint 10 bunch', 'MINT', 10, 'pc'],
    ['Lemon 2kg (big)', 'LEM', 2, 'kg'],
    ['Mushroom 2 pkts of 200g', 'MUSH', 2, 'pack'],
    ["Mushroom 5 pkt's", 'MUSH', 5, 'pack'],
    ['Mushroom 200g x 5', 'MUSH', 5, 'pack'],
    ['Eggs 2 dz', 'EGG', 2, 'dozen'],
    ['Eggs 3 doz', 'EGG', 3, 'dozen'],
    ['eggs 60 nos', 'EGG', 60, 'pc'],
    ['Egg 1 tray', 'EGG-TRAY', 1, 'pack'],
    ['Green chilli 500gm', 'GCH', 500, 'g'],
    ['Lettuce 6 pcs', 'LET', 6, 'pc'],
    ['Cucumber - 5 kg', 'CUC', 5, 'kg'],
    ['Broccoli 1.5 kg', 'BRO', 1.5, 'kg'],
    ['Garlic ½ kg', 'GAR', 0.5, 'kg'],
    ['Lemon half kg', 'LEM', 0.5, 'kg'],
    ['Corriander 4 bunch', 'COR', 4, 'pc'],
    ['Tomatos 5kg', 'TOM', 5, 'kg'],
    ['Brocolli 2kg', 'BRO', 2, 'kg'],
    ['Curry leaves 3 bunch', 'CURRY', 3, 'pc'],
    ['Carrots x 5kg', 'CAR', 5, 'kg'],
    ['Potato 10kg (medium size)', 'POT', 10, 'kg'],
  ])('%s', (text, sku, qty, unit) => {
    expect(lines(text)).toEqual([[sku, qty, unit]])
  })
})

describe('words that describe the goods after the quantity', () => {
  it('are a note on the line, not another item', () => {
    expect(lines('Garlic 2 kg peeled')).toEqual([['GAR', 2, 'kg']])
    expect(lines('Cucumber 3kg english')).toEqual([['CUC', 3, 'kg']])
    expect(lines('Onion 5kg - red')).toEqual([['ONI', 5, 'kg']])
    expect(lines('Eggs 5 dozen brown')).toEqual([['EGG', 5, 'dozen']])
    expect(lines('Banana 2 doz ripe')).toEqual([['BAN', 2, 'dozen']])
    expect(lines('Lemons 2 kg medium')).toEqual([['LEM', 2, 'kg']])
  })

  it('before the goods, or with no quantity, are part of the name', () => {
    // the supplier has no brown eggs or black garlic: those are asked about, not taken as plain eggs or garlic
    expect(understand('2 brown eggs', index).lines.filter((l) => l.sku === 'EGG')).toEqual([])
    expect(understand('black garlic', index).lines.filter((l) => l.sku === 'GAR')).toEqual([])
  })

  it('pick the variant they name when there is one', () => {
    expect(lines('Capsicum 2 kg red')).toEqual([['CAP-R', 2, 'kg']])
    expect(lines('Capsicum 1 kg green')).toEqual([['CAP-G', 1, 'kg']])
  })

  it('never join a following item that has a name of its own', () => {
    expect(lines('Onion 2kg red capsicum 1kg')).toEqual([
      ['ONI', 2, 'kg'],
      ['CAP-R', 1, 'kg'],
    ])
    expect(lines('Tomato 5 kg onion 3 kg')).toEqual([
      ['TOM', 5, 'kg'],
      ['ONI', 3, 'kg'],
    ])
  })

  it('a word or two after the quantity that name no goods are a note too, whatever they are', () => {
    expect(lines('Basil 100 g italian')).toEqual([['BAS', 100, 'g']])
    expect(lines('Basil 100g thai')).toEqual([['BAS', 100, 'g']])
    expect(lines('Onion 10 kg approx')).toEqual([['ONI', 10, 'kg']])
    // but words that name goods start the next item, even without a quantity
    expect(understand('Lemon 2 kg orange', index).unmatched).toEqual(['orange'])
  })

  it('between the name and the quantity they describe it', () => {
    expect(lines('Tomato Hybrid 10 kg')).toEqual([['TOM', 10, 'kg']])
    expect(lines('Cucumber english 2 kg')).toEqual([['CUC', 2, 'kg']])
    expect(lines('Garlic peeled 1 kg')).toEqual([['GAR', 1, 'kg']])
  })

  it.each([
    ['Tomato approx 10kg', 'TOM', 10],
    ['Onion approx. 5 kg', 'ONI', 5],
    ['Potato approx 20 kgs', 'POT', 20],
    ['Carrot roughly 3kg', 'CAR', 3],
    ['cabbage approximately 4 kg', 'CAB', 4],
  ])('how near the amount is, said before it, is no part of the goods: %s', (text, sku, qty) => {
    expect(understand(text, index)).toMatchObject({ lines: [{ sku, qty, unit: 'kg' }], unmatched: [] })
  })

  it('"leaves" beside a herb is the herb', () => {
    expect(lines('Mint leaves 5 bunch')).toEqual([['MINT', 5, 'pc']])
    expect(lines('Coriander leaves 4 bunch')).toEqual([['COR', 4, 'pc']])
    expect(lines('dhaniya patta 2 bunch')).toEqual([['COR', 2, 'pc']])
  })
})

describe('a whole supplier order', () => {
  it('reads every line past the greeting, the branch and the sign-off', () => {
    const text = [
      'Good morning sir pls send tmrw',
      '1. Tomato 10 kg',
      '2. Potato 20kg',
      '3. Eggs 2 trays',
      '4. Mint 5 bunch',
      '5. Garlic 1kg peeled',
      'Regards, Chef Ravi',
    ].join('\n')
    expect(lines(text)).toEqual([
      ['TOM', 10, 'kg'],
      ['POT', 20, 'kg'],
      ['EGG-TRAY', 2, 'pack'],
      ['MINT', 5, 'pc'],
      ['GAR', 1, 'kg'],
    ])
    expect(understand(text, index).unmatched).toEqual([])
  })
})

describe('produce-order shapes', () => {
  const fresh = (sku: string, name: string, unit: 'kg' | 'pc' | 'pack', category = 'Vegetables') => ({
    ...P(sku, name, unit, unit === 'pack' ? { value: 250, unit: 'g' as const } : null),
    category,
  })
  // a supplier's list writes the goods first and the variety after
  const produce = buildCatalogIndex([
    fresh('MUSH-BTN', 'Mushroom Button', 'kg'),
    fresh('MUSH-OYS', 'Mushroom Oyster', 'kg'),
    fresh('MUSH-SHI', 'Mushroom Shiitake', 'kg'),
    fresh('APPLE-GS', 'Apple Granny Smith', 'kg', 'Fruit'),
    fresh('APPLE-PL', 'Apple Pink Lady', 'kg', 'Fruit'),
    fresh('PEP-R', 'Pepper Red', 'kg'),
    fresh('PEP-G', 'Pepper Green', 'kg'),
    fresh('PEP-Y', 'Pepper Yellow', 'kg'),
    fresh('CHILLI-G', 'Chilli Green', 'kg'),
    fresh('TOM', 'Tomato', 'kg'),
    fresh('TOM-CH', 'Tomato Cherry 250g punnet', 'pack'),
    fresh('CORI', 'Coriander Bunch', 'pc', 'Herbs'),
    fresh('LEMON', 'Lemon', 'pc', 'Fruit'),
    fresh('LEMONGRASS', 'Lemon Grass', 'pc', 'Herbs'),
    fresh('MANGO-J', 'Mango Juice 1 l', 'pc', 'Fruit'),
  ])
  const read = (text: string) => understand(text, produce).lines.map((l) => [l.sku, l.qty, l.unit])

  it.each([
    // the goods said in the plural find the names written goods first; the variety in brackets picks one
    ['Mushrooms 2kg (button)', [['MUSH-BTN', 2, 'kg']]],
    ['mushrooms (oyster) 1.5 kg', [['MUSH-OYS', 1.5, 'kg']]],
    ['3kg mushrooms (shiitake)', [['MUSH-SHI', 3, 'kg']]],
    ['Apples 4kg (granny smith)', [['APPLE-GS', 4, 'kg']]],
    // kinds said one after another share the noun said once
    [
      'Peppers red and green 1kg each',
      [
        ['PEP-R', 1, 'kg'],
        ['PEP-G', 1, 'kg'],
      ],
    ],
    [
      'peppers red, green and yellow 2 kg each',
      [
        ['PEP-R', 2, 'kg'],
        ['PEP-G', 2, 'kg'],
        ['PEP-Y', 2, 'kg'],
      ],
    ],
    [
      'red and green peppers 3kg each',
      [
        ['PEP-R', 3, 'kg'],
        ['PEP-G', 3, 'kg'],
      ],
    ],
    // a pack word before the count is the count's unit
    ['pack 2 cherry tomato', [['TOM-CH', 2, 'pack']]],
    ['bunch 4 coriander', [['CORI', 4, 'pc']]],
    ['punnet 3 cherry tomatoes', [['TOM-CH', 3, 'pack']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))

  it('the goods said alone ask which variety', () => {
    const l = understand('2 kg mushrooms', produce).lines[0]!
    expect(l.sku).toBeNull()
    expect([...l.candidates].sort()).toEqual(['MUSH-BTN', 'MUSH-OYS', 'MUSH-SHI'])
  })

  it('a name that is other goods after the first word is not that first word ("Mango Juice" is no mango)', () => {
    expect(understand('2 kg mangoes', produce).lines).toEqual([])
    expect(read('10 lemons')).toEqual([['LEMON', 10, 'pc']])
  })

  it('"pack 2 tomato" is two packs of tomato, not an item called "pack"', () => {
    const u = understand('pack 2 tomato', produce)
    expect(u.unmatched).toEqual([])
    expect(u.lines.map((l) => [l.sku, l.qty])).toEqual([['TOM', 2]])
  })
})

describe('a crate is the box, a sack the bag: the trade names one bulk pack either way', () => {
  it.each([
    ['2x crates tomatoes', 'TOM-BOX', 2],
    ['2 x sacks onions', 'ONI-BAG', 2],
    ['3x pockets onion', 'ONI-BAG', 3],
    ['tomato 2x box', 'TOM-BOX', 2],
  ])("a pack word after a count marker is the count's unit: %s", (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'pack']])
  })

  const shop = buildCatalogIndex([
    P('TOM', 'Tomato', 'kg', null, ['tomatoes']),
    P('TOM-BOX', 'Tomato Box 10 kg', 'pack', { value: 10, unit: 'kg' }),
    P('CHERRY', 'Cherry Tomato 250 g punnet', 'pack', { value: 250, unit: 'g' }),
    P('ONI', 'Onion', 'kg', null, ['onions']),
    P('ONI-BAG', 'Onion Bag 25 kg', 'pack', { value: 25, unit: 'kg' }),
    P('ONI-NET', 'Onion Net 5 kg', 'pack', { value: 5, unit: 'kg' }),
    P('AVO', 'Avocado', 'pc', null, ['avocados']),
    P('AVO-CRATE', 'Avocado Crate 4 kg', 'pack', { value: 4, unit: 'kg' }),
  ])
  const read = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])

  it.each([
    ['2 crates tomato', 'TOM-BOX', 2],
    ['Tomatoes x 3 crates', 'TOM-BOX', 3],
    ['1 Kiste Tomaten', 'TOM-BOX', 1],
    ['2 peti tamatar', 'TOM-BOX', 2],
    ['1 sack onion', 'ONI-BAG', 1],
    ['onions 2 sacks', 'ONI-BAG', 2],
    ['ek bori pyaz', 'ONI-BAG', 1],
    ['1 box avocados', 'AVO-CRATE', 1],
    ['Avocado 2 boxes', 'AVO-CRATE', 2],
  ])('%s', (text, sku, qty) => {
    expect(read(text)).toEqual([[sku, qty, 'pack']])
  })

  it('the pack of the word said comes first, and a net is no sack', () => {
    expect(read('1 net onions')).toEqual([['ONI-NET', 1, 'pack']])
    expect(read('2 bags onion')).toEqual([['ONI-BAG', 2, 'pack']])
    expect(read('3 punnets cherry tomatoes')).toEqual([['CHERRY', 3, 'pack']])
  })
})

describe('a piece after a comma that points back at the goods just counted', () => {
  it.each([
    '2 kg tomatoes, only the red ones',
    'Tomatoes 2kg, ripe ones please',
    '2kg tomato, not too ripe',
    'Tomaten 2 kg, die festen bitte',
    'Tomaten 2 kg aber nur die roten',
    'tamatar 2 kilo, laal wale',
  ])('is a note on them, not goods the shop lacks: %s', (text) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['TOM', 2, 'kg']])
    expect(u.unmatched).toEqual([])
  })

  it('names goods when it has them, known or not', () => {
    expect(understand('2 kg tomato, the cauliflower', index).unmatched).toEqual(['cauliflower'])
    expect(understand('2 kg Tomaten, die Kohlrabi', index).unmatched).toEqual(['Kohlrabi'])
    expect(lines('2 kg tomato, the red capsicum').map(([sku]) => sku)).toEqual(['TOM', 'CAP-R'])
  })
})

describe('a but before goods taken out', () => {
  it.each([
    ['2 kg tomato aber ohne Zwiebeln'],
    ['Tomaten 2 kg, aber keine Zwiebeln'],
    ['tomato 2 kilo lekin pyaz nahi'],
    ['tamatar 2 kilo magar onion mat bhejna'],
  ])('is a new piece that takes them out: %s', (text) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.op])).toEqual([
      ['TOM', 'add'],
      ['ONI', 'remove'],
    ])
    expect(u.lines[0]).toMatchObject({ qty: 2, unit: 'kg' })
  })

  it.each(['but no onion', 'aber keine Zwiebeln', 'lekin pyaz nahi', 'but without the onions'])(
    'alone, takes them out: %s',
    (text) => {
      expect(understand(text, index).lines.map((l) => [l.sku, l.op])).toEqual([['ONI', 'remove']])
    },
  )
})

describe('words that call attention to what follows', () => {
  it.each([
    ['Pls note, no mint today', [['MINT', 'remove']]],
    ['NB: 2 kg extra tomato', [['TOM', 'add']]],
    ['please note 5 kg onion for tomorrow', [['ONI', 'add']]],
    ['FYI, lemon 2kg', [['LEM', 'add']]],
  ])('are no goods: %s', (text, want) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.op])).toEqual(want)
    expect(u.unmatched).toEqual([])
  })
})

describe('a bare count of goods sold both loose and in one counted form', () => {
  const both = buildCatalogIndex([
    P('COR', 'Coriander Bunch', 'pc'),
    P('COR-KG', 'Coriander Loose', 'kg'),
    P('LET', 'Lettuce Iceberg Head', 'pc'),
    P('LET-KG', 'Lettuce Iceberg Loose', 'kg'),
    P('PARS', 'Parsley Bunch', 'pc'),
    P('PARS-F', 'Flat Leaf Parsley Bunch', 'pc'),
    P('TOM', 'Tomato Loose', 'kg'),
    P('TOM-BOX', 'Tomato Box 5 kg', 'pack', { value: 5, unit: 'kg' }),
  ])
  const read = (text: string) => understand(text, both).lines.map((l) => [l.sku, l.qty, l.unit])
  it.each([
    ['Coriander x10', 'COR', 10, 'pc'],
    ['10 coriander', 'COR', 10, 'pc'],
    ['- coriander: 6', 'COR', 6, 'pc'],
    ['Iceberg lettuce 8', 'LET', 8, 'pc'],
  ])('is that many of the counted form: %s', (text, sku, qty, unit) => {
    expect(read(text)).toEqual([[sku, qty, unit]])
  })
  it('leaves a weight to the loose goods, and asks which of two counted forms or of a bulk pack', () => {
    expect(read('coriander 2 kg')).toEqual([['COR-KG', 2, 'kg']])
    expect(understand('parsley 2', both).lines[0]?.sku).toBeNull()
    expect(read('tomato 2')).not.toContainEqual(['TOM-BOX', 2, 'pack'])
  })
})

describe('a weight of goods sold loose in two kinds and in a bag', () => {
  const kinds = buildCatalogIndex([
    P('ONI-R', 'Onion Red', 'kg'),
    P('ONI-W', 'Onion White', 'kg'),
    P('ONI-BAG', 'Onion Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
    P('SPRING', 'Spring Onion Bunch', 'pc'),
  ])
  it.each(['Onion - 10 kg', 'onions 10kg', '10 kgs onion'])(
    'asks which loose kind, never the bag: %s',
    (text) => {
      const [line] = understand(text, kinds).lines
      expect(line?.sku).toBeNull()
      expect(line?.candidates).toEqual(['ONI-R', 'ONI-W'])
      expect([line?.qty, line?.unit]).toEqual([10, 'kg'])
    },
  )
  it('takes the bag when a bag is said', () => {
    expect(understand('onion 1 bag', kinds).lines.map((l) => [l.sku, l.qty])).toEqual([['ONI-BAG', 1]])
  })
})

describe('the trade’s short unit words, plural too', () => {
  const dairy = buildCatalogIndex([
    P('CREAM', 'Fresh Cream 1 l', 'pack', { value: 1, unit: 'l' }),
    P('VIN', 'White Vinegar 1 l', 'pack', { value: 1, unit: 'l' }),
    P('CURD', 'Curd 1 kg', 'pack', { value: 1, unit: 'kg' }),
    P('SALT', 'Salt 1 kg', 'pack', { value: 1, unit: 'kg' }),
    P('LET', 'Lettuce Iceberg Head', 'pc'),
  ])
  it.each([
    ['Cream 5lts', 'CREAM', 5, 'l'],
    ['Vinegar 2 btls', 'VIN', 2, 'pack'],
    ['Curd 5 buckets', 'CURD', 5, 'pack'],
    ['curd - 2 bkt', 'CURD', 2, 'pack'],
    ['Salt 3 pkgs', 'SALT', 3, 'pack'],
    ['Lettuce iceberg 6 pce', 'LET', 6, 'pc'],
  ])('%s', (text, sku, qty, unit) => {
    const u = understand(text, dairy)
    expect(u.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, unit]])
    expect(u.unmatched).toEqual([])
  })
})
