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

  it('gives the screens a key and values for the errors they translate, beside the English message', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    expect(await dispatch('catalog.get', { sku: 'missing' })).toMatchObject({
      ok: false,
      error: { message: 'No product with SKU "missing"', text: { key: 'noProduct', params: { sku: 'missing' } } },
    })
    const counter = await dispatch('counter.sell', { lines: [{ sku: 'nope', qty: 1 }], payment: { method: 'cash' } })
    expect(counter).toMatchObject({ ok: false, error: { code: 'not_found', text: { key: 'noProduct' } } })
    // Unknown failures keep a key too, with what happened quoted.
    const { toApiError } = await import('./api')
    expect(toApiError(new Error('boom'))).toEqual({
      code: 'failed',
      message: 'Something went wrong: boom',
      text: { key: 'failed', params: { detail: 'boom' } },
    })
    expect(toApiError(Object.assign(new Error('x'), { code: 'SQLITE_FULL' })).text).toEqual({ key: 'disk_full' })
    // A 10 kB SKU does not come back whole inside the values.
    const long = await dispatch('catalog.get', { sku: 'x'.repeat(10_000) })
    expect(long.ok).toBe(false)
    if (!long.ok) expect(String(long.error.text?.params?.sku).length).toBeLessThanOrEqual(201)
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

describe('the shop\'s locale on the screens', () => {
  it('derives it from the currency and country until one is set, and refuses one Intl does not know', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    const locale = async () => ((await dispatch('app.info', {})) as { value: { shop: { locale: string } } }).value.shop.locale
    expect(await locale()).toBe('en-IN')
    await dispatch('settings.set', { key: 'shop.currency', value: 'EUR' })
    await dispatch('settings.set', { key: 'shop.language', value: 'de' })
    expect(await locale()).toBe('de-DE')
    await dispatch('settings.set', { key: 'shop.country', value: 'AT' })
    expect(await locale()).toBe('de-AT')
    expect(await dispatch('settings.set', { key: 'shop.locale', value: 'not a locale!' })).toMatchObject({ ok: false })
    await dispatch('settings.set', { key: 'shop.locale', value: 'en-GB' })
    expect(await locale()).toBe('en-GB')
    await dispatch('settings.set', { key: 'shop.locale', value: null })
    expect(await locale()).toBe('de-AT')
  })
})

describe('settings a screen may not change', () => {
  it('keeps payment API addresses and the browser path out of reach of the API, for every caller', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    for (const method of ['settings.set', 'payments.settings.set']) {
      const r = await dispatch(method, { key: 'payments.stripe.base_url', value: 'https://attacker.example' })
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_args', message: /config set/ } })
    }
    // Whatever is named here is started as a program: not even a good-looking path goes through settings.set.
    for (const caller of [undefined, { role: 'owner', via: 'desktop' } as const, { role: 'staff', via: 'socket' } as const]) {
      for (const value of ['/usr/bin/chromium', '/tmp/payload.sh', '\\\\10.0.0.5\\share\\chrome.exe', null]) {
        const r = await dispatch('settings.set', { key: 'whatsapp.browserPath', value }, caller)
        expect(r, `${String(value)} ${caller?.role ?? 'default'}`).toMatchObject({ ok: false })
      }
    }
    expect(engine.settings.get('whatsapp.browserPath')).toBeNull()
  })

  it('lets only the desktop window choose the browser, and only one installed where browsers are installed', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    const desktop = { role: 'owner', via: 'desktop' } as const
    // The headless page, even the owner's, is sent to the desktop app or the command line.
    expect(await dispatch('whatsapp.setBrowser', { path: null })).toMatchObject({
      ok: false,
      error: { code: 'not_allowed', message: /config set whatsapp\.browserPath/ },
    })
    // The engine here runs without WhatsApp, so the desktop call reaches the install check.
    expect(await dispatch('whatsapp.setBrowser', { path: '/tmp/payload.sh' }, desktop)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: /not one of the browsers installed/ },
    })
    expect(engine.settings.get('whatsapp.browserPath')).toBeNull()
  })

  it('answers "unknown setting" for keys that are not settings, prototype names included', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'shop.nope']) {
      const r = await dispatch('settings.set', { key, value: 'x' })
      expect(r, key).toMatchObject({ ok: false, error: { code: 'invalid_args', message: /^unknown setting/ } })
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('removes control characters from stored names (products, CSV rows, customers, the shop)', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    const product = {
      sku: 'GHEE',
      name: 'Ghee\u0000 1\u0007kg\u001b[31m\nfresh',
      price: 50000,
      unit: 'pack',
      size: null,
      aliases: ['ghi\u0000', '\u0000'],
      category: 'Dairy\u0085',
      stock: null,
    }
    expect(await dispatch('catalog.create', { product: { ...product, aliases: ['ghi\u0000'] } })).toMatchObject({
      ok: true,
      value: { name: 'Ghee 1kg[31m fresh', aliases: ['ghi'], category: 'Dairy' },
    })
    // A name that is nothing but control characters is no name.
    expect(await dispatch('catalog.create', { product: { ...product, sku: 'X', name: '\u0000\u0001' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: 'product.name: Name is required' },
    })
    expect(await dispatch('catalog.update', { sku: 'GHEE', patch: { name: 'Desi\u0000Ghee' } })).toMatchObject({
      ok: true,
      value: { name: 'DesiGhee' },
    })
    const csv = 'sku,name,price,unit,size,aliases,category,stock\nNUL,Nul\u0000 butter,10,pc,,a\u0000b,Cat\u0001,\n'
    const imported = await dispatch('catalog.import', { fileName: 'x.csv', bytesBase64: Buffer.from(csv).toString('base64') })
    expect(imported).toMatchObject({ ok: true, value: { inserted: 1 } })
    expect(engine.catalog.get('NUL')).toMatchObject({ name: 'Nul butter', aliases: ['ab'], category: 'Cat' })
    expect(await dispatch('settings.set', { key: 'shop.name', value: 'Sharma\u0000 Kirana' })).toMatchObject({
      ok: true,
      value: { value: 'Sharma Kirana' },
    })
    engine.inbox.receive({ providerId: 'p1', from: '+919800000001', name: 'Ra\u0000vi\u001b', text: 'hi', timestamp: 1, kind: 'chat' } as never)
    await new Promise((r) => setTimeout(r, 50))
    const chat = (await dispatch('chats.get', { phone: '+919800000001' })) as { ok: boolean; value: { name: string | null } }
    expect(chat.value.name).toBe('Ravi')
    expect(await dispatch('chats.setCustomer', { phone: '+919800000001', name: 'Ravi\u0000 Kumar' })).toMatchObject({
      ok: true,
      value: { name: 'Ravi Kumar' },
    })
  })

  it('quotes at most about 200 characters of what was sent in an error', async () => {
    engine = createEngine()
    const dispatch = createDispatcher(engine)
    const huge = 'x'.repeat(10 * 1024 * 1024)
    const replies = [
      await dispatch(huge, {}),
      await dispatch('settings.set', { key: 'shop.name', value: huge }),
      await dispatch('settings.set', { key: huge.slice(0, 100), value: huge }),
      await dispatch('catalog.get', { sku: huge }),
      await dispatch('catalog.list', { query: huge, limit: huge }),
      await dispatch('chats.reply', { phone: huge, text: huge }),
    ]
    for (const r of replies) {
      expect(r.ok).toBe(false)
      const size = JSON.stringify(r).length
      expect(size, JSON.stringify(r).slice(0, 300)).toBeLessThan(3000)
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
