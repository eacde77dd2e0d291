import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../index'
import { LANGUAGES, TEMPLATES } from './templates'
import { money } from './voice'
import { ensureChat } from '../chats/repository'
import { renderPaymentMessage, renderReceipt, upiIdOf } from '../payments/messages'
import type { StoredPaymentLink } from '../payments/types'

let engine: Engine
afterEach(async () => {
  await engine?.close()
})

function open(settings: Record<string, unknown> = {}): Engine {
  engine = createEngine({ startMessaging: false })
  for (const [k, v] of Object.entries(settings)) engine.settings.set(k, v)
  return engine
}

describe('the voice', () => {
  it("renders in the chat's language, with {shop} and money written in the shop's locale", () => {
    open({
      'shop.name': 'Hofladen Weber',
      'shop.currency': 'EUR',
      'shop.language': 'de',
      'shop.country': 'DE',
    })
    const voice = engine.voice
    ensureChat(engine.db, '+4915100000001', 'simulator', 'de', 0)
    ensureChat(engine.db, '+919800000001', 'simulator', 'hi', 0)
    expect(
      voice.render('+4915100000001', 'statusReply', { number: 1001, total: money(329, 'EUR'), status: 'x' }),
    ).toBe('Bestellung *#1001* (3,29 €): x.')
    expect(voice.render('+4915100000001', 'khataHeader')).toBe('📒 *Ihr Anschreibekonto bei Hofladen Weber*')
    expect(voice.render('+919800000001', 'payReceipt', { amount: money(123456, 'EUR'), number: '7' })).toBe(
      'Payment mil gaya: *1.234,56 €*, order 7. ✅',
    )
    // a chat the voice has never seen speaks the shop's language
    expect(voice.render('+4915199999999', 'thanks')).toBe('Danke! 🙏')
  })

  it('writes rupees the Indian way, and follows shop.locale when the shop sets it', () => {
    open({ 'shop.currency': 'INR', 'shop.country': 'IN' })
    const voice = engine.voice
    expect(voice.money(12345600)).toBe('₹1,23,456')
    expect(voice.in('en').t('cartTotal', { total: money(5250, 'INR') })).toBe('*Total: ₹52.50*')
    engine.settings.set('shop.locale', 'de-DE')
    expect(voice.money(12345600)).toBe('123.456 ₹')
  })

  it("takes the shop's wording per language and leaves the other languages alone", () => {
    open({ 'shop.name': 'Sharma Kirana' })
    const voice = engine.voice
    for (const lang of LANGUAGES) {
      engine.settings.set('conversation.templates', {
        payPending: { [lang]: `(${lang}) details soon from {shop}` },
      })
      for (const other of LANGUAGES)
        expect(voice.in(other).t('payPending')).toBe(
          other === lang ? `(${lang}) details soon from Sharma Kirana` : TEMPLATES.payPending[other],
        )
    }
  })

  it('has every payment, media and flood text in all four languages', () => {
    const keys = Object.keys(TEMPLATES).filter((k) => k.startsWith('pay'))
    expect(keys.length).toBeGreaterThanOrEqual(20)
    for (const key of [...keys, 'textOnly', 'slowDown', 'rejectedNoReason'] as (keyof typeof TEMPLATES)[])
      for (const lang of LANGUAGES) expect(TEMPLATES[key][lang].trim(), `${key}.${lang}`).not.toBe('')
  })
})

describe('payment messages through the voice', () => {
  const link = (provider: StoredPaymentLink['provider'], url: string): StoredPaymentLink =>
    ({ provider, url, status: 'created' }) as StoredPaymentLink
  const upiUrl = 'upi://pay?pa=weber%40okaxis&pn=Weber&am=3.29&cu=INR&tr=1001'

  it('gives the UPI ID as plain text before the link, in the customer language', () => {
    const voice = open({ 'shop.language': 'de', 'shop.currency': 'EUR' }).voice
    const order = { number: '1001', total: 329, currency: 'EUR' as const, customerName: 'Anna Weber' }
    const de = renderPaymentMessage(order, [link('upi', upiUrl)], {
      shopName: 'Hofladen',
      cash: true,
      voice: { forOrder: () => voice.in('de') },
    })
    expect(de.split('\n')).toEqual([
      'Hallo Anna, Ihre Bestellung 1001 kostet *3,29 €*.',
      '',
      'Mit jeder UPI-App bezahlen:',
      'UPI-ID: weber@okaxis',
      upiUrl,
      '',
      'Oder bar bei Lieferung / im Laden bezahlen.',
      '',
      'Verwendungszweck: 1001',
      '',
      'Vielen Dank! – Hofladen',
    ])
    expect(upiIdOf('upi://pay?pn=x')).toBeNull()
  })

  it('reads in English with each currency’s usual locale when no voice is given', () => {
    const order = { number: '9', total: 4550, currency: 'INR' as const }
    expect(renderReceipt(order, { shopName: 'S', amountPaid: 4550, via: 'cash' })).toBe(
      'Payment received in cash: *₹45.50* for order 9. ✅\n\nThank you! – S',
    )
  })
})
