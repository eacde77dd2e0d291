import { describe, expect, it } from 'vitest'
import { asksHowToPay, payMethodAsked, saysPaid, saysPayLater } from './asks'

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
    // by grammar: a way of paying with a question, a request for its details, or an offer to pay that way
    'paytm accepted?',
    'card swipe machine hai?',
    'online payment kar sakte hai?',
    'Gpay?',
    'upi id kya hai',
    'whats your upi id',
    'google pay number bhejo',
    'paytm number',
    'bank details bhejo',
    'scanner bhejo',
    'cash dunga',
    'online transfer kar du?',
    'pay karne ka tarika',
    'how can i make payment',
    'where do i pay',
    'mode of payment?',
    'पेमेंट गूगल पे से कर सकते हैं?',
    'पेमेंट कैसे करूं',
    'कैश चलेगा?',
    'यूपीआई आईडी भेजो',
    // paying said as what the customer will do, in Devanagari's spellings of the verb
    'ऑनलाइन पेमेंट करूंगा',
    'कैश दूंगा',
    'गूगल पे से पेमेंट करूँगी',
    // a way of paying said on its own, as the customer's choice of it
    'cash',
    'Cash please',
    'card only',
    'by gpay',
    'upi se',
    'mit Karte bitte',
    'paytm',
    'नकद',
  ])('"%s" asks how to pay', (text) => {
    expect(asksHowToPay(text)).toBe(true)
  })

  it.each([
    '2 kg onion',
    'how much is sugar',
    'price of 1 kg tomato',
    'a chocolate bar',
    'thanks',
    'payment',
    'online',
    // paying already done is news, not a question
    'payment kar diya',
    'gpay done',
    'paid by upi',
    'Rs 500 gpay kiya hai',
    'no cash',
    // other questions
    'mobile number kya hai?',
    'delivery charge kitna hai?',
    'bill kitna hua?',
    'पेमेंट कर दिया',
    'पैसे भेज दिए',
    '2 किलो आलू',
  ])('"%s" does not ask how to pay', (text) => {
    expect(asksHowToPay(text)).toBe(false)
  })
})

describe('a German question of paying with its verb first and no question mark', () => {
  it.each([
    'kann ich auch bar zahlen',
    'nehmt ihr auch karte',
    'können wir per paypal bezahlen',
    'darf man mit karte zahlen',
  ])('"%s" asks how to pay', (text) => expect(asksHowToPay(text)).toBe(true))
  it.each(['ich kann morgen zahlen', 'zahle bar bei abholung'])('"%s" does not', (text) =>
    expect(asksHowToPay(text)).toBe(false),
  )
})

describe('the kind of payment a question names', () => {
  it.each([
    ['can I pay by card?', 'card'],
    ['card swipe machine hai?', 'card'],
    ['kann ich mit Karte zahlen?', 'card'],
    ['gpay kar du?', 'upi'],
    ['upi id bhejo', 'upi'],
    ['google pay number bhejo', 'upi'],
    ['cash on delivery ok?', 'cash'],
    ['cash dunga', 'cash'],
    ['पेमेंट गूगल पे से कर सकते हैं?', 'upi'],
    ['कैश चलेगा?', 'cash'],
    ['कार्ड से पेमेंट हो जाएगा?', 'card'],
    ['फ़ोन पे कर दूं?', 'upi'],
    ['kann ich mit PayPal zahlen?', 'paypal'],
    ['nehmt ihr Paypal', 'paypal'],
  ] as const)('"%s" names %s', (text, kind) => {
    expect(payMethodAsked(text)).toBe(kind)
  })

  it.each(['payment kaise karu', 'how do I pay', 'card or cash?', 'wie kann ich bezahlen'])(
    '"%s" names no one kind',
    (text) => {
      expect(payMethodAsked(text)).toBeNull()
    },
  )
})

describe('saysPaid', () => {
  it.each([
    'paid',
    'done, paid via gpay',
    'maine paise bhej diye',
    'gpay kar diya',
    'payment ho gaya',
    'sent the money',
    'Rs 540 transferred',
    'I have made the payment',
    'hab per PayPal bezahlt',
    'ist überwiesen',
    'Geld ist raus',
    'phone pe se bheja hai',
  ])('"%s" says the paying is done', (text) => {
    expect(saysPaid(text)).toBe(true)
  })

  it.each([
    'will pay by card',
    'payment kaise karu',
    'payment failed',
    'paise nahi gaye',
    'noch nicht bezahlt',
    'bill bhej do',
    'upi id bhejo',
    'payment ki details bhejo',
    'cash on delivery',
    'sent',
    '2 kg onion',
    'gpay karunga shaam ko',
    'tamatar kitne rupay kilo diya aaj',
    'how much money did I send?',
    'payment done?',
  ])('"%s" does not', (text) => {
    expect(saysPaid(text)).toBe(false)
  })
})

describe('paying later or on the khata', () => {
  it.each([
    'paise kal dunga',
    'payment baad mein karunga bhaiya',
    'udhaar likh lo',
    'khate mein likh do',
    'mere khaate mein daal dena',
    'credit pe de do',
    "I'll pay tomorrow",
    'will pay you next week',
    'mahine ke end me payment karunga',
    'bhaiya udhaar chalega?',
    'credit milega kya',
    'salary aane pe de dunga',
    'put it on my account please',
    'anschreiben bitte',
    'kannst du das anschreiben?',
    "schreib's an",
    'bitte aufs Konto schreiben',
    'ich zahle morgen',
    'zahle nächste Woche',
    'पैसे कल दूंगा',
    'खाते में लिख दो',
    'उधार लिख लो',
  ])('"%s" asks to pay later', (text) => {
    expect(saysPayLater(text)).toBe(true)
  })

  it.each([
    'mera hisaab kitna hai',
    'balance',
    'udhaar kitna hua',
    'paid',
    'kal aaunga',
    'kal 2 kilo aloo dena',
    'can I pay by card',
    'I will pay cash',
    'credit card se pay karunga',
    'ich bezahle beim Abholen',
  ])('"%s" does not', (text) => {
    expect(saysPayLater(text)).toBe(false)
  })
})
