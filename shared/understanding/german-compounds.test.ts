// German compounds and word forms against a German catalog written without aliases: the customer's word is
// found as the head of a catalog compound, a compound written as one word finds a name written apart, and
// plurals, case endings, diminutives and adjectives before the noun do not hide the item.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { isGermanCatalog } from './german-words'
import { sampleProducts, testProduct as P } from '../../tests/fixtures/test-catalog'

const g = (v: number) => ({ value: v, unit: 'g' as const })
const index = buildCatalogIndex([
  P('BAUER', 'Bauernbrot 1000 g', 'pc', g(1000)),
  P('ROGGEN', 'Roggenbrot 750 g', 'pc', g(750)),
  P('VOLLKORN', 'Vollkornbrot 500 g', 'pc', g(500)),
  P('BROETCHEN', 'Brötchen', 'pc'),
  P('EIER6', 'Eier 6er', 'pack', { value: 6, unit: 'pc' }),
  P('APFEL', 'Äpfel Elstar', 'kg'),
  P('BIRNE', 'Birnen Conference', 'kg'),
  P('TOMATE', 'Tomaten', 'kg'),
  P('GURKE', 'Salatgurke', 'pc'),
  P('KARTOFFEL', 'Kartoffeln festkochend', 'kg'),
  P('MARM-ERD', 'Marmelade Erdbeer 250 g', 'pc', g(250)),
  P('MARM-KIR', 'Kirsch-Marmelade 250 g', 'pc', g(250)),
  P('LEBER', 'Leberwurst im Glas 200 g', 'pc', g(200)),
  P('KAESE', 'Bergkäse', 'kg'),
  P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }),
  P('BUTTER', 'Süßrahmbutter 250 g', 'pc', g(250)),
  P('HONIG', 'Blütenhonig 500 g', 'pc', g(500)),
  P('SAFT', 'Apfelsaft 1 l', 'pc', { value: 1, unit: 'l' }),
])
const line = (text: string) => understand(text, index).lines[0]
const sku = (text: string) => line(text)?.sku ?? null

describe('a German catalog', () => {
  it('is told from an English one by its names', () => {
    expect(isGermanCatalog(index)).toBe(true)
    expect(isGermanCatalog(buildCatalogIndex(sampleProducts()))).toBe(false)
  })

  it('is told by its departments when its names have no umlaut', () => {
    const plain = [
      { ...P('A', 'Bauernbrot 1000 g', 'pc'), category: 'Backwaren' },
      { ...P('B', 'Apfel Elstar', 'kg'), category: 'Obst' },
      { ...P('C', 'Tomaten', 'kg'), category: 'Gemüse' },
    ]
    expect(isGermanCatalog(buildCatalogIndex(plain))).toBe(true)
    const english = [
      { ...P('A', 'Farmhouse Bread', 'pc'), category: 'Bakery' },
      { ...P('B', 'Apple Gala', 'kg'), category: 'Fruit' },
    ]
    expect(isGermanCatalog(buildCatalogIndex(english))).toBe(false)
  })
})

describe('the head of a catalog compound finds it', () => {
  it.each([
    ['1 Käse', 'KAESE'],
    ['300 g Käse', 'KAESE'],
    ['2 Leberwürste', 'LEBER'],
    ['eine Wurst', 'LEBER'],
    ['2 Milch', 'MILCH'],
    ['1 Butter bitte', 'BUTTER'],
    ['ein Glas Honig', 'HONIG'],
    ['2 Gurken', 'GURKE'],
    ['eine Gurke', 'GURKE'],
  ])('%s', (text, want) => expect(sku(text)).toBe(want))

  it('several compounds with the same head are a choice', () => {
    for (const text of ['2 Brot', 'ein Brot bitte', '3 Brote']) {
      const l = line(text)!
      expect(l.sku).toBeNull()
      expect([...l.candidates].sort()).toEqual(['BAUER', 'ROGGEN', 'VOLLKORN'])
    }
  })

  it('a head that is only part of a word is not one ("Brot" is not "Brötchen")', () => {
    expect(line('2 Brot')!.candidates).not.toContain('BROETCHEN')
  })

  it('a diminutive is not taken for a compound it might end', () => {
    expect(sku('2 Würstchen')).toBeNull()
  })
})

describe('a compound written as one word finds the name written apart or with a hyphen', () => {
  it.each([
    ['2 Erdbeermarmelade', 'MARM-ERD'],
    ['1 Glas Erdbeermarmelade', 'MARM-ERD'],
    ['eine Kirschmarmelade', 'MARM-KIR'],
    ['1 Kirsch Marmelade', 'MARM-KIR'],
    ['1 Vollkorn-Brot', 'VOLLKORN'],
    ['ein Vollkorn Brot', 'VOLLKORN'],
    ['2 Roggenbrote', 'ROGGEN'],
  ])('%s', (text, want) => expect(sku(text)).toBe(want))
})

