import { describe, expect, it } from 'vitest'
import { addressIn, addressInOrder, labelsAddress, opensWithYes } from './address'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

describe('an address, read from how addresses are built', () => {
  it.each([
    ['Flat 12, Green Park, near the temple', 'Flat 12, Green Park, near the temple'],
    ['deliver to B-204 Sunrise Apts, MG Road', 'B-204 Sunrise Apts, MG Road'],
    ['my address is house no 5, gandhi nagar', 'house no 5, gandhi nagar'],
    ['pata: gali no 4 shastri nagar', 'gali no 4 shastri nagar'],
    ['ghar ka pata hai 22 Model Town, 110009', '22 Model Town, 110009'],
    ['Lieferadresse: Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin'],
    ['bitte liefern an Gartenweg 3a', 'Gartenweg 3a'],
    ['yes, send it to plot 7 sector 21', 'plot 7 sector 21'],
    ['ghar bhej do, flat 4 mg road', 'flat 4 mg road'],
    ['घर भेज दो, फ्लैट 12, ग्रीन पार्क, दिल्ली', 'फ्लैट 12, ग्रीन पार्क, दिल्ली'],
    ['मकान नंबर 45, गांधी नगर, इंदौर', 'मकान नंबर 45, गांधी नगर, इंदौर'],
    ['हाउस 9, सेक्टर 15, नोएडा', 'हाउस 9, सेक्टर 15, नोएडा'],
    ['पता: मकान 21, आदर्श नगर, जयपुर', 'मकान 21, आदर्श नगर, जयपुर'],
  ])('"%s" is the address "%s"', (text, address) => {
    expect(addressIn(text)).toBe(address)
  })

  it.each([
    'can you deliver near the temple?',
    'deliver pls',
    '2 kg onion',
    'flat',
    'thanks a lot',
    'is it in stock today',
    'near',
    'घर भेज दो',
    '2 किलो आलू भेज दो',
  ])('"%s" is no address', (text) => {
    expect(addressIn(text)).toBeNull()
  })

  it('knows a yes at the start', () => {
    expect(opensWithYes('yes, deliver to flat 2')).toBe(true)
    expect(opensWithYes('haan, flat 2')).toBe(true)
    expect(opensWithYes('yesterday I ordered')).toBe(false)
  })
})

describe('an address on its own line is no item', () => {
  const index = buildCatalogIndex(sampleProducts())
  it.each([
    ['2 kg onion\nFlat 12, Green Park', [['ONION', 2]]],
    [
      '1 bread\nB-204, Sunshine Apartments, Baner\n3 eggs',
      [
        ['BREAD', 1],
        ['EGG', 3],
      ],
    ],
    ['Hauptstraße 5, 10115 Berlin\n2 Brot', [['BREAD', 2]]],
    ['House no 5, MG Road, Indiranagar', []],
  ])('%s', (text, lines) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(u.unmatched).toEqual([])
  })

  it('keeps a line that orders beside its address, and words like "weg" that are no street', () => {
    expect(understand('Flat 12, 2 kg onion', index).lines.map((l) => l.sku)).toEqual(['ONION'])
    expect(understand('tu die Butter weg', index, { cartSkus: ['AMUL-BUTTER-100'] }).lines).toHaveLength(1)
  })
})

describe('labelsAddress', () => {
  it.each([
    'address: flat 2, MG road',
    'my address is 12 Park Street',
    'Delivery address - B-204 Sunrise Apts',
    'pata: gali no 3, Gandhi Nagar',
    'mera pata hai 45 Shivaji Nagar',
    'Meine Adresse ist Gartenweg 7',
    'Lieferadresse: Hauptstr. 3',
    'पता: मकान 21, आदर्श नगर',
    'मेरा पता है गली 4, शास्त्री नगर',
    'mere ghar ka pata hai 45 green park',
    'hamare ghar ka pata: B-12 sector 5',
    'मेरे घर का पता है गली 4, शास्त्री नगर',
  ])('labels: %s', (t) => expect(labelsAddress(t)).toBe(true))
  it.each([
    'Flat 2, MG road',
    'add: 2 kg onion',
    'what is your address?',
    'send to my address',
    'pata nahi',
    'पता नहीं',
    'pata hai kya aapko',
    'mujhe pata hai',
  ])('does not: %s', (t) => expect(labelsAddress(t)).toBe(false))
})

describe('saying the address is the old one', () => {
  it.each([
    ['address wahi purana hai, B-12 Shanti Nagar', 'B-12 Shanti Nagar'],
    ['same as before: flat 4, Green Park', 'flat 4, Green Park'],
    ['my address is the same old one, 5 Park Street', '5 Park Street'],
  ])('%s keeps only the address', (text, address) => expect(addressIn(text)).toBe(address))
})

