// Every message the engine sends to a screen is said in every language: the keys it can emit are listed once
// (shared/contract/texts.ts), each list is checked against en, de and hi, and the engine's sources are read for
// keys that bypass the lists. Then the keyed texts are followed from the engine to the screen's words.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ENGINE_TEXT_KEYS,
  LINK_REASON_KEYS,
  linkReasonKey,
  type KeyedText,
} from '../../shared/contract/texts'
import { en } from '../../renderer/src/i18n/en'
import { de } from '../../renderer/src/i18n/de'
import { hi } from '../../renderer/src/i18n/hi'
import { i18n } from '../../renderer/src/i18n'
import { engineText, reasonText } from '../../renderer/src/i18n/errors'
import { REASON_CODES } from '../../electron/engine/whatsapp/reasons'
import { parseCatalogCsv, decodeCatalogBytes, CatalogFileError } from '../../electron/engine/catalog/csv'
import { providerProblemOf, paymentSettings } from '../../electron/engine/payments/settings'
import { failedLinkProblem } from '../../electron/engine/payments/desk'
import { createEngine, type Engine } from '../../electron/engine'
import { createDispatcher } from '../../electron/engine/api'
import type { StoredPaymentLink } from '../../electron/engine/payments/types'

const root = resolve(__dirname, '../..')

type Tree = { [k: string]: string | Tree }
function leaves(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>()
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.add(prefix + k)
    else for (const kk of leaves(v, `${prefix}${k}.`)) out.add(kk)
  }
  return out
}
const LOCALES = { en, de, hi } as unknown as Record<string, Tree>

