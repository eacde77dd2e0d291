// Quantities as shops and trade customers write them: German units and number words, distributive "je",
// pack words and pack sizes that choose between loose goods and their packs, run-together trade shorthand,
// and what is not an order (complaints, questions, the ordering branch). Several wordings per rule.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

// a farm shop and a produce supplier in one catalog: loose goods beside their packs
const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null, ['Tomaten']),
  P('TOM-BOX', 'Tomato Box 5 kg', 'pack', { value: 5, unit: 'kg' }),
  P('POT', 'Potato', 'kg', null, ['Kartoffeln', 'aloo']),
  P('POT-10', 'Potato Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('ONION', 'Onion', 'kg', null, ['Zwiebeln']),
  P('ONION-SACK', 'Onion Sack 25 kg', 'pack', { value: 25, unit: 'kg' }),
  P('LEMON', 'Lemon', 'kg', null),
  P('GRAPES', 'Grapes', 'kg', null),
  P('BASIL', 'Basil', 'kg', null),
  P('CARROT', 'Carrot', 'kg', null, ['Karotten']),
  P('MINT', 'Mint bunch', 'pc', null, ['pudina']),
  P('LETTUCE', 'Lettuce', 'kg', null),
  P('LETTUCE-HEAD', 'Lettuce Head', 'pc', null),
  P('EGG-6', 'Eier 6 Stück', 'pack', { value: 6, unit: 'pc' }, ['Eggs']),
  P('EGG-10', 'Eier 10 Stück', 'pack', { value: 10, unit: 'pc' }, ['Eggs']),
  P('EGG-TRAY', 'Egg Tray 30', 'pack', { value: 30, unit: 'pc' }),
  P('BROT-1000', 'Bauernbrot 1000 g', 'pc', { value: 1000, unit: 'g' }),
  P('BROT-500', 'Bauernbrot 500 g', 'pc', { value: 500, unit: 'g' }),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln']),
  P('LAUGEN', 'Laugenstange', 'pc', null, ['Laugenstangen']),
  P('APFEL', 'Äpfel', 'kg', null, ['Apfel']),
  P('BIRNE', 'Birnen', 'kg', null, ['Birne']),
  P('MARMELADE', 'Marmelade Erdbeer 450 g', 'pc', { value: 450, unit: 'g' }),
  P('LEBERWURST', 'Leberwurst im Glas 200 g', 'pc', { value: 200, unit: 'g' }),
  P('KAESE', 'Bergkäse', 'kg', null),
  P('SPARGEL', 'Spargel', 'kg', null),
  P('SAHNE', 'Schlagsahne 200 g', 'pc', { value: 200, unit: 'g' }, ['Sahne']),
  P('MALTOS', 'Maltose syrup', 'pc', null, ['maltos']),
  P('WURST', 'Wiener Würstchen', 'pc', null, ['Würstchen', 'Wiener']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty, l.unit])

