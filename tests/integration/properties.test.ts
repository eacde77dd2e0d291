// Property-based tests (fast-check) over the three doors bad input comes through: the order parser, the
// catalog CSV import and the API dispatcher. For any input: no crash, exactly one answer, and nothing partly
// written. Runs are reproducible (fixed seed); FC_SEED / FC_RUNS explore further, e.g. FC_SEED=$RANDOM.
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../electron/engine'
import { createDispatcher, QUOTE_LIMIT, type Caller } from '../../electron/engine/api'
import { METHODS } from '../../shared/contract'
import { buildCatalogIndex } from '../../shared/understanding/catalog-index'
import { understand } from '../../shared/understanding/understand'
import { sampleProducts } from '../fixtures/test-catalog'

const params = (runs: number): fc.Parameters<unknown> => ({
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261202,
  numRuns: process.env.FC_RUNS ? Number(process.env.FC_RUNS) : runs,
})

/** Text as customers and files send it: words of the shop, numbers, units, emoji, junk, controls, long runs. */
const messy = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('2', 'do', 'zwei', 'two', '½', '1.5', '500g', 'kg', 'ltr', 'x', 'dozen', ','),
        fc.constantFrom('aloo', 'onion', 'pyaz', 'Zucker', 'milk', 'amul', 'butter', 'bread', '🍅', 'chini'),
        fc.constantFrom('yes', 'no', 'cancel', 'more', 'price?', 'kitna', '\n', '\u0000', '\u202e', '\ud800'),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 40 },
    )
    .map((w) => w.join(' ')),
  fc.nat({ max: 70_000 }).map((n) => 'a1 '.repeat(Math.ceil(n / 3)).slice(0, n)),
)

describe('the parser, for any text', () => {
  const index = buildCatalogIndex(sampleProducts())
  it('answers once, the same way every time, with lines only from the catalog', () => {
    const skus = new Set(sampleProducts().map((p) => p.sku))
    fc.assert(
      fc.property(messy, fc.option(fc.array(fc.constantFrom(...skus), { maxLength: 3 })), (text, cart) => {
        const ctx = cart ? { cartSkus: cart } : {}
        const a = understand(text, index, ctx)
        const b = understand(text, index, ctx)
        expect(b).toEqual(a)
        expect(typeof a.intent).toBe('string')
        for (const line of a.lines) {
          // A line names a catalog product, or none (then it carries candidates to ask about).
          if (line.sku !== null) expect(skus.has(line.sku)).toBe(true)
          for (const c of line.candidates) expect(skus.has(c)).toBe(true)
          expect(Number.isFinite(line.qty) && line.qty > 0).toBe(true)
        }
      }),
      params(400),
    )
  }, 120_000)
})

/** Every row of every table, hashed: equal before and after means nothing was written. */
function fingerprint(engine: Engine): string {
  const tables = engine.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[]
  const h = createHash('sha256')
  for (const { name } of tables) {
    h.update(name)
    for (const row of engine.db.prepare(`SELECT * FROM "${name}"`).raw().iterate()) h.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
  }
  return h.digest('hex')
}

describe('the catalog CSV import, for any file', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = createEngine({ startMessaging: false })
    await engine.catalog.loadSample()
  })
  afterAll(() => engine.close())

  const cell = fc.oneof(
    fc.constantFrom('', 'x', '12', '12.50', '-1', 'abc', '1e9', 'kg', 'pc', 'litre', '500 g', '"q""uote"', 'a|b', '\u0000'),
    fc.string({ maxLength: 30 }),
  )
  const row = fc.array(cell, { minLength: 0, maxLength: 10 }).map((cells) => cells.join(','))
  const csv = fc.oneof(
    fc.array(row, { maxLength: 30 }).map((rows) => ['sku,name,price,unit,size,aliases,category,stock', ...rows].join('\n')),
    fc.tuple(fc.array(row, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r')).map(([rows, eol]) => rows.join(eol)),
    fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')),
  )

  it('imports the good rows whole, reports the others by line, and leaves nothing half-written', async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.boolean(), async (text, asBinary) => {
        const bytes = asBinary ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8')
        const before = engine.catalog.list({ offset: 0, limit: 1 }).total
        const report = await engine.catalog.importCsv('p.csv', bytes)
        const after = engine.catalog.list({ offset: 0, limit: 1 }).total
        if (report.fileError) {
          expect(report.inserted + report.updated).toBe(0)
          expect(after).toBe(before)
          return
        }
        expect(after).toBe(before + report.inserted)
        for (const e of report.errors) expect(Number.isInteger(e.line) && e.line >= 1).toBe(true)
        for (const p of engine.catalog.list({ offset: 0, limit: 200, includeInactive: true } as never).items) {
          // eslint-disable-next-line no-control-regex -- checking that none got through
          expect(/[\u0000-\u001f\u007f-\u009f]/.test(p.name), p.name).toBe(false)
        }
      }),
      params(200),
    )
  }, 120_000)
})

describe('the API dispatcher, for any call', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = createEngine({ startMessaging: false })
    await engine.catalog.loadSample()
  })
  afterAll(() => engine.close())

  const names = Object.keys(METHODS)
  const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(null, true, false, 0, -1, 1e308, Number.NaN, '', 'ONION', '__proto__', 'payments.stripe.base_url'),
      fc.string({ maxLength: 50 }),
      fc.integer(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('sku', 'key', 'value', 'number', 'phone', 'text', 'product', '__proto__')), tie('value'), { maxKeys: 5 }),
    ),
  })).value
  const method = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 40 }), fc.constantFrom('__proto__', 'constructor', 'toString'))
  const caller = fc.constantFrom<Caller>({ role: 'owner', via: 'socket' }, { role: 'staff', via: 'socket' }, { role: 'owner', via: 'desktop' })
  // Calls whose work continues after the answer (a simulated customer, a backup) are left out of the
  // "nothing written on failure" check, not out of the run.
  const background = new Set(['simulator.send', 'backup.now', 'backup.restore', 'whatsapp.link', 'whatsapp.pairingCode'])

  it('answers every call exactly once, as data, with a bounded message, and a refused call writes nothing', async () => {
    const dispatch = createDispatcher(engine)
    await fc.assert(
      fc.asyncProperty(method, json, caller, async (m, args, who) => {
        const before = fingerprint(engine)
        const result = await dispatch(m, args, who)
        expect(result === null || typeof result !== 'object').toBe(false)
        if (result.ok) return
        expect(Object.keys(result).sort()).toEqual(['error', 'ok'])
        expect(typeof result.error.code).toBe('string')
        expect(result.error.message.length).toBeLessThanOrEqual(QUOTE_LIMIT + 200)
        expect(JSON.stringify(result).length).toBeLessThan(5000)
        if (!background.has(m)) expect(fingerprint(engine), `${m} ${JSON.stringify(args)}`).toBe(before)
      }),
      params(600),
    )
  }, 120_000)
})