/** The .ts sources under `dir`, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

let engine: Engine | undefined
afterEach(async () => {
  engine?.close()
  engine = undefined
  await i18n.changeLanguage('en')
})

describe('engine texts in every language', () => {
  const all = Object.values(ENGINE_TEXT_KEYS).flat() as string[]

  for (const [lang, res] of Object.entries(LOCALES)) {
    it(`${lang} has a text for every key the engine can emit`, () => {
      const have = leaves(res)
      const missing = Object.entries(ENGINE_TEXT_KEYS).flatMap(([ns, keys]) =>
        (keys as readonly string[]).map((k) => `${ns}.${k}`).filter((k) => !have.has(k)),
      )
      expect(missing).toEqual([])
    })
  }

  it('the three locale files have the same keys', () => {
    const english = [...leaves(LOCALES.en!)].sort()
    expect([...leaves(LOCALES.de!)].sort()).toEqual(english)
    expect([...leaves(LOCALES.hi!)].sort()).toEqual(english)
  })

  it('every key written in the engine’s sources is in a list (so it is held translated above)', () => {
    const listed = new Set(all)
    const written = new Set<string>()
    for (const file of [...sources(join(root, 'electron/engine')), join(root, 'shared/barcode.ts')]) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\bkey: '([A-Za-z_]+)'|\bproblem\('([A-Za-z_]+)'/g))
        written.add(m[1] ?? m[2]!)
    }
    expect(written.size).toBeGreaterThan(40)
    expect([...written].filter((k) => !listed.has(k))).toEqual([])
  })

  it('every disconnect code the gateway has words for has its own key', () => {
    expect(REASON_CODES.length).toBeGreaterThan(20)
    const keys = REASON_CODES.map(linkReasonKey)
    expect(keys.filter((k) => k === 'unknown')).toEqual([])
    // And no key is listed for a code the gateway no longer reports (NO_GATEWAY comes from link.ts).
    const used = new Set([...keys, 'NO_GATEWAY', 'unknown'])
    expect(LINK_REASON_KEYS.filter((k) => !used.has(k))).toEqual([])
  })
})

describe('engine texts reach the screen in its language', () => {
  const say = (ns: Parameters<typeof engineText>[0], text: KeyedText | undefined) =>
    engineText(ns, text, 'ENGLISH')

  it('says a skipped CSV row and a refused file in German and Hindi', async () => {
    const { errors } = parseCatalogCsv('sku,name,price\nA,Apple,abc\nA,Apple,10\nA,Again,11\n')
    expect(errors.map((e) => [e.line, e.text.key])).toEqual([
      [2, 'priceNotNumber'],
      [4, 'duplicateSku'],
    ])
    await i18n.changeLanguage('de')
    expect(say('importRow', errors[0]!.text)).toBe('Der Preis „abc“ ist keine Zahl (z. B. 52.50)')
    expect(say('importRow', errors[1]!.text)).toBe(
      'Die Artikelnummer „A“ steht schon in Zeile 3; diese Zeile wurde übersprungen',
    )
    await i18n.changeLanguage('hi')
    let refused: CatalogFileError | undefined
    try {
      decodeCatalogBytes(new Uint8Array([0x61, 0x0a, 0xff]))
    } catch (err) {
      refused = err as CatalogFileError
    }
    expect(refused?.text).toEqual({ key: 'notUtf8', params: { line: 2 } })
    expect(say('importFile', refused?.text)).toContain('पंक्ति 2')
  })

  it('says a payment problem by its key, and the order’s Stripe outcome with its number', async () => {
    const p = providerProblemOf('razorpay', paymentSettings({ providers: ['razorpay'] }))
    expect(p?.text).toEqual({ key: 'razorpayNoKeyId' })
    const link = { orderNumber: '1042', provider: 'stripe' } as StoredPaymentLink
    const failed = failedLinkProblem(link, 'complete/unpaid')
    await i18n.changeLanguage('de')
    expect(say('payProblem', p?.text)).toBe(
      'Razorpay ist eingeschaltet, aber die Key-ID fehlt (Einstellungen → Zahlungen).',
    )
    expect(say('payProblem', failed.text)).toMatch(/^Bestellung 1042: Der Kunde hat den Stripe-Bezahlvorgang/)
    // A key this build does not know keeps the engine's English.
    expect(say('payProblem', { key: 'somethingNew' })).toBe('ENGLISH')
  })

  it('says why WhatsApp is disconnected from its code, with a planned reconnect', async () => {
    await i18n.changeLanguage('de')
    expect(reasonText({ detail: 'CONFLICT', retryInSeconds: 5 })).toBe(
      'WhatsApp Web wurde auf einem anderen Computer oder Browser geöffnet. Neuer Versuch in 5 s.',
    )
    expect(reasonText({ detail: 'Max qrcode retries reached' })).toBe(
      'Der QR-Code wurde nicht rechtzeitig gescannt.',
    )
    await i18n.changeLanguage('hi')
    expect(reasonText({ detail: 'LOAD_FAILED: net::ERR_NAME_NOT_RESOLVED', retryInSeconds: 120 })).toBe(
      'व्हाट्सऐप वेब लोड नहीं हुआ। 2 मिनट में फिर से जुड़ेगा।',
    )
    expect(reasonText({ detail: 'SOMETHING_NEW' })).toBe('व्हाट्सऐप कट गया (SOMETHING_NEW)।')
  })

  it('keys a refused argument and a refused setting by the zod issue', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    const list = await dispatch('catalog.list', { limit: 100000 })
    expect(list).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', text: { key: 'zod_too_big', params: { limit: 500 } } },
    })
    const set = await dispatch('settings.set', { key: 'khata.reminder_every_days', value: 0 })
    expect(set).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', text: { key: 'zod_too_small', params: { limit: 1 } } },
    })
    // A rule with words of its own keeps them, keyed (the English stays the message).
    const vpa = await dispatch('payments.settings.set', { key: 'payments.upi.vpa', value: 'not a vpa' })
    expect(vpa).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a UPI ID'), text: { key: 'zod_upiVpa' } },
    })
    const text = (set as { error: { text: KeyedText } }).error.text
    await i18n.changeLanguage('de')
    expect(engineText('errors', text, 'ENGLISH')).toBe('Muss mindestens 1 sein')
    expect(engineText('errors', (vpa as { error: { text: KeyedText } }).error.text, 'ENGLISH')).toBe(
      'Keine UPI-ID (sie sieht aus wie name@bank)',
    )
  })
})