describe('German quantities', () => {
  it('"je" / "jeweils" / "each" give the quantity to every item of the line', () => {
    expect(lines('Brezeln und Laugenstangen je 3')).toEqual([
      ['BREZEL', 3, 'pc'],
      ['LAUGEN', 3, 'pc'],
    ])
    expect(lines('je 1 kg Äpfel und Birnen')).toEqual([
      ['APFEL', 1, 'kg'],
      ['BIRNE', 1, 'kg'],
    ])
    expect(lines('Äpfel und Birnen jeweils 2 kg')).toEqual([
      ['APFEL', 2, 'kg'],
      ['BIRNE', 2, 'kg'],
    ])
    expect(lines('tomato and onion 2 kg each')).toEqual([
      ['TOM', 2, 'kg'],
      ['ONION', 2, 'kg'],
    ])
    // without "je" an item without a quantity keeps its own
    expect(lines('2 Brezeln und Birnen')).toEqual([
      ['BREZEL', 2, 'pc'],
      ['BIRNE', 1, 'pc'],
    ])
  })

  it('reads Paar, Pfund, halbes Pfund and dag as multiples', () => {
    expect(lines('2 Paar Wiener')).toEqual([['WURST', 4, 'pc']])
    expect(lines('ein Paar Würstchen')).toEqual([['WURST', 2, 'pc']])
    expect(lines('1 Pfund Spargel')).toEqual([['SPARGEL', 500, 'g']])
    expect(lines('2 Pfund Tomaten')).toEqual([['TOM', 1000, 'g']])
    expect(lines('halbes Pfund Bergkäse')).toEqual([['KAESE', 250, 'g']])
    expect(lines('20 dag Bergkäse')).toEqual([['KAESE', 200, 'g']])
    expect(lines('Bergkäse 15 dag')).toEqual([['KAESE', 150, 'g']])
  })

  it('reads numbers written as one German word', () => {
    expect(lines('zweieinhalb kg Äpfel')).toEqual([['APFEL', 2.5, 'kg']])
    expect(lines('dreieinhalb Kilo Birnen')).toEqual([['BIRNE', 3.5, 'kg']])
    expect(lines('anderthalb kg Kartoffeln')).toEqual([['POT', 1.5, 'kg']])
    expect(lines('zweiundzwanzig Brezeln')).toEqual([['BREZEL', 22, 'pc']])
  })

  it('reads short forms of dozen', () => {
    expect(lines('2 dzn Brezeln')).toEqual([['BREZEL', 2, 'dozen']])
    expect(lines('Brezeln 1 dz')).toEqual([['BREZEL', 1, 'dozen']])
  })

  it('reads the article before a half as the half, whatever its case or the unit after it', () => {
    expect(lines('ein halbes Kilo Tomaten')).toEqual([['TOM', 0.5, 'kg']])
    expect(lines('einen halben Kilo Zwiebeln')).toEqual([['ONION', 0.5, 'kg']])
    expect(lines('ein halbes Pfund Bergkäse')).toEqual([['KAESE', 250, 'g']])
    expect(lines('ein halbes Dutzend Brezeln')).toEqual([['BREZEL', 0.5, 'dozen']])
    // a number before "halb" that is not the article stays a count
    expect(lines('eineinhalb kg Äpfel')).toEqual([['APFEL', 1.5, 'kg']])
  })

  it('takes container words as units, before or after the item', () => {
    expect(lines('Leberwurst 2 Gläser')).toEqual([['LEBERWURST', 2, 'pc']])
    expect(lines('2 Glas Leberwurst')).toEqual([['LEBERWURST', 2, 'pc']])
    expect(lines('3 Becher Sahne')).toEqual([['SAHNE', 3, 'pc']])
    expect(lines('1 Schale Tomaten').map((l) => l[0])).toEqual(['TOM-BOX'])
    expect(lines('Marmelade Erdbeer 2')).toEqual([['MARMELADE', 2, 'pc']])
    expect(lines('2 Stück Marmelade Erdbeer')).toEqual([['MARMELADE', 2, 'pc']])
  })

  it('a quantity alone after a comma belongs to the item before it', () => {
    expect(lines('Kartoffeln, 2 kg')).toEqual([['POT', 2, 'kg']])
    expect(lines('Tomaten - 2 kg, Zwiebeln, 1 kg')).toEqual([
      ['TOM', 2, 'kg'],
      ['ONION', 1, 'kg'],
    ])
    expect(lines('Brezeln, 6 Stück')).toEqual([['BREZEL', 6, 'pc']])
    // an item that already has its quantity keeps it; the lone number starts nothing new
    expect(lines('2 kg Äpfel, 3')).toEqual([['APFEL', 2, 'kg']])
  })

  it('size adjectives pick the size, and "am Stück" is how it is cut, not a unit', () => {
    expect(lines('1 großes Bauernbrot')).toEqual([['BROT-1000', 1, 'pc']])
    expect(lines('ein kleines Bauernbrot')).toEqual([['BROT-500', 1, 'pc']])
    expect(lines('2 große Bauernbrote')).toEqual([['BROT-1000', 2, 'pc']])
    expect(u('ein Bauernbrot').lines[0]!.candidates.sort()).toEqual(['BROT-1000', 'BROT-500'])
    expect(lines('Bergkäse 300 g am Stück')).toEqual([['KAESE', 300, 'g']])
    expect(lines('400 g Bergkäse in Scheiben')).toEqual([['KAESE', 400, 'g']])
  })

  it('6er/10er notation names the pack; a count is made from packs when only packs are sold', () => {
    expect(lines('6er Eier')).toEqual([['EGG-6', 1, 'pack']])
    expect(lines('1 10er Eier')).toEqual([['EGG-10', 1, 'pack']])
    expect(lines('2x 6er Eier')).toEqual([['EGG-6', 2, 'pack']])
    expect(lines('ein Dutzend Eier')).toEqual([['EGG-6', 2, 'pack']])
    expect(lines('20 Eier')).toEqual([['EGG-10', 2, 'pack']])
    expect(lines('30 eggs')).toEqual([['EGG-10', 3, 'pack']])
    // 7 cannot be made from 6s or 10s: asked about, never guessed
    expect(u('7 Eier').lines[0]!.sku).toBeNull()
  })

  it.each([
    ['Einmal Eier 10 Stück bitte', 'EGG-10', 1],
    ['1x Eier 10 Stück', 'EGG-10', 1],
    ['2 Packungen Eier 6 Stück', 'EGG-6', 2],
    ['2x Eier (6 Stück)', 'EGG-6', 2],
    ['2 x 6 Stück Eier', 'EGG-6', 2],
    ['1 pack eggs 10 pcs', 'EGG-10', 1],
  ])('a number of pieces beside the count is the size of the pack counted: %s', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'pack']])
  })

  it.each([
    ['Einmal Eier 10 Stück bitte 😊', 'EGG-10', 1],
    ['2x Eier 6 Stück 🙏', 'EGG-6', 2],
    ['1 pack eggs 10 pcs ❤️', 'EGG-10', 1],
  ])('a face, hand or heart after the quantity starts no new item: %s', (text, sku, qty) => {
    expect(u(text)).toMatchObject({ lines: [{ sku, qty, unit: 'pack' }], unmatched: [] })
  })
})

