// Questions, statements, complaints, greetings and sign-offs are not orders; a request put as a question is.
// Several wordings per rule in English, German and Hinglish, in both directions.
import { describe, expect, it } from 'vitest'
import { chatterKind, sentences } from './chatter'
import { buildCatalogIndex, understand } from './index'
import { fold } from './text'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku ?? l.candidates.join('|'), l.qty, l.unit])
const kind = (text: string) => chatterKind(fold(text))

describe('questions are not orders', () => {
  it.each([
    // English: a question word, or an auxiliary before its subject, with or without a question mark
    'are your tomatoes from the farm?',
    'was the bread baked this morning',
    'does the milk come in glass bottles?',
    'why is the onion so expensive this week',
    'which eggs are brown ones',
    'when will you get fresh coriander',
    // German: a question word, or the verb first
    'Sind die Eier von freilaufenden Hühnern?',
    'Ist der Zucker auch in Bio da',
    'Woher kommen eure Kartoffeln?',
    'Wie lange hält die Milch',
    'bringt ihr auch am Feiertag?',
    // Hinglish: kya / kab / kahan / kaun / kyun anywhere
    'tamatar desi hai ya hybrid kya',
    'aaj doodh kab aayega dukaan pe',
    'ande kahan se aate hain',
    'pyaz itna mehenga kyun hai',
  ])('"%s" reads no goods', (text) => {
    const r = u(text)
    expect(r.intent).not.toBe('order')
    expect(r.lines).toEqual([])
    expect(r.unmatched).toEqual([])
  })

  it.each([
    'who is delivering at 5 today?',
    'wer bringt um 3 Uhr die 2 Kisten?',
    'was 1 bread enough for the party',
  ])('a number in a question that asks for nothing is no quantity: "%s"', (text) => {
    expect(u(text).lines).toEqual([])
  })
})

describe('a request put as a question is an order', () => {
  it.each([
    ['could you send 3 kg onion?', 'ONION', 3, 'kg'],
    ['would you deliver 2 packets of milk today', 'MILK-TAAZA', 2, 'pack'],
    ['can I get 6 eggs please?', 'EGG', 6, 'pc'],
    ['will you bring 1 kg sugar tomorrow?', 'SUGAR-1KG', 1, 'pack'],
    ['Kannst du mir 2 Brote zurücklegen?', 'BREAD', 2, 'pack'],
    ['Könnten Sie 3 kg Kartoffeln liefern?', 'POTATO', 3, 'kg'],
    ['Können wir 10 Eier bestellen?', 'EGG', 10, 'pc'],
    ['kya 3 kilo pyaz mil jayega?', 'ONION', 3, 'kg'],
    ['bhaiya aap 2 kilo tamatar bhej doge kya?', 'TOMATO', 2, 'kg'],
    ['kya 1 doodh de sakte ho', 'MILK-TAAZA', 1, 'pack'],
    ['do you have 2 kg onion?', 'ONION', 2, 'kg'],
    ['Habt ihr noch 6 Eier?', 'EGG', 6, 'pc'],
  ])('"%s" orders %s', (text, sku, qty, unit) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(lines(text)).toEqual([[sku, qty, unit]])
    expect(r.unmatched).toEqual([])
  })

  it('a request with no quantity orders one', () => {
    expect(lines('could you send some onions?')).toEqual([['ONION', 1, 'pc']])
    expect(lines('Bringen Sie mir bitte Brot')).toEqual([['BREAD', 1, 'pack']])
  })

  it('price and status questions keep their intents', () => {
    expect(u('tamatar kitne ka kilo hai').intent).toBe('price')
    expect(u('what is the price of onion?').intent).toBe('price')
    expect(u('Was kostet der Zucker?').intent).toBe('price')
    expect(u('is my order packed?').intent).toBe('status')
    expect(u('ist meine Lieferung schon unterwegs?').intent).toBe('status')
    expect(u('mera order kab aayega').intent).toBe('status')
  })
})

describe('complaints and statements about how things are', () => {
  it.each([
    'the onions were soft inside',
    'yesterday the coriander looked brown',
    'my eggs arrived cracked',
    'Der Reis war feucht und schimmelig',
    'die Eier sind kaputt angekommen',
    'Zucker fehlt in der Lieferung',
    'kal ka doodh khatta nikla',
    'tamatar sade hue the',
    'anda toota mila tha',
    '3 ande toote hue the',
    '2 packet doodh phate hue',
  ])('"%s" is a complaint for a person', (text) => {
    const r = u(text)
    expect(r.complaint).toBe(true)
    expect(r.intent).toBe('other')
    expect(r.lines).toEqual([])
  })

  it('a complaint with a number in it orders nothing', () => {
    const r = u('2 of the eggs were broken')
    expect(r.complaint).toBe(true)
    expect(r.lines).toEqual([])
  })

  it('an order next to a complaint is still read, the complaint is not an item', () => {
    const r = u('the last rice was stale, send 2 kg onion')
    expect(lines('the last rice was stale, send 2 kg onion')).toEqual([['ONION', 2, 'kg']])
    expect(r.unmatched).toEqual([])
    expect(lines('Die Milch war sauer. Bitte 2 Brote')).toEqual([['BREAD', 2, 'pack']])
  })

  it.each(['we are a bakery on the corner', 'I have a question about delivery', 'mera beta aayega lene'])(
    'a statement "%s" orders nothing',
    (text) => {
      expect(u(text).lines).toEqual([])
      expect(u(text).intent).not.toBe('order')
    },
  )

  it('a statement of what is wanted is an order', () => {
    expect(lines("I'd like 2 kg onion")).toEqual([['ONION', 2, 'kg']])
    expect(lines('we need eggs')).toEqual([['EGG', 1, 'pc']])
    expect(lines('ich hätte gern 2 Brote')).toEqual([['BREAD', 2, 'pack']])
    expect(lines('I wanted to have 3 eggs')).toEqual([['EGG', 3, 'pc']])
    // but wanting to do something else is not
    expect(u('I want to pay by card').lines).toEqual([])
  })
})