describe('plurals, case endings, diminutives and adjectives', () => {
  it.each([
    ['1 kg Äpfel', 'APFEL'],
    ['1 kg Apfel', 'APFEL'],
    ['2 kg Äpfelchen', 'APFEL'],
    ['1 kg Birne', 'BIRNE'],
    ['1 kg Birnen', 'BIRNE'],
    ['1 kg Tomate', 'TOMATE'],
    ['2 kg Kartoffel', 'KARTOFFEL'],
    ['mit 2 kg Kartoffeln', 'KARTOFFEL'],
    ['frische Eier', 'EIER6'],
    ['6 frische Eier', 'EIER6'],
    ['drei schöne frische Brötchen', 'BROETCHEN'],
    ['2 Brötchen', 'BROETCHEN'],
    ['ein Stück Bergkäse', 'KAESE'],
    ['ein großes Bauernbrot', 'BAUER'],
    ['2 reife Birnen', 'BIRNE'],
  ])('%s', (text, want) => expect(sku(text)).toBe(want))
})

describe('an English catalog keeps its compounds whole', () => {
  const en = buildCatalogIndex([P('PINE', 'Pineapple', 'pc'), P('PAN', 'Pancake Mix', 'pack')])
  it.each(['2 apple', '1 cake'])('%s', (text) =>
    expect(understand(text, en).lines[0]?.sku ?? null).toBeNull(),
  )
})

describe('German nouns head a name wherever they stand, and a word finds its compounds of the same kind', () => {
  const cat = (
    sku: string,
    name: string,
    unit: 'kg' | 'pc' | 'pack',
    category: string,
    size: number | null = null,
  ) => ({
    ...P(sku, name, unit, size ? { value: size, unit: 'pc' as const } : null),
    category,
  })
  const de = buildCatalogIndex([
    cat('BIO', 'Bio-Eier 6 Stück', 'pack', 'Eier', 6),
    cat('FREI', 'Freilandeier 10 Stück', 'pack', 'Eier', 10),
    cat('ZWIEBEL', 'Zwiebeln rot', 'kg', 'Gemüse'),
    cat('APFEL', 'Äpfel Elstar', 'kg', 'Obst'),
    cat('KARTOFFEL', 'Erdäpfel mehligkochend', 'kg', 'Gemüse'),
    cat('WIENER', 'Wiener Würstchen 4 Stück', 'pack', 'Wurst', 4),
  ])
  const pick = (text: string) => {
    const l = understand(text, de).lines[0]
    return l ? [l.sku, l.qty, l.unit] : null
  }
  it.each([
    ['10 Eier', ['FREI', 1, 'pack']],
    ['6 Eier', ['BIO', 1, 'pack']],
    ['20 Eier', ['FREI', 2, 'pack']],
    ['ein Dutzend Eier', ['BIO', 2, 'pack']],
    ['1 kg rote Zwiebeln', ['ZWIEBEL', 1, 'kg']],
    ['2 kg Zwiebeln', ['ZWIEBEL', 2, 'kg']],
    ['1 Packung Würstchen', ['WIENER', 1, 'pack']],
    ['1 kg Äpfel', ['APFEL', 1, 'kg']],
    ['2 kg Erdäpfel', ['KARTOFFEL', 2, 'kg']],
  ])('%s', (text, want) => expect(pick(text)).toEqual(want))

  it('bare "Eier" asks between the egg packs', () => {
    expect([...understand('Eier bitte', de).lines[0]!.candidates].sort()).toEqual(['BIO', 'FREI'])
  })

  it('a compound of another kind is not taken for the word it ends in ("Erdäpfel" are no apples)', () => {
    const cart = { cartSkus: ['KARTOFFEL'] }
    expect(understand('und 1 kg Äpfel', de, cart).lines[0]!.sku).toBe('APFEL')
  })
})

