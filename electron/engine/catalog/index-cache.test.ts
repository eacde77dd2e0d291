import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEngine, type Engine } from '../index'
import { CatalogIndexBuilder, understand, type CatalogIndex } from '../../../shared/understanding'
import { catalogVersion, type IndexCacheAt } from './index-cache'
import { damagedCopies, plain } from '../../../tests/fixtures/index-plain'

const posix = process.platform !== 'win32'
const TEXTS = ['2 kg pyaz, 1 aloo', 'ek kilo tamatar', '500 g Ingwer', 'adrak 2', 'hello']

let root: string
let dataDir: string
let cacheDir: string
const open: Engine[] = []
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'cc-index-cache-'))
  dataDir = join(root, 'data')
  cacheDir = join(dataDir, 'cache', 'catalog-index')
  const seed = engine()
  await seed.catalog.loadSample()
  await seed.close()
})
afterEach(async () => {
  vi.restoreAllMocks()
  for (const e of open.splice(0)) await e.close()
  rmSync(root, { recursive: true, force: true })
})

function engine(code: string | null = 'v1'): Engine {
  const at: IndexCacheAt = { dir: join(dataDir, 'cache', 'catalog-index'), code: () => code }
  const e = createEngine({ dataDir, startMessaging: false, indexCache: at })
  open.push(e)
  return e
}

/** An engine's start: the index built or loaded between other work, then kept (as the engine does it). */
async function started(code: string | null = 'v1'): Promise<{ e: Engine; builds: number }> {
  const add = vi.spyOn(CatalogIndexBuilder.prototype, 'add')
  const e = engine(code)
  await e.conversation.warmIndex(() => new Promise<boolean>((r) => setImmediate(() => r(true))))
  const builds = add.mock.calls.length
  add.mockRestore()
  return { e, builds }
}

/** Another process's start, the index needed by a message at once (the engine's synchronous path). */
function atOnce(code: string | null = 'v1'): { index: CatalogIndex; built: boolean } {
  const add = vi.spyOn(CatalogIndexBuilder.prototype, 'add')
  const index = engine(code).conversation.index()
  const built = add.mock.calls.length > 0
  add.mockRestore()
  return { index, built }
}

const entries = () => readdirSync(cacheDir).filter((n) => n.endsWith('.index'))

describe("the engine's kept catalog index", () => {
  it('is built and kept at the first start, then loaded: the very index a build makes, answering the same', async () => {
    const first = await started()
    expect(first.builds).toBeGreaterThan(0)
    expect(entries()).toHaveLength(1)
    const second = await started()
    expect(second.builds).toBe(0)
    const built = first.e.conversation.index()
    const loaded = second.e.conversation.index()
    expect(loaded).not.toBe(built)
    expect(plain(loaded)).toEqual(plain(built))
    for (const t of TEXTS) expect(understand(t, loaded)).toEqual(understand(t, built))
    const again = atOnce()
    expect(again.built).toBe(false)
    expect(plain(again.index)).toEqual(plain(built))
  })

  it('is built again after a change to a product name, alias or pack, or a product added or removed, made by any process', async () => {
    await started()
    const changes: ((e: Engine) => void)[] = [
      (e) => e.catalog.update('ONION', { name: 'Red Onion' }),
      (e) => e.catalog.update('POTATO', { aliases: ['aloo', 'batata'] }),
      (e) => e.catalog.update('GINGER', { size: { value: 250, unit: 'g' } }),
      (e) => e.catalog.update('GARLIC', { active: false }),
      (e) => e.catalog.delete('TOMATO'),
      (e) =>
        e.catalog.create({
          sku: 'KALE',
          name: 'Kale',
          price: 9000,
          unit: 'kg',
          size: null,
          aliases: [],
          category: 'Vegetables',
          stock: null,
        }),
    ]
    for (const change of changes) {
      change(engine()) // another engine on the same folder: the CLI beside the app
      const next = await started()
      expect(next.builds).toBeGreaterThan(0)
      expect(plain(next.e.conversation.index())).toEqual(plain(atOnceWithout().index))
    }
    const last = atOnceWithout()
    expect(last.index.bySku.has('KALE')).toBe(true)
    expect(last.index.bySku.has('TOMATO')).toBe(false)
    expect(last.index.products[last.index.bySku.get('ONION')!]!.name).toBe('Red Onion')
  })

  it('is loaded after a sale or a price change, with the stock and price read now', async () => {
    await started()
    const e = engine()
    e.catalog.update('ONION', { price: 4500 })
    e.catalog.decrementStock([{ sku: 'POTATO', qty: 2 }])
    e.db.prepare("UPDATE products SET stock = 7 WHERE sku = 'TOMATO'").run()
    const got = atOnce()
    expect(got.built).toBe(false)
    const at = (sku: string) => got.index.products[got.index.bySku.get(sku)!]!
    expect(at('ONION').price).toBe(4500)
    expect(at('POTATO').stock).toBe(78)
    expect(at('TOMATO').stock).toBe(7)
    expect(plain(got.index)).toEqual(plain(atOnceWithout().index))
  })

  it('is a new entry for another build of the code, and nothing is kept without a build to name', async () => {
    await started('v1')
    expect((await started('v2')).builds).toBeGreaterThan(0)
    expect(entries()).toHaveLength(2)
    rmSync(join(dataDir, 'cache'), { recursive: true })
    expect((await started(null)).builds).toBeGreaterThan(0)
    expect(readdirSync(dataDir)).not.toContain('cache')
  })

  it('is built again when the kept file is missing, damaged, cut short or of another format', async () => {
    await started()
    const want = plain(atOnce().index)
    const file = join(cacheDir, entries()[0]!)
    const good = readFileSync(file)
    const damaged = [
      ...damagedCopies(good),
      // the JSON damaged: the sum covers it too, so a figure changed there is never read as answers
      Buffer.from(
        good
          .toString('latin1')
          .replace(/"unknownIdf":(\d)/, (_m, d: string) => `"unknownIdf":${(Number(d) + 1) % 10}`),
        'latin1',
      ),
      // another format, and a file listing one of its arrays twice, each with a right sum (written on purpose)
      resum(
        Buffer.from(
          good.toString('latin1').replace('counterchat-catalog-index 2', 'counterchat-catalog-index 0'),
          'latin1',
        ),
      ),
      resum(Buffer.from(good.toString('latin1').replace('["idf",', '["phraseProduct",'), 'latin1')),
      // the parse command's entry for another catalog, under this one's name
      resum(Buffer.from(good.toString('latin1').replace('"products":null', '"products":[]'), 'latin1')),
    ]
    for (const bad of damaged) {
      writeFileSync(file, bad, { mode: 0o600 })
      const got = atOnce()
      expect(got.built).toBe(true)
      expect(plain(got.index)).toEqual(want)
    }
    rmSync(file)
    const got = await started()
    expect(got.builds).toBeGreaterThan(0)
    expect(plain(got.e.conversation.index())).toEqual(want)
    expect(entries()).toHaveLength(1)
  })

  it.runIf(posix)(
    'writes a 0600 file in a 0700 folder, and reads no file or folder others can write',
    async () => {
      await started()
      const file = join(cacheDir, entries()[0]!)
      expect(statSync(join(dataDir, 'cache')).mode & 0o777).toBe(0o700)
      expect(statSync(cacheDir).mode & 0o777).toBe(0o700)
      expect(statSync(file).mode & 0o777).toBe(0o600)
      chmodSync(file, 0o644)
      expect(atOnce().built).toBe(true)
      chmodSync(file, 0o600)
      chmodSync(cacheDir, 0o777)
      expect(atOnce().built).toBe(true)
      chmodSync(cacheDir, 0o700)
      expect(atOnce().built).toBe(false)
    },
  )

  it.runIf(posix)(
    "clears the temporary files of writes a crash cut short, and no live writer's",
    async () => {
      await started()
      const gone = spawnSync(process.execPath, ['-e', '0']).pid
      const dead = join(cacheDir, `.${gone}.0a1b2c.tmp`)
      const live = join(cacheDir, `.${process.pid}.0a1b2c.tmp`)
      writeFileSync(dead, 'cut short', { mode: 0o600 })
      writeFileSync(live, 'being written', { mode: 0o600 })
      // a change to the catalog: the next start keeps a new entry, and clears the folder as it does
      engine().catalog.update('ONION', { name: 'Red Onion' })
      await started()
      expect(readdirSync(cacheDir)).not.toContain(`.${gone}.0a1b2c.tmp`)
      expect(readdirSync(cacheDir)).toContain(`.${process.pid}.0a1b2c.tmp`)
    },
  )

  it('still starts when nothing can be kept', async () => {
    writeFileSync(join(dataDir, 'cache'), 'a file where the folder would be', { mode: 0o600 })
    expect((await started()).builds).toBeGreaterThan(0)
    expect(atOnce().built).toBe(true)
  })
})

