// Hindi in Devanagari against a Latin-script catalog: transliteration with Hindi's dropped inherent vowel,
// Devanagari digits and Hindi number words, and sound-alike matching of loanwords ("बटर" is butter).
import { describe, expect, it } from 'vitest'
import { transliterate } from './devanagari'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

// a kirana catalog kept in Latin script, aliases as shopkeepers type them
const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('ONION', 'Onion', 'kg', null, ['pyaz', 'kanda']),
  P('DHANIYA', 'Coriander (Dhaniya)', 'pc', null, ['dhania']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
  P('SUGAR', 'Sugar 1 kg', 'pack', { value: 1, unit: 'kg' }, ['cheeni']),
  P('EGG', 'Eggs', 'pc', null, ['anda', 'ande']),
  P('BUTTER', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
  P('BREAD', 'Britannia Bread', 'pack'),
  P('PANEER', 'Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
  P('ATTA', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta']),
  P('GINGER', 'Ginger (Adrak)', 'kg'),
  P('GARLIC', 'Garlic', 'kg', null, ['lehsun']),
  P('BANANA', 'Banana', 'dozen', null, ['kela']),
  P('RICE', 'Basmati Rice 1 kg', 'pack', { value: 1, unit: 'kg' }, ['chawal']),
  P('CHILLI', 'Green Chilli', 'kg', null, ['mirchi', 'hari mirch']),
  P('SALT', 'Tata Salt 1 kg', 'pack', { value: 1, unit: 'kg' }, ['namak']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty, l.unit])

describe('transliteration', () => {
  it.each([
    ['टमाटर', 'tamaatar'],
    ['धनिया', 'dhaniya'],
    ['अदरक', 'adrak'],
    ['लहसुन', 'lahsun'],
    ['मक्खन', 'makkhan'],
    ['चीनी', 'cheeni'],
    ['प्याज़', 'pyaaz'],
    ['अंडे', 'ande'],
    ['दस', 'das'],
    ['३ किलो', '3 kilo'],
    ['१२५०', '1250'],
  ])('%s -> %s', (deva, latin) => {
    expect(transliterate(deva)).toBe(latin)
  })

  it('leaves Latin text alone', () => {
    expect(transliterate('2 kg aloo, 1 bread')).toBe('2 kg aloo, 1 bread')
  })
})

describe('Devanagari orders against a Latin catalog', () => {
  it.each([
    ['३ किलो टमाटर', [['TOMATO', 3, 'kg']]],
    ['एक गड्डी धनिया', [['DHANIYA', 1, 'pc']]],
    ['डेढ़ किलो आलू', [['ALOO', 1.5, 'kg']]],
    ['ढाई किलो प्याज़', [['ONION', 2.5, 'kg']]],
    ['आधा किलो लहसुन', [['GARLIC', 0.5, 'kg']]],
    ['पाव किलो अदरक', [['GINGER', 0.25, 'kg']]],
    ['सवा किलो हरी मिर्च', [['CHILLI', 1.25, 'kg']]],
    ['दो पैकेट दूध', [['MILK', 2, 'pack']]],
    ['१२ अंडे', [['EGG', 12, 'pc']]],
    ['बारह अंडे', [['EGG', 12, 'pc']]],
    ['एक दर्जन केले', [['BANANA', 1, 'dozen']]],
    ['मुझे 2 किलो आटा चाहिए', [['ATTA', 2, 'kg']]],
    ['200 ग्राम पनीर', [['PANEER', 1, 'pack']]],
    [
      'तीन किलो चावल और एक किलो नमक',
      [
        ['RICE', 3, 'kg'],
        ['SALT', 1, 'pack'],
      ],
    ],
  ])('%s', (text, want) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.language).toBe('hi-Deva')
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual(want)
    expect(r.unmatched).toEqual([])
  })

  it('matches English loanwords written in Devanagari by their sound', () => {
    expect(lines('अमूल बटर')).toEqual([['BUTTER', 1, 'pack']])
    expect(lines('२ ब्रेड')).toEqual([['BREAD', 2, 'pack']])
    expect(lines('एक पनीर')).toEqual([['PANEER', 1, 'pack']])
  })

  it('reads short replies, status, cancel and price questions', () => {
    expect(u('हाँ').intent).toBe('confirm')
    expect(u('हाँ भेज दो').intent).toBe('confirm')
    expect(u('धन्यवाद').intent).toBe('thanks')
    expect(u('मेरा ऑर्डर कब आएगा').intent).toBe('status')
    expect(u('ऑर्डर कहाँ है').intent).toBe('status')
    expect(u('कैंसल कर दो').intent).toBe('cancel')
    expect(u('टमाटर कितने का है')).toMatchObject({ intent: 'price', priceQuery: { sku: 'TOMATO' } })
  })

  it.each(['ऑर्डर का क्या हुआ?', 'मेरा ऑर्डर क्या हुआ', 'order ka kya hua', 'mera saman kya hua bhaiya'])(
    '"%s" asks what became of the order',
    (text) => expect(u(text).intent).toBe('status'),
  )

  it.each(['राम राम भाई साहब', 'राम राम जी', 'Ram Ram'])('"%s" is a greeting', (text) =>
    expect(u(text)).toMatchObject({ intent: 'greeting', unmatched: [] }),
  )

  it.each(['हाँ वही दे दो', 'वही चलेगा', 'यही भेज दो', 'haan wahi de do', 'yahi chalega'])(
    '"%s" takes the one thing offered: a yes, no item',
    (text) => expect(u(text)).toMatchObject({ intent: 'confirm', lines: [], unmatched: [] }),
  )

  it('does not guess when the sound matches nothing, and quotes the customer in their own script', () => {
    const r = u('२ किलो कटहल')
    expect(r.lines).toEqual([])
    expect(r.unmatched).toEqual(['कटहल'])
    const mixed = u('भैया 3 किलो टमाटर, 2 किलो कटहल')
    expect(mixed.lines.map((l) => l.text)).toEqual(['भैया 3 किलो टमाटर'])
    expect(mixed.unmatched).toEqual(['कटहल'])
    expect(u('0 किलो आलू').rejected.map((x) => x.text)).toEqual(['0 किलो आलू'])
  })
})

describe('Hindi numbers past ten, "each" said twice, and no', () => {
  it.each([
    ['ग्यारह अंडे', 11],
    ['पच्चीस अंडे', 25],
    ['तीस अंडे', 30],
    ['चालीस अंडे', 40],
    ['अट्ठाईस अंडे', 28],
    ['pachis ande', 25],
    ['tees ande', 30],
  ])('%s', (text, qty) => {
    expect(lines(text)).toEqual([['EGG', qty, 'pc']])
  })

  it.each([
    'प्याज़ और टमाटर एक एक किलो',
    'प्याज और टमाटर दोनों एक किलो',
    'pyaz aur tamatar 1-1 kilo',
    'pyaz aur tamatar ek ek kilo',
  ])('%s gives the quantity to each item', (text) => {
    expect(lines(text)).toEqual([
      ['ONION', 1, 'kg'],
      ['TOMATO', 1, 'kg'],
    ])
  })

  it('a number said twice is said once, a range stays a range', () => {
    expect(lines('aloo do do kilo')).toEqual([['ALOO', 2, 'kg']])
    expect(u('2-3 kilo aloo').lines[0]).toMatchObject({ qty: 2 })
  })

  it.each(['नहीं', 'नही', 'रद्द करो', 'ऑर्डर रद्द कर दीजिए'])('%s is a no', (text) => {
    expect(u(text).intent).toBe('cancel')
  })
})

describe('वाला after the item, as Devanagari spells it (vaala)', () => {
  const big = buildCatalogIndex([
    P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
    P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }),
    P('ATTA-5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta']),
    P('ATTA-10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }, ['atta']),
  ])
  it.each([
    ['एक अमूल बटर छोटा वाला', 'BUTTER-100'],
    ['अमूल बटर बड़ा वाला', 'BUTTER-500'],
    ['amul butter bada waala', 'BUTTER-500'],
    ['आटा 10 वाला', 'ATTA-10'],
  ])('%s', (text, sku) => {
    const r = understand(text, big)
    expect(r.lines.map((l) => l.sku)).toEqual([sku])
  })
})

