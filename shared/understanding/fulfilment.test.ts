import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { fulfilmentSaid, handOverWhen, withoutHandOverTalk } from './fulfilment'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())
const lines = (text: string) => {
  const u = understand(text, index)
  return { lines: u.lines.map((l) => [l.sku, l.qty]), unmatched: u.unmatched }
}

describe('where it should go, said alone', () => {
  it.each([
    'ghar pe',
    'ghar par hi',
    'bhaiya, ghar pe',
    'at home',
    'to my place',
    'home',
    'zu mir nach Hause',
  ])('"%s" asks for delivery', (text) => expect(fulfilmentSaid(text)).toBe('delivery'))

  it.each(['ghar pe 2 kg aloo', 'ghar pe koi nahi hai', 'main ghar pe hoon', 'home made ghee'])(
    '"%s" does not',
    (text) => expect(fulfilmentSaid(text)).toBe(null),
  )
})

describe('the address of last time, asked for again', () => {
  it.each([
    'address same as last time',
    'same address as before',
    'deliver to the old address please',
    'address is same',
    'pata wahi hai',
    'wahi pata bhaiya',
    'पता वही है',
    'gleiche Adresse wie letztes Mal',
    'Adresse wie immer',
    'an die alte Anschrift bitte',
  ])('"%s" asks for delivery there', (text) => expect(fulfilmentSaid(text)).toBe('delivery'))

  it.each([
    'what is your address',
    'address of the shop?',
    'same as last time',
    'wahi order dobara',
    'Adresse: Kirchgasse 2',
  ])('"%s" does not', (text) => expect(fulfilmentSaid(text)).toBe(null))
})

describe('sending home, in any form of the Hinglish verb', () => {
  it.each([
    'ghar pe bhejna',
    'ghar par bhejiye',
    'ghar pe bhijwana bhaiya',
    'ghar tak pahunchana',
    'सामान घर पर भिजवा दीजिए',
    'ghar me bhejenge na?',
  ])('"%s" asks for delivery', (text) => expect(fulfilmentSaid(text)).toBe('delivery'))
})

describe('how the order is handed over, said beside the items', () => {
  it.each([
    ['2 kg onion, 1 bread, will pick up at 6', 'pickup'],
    ["2 kg onion, 1 bread - I'll collect at 6pm", 'pickup'],
    ['2 kg onion, 1 bread. Pickup tomorrow morning', 'pickup'],
    ['2 kg aloo, 1 bread, 5 baje le jaunga', 'pickup'],
    ['2 kg Zwiebeln, 1 Brot, hole um 8 ab', 'pickup'],
    ['2 kg onion, 1 bread, please deliver', 'delivery'],
    ['2 kg aloo, 1 bread, ghar pe delivery chahiye', 'delivery'],
  ])('"%s": the items, no talk left over, and the wish (%s) still heard', (text, how) => {
    const r = lines(text)
    expect(r.lines.map((l) => l[0])).toEqual([expect.stringMatching(/ONION|POTATO/), 'BREAD'])
    expect(r.unmatched).toEqual([])
    expect(fulfilmentSaid(text)).toBe(how)
  })

  it('a clause that also orders keeps its items, with or without a quantity', () => {
    expect(lines('ghar bhej do 2 kg aloo').lines).toEqual([['POTATO', 2]])
    expect(lines('Bringen Sie mir bitte Brot').lines).toEqual([['BREAD', 1]])
    expect(lines('please deliver 2 kg onion and 1 bread').lines).toEqual([
      ['ONION', 2],
      ['BREAD', 1],
    ])
  })

  it('blanks the talk in place, so positions in the text still hold', () => {
    const text = '2 kg onion, will pick up at 6'
    const orders = (clause: string) => /\d/.test(clause.replace(/at \d+/, ''))
    const out = withoutHandOverTalk(text, orders)
    expect(out).toHaveLength(text.length)
    expect(out.startsWith('2 kg onion,')).toBe(true)
    expect(out.slice(11).trim()).toBe('')
    // nothing said of handing over: the text as it was
    expect(withoutHandOverTalk('2 kg onion, 1 bread', orders)).toBe('2 kg onion, 1 bread')
  })
})

