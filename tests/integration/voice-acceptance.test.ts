// Issue #13's acceptance: one voice for every reply. A German shop takes an order through `counterchat chat`
// in German with no English text in any reply (the payment message included) and every amount written
// "3,29 €"; a Hinglish customer's order, status, payment request and receipt stay Hinglish; the shopkeeper's
// choice of language (chats.setLanguage) stays whatever the customer writes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli as run } from '../fixtures/cli'
import { TEMPLATES } from '../../electron/engine/voice/templates'
import { createDispatcher } from '../../electron/engine/api'
import { openShop, type TestShop } from '../fixtures/conv-harness'

/**
 * The fixed words of every English template (the text between placeholders, per line) that its German text does
 * not share: a German reply containing one of them carries English.
 */
function englishFragments(): string[] {
  const out = new Set<string>()
  for (const texts of Object.values(TEMPLATES)) {
    for (const part of texts.en.split(/\{\w+\}|\n/)) {
      const f = part.replace(/^[\s*.,:;!?()"'–—-]+|[\s*.,:;!?()"'–—-]+$/g, '')
      if (f.length < 6 || !/\p{L}{3,}/u.test(f) || texts.de.includes(f)) continue
      out.add(f)
    }
  }
  return [...out]
}

const GERMAN_CATALOG = [
  'sku,name,price,unit,size,aliases,category,stock',
  'BROT,Bauernbrot,3.29,pc,,Brot|Brote,Backwaren,',
  'MILCH,Vollmilch 1 l,1.19,pack,1 l,Milch,Molkerei,',
  'APFEL,Äpfel Elstar,2.49,kg,,Äpfel|Apfel,Obst,',
  'KAESE,Bergkäse,1234.50,kg,,Käse,Molkerei,',
].join('\n')

describe('a German shop through counterchat chat', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cc-voice-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('answers in German from the first message to the payment link, every amount like "3,29 €"', async () => {
    writeFileSync(join(dir, 'katalog.csv'), GERMAN_CATALOG)
    expect((await run(['import', join(dir, 'katalog.csv'), '--data', dir])).code).toBe(0)
    for (const [k, v] of [
      ['shop.name', 'Hofladen Weber'],
      ['shop.currency', 'EUR'],
      ['shop.language', 'de'],
      ['shop.country', 'DE'],
      ['payments.providers', 'custom,cash'],
      ['payments.custom.template', 'https://pay.hofladen-weber.test/{order}?betrag={amount}'],
    ])
      expect((await run(['config', 'set', k!, v!, '--data', dir])).code, k).toBe(0)

    const said = [
      'Hallo, ich hätte gerne 2 Brot und 1 Milch bitte',
      'ok',
      'was kostet der Käse?',
      'noch 1 kg Äpfel bitte',
      'ja',
      'wie ist der Status meiner Bestellung?',
    ]
    const chat = await run(
      ['chat', '--data', dir, '--from', '+4915112345678', '--json'],
      `${said.join('\n')}\n`,
    )
    expect(chat.code, chat.err).toBe(0)
    const replies = chat.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { to: string; text: string }).text)
    const all = replies.join('\n')

    // the conversation happened: two orders, the payment request for each, German all through
    expect(all).toContain('Bestellung *#1001* aufgegeben')
    expect(all).toContain('Bestellung *#1002* aufgegeben')
    expect(all).toContain('Ihre Bestellung 1001 kostet *7,77 €*.')
    expect(all).toContain('Online bezahlen:\nhttps://pay.hofladen-weber.test/1001?betrag=7.77')
    expect(all).toContain('Oder bar bei Lieferung / im Laden bezahlen.')
    expect(all).toContain('*Bergkäse*: 1.234,50 €/kg')
    expect(all).toContain('Bestellung *#1002* (2,49 €)')

    for (const fragment of englishFragments())
      for (const reply of replies)
        expect(reply, `English "${fragment}" in a German reply`).not.toContain(fragment)

    // every amount is written the German way: digits with a decimal comma, then " €"; never "€3.29"
    const euros = all.match(/€/g)?.length ?? 0
    expect(euros).toBeGreaterThan(6)
    const german = all.match(/(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d{2})? €/g) ?? []
    expect(german.length).toBe(euros)
    expect(all).not.toMatch(/€ ?\d/)
    // outside the payment link itself, no amount with a decimal point
    expect(all.replace(/https:\S+/g, '')).not.toMatch(/\d\.\d{2}(?!\d)/)
    expect(german).toContain('3,29 €')
  })
})

describe('a Hinglish customer', () => {
  let shop: TestShop
  afterEach(async () => {
    await shop?.close()
  })

  it('gets the order, its status, the payment request and the receipt in Hinglish', async () => {
    shop = await openShop({
      settings: {
        'shop.name': 'Sharma Kirana',
        'payments.providers': ['upi', 'cash'],
        'payments.upi.vpa': 'sharma@okaxis',
      },
    })
    const pune = '+919800000011'
    expect(await shop.say(pune, 'bhaiya 2 kilo pyaz aur ek bread bhej do')).toContain('🛒 *Aapki cart*')
    // an English sentence in between does not turn the chat English
    const placed = await shop.say(pune, 'yes please confirm my order')
    expect(placed).toContain('✅ Order *#1001* ho gaya. Total *₹105*.')
    await shop.engine.payments.idle()
    await shop.settle()
    const request = shop.received(pune).find((t) => t.includes('ka total *₹105* hai'))
    expect(request, shop.received(pune).join('\n---\n')).toBeDefined()
    expect(request).toContain('Aapke order 1001 ka total *₹105* hai.')
    expect(request).toContain('Kisi bhi UPI app se pay kijiye')
    expect(request).toContain('UPI ID: sharma@okaxis')
    expect(request).toContain('Ya delivery par / dukaan par cash dijiye.')
    expect(request).toContain('Dhanyavaad! – Sharma Kirana')

    shop.engine.orders.transition(1001, 'accepted')
    await shop.settle()
    expect(shop.received(pune).at(-1)).toBe('👍 Order #1001 accept ho gaya. Pack kar rahe hain.')

    await shop.engine.payments.markPaid(1001, 'upi')
    await shop.settle()
    expect(shop.received(pune).at(-1)).toBe(
      'Payment mil gaya: *₹105*, order 1001. ✅\n\nDhanyavaad! – Sharma Kirana',
    )
    expect(shop.engine.chats.get(pune).language).toBe('hi')
  })

  it("keeps the language the shopkeeper set in Chats, and hands it back to the customer's messages on null", async () => {
    shop = await openShop()
    const dispatch = createDispatcher(shop.engine)
    const phone = '+919800000012'
    await shop.say(phone, 'hello, please send me two breads and the milk')
    expect(shop.engine.chats.get(phone).language).toBe('en')
    expect(await dispatch('chats.setLanguage', { phone, language: 'hi' })).toMatchObject({
      ok: true,
      value: { language: 'hi', languagePinned: true },
    })
    for (const text of ['and i want one more bread please', 'can you please also add the butter with it'])
      await shop.say(phone, text)
    expect(shop.engine.chats.get(phone)).toMatchObject({ language: 'hi', languagePinned: true })
    expect(await dispatch('chats.setLanguage', { phone, language: 'xx' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    await dispatch('chats.setLanguage', { phone, language: null })
    for (const text of ['and i want one more bread please', 'can you please also add the butter with it'])
      await shop.say(phone, text)
    expect(shop.engine.chats.get(phone)).toMatchObject({ language: 'en', languagePinned: false })
  })
})
