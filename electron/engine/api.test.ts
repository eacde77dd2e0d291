import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from './index'
import { createDispatcher } from './api'

let engine: Engine
afterEach(() => engine?.close())

describe('dispatcher', () => {
  it('validates arguments against the contract and returns errors as data', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    expect(await dispatch('nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    expect(await dispatch('catalog.list', { limit: 100000 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    const bad = await dispatch('catalog.create', {
      product: {
        sku: 'X',
        name: 'X',
        price: -1,
        unit: 'kg',
        size: null,
        aliases: [],
        category: 'c',
        stock: null,
      },
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: 'product.price: Price cannot be negative' },
    })
    expect(await dispatch('catalog.get', { sku: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })

  it('serves the catalog round trip', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    const info = await dispatch('app.info', {})
    expect(info).toMatchObject({ ok: true, value: { catalogEmpty: true, shop: { currency: 'INR' } } })
    await dispatch('catalog.loadSample', {})
    const updated = await dispatch('catalog.update', { sku: 'ONION', patch: { price: 4500, active: false } })
    expect(updated).toMatchObject({ ok: true, value: { price: 4500, active: false } })
    const csv = (await dispatch('catalog.export', {})) as { ok: true; value: { csv: string } }
    expect(csv.value.csv).toContain('ONION,Onion,45.00,kg')
    expect(await dispatch('settings.set', { key: 'shop.currency', value: 'XYZ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    expect(await dispatch('settings.set', { key: 'shop.currency', value: 'EUR' })).toMatchObject({ ok: true })
    expect(await dispatch('app.info', {})).toMatchObject({
      ok: true,
      value: { shop: { currency: 'EUR' }, catalogEmpty: false },
    })
  })
})

describe('the screens\' language, theme and setup', () => {
  it('follows the browser until a language is chosen, and refuses one it has no screens for', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    expect(await dispatch('app.info', {})).toMatchObject({
      ok: true,
      value: { ui: { language: null, theme: 'system' }, setupDone: false, shop: { country: null } },
    })
    expect(await dispatch('settings.set', { key: 'ui.language', value: 'fr' })).toMatchObject({ ok: false })
    expect(await dispatch('settings.set', { key: 'ui.theme', value: 'blue' })).toMatchObject({ ok: false })
    expect(await dispatch('settings.set', { key: 'shop.country', value: 'Germany' })).toMatchObject({ ok: false })
    for (const [key, value] of [
      ['ui.language', 'de'],
      ['ui.theme', 'dark'],
      ['shop.country', 'DE'],
      ['shop.timezone', 'Europe/Berlin'],
      ['setup.done', true],
    ] as const) {
      expect(await dispatch('settings.set', { key, value })).toMatchObject({ ok: true })
    }
    expect(await dispatch('app.info', {})).toMatchObject({
      ok: true,
      value: {
        ui: { language: 'de', theme: 'dark' },
        setupDone: true,
        shop: { country: 'DE', timezone: 'Europe/Berlin' },
      },
    })
  })
})

describe('settings a screen may not change', () => {
  it('keeps payment API addresses and odd browser paths out of reach of the API', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    for (const method of ['settings.set', 'payments.settings.set']) {
      const r = await dispatch(method, { key: 'payments.stripe.base_url', value: 'https://attacker.example' })
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_args', message: /config set/ } })
    }
    for (const evil of [
      '\\\\10.0.0.5\\share\\evil.exe',
      '//host/share/chrome',
      'C:\\Users\\x\\evil.exe',
      '/tmp/payload.sh',
      'http://x/chrome',
    ]) {
      const r = await dispatch('settings.set', { key: 'whatsapp.browserPath', value: evil })
      expect(r, evil).toMatchObject({ ok: false, error: { code: 'invalid_args' } })
    }
    for (const ok of [
      '/usr/bin/chromium',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      null,
    ]) {
      expect(
        await dispatch('settings.set', { key: 'whatsapp.browserPath', value: ok }),
        String(ok),
      ).toMatchObject({ ok: true })
    }
  })

  it('lets the shop computer point a provider at its real API or a local double, nowhere else', () => {
    engine = createEngine()
    expect(() => engine.payments.setSetting('payments.stripe.base_url', 'https://attacker.example')).toThrow()
    expect(() =>
      engine.payments.setSetting('payments.stripe.base_url', 'https://api.stripe.com'),
    ).not.toThrow()
    expect(() =>
      engine.payments.setSetting('payments.razorpay.base_url', 'http://127.0.0.1:4010'),
    ).not.toThrow()
  })
})