describe('an amount made of packs', () => {
  // a kirana's packed goods: the same thing in two pack sizes, nothing loose
  const packed = buildCatalogIndex([
    P('MILK-500', 'Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh', 'Milch']),
    P('MILK-1L', 'Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['doodh', 'Milch']),
    P('BUTTER-100', 'Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
    P('BUTTER-500', 'Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
  ])
  const packLines = (text: string) => understand(text, packed).lines.map((l) => [l.sku, l.qty, l.unit])

  it('is made of the biggest pack that makes it exactly, in any language', () => {
    expect(packLines('2 Liter Milch')).toEqual([['MILK-1L', 2, 'pack']])
    expect(packLines('do litre doodh')).toEqual([['MILK-1L', 2, 'pack']])
    expect(packLines('1 kg butter')).toEqual([['BUTTER-500', 2, 'pack']])
    expect(packLines('1,5 l Milch')).toEqual([['MILK-500', 3, 'pack']])
    expect(packLines('200 gram makhan')).toEqual([['BUTTER-100', 2, 'pack']])
  })

  it('an amount that is one pack is that pack; one no pack size makes is asked about', () => {
    expect(packLines('500 ml Milch')).toEqual([['MILK-500', 1, 'pack']])
    const odd = understand('750 g butter', packed).lines[0]!
    expect(odd.sku).toBeNull()
    expect(odd.candidates.sort()).toEqual(['BUTTER-100', 'BUTTER-500'])
    // a bare count says nothing about the size: still a question
    expect(understand('1 butter', packed).lines[0]!.sku).toBeNull()
  })

  it('two products of the same pack size are other goods, not other packs: asked about', () => {
    const oils = buildCatalogIndex([
      P('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['tel']),
      P('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson tel']),
      P('OIL-SUN-5', 'Fortune Sunflower Oil 5 l', 'pack', { value: 5, unit: 'l' }),
    ])
    for (const text of ['1L fortune oil', 'fortune oil 2 litre', '1 ltr tel fortune']) {
      const line = understand(text, oils).lines[0]!
      expect(line.sku, text).toBeNull()
      expect(line.candidates, text).toEqual(expect.arrayContaining(['OIL-MUS', 'OIL-SUN']))
    }
    // the kind said: its pack
    expect(understand('1L fortune sunflower oil', oils).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['OIL-SUN', 1],
    ])
  })
})

describe('when the order is for', () => {
  it('a day or time before the items is skipped, not read as an item, in any word order', () => {
    expect(lines('send tomorrow onion 5kg')).toEqual([['ONION', 5, 'kg']])
    expect(lines('tmrw: carrot 3 kg, potato 2 kg')).toEqual([
      ['CARROT', 3, 'kg'],
      ['POT', 2, 'kg'],
    ])
    expect(lines('kal aloo 2 kilo bhej dena')).toEqual([['POT', 2, 'kg']])
    expect(lines('morgen früh Zwiebeln 2 kg')).toEqual([['ONION', 2, 'kg']])
    expect(lines('for saturday morning grapes 1 kg')).toEqual([['GRAPES', 1, 'kg']])
  })

  it('a colon after the day closes the talk before a list', () => {
    expect(lines('please deliver on sunday evening: lemon 2 kg')).toEqual([['LEMON', 2, 'kg']])
    expect(lines('Lieferung bitte Samstag: Karotten 4 kg')).toEqual([['CARROT', 4, 'kg']])
  })
})

describe('trade shorthand', () => {
  it('a heading that names the list ends at its colon, with or without a greeting before it', () => {
    expect(lines('Kitchen order: lettuce 6 heads')).toEqual([['LETTUCE-HEAD', 6, 'pc']])
    expect(lines('Hi team - Kitchen order: Lettuce x 6 heads, carrot 3kg')).toEqual([
      ['LETTUCE-HEAD', 6, 'pc'],
      ['CARROT', 3, 'kg'],
    ])
    expect(lines('Bar order: 2 box tomatoes, mint 3')).toEqual([
      ['TOM-BOX', 2, 'pack'],
      ['MINT', 3, 'pc'],
    ])
    expect(lines('Weekly requirement:\n2 bags potato\n5 kg carrot')).toEqual([
      ['POT-10', 2, 'pack'],
      ['CARROT', 5, 'kg'],
    ])
    expect(lines('Einkaufsliste: 2 kg Karotten')).toEqual([['CARROT', 2, 'kg']])
    expect(u('Shopping list: 1 box tomatoes').unmatched).toEqual([])
    // a name before the colon with its quantity after it is still the item
    expect(lines('Tomatoes: 2 boxes')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('carrot: 5kg')).toEqual([['CARROT', 5, 'kg']])
  })

  it('who a greeting is addressed to is not an item', () => {
    expect(lines('Hi team - lettuce 6 heads')).toEqual([['LETTUCE-HEAD', 6, 'pc']])
    expect(lines('hello guys, 2 kg grapes')).toEqual([['GRAPES', 2, 'kg']])
    expect(u('morning boss 3 kg lemon').unmatched).toEqual([])
  })

  it('reads number, unit and name run together', () => {
    expect(lines('3kgTomato')).toEqual([['TOM', 3, 'kg']])
    expect(lines('Grapesx1')).toEqual([['GRAPES', 1, 'pc']])
    expect(lines('Lemonx2')).toEqual([['LEMON', 2, 'pc']])
    expect(lines('Carrots x10kg')).toEqual([['CARROT', 10, 'kg']])
    expect(lines('Basil-0.400g')).toEqual([['BASIL', 400, 'g']])
    expect(lines('Basil - 0.250 g')).toEqual([['BASIL', 250, 'g']])
    // a minus in front of a number is still refused
    expect(u('-2 Basil').rejected).toHaveLength(1)
  })

  it('a count of packs of a size picks the pack product, or multiplies out for loose goods', () => {
    expect(lines('2×5kgTomato')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('2 5kg tomato')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('Potato 4x10kg')).toEqual([['POT-10', 4, 'pack']])
    expect(lines('Lemon 5kg × 2')).toEqual([['LEMON', 10, 'kg']])
    expect(lines('3 x 2kg grapes')).toEqual([['GRAPES', 6, 'kg']])
  })

  it('pack words choose the pack product over the loose one', () => {
    expect(lines('2 box tomatoes')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('tomatoes 3 boxes')).toEqual([['TOM-BOX', 3, 'pack']])
    expect(lines('1 bag potato')).toEqual([['POT-10', 1, 'pack']])
    expect(lines('2 sacks onion')).toEqual([['ONION-SACK', 2, 'pack']])
    expect(lines('1 tray eggs')).toEqual([['EGG-TRAY', 1, 'pack']])
    expect(lines('2 head lettuce')).toEqual([['LETTUCE-HEAD', 2, 'pc']])
    expect(lines('2 bunch mint')).toEqual([['MINT', 2, 'pc']])
    // a weight stays loose
    expect(lines('2 kg tomatoes')).toEqual([['TOM', 2, 'kg']])
  })

  it('a name cut short stands for the one to three catalog words it begins', () => {
    expect(lines('lett 6 heads')).toEqual([['LETTUCE-HEAD', 6, 'pc']])
    expect(lines('carr 5kg')).toEqual([['CARROT', 5, 'kg']])
    expect(lines('3 boxes toma')).toEqual([['TOM-BOX', 3, 'pack']])
    expect(lines('grap 2 kg')).toEqual([['GRAPES', 2, 'kg']])
    const shop = buildCatalogIndex([
      P('CAULI', 'Cauliflower', 'pc', null),
      P('CAPS-R', 'Red Capsicum', 'kg', null),
      P('CAPS-G', 'Green Capsicum', 'kg', null),
      P('CHIC', 'Chicken Breast', 'kg', null),
      P('CHPEA', 'Chickpeas', 'kg', null),
      P('CHICO', 'Chicory', 'kg', null),
      P('CHILI', 'Chilli Green', 'kg', null),
    ])
    const said = (text: string) => understand(text, shop).lines.map((l) => l.sku ?? l.candidates)
    expect(said('2 cauli')).toEqual(['CAULI'])
    // one word begun, two products with it: which one?
    expect(said('capsi 1kg').map((c) => [...c].sort())).toEqual([['CAPS-G', 'CAPS-R']])
    // three letters alone as the item stand for the one known goods word they begin, as "tom" does
    expect(said('2 cau')).toEqual(['CAULI'])
    // (not when they begin several: which of the chicken, chickpeas, chicory or chilli is anybody's guess)
    expect(said('2 chi')).toEqual([])
    // beginning more than three words, it is not guessed
    const shop2 = buildCatalogIndex([
      ...['Chicken', 'Chickpeas', 'Chicory', 'Chickweed Tea'].map((n, i) => P(`C${i}`, n, 'kg', null)),
    ])
    expect(understand('chic 1 kg', shop2).lines.filter((l) => l.sku || l.candidates.length)).toEqual([])
  })

  it("the trade's clipped plurals of three letters stand for the one known goods word they begin", () => {
    const shop = buildCatalogIndex([
      P('TOM', 'Tomato', 'kg', null),
      P('POT', 'Potato', 'kg', null),
      P('CUC', 'Cucumber', 'kg', null),
      P('ONI', 'Onion', 'kg', null),
      P('LOT', 'Lotion Aloe 200 ml', 'pc', null),
    ])
    const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])
    expect(said('toms 10kg')).toEqual([['TOM', 10, 'kg']])
    expect(said('pots 5 kg, toms 2 kg')).toEqual([
      ['POT', 5, 'kg'],
      ['TOM', 2, 'kg'],
    ])
    expect(said('cucs 3kg')).toEqual([['CUC', 3, 'kg']])
    // a word that is not goods is not guessed from three letters; three letters alone as the item, without the
    // plural, are clipped too
    expect(said('lots 2')).toEqual([])
    expect(said('lot 2')).toEqual([])
    expect(said('tom 2 kg')).toEqual([['TOM', 2, 'kg']])
  })

  it('the trade\u2019s short pack words are pack words too', () => {
    expect(lines('2 cs tomatoes')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('tomatoes 3 bx')).toEqual([['TOM-BOX', 3, 'pack']])
    expect(lines('1 ctn tomato')).toEqual([['TOM-BOX', 1, 'pack']])
    expect(lines('tomato 2 cases')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('lettuce 3 hd')).toEqual([['LETTUCE-HEAD', 3, 'pc']])
    expect(lines('4 hds lettuce')).toEqual([['LETTUCE-HEAD', 4, 'pc']])
    expect(lines('pudina 2 bnch')).toEqual([['MINT', 2, 'pc']])
    // "case" is a unit only after a number
    expect(lines('in case you have carrots, 2 kg carrot')).toEqual([['CARROT', 2, 'kg']])
  })

  it('a bare count of something sold by weight is of its small counted form when there is one', () => {
    expect(lines('Mint × 3')).toEqual([['MINT', 3, 'pc']])
    expect(lines('lettuce 2')).toEqual([['LETTUCE-HEAD', 2, 'pc']])
    expect(lines('2 lettuce')).toEqual([['LETTUCE-HEAD', 2, 'pc']])
    // a weight stays loose, and a bulk container (box, bag, sack) is never guessed from a bare count
    expect(lines('1 kg lettuce')).toEqual([['LETTUCE', 1, 'kg']])
    expect(lines('tomato 2')).toEqual([['TOM', 2, 'pc']])
    expect(lines('3 potato')).toEqual([['POT', 3, 'pc']])
  })

  it('the counted form may carry the loose product\u2019s longer name, whichever of its names was said', () => {
    const shop = buildCatalogIndex([
      P('ICE', 'Iceberg Lettuce', 'kg', null, ['lettuce', 'iceberg']),
      P('ICE-HEAD', 'Iceberg Lettuce Head', 'pc', null),
      P('CORI', 'Coriander', 'kg', null, ['cilantro', 'dhaniya']),
      P('CORI-BUNCH', 'Coriander Bunch', 'pc', null),
      P('ROMA', 'Roma Tomato', 'kg', null),
      P('ROMA-BOX', 'Roma Tomato Box 5 kg', 'pack', { value: 5, unit: 'kg' }),
    ])
    const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])
    expect(said('lettuce x 6')).toEqual([['ICE-HEAD', 6, 'pc']])
    expect(said('4 iceberg')).toEqual([['ICE-HEAD', 4, 'pc']])
    expect(said('cilantro x4')).toEqual([['CORI-BUNCH', 4, 'pc']])
    expect(said('dhaniya 3')).toEqual([['CORI-BUNCH', 3, 'pc']])
    // a bulk container is still never guessed from a bare count, and a weight stays loose
    expect(said('roma tomato 2')).toEqual([['ROMA', 2, 'kg']])
    expect(said('2 kg cilantro')).toEqual([['CORI', 2, 'kg']])
  })

  it('a multiplied count followed by its pack word stays with the item before it', () => {
    expect(lines('Tomatoes x 2 boxes')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('tomato x2 box')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('Kartoffeln x 3 Sack')).toEqual([['POT-10', 3, 'pack']])
    // two items in a row, each with its quantity, are still two
    expect(lines('tomato x 2 box lemon 3 kg')).toEqual([
      ['TOM-BOX', 2, 'pack'],
      ['LEMON', 3, 'kg'],
    ])
  })

  it('a pack word alone in brackets says how the item is packed; other notes in brackets are not read', () => {
    expect(lines('Tomato (box) x 2')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('potatoes (bag) 3')).toEqual([['POT-10', 3, 'pack']])
    expect(lines('Tomatoes 2 (Boxes)')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('Tomatoes 2 kg (ripe ones)')).toEqual([['TOM', 2, 'kg']])
  })

  it('half a box is half the box of the loose product', () => {
    expect(lines('half box tomato')).toEqual([['TOM', 2.5, 'kg']])
    expect(lines('1/2 box tomatoes')).toEqual([['TOM', 2.5, 'kg']])
    expect(lines('halbe Kiste Tomaten')).toEqual([['TOM', 2.5, 'kg']])
  })

  it('a note in brackets after an item is not another item', () => {
    expect(lines('Tomato 2 boxes (semi ripe)')).toEqual([['TOM-BOX', 2, 'pack']])
    expect(lines('Lemon (big ones) 3 kg')).toEqual([['LEMON', 3, 'kg']])
    // a bracket with a number in it is still read ("1 (10-ounce) can" style sizes)
    expect(u('Potato (10 kg) 2 bags').lines[0]!.sku).toBe('POT-10')
  })

  it('greetings, the branch and chatter around items are not items', () => {
    expect(lines('Hie, pliz send for Maltos')).toEqual([['MALTOS', 1, 'pc']])
    const r = u('Good morning\nIndiranagar outlet\nTomato 5kg\nGrapesx1\nthanks')
    expect(r.lines.map((l) => l.sku)).toEqual(['TOM', 'GRAPES'])
    expect(r.unmatched).toEqual([])
  })

  it.each([
    'the mint is turning black',
    'yesterday the tomatoes were rotten',
    'Milch war sauer',
    'aloo kharab tha',
    'the grapes are not fresh',
    'is the order complete?',
    'do you deliver on sunday?',
    'wann liefert ihr?',
  ])('"%s" is not an order', (text) => {
    const r = u(text)
    expect(r.intent).not.toBe('order')
    expect(r.lines).toEqual([])
  })

  it.each([
    'The potatoes had too many rotten ones',
    'the tomatoes had mould',
    'the bag of onions had some rotten ones',
  ])('what the goods had, a bad state past a word of how many, is a complaint: %s', (text) => {
    expect(u(text)).toMatchObject({ intent: 'other', complaint: true, lines: [], unmatched: [] })
  })

  it('a complaint is marked for a person; an order after it is still read', () => {
    expect(u('the mint is turning black').complaint).toBe(true)
    const r = u('the basil is not fresh, send 1 kg tomato')
    expect(lines('the basil is not fresh, send 1 kg tomato')).toEqual([['TOM', 1, 'kg']])
    expect(r.unmatched).toEqual([])
  })
})

