import { describe, expect, it } from 'vitest'
import { asksWhatWasOrdered } from './order-contents'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())

describe('asking what the placed order holds', () => {
  it.each([
    'what did I order?',
    'What have we ordered',
    "what's in my order",
    'whats in the order?',
    'show me my order',
    'pls send my order details',
    'order details?',
    'can you repeat my order',
    'maine kya order kiya tha?',
    'kya kya mangaya tha',
    'mera order dikhao',
    'order mein kya kya hai',
    'मेरा ऑर्डर दिखाओ',
    'मैंने क्या ऑर्डर किया था',
    'was habe ich bestellt?',
    'Zeig mir nochmal meine Bestellung',
    'was ist in meiner Bestellung',
  ])('"%s" asks it, read as a status question', (text) => {
    expect(asksWhatWasOrdered(text)).toBe(true)
    expect(understand(text, index).intent).toBe('status')
  })

  it.each([
    'where is my order',
    'show me the menu',
    'send list',
    'send my order by 5 pm',
    'what should I order',
    'what do you have?',
    '2 kg onion',
    'order 2 kg tomato',
    'was habt ihr heute?',
    'kya hai aaj',
  ])('"%s" does not', (text) => {
    expect(asksWhatWasOrdered(text)).toBe(false)
  })

  it('goods ordered beside the words stay an order', () => {
    expect(understand('what did I order? also add 2 kg tomato', index).intent).toBe('order')
  })
})
