import { describe, expect, it } from 'vitest'
import { shopQuestion } from './shop-questions'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

describe('questions about the shop itself', () => {
  it.each([
    ['shop kab khulega', 'hours'],
    ['sunday ko khula hai?', 'hours'],
    ['what time do you close', 'hours'],
    ['are you open today?', 'hours'],
    ['till what time can I order', 'hours'],
    ['habt ihr sonntags auf?', 'hours'],
    ['Öffnungszeiten?', 'hours'],
    ['dukaan kab band hoti hai', 'hours'],
    ['do you deliver to sector 15?', 'delivery'],
    ['aap home delivery karte ho?', 'delivery'],
    ['liefert ihr auch?', 'delivery'],
    ['delivery charge kitna hai', 'deliveryFee'],
    ['is delivery free?', 'deliveryFee'],
    ['was kostet die Lieferung?', 'deliveryFee'],
    ['minimum order kitna hai', 'minimum'],
    ['kam se kam kitne ka order lete ho', 'minimum'],
    ['gibt es einen Mindestbestellwert?', 'minimum'],
  ])('"%s" asks about %s', (text, what) => {
    expect(shopQuestion(text)).toBe(what)
  })

  it.each([
    'when will my delivery come',
    'wann ist meine Bestellung fertig?',
    'kal se doodh band kar do',
    'open the menu',
    '2 kg onion',
    'is the bread fresh?',
  ])('"%s" does not', (text) => {
    expect(shopQuestion(text)).toBeNull()
  })

  it('is no item and no price question in the reading of the message', () => {
    const index = buildCatalogIndex(sampleProducts())
    for (const text of ['delivery charge kitna hai', 'minimum order kitna hai', 'shop kab khulega']) {
      const u = understand(text, index)
      expect(u).toMatchObject({ intent: 'other', lines: [], unmatched: [] })
      expect(u.shopQuestion).toBeDefined()
    }
    // an order beside the question is still an order
    expect(understand('2 kg onion, do you deliver?', index).lines.map((l) => l.sku)).toEqual(['ONION'])
  })
})
