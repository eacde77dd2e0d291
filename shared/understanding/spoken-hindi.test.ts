// Orders spoken or typed the way Hindi is said: the wanting and polite verbs voice-typed in Devanagari, "dal" the
// lentils before a number and unit, and "paun" (three quarters) as a measure of its own.
import { describe, expect, it } from 'vitest'
import { fulfilmentSaid } from './fulfilment'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('GINGER', 'Ginger', 'kg', null, ['adrak']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }),
  P('ATTA', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta', 'aata']),
  P('TOOR', 'Toor Dal 1 kg', 'pack', { value: 1, unit: 'kg' }, ['arhar dal']),
  P('MOONG', 'Moong Dal 1 kg', 'pack', { value: 1, unit: 'kg' }),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty, l.unit])

describe('"चाहिए था" (wanted) and "दीजिएगा" (would you give) voice-typed in Devanagari ask for the goods', () => {
  it.each([
    ['5 किलो आटा चाहिए था', [['ATTA', 1, 'pack']]],
    ['एक ब्रेड चाहिए थी', [['BREAD', 1, 'pack']]],
    ['तीन सौ ग्राम अदरक चाहिए था भैया', [['GINGER', 300, 'g']]],
    [
      'एक किलो टमाटर और दो पैकेट दूध भेज दीजिएगा',
      [
        ['TOMATO', 1, 'kg'],
        ['MILK', 2, 'pack'],
      ],
    ],
    ['आधा किलो अदरक भेज दीजिएगा', [['GINGER', 0.5, 'kg']]],
  ])('%s', (text, want) => {
    expect(u(text).intent).toBe('order')
    expect(u(text).unmatched).toEqual([])
    expect(lines(text)).toEqual(want)
  })
})

describe('"dal do kilo": the lentils and two of a unit, not the verb "daal do" (put in)', () => {
  it.each([
    ['moong dal do kilo', [['MOONG', 2, 'kg']]],
    ['toor dal do packet', [['TOOR', 2, 'pack']]],
    ['arhar daal do kg bhej do', [['TOOR', 2, 'kg']]],
    ['मूंग दाल दो किलो', [['MOONG', 2, 'kg']]],
  ])('%s', (text, want) => {
    expect(u(text).unmatched).toEqual([])
    expect(lines(text)).toEqual(want)
  })

  it('"daal do" with no unit after it is still the verb', () => {
    expect(lines('1 kg aloo daal do')).toEqual([['ALOO', 1, 'kg']])
  })
})

describe('"paun" / "पौन" alone is three quarters', () => {
  it.each([
    ['paun kilo tamatar', [['TOMATO', 0.75, 'kg']]],
    ['पौन किलो आलू', [['ALOO', 0.75, 'kg']]],
    ['adrak paun kilo', [['GINGER', 0.75, 'kg']]],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})

describe('"zara" (just, kindly) softens a request and is no goods', () => {
  it.each([
    ['bhaiya zara 2 kilo aloo bhijwa do', [['ALOO', 2, 'kg']]],
    ['ज़रा एक ब्रेड भेज दो', [['BREAD', 1, 'pack']]],
    ['jara 1 packet doodh de dena', [['MILK', 1, 'pack']]],
  ])('%s', (text, want) => {
    expect(u(text).unmatched).toEqual([])
    expect(lines(text)).toEqual(want)
  })
})

describe('goods then amount, over a list that ends with the request ("bhej do", "please")', () => {
  it.each([
    [
      'aloo 2 kilo tamatar 1 kilo bhej do',
      [
        ['ALOO', 2, 'kg'],
        ['TOMATO', 1, 'kg'],
      ],
    ],
    [
      'आलू दो किलो टमाटर आधा किलो भेज दीजिए',
      [
        ['ALOO', 2, 'kg'],
        ['TOMATO', 0.5, 'kg'],
      ],
    ],
    [
      'aloo 2 kg adrak 100 gram please',
      [
        ['ALOO', 2, 'kg'],
        ['GINGER', 100, 'g'],
      ],
    ],
    [
      'tamatar 1 kilo doodh 2 packet chahiye',
      [
        ['TOMATO', 1, 'kg'],
        ['MILK', 2, 'pack'],
      ],
    ],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})

describe('verbs of sending and weighing out, as typed, end the request and are no goods', () => {
  it.each([
    ['1 kilo tamatar bhijwaa dena', [['TOMATO', 1, 'kg']]],
    ['ek packet doodh bhijwaao', [['MILK', 1, 'pack']]],
    ['2 kilo aloo tol dena', [['ALOO', 2, 'kg']]],
    ['aadha kilo adrak taul ke rakhna', [['GINGER', 0.5, 'kg']]],
  ])('%s', (text, want) => {
    expect(u(text).unmatched).toEqual([])
    expect(lines(text)).toEqual(want)
  })
})

describe('"main aata hoon" (I am coming) is coming for the goods, not "aata" the flour', () => {
  it.each([
    ['5 kilo aata rakh dena main aata hoon', [['ATTA', 1, 'pack']]],
    ['ek bread rakh lena, main aata hu', [['BREAD', 1, 'pack']]],
    ['दो पैकेट दूध रख देना मैं आती हूं', [['MILK', 2, 'pack']]],
  ])('%s', (text, want) => {
    expect(u(text).unmatched).toEqual([])
    expect(lines(text)).toEqual(want)
    expect(fulfilmentSaid(text)).toBe('pickup')
  })

  it.each(['main aata hu', 'मैं आता हूँ', 'main aata hoon 10 min mein'])('%s alone orders nothing', (text) => {
    expect(u(text).lines).toEqual([])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('goods gone bad, said in Devanagari with its long vowels ("खराब" kharaab), is a complaint', () => {
  it.each(['दूध खराब था', 'दूध खराब निकला', 'टमाटर खराब निकले', 'doodh kharaab tha'])('%s', (text) => {
    expect(u(text).complaint).toBe(true)
    expect(u(text).lines).toEqual([])
  })
})