/** `file` with its sum made right again after a change: what a writer that meant it would leave. */
function resum(file: Buffer): Buffer {
  const out = Buffer.from(file)
  createHash('sha256').update(out.subarray(36)).digest().copy(out, 4)
  return out
}

/** The index a build makes now, with nothing kept. */
function atOnceWithout(): { index: CatalogIndex } {
  const e = createEngine({ dataDir, startMessaging: false, indexCache: null })
  open.push(e)
  return { index: e.conversation.index() }
}

describe("the catalog's version (migration 0006)", () => {
  it('changes with what the index reads and with none of stock, price or the time of a change', () => {
    const e = createEngine({ startMessaging: false })
    open.push(e)
    const v = () => catalogVersion(e.db)
    const before = v()
    expect(before).toMatch(/^[0-9A-F]{32}$/)
    e.catalog.create({
      sku: 'RICE',
      name: 'Rice',
      price: 6000,
      unit: 'kg',
      size: null,
      aliases: ['chawal'],
      category: 'Staples',
      stock: 10,
    })
    const created = v()
    expect(created).not.toBe(before)
    e.catalog.update('RICE', { price: 6500, stock: 9 })
    e.catalog.decrementStock([{ sku: 'RICE', qty: 1 }])
    e.catalog.update('RICE', {}) // saved unchanged
    expect(v()).toBe(created)
    const seen = new Set([before, created])
    for (const patch of [
      { aliases: ['chawal', 'Reis'] },
      { category: 'Grains' },
      { unit: 'pack' as const },
      { size: { value: 5, unit: 'kg' as const } },
      { name: 'Basmati Rice' },
      { active: false },
    ]) {
      e.catalog.update('RICE', patch)
      expect(seen.has(v())).toBe(false)
      seen.add(v())
    }
    e.db.prepare("UPDATE products SET sku = 'rice' WHERE sku = 'RICE'").run()
    expect(seen.has(v())).toBe(false)
    seen.add(v())
    e.catalog.delete('rice')
    expect(seen.has(v())).toBe(false)
  })

  it('is none once a trigger that renews it is gone, so no index is kept under a token nothing renews', () => {
    const e = createEngine({ startMessaging: false })
    open.push(e)
    expect(catalogVersion(e.db)).not.toBeNull()
    // what a later migration that rebuilds the products table (copy, drop, rename) would leave
    e.db.exec('DROP TRIGGER catalog_version_update')
    expect(catalogVersion(e.db)).toBeNull()
  })
})
