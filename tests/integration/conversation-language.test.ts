// Replies in the customer's language (English, Hinglish, German, Devanagari Hindi) from templates the shop can edit.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { createDispatcher } from '../../electron/engine/api'

let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

describe('languages', () => {
  it('answers Hinglish in Hinglish and keeps it for short replies', async () => {
    shop = await openShop()
    const r = await shop.say('+919800000003', 'bhaiya 2 kilo pyaz bhej do')
    expect(r).toContain('🛒 *Aapki cart*')
    expect(r).toContain('Confirm karne ke liye *HAAN* likhiye')
    expect(await shop.say('+919800000003', 'haan')).toContain('Order *#1001* ho gaya')
    expect(shop.engine.chats.get('+919800000003').language).toBe('hi')
  })

  it('answers German in German, including order updates from the queue', async () => {
    shop = await openShop({ settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    const berlin = '+4915112345678'
    const r = await shop.say(berlin, 'Hallo, ich hätte gerne 2 Brot und 1 kg Zwiebeln bitte')
    expect(r).toContain('🛒 *Ihr Warenkorb*')
    expect(r).toContain('*Summe: 120 €*')
    expect(await shop.say(berlin, 'ja')).toContain('Bestellung *#1001* aufgegeben')
    shop.engine.orders.transition(1001, 'accepted')
    await shop.settle()
    expect(shop.received(berlin).at(-1)).toBe('👍 Bestellung #1001 angenommen. Wir packen sie.')
  })

  it('answers Devanagari in Devanagari against the Latin-script catalog', async () => {
    shop = await openShop()
    const pune = '+919800000005'
    const r = await shop.say(pune, 'भैया ३ किलो टमाटर और दो पैकेट दूध भेज दो')
    expect(r).toContain('🛒 *आपकी कार्ट*')
    expect(r).toContain('Tomato — 3 kg × ₹40/kg')
    expect(r).toContain('Amul Taaza Toned Milk 500 ml — 2 × ₹27')
    expect(r).toContain('ऑर्डर पक्का करने के लिए *हाँ* लिखिए')
    expect(await shop.say(pune, 'हाँ')).toContain('ऑर्डर *#1001* हो गया')
    expect(shop.engine.chats.get(pune).language).toBe('hi-Deva')
    // a question quotes the customer's own words, without the quantity
    const q = await shop.say(pune, 'एक मक्खन')
    expect(q).toContain('"मक्खन" में से कौन सा?')
    expect(q).toContain('Amul Butter 100 g')
    await shop.say(pune, '1')
    // a Latin "ok" or "thanks" afterwards keeps the Devanagari replies
    expect(await shop.say(pune, 'ok')).toContain('ऑर्डर *#1002* हो गया')
    expect(await shop.say(pune, 'ok')).toContain('धन्यवाद')
    expect(await shop.say(pune, 'thanks')).toContain('धन्यवाद')
    expect(shop.engine.chats.get(pune).language).toBe('hi-Deva')
  })

  it('reads English shop words typed in Devanagari and keeps answering in Devanagari', async () => {
    shop = await openShop()
    const phone = '+919800000006'
    const r = await shop.say(phone, 'नमस्ते भैया, ओनियन 2 किलो और टोमैटो आधा किलो भेज दो')
    expect(r).toContain('🛒 *आपकी कार्ट*')
    expect(r).toContain('Onion — 2 kg')
    expect(r).toContain('Tomato — 0.5 kg')
    const more = await shop.say(phone, 'एग्स 6 भी दे दो जी')
    expect(more).toContain('Eggs — 6 ×')
    expect(await shop.say(phone, 'बस इतना ही')).toContain('ऑर्डर *#1001* हो गया')
    expect(shop.engine.chats.get(phone).language).toBe('hi-Deva')
  })

  it("uses the shop's own wording when a template is edited, and the default again when cleared", async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    const dispatch = createDispatcher(shop.engine)
    const list = await dispatch('templates.list', {})
    expect(list.ok && (list.value as { key: string }[]).some((t) => t.key === 'greeting')).toBe(true)
    const set = await dispatch('templates.set', {
      key: 'greeting',
      language: 'en',
      text: 'Ram ram from {shop}! Send your list.',
    })
    expect(set).toMatchObject({ ok: true, value: { override: 'Ram ram from {shop}! Send your list.' } })
    expect(await shop.say('+919800000004', 'hello')).toBe('Ram ram from Sharma Kirana! Send your list.')
    await dispatch('templates.set', { key: 'greeting', language: 'en', text: null })
    expect(await shop.say('+919800000004', 'hello')).toContain('Hello from *Sharma Kirana*')
    expect(await dispatch('templates.set', { key: 'nope', language: 'en', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })
})