describe('coming said with the verb first, or a parting with a time', () => {
  it.each([
    'Alles klar, dann komm ich so gegen 11',
    'dann komme ich um 5',
    'Perfekt, bis morgen um 10',
    'bis später gegen halb 6',
  ])('%s is pickup', (text) => expect(fulfilmentSaid(text)).toBe('pickup'))
  it.each(['bis morgen', 'komm ich nicht', 'bis 10 Uhr offen?'])('%s is not', (text) =>
    expect(fulfilmentSaid(text)).toBe(null),
  )
})

describe('the customer on the way, said with when', () => {
  it.each([
    'ok will come in 10 min',
    'coming in 5 minutes',
    'Sure, coming in half an hour',
    "I'll be there by 6",
    'we are coming now',
    'on my way',
    'aa raha hu 10 min mein',
    '15 minute me aata hu',
    'abhi aata hu bhaiya',
    'nikal raha hu',
    'मैं 10 मिनट में आ रहा हूँ',
  ])('"%s" is pickup', (text) => expect(fulfilmentSaid(text)).toBe('pickup'))
  it.each([
    'will the order come in 10 min?',
    'when will it come',
    'new stock coming soon?',
    'does it come in 10 flavours',
    'coming in a box?',
  ])('"%s" is not', (text) => expect(fulfilmentSaid(text)).toBe(null))
})

describe('coming to take it, in Hindi', () => {
  it.each(['मैं आके ले लूंगा', 'आकर ले जाऊंगी', 'मैं आ रहा हूँ लेने', 'main aa rahi hu lene', 'shaam ko lene aa raha'])(
    '"%s" is pickup',
    (text) => expect(fulfilmentSaid(text)).toBe('pickup'),
  )
  it.each(['2 kg aloo le lunga', 'मैं 2 दूध ले लूंगा', 'aaj aa raha hai kya paneer'])('"%s" is not', (text) =>
    expect(fulfilmentSaid(text)).toBe(null),
  )
})

describe('the words of when said with a pickup or delivery wish are kept as written', () => {
  it.each([
    ['hol ich um 17 Uhr ab', 'um 17 Uhr'],
    ['morgen früh abholen', 'morgen früh'],
    ['hole es Samstag gegen 10 ab', 'Samstag gegen 10'],
    ['ich hols morgen um 9 ab', 'morgen um 9'],
    ['komme gegen halb fünf', 'gegen halb fünf'],
    ['will pick up tomorrow at 6pm', 'tomorrow at 6pm'],
    ['10 Brötchen, hole sie 7:30 ab', '7:30'],
  ])('%s', (text, when) => expect(handOverWhen(text)).toBe(when))

  it.each(['hol ich ab', 'hol 2 Brote ab', '2 Brezeln und 1 Butter'])('no when: %s', (text) =>
    expect(handOverWhen(text)).toBeNull(),
  )
})

describe('a greeting or a parting wish names no time for the goods', () => {
  it.each([
    ['guten abend, morgen früh bitte 6 brötchen', 'morgen früh'],
    ['Guten Morgen! Hole die Brezeln um 9 ab', 'um 9'],
    ['n abend, ich hol es samstag ab', 'samstag'],
    ['schönen sonntag, hole um 5 ab', 'um 5'],
  ])('%s', (text, when) => expect(handOverWhen(text)).toBe(when))

  it.each(['grüß gott, ich bitte um 1 pfund spargel, hol ich ab', 'wir bitten um 2 brote, abholen'])(
    'the um of asking is no time: %s',
    (text) => expect(handOverWhen(text)).toBeNull(),
  )

  it.each(['guten morgen ich hole ab', 'schönen abend noch, ich hol es ab', "'n abend, hol ich ab"])(
    'no when: %s',
    (text) => expect(handOverWhen(text)).toBeNull(),
  )
})