describe('German pack counts in words, quarters and the middle size', () => {
  it.each([
    ['zehner Eier', 'EGG-10', 1],
    ['ein Sechserpack Eier', 'EGG-6', 1],
    ['2 Zehnerpackungen Eier', 'EGG-10', 2],
    ['ein 6er-Pack Eier', 'EGG-6', 1],
    ['2 6er Packungen Eier', 'EGG-6', 2],
  ])('%s', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'pack']])
  })

  it.each([
    ['ein viertel Kilo Bergkäse', 0.25, 'kg'],
    ['viertel kilo bergkäse', 0.25, 'kg'],
    ['dreiviertel Kilo Bergkäse', 0.75, 'kg'],
    ['ein viertel Pfund Bergkäse', 125, 'g'],
  ])('%s', (text, qty, unit) => {
    expect(lines(text)).toEqual([['KAESE', qty, unit]])
  })

  it('"mittleres" takes the middle of three sizes and asks between two', () => {
    const three = buildCatalogIndex([
      P('B-S', 'Landbrot 500 g', 'pc', { value: 500, unit: 'g' }, ['Brot']),
      P('B-M', 'Landbrot 750 g', 'pc', { value: 750, unit: 'g' }, ['Brot']),
      P('B-L', 'Landbrot 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Brot']),
    ])
    expect(understand('1 mittleres Brot', three).lines.map((l) => l.sku)).toEqual(['B-M'])
    expect(understand('ein mittleres Landbrot', three).lines.map((l) => l.sku)).toEqual(['B-M'])
    const two = u('1 mittleres Bauernbrot').lines[0]!
    expect(two.sku).toBeNull()
    expect(two.candidates.sort()).toEqual(['BROT-1000', 'BROT-500'])
  })
})