describe('an address inside a line of goods is where to, not goods', () => {
  const index = buildCatalogIndex(sampleProducts())
  it.each([
    ['2 kg onion deliver to flat 12, MG Road', [['ONION', 2]], 'flat 12, MG Road'],
    [
      '2 Brot und 1 kg Zwiebeln, Lieferung an Hauptstr. 5, 80331 München',
      [
        ['BREAD', 2],
        ['ONION', 1],
      ],
      'Hauptstr. 5, 80331 München',
    ],
    [
      'bitte 2 Brot liefern an Kirchgasse 2, 65183 Wiesbaden',
      [['BREAD', 2]],
      'Kirchgasse 2, 65183 Wiesbaden',
    ],
    ['2 Brot bitte an Gartenweg 3 in Tübingen liefern', [['BREAD', 2]], 'Gartenweg 3 in Tübingen'],
    [
      '1 bread, 2 kg onion - address: B-204 Sunrise Apts, Pune 411001',
      [
        ['BREAD', 1],
        ['ONION', 2],
      ],
      'B-204 Sunrise Apts, Pune 411001',
    ],
    // the verb of sending first, the goods between it and the place
    [
      'ok send 2 bread and 2 kg onion to flat 4B, Green Park',
      [
        ['BREAD', 2],
        ['ONION', 2],
      ],
      'flat 4B, Green Park',
    ],
    ['pls deliver 2 bread at house no 5, sector 21', [['BREAD', 2]], 'house no 5, sector 21'],
    ['bring 1 kg onion to B-12 Lotus Apartments', [['ONION', 1]], 'B-12 Lotus Apartments'],
    // a place named as Indian housing is named: a colony "park", a "residency", "niwas", "towers"
    [
      'send 1 bread and 2 kg onion to B-14 green park',
      [
        ['BREAD', 1],
        ['ONION', 2],
      ],
      'B-14 green park',
    ],
    ['deliver 2 bread to 302 Sai Residency', [['BREAD', 2]], '302 Sai Residency'],
    ['bring 3 kg onion to C wing, Raj Towers, 4th floor', [['ONION', 3]], 'C wing, Raj Towers, 4th floor'],
    // "send to" says outright that a place follows: its name with no number is enough
    ['2 kg onion send to Shanti Niwas', [['ONION', 2]], 'Shanti Niwas'],
    ['1 bread deliver to Krishna Bhavan', [['BREAD', 1]], 'Krishna Bhavan'],
  ])('%s', (text, lines, address) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(u.unmatched).toEqual([])
    expect(u.address).toBe(address)
  })

  it.each([
    '2 kg sugar deliver at 6 pm',
    '2 bread send to my home',
    'deliver to flat 12',
    '2 kg onion\nFlat 12, Green Park',
    // a time or the order itself after the goods is no place
    'send 2 bread at 5 pm',
    'please send 2 bread to me by 6',
    // a name without a number is a place only when "send to" or "deliver to" lead to it
    '2 bread and then to Raj Towers',
  ])('%s gives no address inside an order line', (text) => {
    expect(addressInOrder(text)).toBeNull()
  })
})

describe('an address in a sentence before the goods ends with its sentence', () => {
  const index = buildCatalogIndex(sampleProducts())
  it.each([
    // a delivery question that names the place, then the goods after its question mark
    [
      'Can you deliver to flat 302, green park by 6 pm? 2 kg potatoes',
      [['POTATO', 2]],
      'flat 302, green park',
    ],
    [
      'will you deliver to house 12, sector 5 before 7? need 2 kg onion',
      [['ONION', 2]],
      'house 12, sector 5',
    ],
    [
      'could u deliver to B-204, Sunshine Apartments today? 3 kg onion and 1 bread',
      [
        ['ONION', 3],
        ['BREAD', 1],
      ],
      'B-204, Sunshine Apartments',
    ],
    // the wish first, then the goods after a full stop
    ['deliver to flat 9, rose villa. 2 kg tomato', [['TOMATO', 2]], 'flat 9, rose villa'],
    // the goods first, then the question
    [
      '2 kg tomato. Can you deliver to flat 302, green park by 6 pm?',
      [['TOMATO', 2]],
      'flat 302, green park',
    ],
  ])('%s', (text, lines, address) => {
    const u = understand(text, index)
    expect(u.intent).toBe('order')
    expect(u.lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(u.unmatched).toEqual([])
    expect(u.address).toBe(address)
  })

  it.each([
    ['flat 302, green park? 2 kg potatoes', [['POTATO', 2]]],
    [
      'House 12, Sector 5. 2 kg onion, 1 bread',
      [
        ['ONION', 2],
        ['BREAD', 1],
      ],
    ],
    ['2 kg onion. Flat 12, Green Park', [['ONION', 2]]],
  ])('an address sentence without a wish is no item either: %s', (text, lines) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(u.unmatched).toEqual([])
  })

  it('a delivery question with no goods stays a question', () => {
    const u = understand('Can you deliver to flat 302, green park by 6 pm?', index)
    expect(u.lines).toEqual([])
    expect(u.intent).not.toBe('order')
  })
})
