import { describe, expect, it } from 'vitest'
import { asksForTotal, asksHowToPay } from './asks'

describe('questions about the order itself', () => {
  it.each([
    "what's my total",
    'whats the total?',
    'how much is it altogether',
    'how much do I owe you',
    'show me my cart',
    "what's in my basket",
    'kitna hua?',
    'total kitna hai bhaiya',
    'kul kitna',
    'bill batao',
    'was macht das zusammen?',
    'wie viel kostet das insgesamt',
    'zeigen Sie mir den Warenkorb',
  ])('"%s" asks what the order comes to', (text) => {
    expect(asksForTotal(text)).toBe(true)
  })

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
  ])('"%s" asks neither', (text) => {
    expect(asksForTotal(text)).toBe(false)
    expect(asksHowToPay(text)).toBe(false)
  })
})