describe('a pack named by how many pieces it holds, said as "pack of N"', () => {
  const soap = buildCatalogIndex([
    P('SOAP', 'Lux Soap 100 g', 'pc', { value: 100, unit: 'g' }, ['soap']),
    P('SOAP-4', 'Lux Soap 4 x 100 g', 'pack', { value: 4, unit: 'pc' }, ['soap']),
    P('NOODLES', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
    P('NOODLES-4', 'Maggi Noodles 4 pack', 'pack', { value: 4, unit: 'pc' }, ['maggi']),
    P('EGG-6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['eggs']),
    P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }, ['eggs']),
    P('TEA', 'Tata Tea 250 g', 'pack', { value: 250, unit: 'g' }, ['tea']),
  ])
  const read = (text: string) => understand(text, soap).lines.map((l) => [l.sku, l.qty])
  it.each([
    ['3 maggi noodles pack of 4', [['NOODLES-4', 3]]],
    ['2 lux pack of 4', [['SOAP-4', 2]]],
    ['a pack of 4 soap please', [['SOAP-4', 1]]],
    ['eggs pack of 30', [['EGG-30', 1]]],
    ['2 packets of six eggs', [['EGG-6', 2]]],
    ['1 pack of 4 pcs maggi', [['NOODLES-4', 1]]],
  ])('%s', (text, lines) => {
    expect(read(text)).toEqual(lines)
  })
  it('a pack of a weight, or packs of goods, are as before', () => {
    expect(read('tea pack of 250 g')).toEqual([['TEA', 1]])
    expect(read('2 packs of maggi')).toEqual([['NOODLES', 2]])
  })
})