describe('commands that order nothing', () => {
  it.each(['tell me your timings', 'show me your photos', 'switch off the notifications'])(
    '"%s" reads no goods',
    (text) => {
      expect(u(text).lines).toEqual([])
      expect(u(text).intent).not.toBe('order')
    },
  )

  it('an edit is not such a command', () => {
    expect(understand('remove the onion', index, { cartSkus: ['ONION'] }).lines[0]).toMatchObject({
      sku: 'ONION',
      op: 'remove',
    })
  })

  it.each([
    'double the onion',
    'double the onions please',
    'please double my onion',
    'can you double the onion?',
  ])('"double" before its object is a verb that multiplies the cart line: "%s"', (text) => {
    expect(kind(text)).toBeNull()
    expect(understand(text, index, { cartSkus: ['ONION'] }).lines[0]).toMatchObject({
      sku: 'ONION',
      scale: 2,
    })
  })

  it.each(['double check the bill', 'can you double check my order?', '2 double roti'])(
    '"double" before no object is no such verb: "%s" scales nothing',
    (text) => {
      for (const l of understand(text, index, { cartSkus: ['ONION'] }).lines) expect(l.scale).toBeUndefined()
    },
  )
})

describe('greetings, sign-offs and the sender are not items', () => {
  it.each([
    ['Good afternoon ji\n3 kg onion\nregards\nMeena', [['ONION', 3, 'kg']]],
    ['Namaskar bhaiya\n1 kilo aloo\ndhanyawad - Suresh', [['POTATO', 1, 'kg']]],
    ['Guten Abend zusammen\n2 Brote\nLiebe Grüße, Petra', [['BREAD', 2, 'pack']]],
    [
      'hello team, 6 eggs and 1 coke. Thanks, Imran',
      [
        ['EGG', 6, 'pc'],
        ['COKE-750', 1, 'pc'],
      ],
    ],
    [
      '2 kg tomato\n1 kg onion\n— Kavita',
      [
        ['TOMATO', 2, 'kg'],
        ['ONION', 1, 'kg'],
      ],
    ],
    ['this is Arjun from the HSR outlet\n2 kg onion', [['ONION', 2, 'kg']]],
    ['Hier ist Jonas von der Filiale Nord\n3 Brote', [['BREAD', 3, 'pack']]],
    ['mera naam Pooja hai\n1 doodh', [['MILK-TAAZA', 1, 'pack']]],
  ])('%j', (text, want) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(lines(text)).toEqual(want)
    expect(r.unmatched).toEqual([])
  })

  it('a dash list keeps its last dashed item', () => {
    expect(lines('- 2 kg onion\n- 1 coke\n- pepsi').map((l) => l[0])).toEqual([
      'ONION',
      'COKE-750',
      'PEPSI-750',
    ])
  })

  it('a message that only greets or signs off is no order', () => {
    expect(u('Namaskar sab ko').intent).toBe('greeting')
    expect(u('best regards\nAnil').intent).not.toBe('order')
    expect(u('best regards\nAnil').unmatched).toEqual([])
  })
})

describe('clauses', () => {
  it('are cut on sentence ends and commas, not inside numbers', () => {
    const s = sentences('1,5 kg Zucker, bitte. Ist das Brot frisch?')
    expect(s.map((c) => c.kind)).toEqual([null, null, 'question'])
  })

  it('each kind is read from the shape, not from the words of an example', () => {
    expect(kind('where do you keep the rice')).toBe('question')
    expect(kind('the bananas went black')).toBe('complaint')
    expect(kind('Regards')).toBe('signoff')
    expect(kind('Guten Morgen zusammen')).toBe('greeting')
    expect(kind('play music')).toBe('command') // a verb said to a device, object or not
    expect(kind('read me the list')).toBe('command')
    expect(kind('2 kg tomato')).toBe(null)
  })
})

describe('a word that narrows the goods opens no imperative', () => {
  it.each([
    ['only the onion 2 kg', 'ONION'],
    ['Only the tomatoes, 3 kg please', 'TOMATO'],
    ['only the bread', 'BREAD'],
    ['only the 2 kg onion', 'ONION'],
  ])('%s orders', (text, sku) => {
    const u = understand(text, index)
    expect(u.intent).toBe('order')
    expect(u.lines.map((l) => l.sku)).toEqual([sku])
  })

  it('a verb that orders nothing still does ("tell me a joke", "play the music")', () => {
    expect(understand('tell me a joke', index).lines).toEqual([])
    expect(chatterKind(fold('play the music'))).toBe('command')
  })
})