describe('a compound or adjective the catalog spells another way', () => {
  const cat = (sku: string, name: string, unit: 'kg' | 'pc' | 'pack', category: string) => ({
    ...P(sku, name, unit),
    category,
  })
  // a farm shop and bakery written without aliases
  const farm = buildCatalogIndex([
    cat('SONNE', 'Sonnenblumenkernbrot 750 g', 'pc', 'Brot'),
    cat('KUERBIS', 'Kürbiskernbrötchen', 'pc', 'Brot'),
    cat('DINKEL', 'Dinkelvollkornbrot', 'pc', 'Brot'),
    cat('BROETCHEN', 'Brötchen', 'pc', 'Brot'),
    cat('GURKE', 'Gurke', 'pc', 'Gemüse'),
    cat('MEHLIG', 'Kartoffeln mehligkochend', 'kg', 'Gemüse'),
    cat('FEST', 'Kartoffeln festkochend', 'kg', 'Gemüse'),
    cat('TOMATE', 'Tomaten', 'kg', 'Gemüse'),
    cat('EIER', 'Eier 10 Stück', 'pack', 'Eier'),
    cat('MILCH', 'Milch 1 l', 'pc', 'Molkerei'),
  ])
  const sku = (text: string, index = farm) => understand(text, index).lines[0]?.sku ?? null

  it.each([
    // a middle part left out: the catalog's compound begins and ends as the customer's does
    ['1 Sonnenblumenbrot', 'SONNE'],
    ['zwei Sonnenblumenbrote bitte', 'SONNE'],
    ['4 Kürbisbrötchen', 'KUERBIS'],
    ['ein Dinkelbrot', 'DINKEL'],
    // a first part that says what for, how grown or shaped, before goods the catalog has
    ['2 Salatgurken', 'GURKE'],
    ['eine Schlangengurke', 'GURKE'],
    ['1 kg Strauchtomaten', 'TOMATE'],
    ['10 Freilandeier', 'EIER'],
    ['2 Landmilch', 'MILCH'],
    ['6 Bauernbrötchen', 'BROETCHEN'],
    // an adjective said by the first part of the catalog's compound one
    ['2 kg mehlige Kartoffeln', 'MEHLIG'],
    ['3 kg Kartoffeln, mehlig', 'MEHLIG'],
    ['1 kg feste Kartoffeln', 'FEST'],
  ])('%s', (text, want) => expect(sku(text)).toBe(want))

  it("the other way round: a compound adjective finds the catalog's first part", () => {
    const short = buildCatalogIndex([
      cat('MEHLIG', 'Kartoffeln, mehlig', 'kg', 'Gemüse'),
      cat('FEST', 'Kartoffeln, festkochend', 'kg', 'Gemüse'),
      cat('MEHL', 'Weizenmehl 1 kg', 'pc', 'Backzutaten'),
    ])
    expect(sku('2 kg mehligkochende Kartoffeln', short)).toBe('MEHLIG')
    expect(sku('mehligkochende Kartoffeln 5 kg', short)).toBe('MEHLIG')
  })

  it('"Speisekartoffeln" are either potato: a choice', () => {
    const l = understand('2 kg Speisekartoffeln', farm).lines[0]!
    expect(l.sku).toBeNull()
    expect([...l.candidates].sort()).toEqual(['FEST', 'MEHLIG'])
  })

  it('a first part of substance is another product, and stays unmatched', () => {
    for (const text of ['2 Mohnbrötchen', '2 Hafermilch', '1 kg Kirschtomaten', '3 Sesambrötchen'])
      expect(understand(text, farm).lines).toEqual([])
  })

  it('"Brötchen" ending a compound is the shop\'s Brötchen, not a small Bauernbrot', () => {
    const bakery = buildCatalogIndex([
      cat('BAUER', 'Bauernbrot 1000 g', 'pc', 'Brot'),
      cat('BROETCHEN', 'Brötchen', 'pc', 'Brot'),
    ])
    expect(sku('2 Bauernbrötchen', bakery)).toBe('BROETCHEN')
    expect(sku('1 Bauernbrot', bakery)).toBe('BAUER')
  })

  it('a potato the shop does not sell is not the one it does', () => {
    const onlyWaxy = buildCatalogIndex([cat('FEST', 'Kartoffeln festkochend', 'kg', 'Gemüse')])
    expect(sku('2 kg mehlige Kartoffeln', onlyWaxy)).toBeNull()
  })
})

describe('a first part that says only how the goods are shaped or baked, or how they are always made', () => {
  const bakery = buildCatalogIndex([
    { ...P('BROETCHEN', 'Brötchen', 'pc', null, ['Semmel', 'Semmeln']), category: 'Brot' },
    { ...P('BREZEL', 'Brezel', 'pc', null, ['Brezeln', 'Breze', 'Brezn']), category: 'Brot' },
    { ...P('LAUGEN', 'Laugenstange', 'pc'), category: 'Brot' },
    { ...P('BROT', 'Bauernbrot 1000 g', 'pc', g(1000), ['Brot']), category: 'Brot' },
  ])
  const sku = (text: string) => understand(text, bakery).lines[0]?.sku ?? null
  it.each([
    ['3 Kaisersemmeln', 'BROETCHEN'],
    ['2 kaiserbrötchen bitte', 'BROETCHEN'],
    ['6 Sonntagsbrötchen', 'BROETCHEN'],
    ['1 Holzofenbrot', 'BROT'],
    ['2 Laugenbrezeln', 'BREZEL'],
    ['4 laugenbrezn', 'BREZEL'],
    ['eine Laugenbreze', 'BREZEL'],
  ])('%s', (text, want) => expect(sku(text)).toBe(want))
})

describe('a compound the shop does not sell is an item it lacks, not talk', () => {
  const bakery = buildCatalogIndex([
    { ...P('BROT', 'Bauernbrot 1000 g', 'pc', g(1000), ['Brot']), category: 'Brot' },
    { ...P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']), category: 'Molkerei' },
  ])
  it.each(['ein Roggenbrot', 'ein Kürbiskernbrot', 'eine Schokomilch'])('%s', (text) => {
    const r = understand(text, bakery)
    expect(r.intent).toBe('order')
    expect(r.lines).toEqual([])
    expect(r.unmatched).toHaveLength(1)
  })

  it.each(['Wetterbericht', 'ein Sonnenschein', 'Feierabend'])(
    'words that end in no goods stay talk: %s',
    (text) => expect(understand(text, bakery).intent).toBe('other'),
  )
})
