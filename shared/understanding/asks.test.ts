import { describe, expect, it } from 'vitest'
import { asksHowToPay } from './asks'

describe('asking how to pay', () => {
  it.each([
    'can I pay by upi?',
    'do you take card',
    'is cash on delivery ok',
    'how do I pay',
    'payment options?',
    'gpay chalega?',
    'payment kaise karu',
    'upi id bhejo',
    'kann ich mit Karte zahlen?',
    'nehmt ihr PayPal?',
    'wie kann ich bezahlen',
    'kann ich bar zahlen',
  ])('"%s" asks how to pay', (text) => {
    expect(asksHowToPay(text)).toBe(true)
  })

  it.each([
    '2 kg onion',
    'how much is sugar',
    'price of 1 kg tomato',
    'cash',
    'a chocolate bar',
    'thanks',
    'card',
  ])('"%s" does not ask how to pay', (text) => {
    expect(asksHowToPay(text)).toBe(false)
  })
})