describe('a Devanagari reading keeps the consonants it wrote', () => {
  // Hindi names beside English ones: words one consonant apart from the loanwords customers write
  const shop = buildCatalogIndex([
    P('BUTTER', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
    P('PEAS', 'Green Peas', 'kg', null, ['matar']),
    P('TEA', 'Tata Tea Premium 250 g', 'pack', { value: 250, unit: 'g' }, ['chai patti']),
    P('CHAAS', 'Amul Buttermilk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['chaas']),
    P('GHEE', 'Amul Ghee 1 L', 'pack', { value: 1, unit: 'l' }, ['ghee']),
    P('TOOR', 'Toor Dal 1 kg', 'pack', { value: 1, unit: 'kg' }),
    P('PANEER', 'Amul Malai Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
    P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }),
    P('LAUKI', 'Bottle Gourd', 'kg', null, ['lauki']),
    P('SOAP', 'Lux Soap 100 g', 'pc', { value: 100, unit: 'g' }),
    P('RICE', 'Basmati Rice 1 kg', 'pack', { value: 1, unit: 'kg' }),
  ])
  const got = (text: string) => {
    const r = understand(text, shop)
    return { lines: r.lines.map((l) => [l.sku, l.qty, l.unit]), unmatched: r.unmatched }
  }

  it.each([
    ['बटर 100 ग्राम', 'BUTTER'], // batar: butter's consonants, not matar's
    ['एक बटर', 'BUTTER'],
    ['मटर आधा किलो', 'PEAS'],
    ['चाय पत्ती 1 पैकेट', 'TEA'], // chaay: not the chaas alias one letter away
    ['2 पैकेट चाय पत्ती', 'TEA'],
    ['घी 1 पैकेट', 'GHEE'], // ghi: a short word found by its sound
    ['लक्स साबुन 1', 'SOAP'], // laks: three consonants say lux before two say lauki
    ['लौकी 1 किलो', 'LAUKI'],
    ['राइस 1 पैकेट', 'RICE'], // raais: two consonants and the vowel places of "rice"
  ])('%s is %s', (text, sku) => {
    expect(got(text).lines.map((l) => l[0])).toEqual([sku])
  })

  it.each([
    ['तोरई 1 किलो', 'तोरई'], // torai: the consonants of toor, not its vowels
    ['मूली 2', 'मूली'], // mooli: not malai
    ['2 पैकेट ओट्स', 'ओट्स'], // ots: not taaza
  ])('%s is not sold', (text, word) => {
    expect(got(text)).toEqual({ lines: [], unmatched: [word] })
  })
})

describe('the words around items in a voice-typed order', () => {
  it.each([
    ['भाई साहब नमस्ते 2 किलो आलू भेज दीजिए धन्यवाद', [['ALOO', 2, 'kg']]],
    ['कृपया आधा किलो टमाटर भिजवा दो', [['TOMATO', 0.5, 'kg']]],
    ['कोई 6 अंडे भिजवाना', [['EGG', 6, 'pc']]],
    ['bhai sahab namaste ek kilo pyaz bhej dena dhanyawad', [['ONION', 1, 'kg']]],
    ['2 किलो आलू और कुछ नहीं', [['ALOO', 2, 'kg']]],
    ['पाव भर अदरक', [['GINGER', 0.25, 'kg']]],
    ['पौना किलो लहसुन', [['GARLIC', 0.75, 'kg']]],
    ['pauna kilo pyaz', [['ONION', 0.75, 'kg']]],
    ['अंडे 1 ट्रे', [['EGG', 30, 'pc']]],
  ])('%s', (text, want) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual(want)
    expect(r.unmatched).toEqual([])
  })

  it('rupees in Devanagari are money: what they buy, or the price asked', () => {
    // prices in paise: ₹40 a kilo, ₹5 a lemon
    const priced = buildCatalogIndex([
      { ...P('TOMATO', 'Tomato', 'kg', null, ['tamatar']), price: 4000 },
      { ...P('LEMON', 'Lemon', 'pc', null, ['nimbu']), price: 500 },
    ])
    const bought = (text: string) => understand(text, priced).lines.map((l) => [l.sku, l.qty, l.unit])
    expect(bought('टमाटर 80 रुपये का')).toEqual([['TOMATO', 2, 'kg']])
    expect(bought('20 रुपए के नींबू')).toEqual([['LEMON', 4, 'pc']])
    expect(u('प्याज कितने रुपये किलो')).toMatchObject({ intent: 'price', priceQuery: { sku: 'ONION' } })
  })

  it.each([
    ['बैंगन भर्ते वाला 1 किलो', 'TOMATO'],
    ['aloo naye wale 2 kilo', 'ALOO'],
    ['आलू नए वाले 2 किलो', 'ALOO'],
    ['achhe wale tamatar 2 kilo', 'TOMATO'],
    ['ande desi wale 6', 'EGG'],
  ])('%s: the word before wala says which ones', (text, sku) => {
    const r = understand(text.replace('बैंगन', 'टमाटर'), index)
    expect(r.lines.map((l) => l.sku)).toEqual([sku])
  })

  it.each(['ek kilo kathal', 'शकरकंद एक किलो', 'ब्रोकली एक', 'do packet oats'])(
    '%s: a quantity said in words orders what the shop lacks',
    (text) => {
      const r = u(text)
      expect(r.intent).toBe('order')
      expect(r.lines).toEqual([])
      expect(r.unmatched).toHaveLength(1)
    },
  )

  it.each(['ek baat batao', 'ek minute', 'do minute ruko'])('%s is no order', (text) => {
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a spoken list with no separators', () => {
  it.each([
    [
      'आलू प्याज टमाटर एक एक किलो',
      [
        ['ALOO', 1, 'kg'],
        ['ONION', 1, 'kg'],
        ['TOMATO', 1, 'kg'],
      ],
    ],
    [
      'लहसुन अदरक 100 100 ग्राम',
      [
        ['GARLIC', 100, 'g'],
        ['GINGER', 100, 'g'],
      ],
    ],
    [
      'लहसुन अदरक आधा आधा किलो',
      [
        ['GARLIC', 0.5, 'kg'],
        ['GINGER', 0.5, 'kg'],
      ],
    ],
    [
      'दूध चीनी नमक',
      [
        ['MILK', 1, 'pack'],
        ['SUGAR', 1, 'pack'],
        ['SALT', 1, 'pack'],
      ],
    ],
  ])('%s is each item', (text, want) => {
    expect(lines(text)).toEqual(want)
  })

  it('words that together name something the shop lacks stay one item', () => {
    expect(u('aloo bhujia 2 packet')).toMatchObject({ lines: [], unmatched: ['aloo bhujia'] })
    expect(u('आलू भुजिया 2 पैकेट')).toMatchObject({ lines: [], unmatched: ['आलू भुजिया'] })
  })
})

describe('Hindi amounts in words: hundreds with a quarter or a half, ranges, rupees', () => {
  it.each([
    ['साढ़े चार सौ ग्राम पनीर', 'PANEER', 450, 'g'],
    ['saadhe teen sau gram adrak', 'GINGER', 350, 'g'],
    ['सवा सौ ग्राम हरी मिर्च', 'CHILLI', 125, 'g'],
    ['paune do sau gram lehsun', 'GARLIC', 175, 'g'],
    ['ढाई सौ ग्राम पनीर', 'PANEER', 250, 'g'],
  ])('%s', (text, sku, qty, unit) => {
    const got = lines(text)
    expect(got).toHaveLength(1)
    const [s, q, un] = got[0]!
    expect(s).toBe(sku)
    // a weight of a pack product may come back as packs; compare in grams
    expect(un === 'pack' ? Number(q) * 200 : q).toBe(qty)
    if (un !== 'pack') expect(un).toBe(unit)
  })

  it.each([
    ['टमाटर दो-तीन किलो', 'TOMATO', 2],
    ['aloo do-teen kilo', 'ALOO', 2],
    ['ek-do kilo pyaz', 'ONION', 1],
  ])('%s: a range in words orders its low end, as "2-3 kilo" does', (text, sku, qty) => {
    expect(lines(text)).toEqual([[sku, qty, 'kg']])
  })

  it('rupees said in words buy what they buy', () => {
    const priced = buildCatalogIndex([
      { ...P('CHILLI', 'Green Chilli', 'kg', null, ['hari mirch']), price: 8000 },
      { ...P('DHANIYA', 'Coriander Bunch', 'pc', null, ['dhaniya']), price: 1000 },
    ])
    const bought = (text: string) => understand(text, priced).lines.map((l) => [l.sku, l.qty, l.unit])
    expect(bought('दस रुपये की हरी मिर्च')).toEqual([['CHILLI', 0.125, 'kg']])
    expect(bought('bees rupaye ka dhaniya')).toEqual([['DHANIYA', 2, 'pc']])
  })
})

describe('typing habits of Hindi phone keyboards', () => {
  it.each([
    [`क्\u200dया आलू है`, 'ALOO'],
    [`क्\u200cया पनीर है`, 'PANEER'],
    ['kya tamatar hai?', 'TOMATO'],
    ['क्या हरी मिर्च है', 'CHILLI'],
  ])('%s asks whether there is some (a joiner inside a word is part of it)', (text, sku) => {
    expect(u(text)).toMatchObject({ intent: 'price', priceQuery: { sku } })
  })

  it.each(['kya haal hai', 'kya baat hai', 'क्या बात है'])('%s is talk, not a question about goods', (text) => {
    expect(u(text).intent).toBe('other')
  })

  it('extra, free and mein are read as Hinglish spells them', () => {
    expect(lines('एक्स्ट्रा 2 पैकेट दूध')).toEqual([['MILK', 2, 'pack']])
    expect(u('धनिया फ्री में डाल देना')).toMatchObject({ lines: [{ sku: 'DHANIYA' }], unmatched: [] })
  })
})

describe('English names as Hindi says them', () => {
  const shop = buildCatalogIndex([
    P('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['tel', 'refined']),
    P('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson tel']),
    P('NUTELLA', 'Nutella 350 g', 'pack', { value: 350, unit: 'g' }),
    P('TUNA', 'Tuna Chunks 185 g', 'pack', { value: 185, unit: 'g' }),
    P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread', 'double roti']),
    P('DAL', 'Toor Dal', 'kg', null, ['toor', 'arhar']),
  ])
  const read = (text: string) =>
    understand(text, shop).lines.map((l) => [l.sku, l.qty, l.candidates.length ? l.candidates : null])

  // a t before u is said ch: फॉर्च्यून forchyoon is Fortune, found by its sound whichever way it is spelt
  it.each(['एक फॉर्च्यून तेल', 'फॉर्चून ऑयल 1', 'फोर्च्यून का तेल एक'])('%s asks which Fortune oil', (text) => {
    expect(read(text)).toEqual([[null, 1, ['OIL-MUS', 'OIL-SUN']]])
  })

  it.each(['फोर्चुन सरसों का तेल', 'फॉर्च्यून सरसों तेल'])('%s is the mustard oil', (text) => {
    expect(read(text)).toEqual([['OIL-MUS', 1, null]])
  })

  it('a t said as t is still found (न्यूटेला, टूना)', () => {
    expect(read('न्यूटेला एक')).toEqual([['NUTELLA', 1, null]])
    expect(read('टूना 2')).toEqual([['TUNA', 2, null]])
  })

  // dabal keeps its b: the dictionary's "daal" one letter away is not it, the alias's "double" is
  it.each([
    ['एक डबल रोटी', [['BREAD', 1, null]]],
    ['डबल रोटी दो पैकेट', [['BREAD', 2, null]]],
    [
      '2 डबल रोटी और 1 किलो दाल',
      [
        ['BREAD', 2, null],
        ['DAL', 1, null],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
