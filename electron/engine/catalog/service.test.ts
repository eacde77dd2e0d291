import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../index'

const enc = (s: string) => new TextEncoder().encode(s)
const HEADER = 'sku,name,price,unit,size,aliases,category,stock\n'

let engine: Engine
afterEach(() => engine?.close())

describe('CatalogService', () => {
  it('keeps products switched off through an export and re-import (the active column)', async () => {
    engine = createEngine()
    await engine.catalog.loadSample()
    const { items } = engine.catalog.list({ limit: 3, offset: 0 })
    const off = items.slice(0, 2).map((p) => p.sku)
    for (const sku of off) engine.catalog.update(sku, { active: false })
    const csv = engine.catalog.exportCsv()
    expect(csv.split(/\r?\n/)[0]).toBe('sku,name,price,unit,size,aliases,category,stock,active,barcode')
    // Back on sale in the shop meanwhile; the file says they are off: the file wins.
    for (const sku of off) engine.catalog.update(sku, { active: true })
    const report = await engine.catalog.importCsv('catalog.csv', enc(csv))
    expect(report.errors).toEqual([])
    for (const sku of off) expect(engine.catalog.get(sku).active).toBe(false)
    expect(engine.catalog.get(items[2]!.sku).active).toBe(true)
  })

  it('reads active as yes/no in several spellings, refuses anything else by line, and an old file keeps the flag', async () => {
    engine = createEngine()
    const withActive =
      'sku,name,price,active\nA,Apple,10,no\nB,Bread,20,Ja\nC,Curd,30,FALSE\nD,Dal,40,maybe\nE,Egg,5,\n'
    const r = await engine.catalog.importCsv('a.csv', enc(withActive))
    expect(r.errors).toEqual([
      {
        line: 5,
        message: 'active "maybe" is not yes or no',
        text: { key: 'activeBad', params: { active: 'maybe' } },
      },
    ])
    expect(['A', 'B', 'C', 'E'].map((s) => engine.catalog.get(s).active)).toEqual([false, true, false, true])
    // An export from before the column existed: prices change, A and C stay off sale.
    await engine.catalog.importCsv('old.csv', enc(HEADER + 'A,Apple,11,kg,,,Fruit,\nC,Curd,31,pc,,,Dairy,\n'))
    expect(engine.catalog.get('A')).toMatchObject({ price: 1100, active: false })
    expect(engine.catalog.get('C')).toMatchObject({ price: 3100, active: false })
  })

  it('merge updates and adds and keeps every other product; replace takes the rest off sale, never deletes', async () => {
    engine = createEngine()
    await engine.catalog.importCsv(
      'old.csv',
      enc(HEADER + 'A,Apple,10,kg,,,Fruit,\nB,Bread,20,pc,,,Bakery,\nC,Curd,30,pc,,,Dairy,\n'),
    )
    const file = enc(HEADER + 'b,Bread,22,pc,,,Bakery,\nD,Dal,40,kg,,,Pulses,\n')
    const merged = await engine.catalog.importCsv('new.csv', file)
    expect(merged).toMatchObject({ inserted: 1, updated: 1, deactivated: 0 })
    expect(['A', 'B', 'C', 'D'].map((s) => engine.catalog.get(s).active)).toEqual([true, true, true, true])
    expect(engine.catalog.get('B').price).toBe(2200)

    const replaced = await engine.catalog.importCsv('new.csv', file, { mode: 'replace' })
    // "b" in the file is B in the shop (SKUs ignore case), so only A and C go.
    expect(replaced).toMatchObject({ inserted: 0, updated: 2, deactivated: 2 })
    expect(['A', 'B', 'C', 'D'].map((s) => engine.catalog.get(s).active)).toEqual([false, true, false, true])
    expect(engine.catalog.list({ limit: 10, offset: 0 }).total).toBe(4)
  })

  it('replace puts the file’s products on sale when it has no active column, and keeps what it says otherwise', async () => {
    engine = createEngine()
    await engine.catalog.importCsv(
      'a.csv',
      enc('sku,name,price,active\nA,Apple,10,no\nB,Bread,20,no\nC,Curd,30,yes\n'),
    )
    await engine.catalog.importCsv('b.csv', enc(HEADER + 'A,Apple,11,kg,,,Fruit,\n'), { mode: 'replace' })
    expect(['A', 'B', 'C'].map((s) => engine.catalog.get(s).active)).toEqual([true, false, false])
    await engine.catalog.importCsv('c.csv', enc('sku,name,price,active\nA,Apple,10,no\nC,Curd,30,yes\n'), {
      mode: 'replace',
    })
    expect(['A', 'B', 'C'].map((s) => engine.catalog.get(s).active)).toEqual([false, false, true])
  })

  it('a dry run writes nothing and says how many products a replace would take off sale', async () => {
    engine = createEngine()
    await engine.catalog.loadSample()
    const before = engine.catalog.exportCsv()
    const sample = engine.catalog.list({ limit: 500, offset: 0 }).total
    const keep = engine.catalog.list({ limit: 1, offset: 0 }).items[0]!
    const file = enc(
      `${HEADER}${keep.sku},${keep.name},1,pc,,,X,\nNEW-1,New thing,5,pc,,,X,\nBAD,,5,pc,,,X,\n`,
    )
    for (const mode of ['merge', 'replace'] as const) {
      const preview = await engine.catalog.importCsv('mine.csv', file, { mode, dryRun: true })
      expect(preview).toMatchObject({ inserted: 1, updated: 1, deactivated: sample - 1, fileError: null })
      expect(preview.errors).toHaveLength(1)
    }
    expect(engine.catalog.exportCsv()).toBe(before)
    const done = await engine.catalog.importCsv('mine.csv', file, { mode: 'replace' })
    expect(done.deactivated).toBe(sample - 1)
  })

  it('a replace whose file has no good row takes nothing off sale', async () => {
    engine = createEngine()
    await engine.catalog.loadSample()
    const bad = enc(HEADER + 'X,,5,pc,,,X,\nY,Yam,-1,kg,,,X,\n')
    expect(await engine.catalog.importCsv('bad.csv', bad, { mode: 'replace', dryRun: true })).toMatchObject({
      deactivated: 0,
    })
    const r = await engine.catalog.importCsv('bad.csv', bad, { mode: 'replace' })
    expect(r).toMatchObject({ inserted: 0, updated: 0, deactivated: 0 })
    expect(r.errors).toHaveLength(2)
    expect(engine.catalog.list({ limit: 500, offset: 0 }).items.every((p) => p.active)).toBe(true)
  })

  it('imports good rows, reports bad ones, and updates existing SKUs in place', async () => {
    engine = createEngine()
    const first = await engine.catalog.importCsv(
      'a.csv',
      enc(HEADER + 'A,Apple,10,kg,,,Fruit,\nB,Bad,xx,kg,,,,\n'),
    )
    expect(first).toMatchObject({ inserted: 1, updated: 0, fileError: null, errors: [{ line: 3 }] })
    const second = await engine.catalog.importCsv(
      'b.csv',
      enc(HEADER + 'A,Apple Shimla,12.50,kg,,,Fruit,\nC,Carrot,3,kg,,,Veg,\n'),
    )
    expect(second).toMatchObject({ inserted: 1, updated: 1 })
    expect(engine.catalog.get('a')).toMatchObject({ sku: 'A', name: 'Apple Shimla', price: 1250 })
  })

  it('changes nothing when the whole file is refused', async () => {
    engine = createEngine()
    await engine.catalog.loadSample()
    const before = engine.catalog.exportCsv()
    for (const bad of [
      enc(''),
      enc('foo,bar\n1,2\n'),
      new Uint8Array([0x73, 0x6b, 0x75, 0xff, 0xfe, 0x0a]),
    ]) {
      const report = await engine.catalog.importCsv('bad.csv', bad)
      expect(report.fileError).toBeTruthy()
      expect(report.inserted + report.updated).toBe(0)
    }
    expect(engine.catalog.exportCsv()).toBe(before)
  })

  it('reports progress and announces the change once', async () => {
    engine = createEngine()
    const seen: string[] = []
    engine.events.subscribe((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`))
    const rows = Array.from({ length: 4500 }, (_, i) => `S${i},Item ${i},${i + 1},pc,,,Cat,`).join('\n')
    await engine.catalog.importCsv('big.csv', enc(HEADER + rows))
    const progress = seen.filter((s) => s.startsWith('catalog.importProgress'))
    expect(progress.length).toBeGreaterThanOrEqual(4)
    expect(progress.at(-1)).toContain('"done":4500,"total":4500')
    expect(seen.filter((s) => s.startsWith('catalog.changed'))).toHaveLength(1)
    expect(engine.catalog.list({ query: 'item 4499', offset: 0, limit: 50 }).total).toBe(1)
  })

  it('searches name, aliases and category by every word, and pages', async () => {
    engine = createEngine()
    await engine.catalog.loadSample()
    expect(
      engine.catalog
        .list({ query: 'makhan', offset: 0, limit: 10 })
        .items.map((p) => p.sku)
        .sort(),
    ).toEqual(['BUTTER-100', 'BUTTER-500'])
    expect(
      engine.catalog
        .list({ query: 'amul 500', offset: 0, limit: 10 })
        .items.map((p) => p.sku)
        .sort(),
    ).toEqual(['BUTTER-500', 'GHEE', 'MILK-500'])
    expect(engine.catalog.list({ query: '100%_', offset: 0, limit: 10 }).total).toBe(0)
    const page = engine.catalog.list({ category: 'Dairy', offset: 2, limit: 2 })
    expect(page.total).toBeGreaterThan(4)
    expect(page.items).toHaveLength(2)
  })

  it('finds any part of a word, keeps the search index in step with edits, and reads a typo as the order reader does', async () => {
    engine = createEngine()
    await engine.catalog.loadSample()
    const skus = (query: string, category?: string) =>
      engine.catalog
        .list({ query, offset: 0, limit: 50, ...(category ? { category } : {}) })
        .items.map((p) => p.sku)
        .sort()
    // typed letter by letter: one and two letters (no trigram yet), then the index
    expect(skus('o')).toContain('ONION')
    expect(skus('on')).toContain('ONION')
    expect(skus('nio')).toEqual(['ONION'])
    expect(skus('utte', 'Dairy')).toEqual(['BUTTER-100', 'BUTTER-500'])
    expect(skus('utte', 'Bakery')).toEqual([])
    // a misspelt name finds what the order reader understands, and only that
    expect(skus('onoin')).toEqual(['ONION'])
    expect(skus('amul buttr')).toEqual(['BUTTER-100', 'BUTTER-500'])
    expect(engine.catalog.list({ query: 'qwertyuiop', offset: 0, limit: 10 })).toEqual({
      total: 0,
      items: [],
    })
    // renamed, deleted, restored: the index follows
    expect(skus('pyaz')).toEqual(['ONION'])
    expect(skus('shallo')).toEqual([])
    engine.catalog.update('ONION', { name: 'Red Shallot', aliases: [] })
    expect(skus('pyaz')).toEqual([])
    expect(skus('shallo')).toEqual(['ONION'])
    const gone = engine.catalog.delete('ONION')
    expect(skus('shallo')).toEqual([])
    engine.catalog.create(gone)
    expect(skus('shallo')).toEqual(['ONION'])
    // the total counts every match, not just the page
    const page = engine.catalog.list({ query: 'a', offset: 0, limit: 2 })
    expect(page.items).toHaveLength(2)
    expect(page.total).toBe(
      engine.catalog.all().filter((p) => /a/i.test(JSON.stringify([p.sku, p.name, p.aliases, p.category])))
        .length,
    )
  })

  it('answers a one-letter keystroke on a big catalog with the first page in order and a close total', async () => {
    engine = createEngine()
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `S${i},${i % 3 === 0 ? 'Basmati' : 'Moong'} ${String(i).padStart(4, '0')},1,pc,,,Cat,`,
    ).join('\n')
    await engine.catalog.importCsv('big.csv', enc(HEADER + rows))
    const exact = engine.catalog.all().filter((p) => p.name.toLowerCase().includes('b')).length
    const first = engine.catalog.list({ query: 'b', offset: 0, limit: 100 })
    expect(first.items.map((p) => p.name)).toEqual(
      engine.catalog
        .all()
        .filter((p) => p.name.includes('B'))
        .map((p) => p.name)
        .sort()
        .slice(0, 100),
    )
    expect(Math.abs(first.total - exact)).toBeLessThan(exact * 0.1)
    // scrolling on counts exactly
    expect(engine.catalog.list({ query: 'b', offset: 100, limit: 100 }).total).toBe(exact)
  })

  it('deletes returning the product so it can be restored, and refuses duplicate SKUs on create', async () => {
    engine = createEngine()
    await engine.catalog.loadSample()
    const gone = engine.catalog.delete('onion')
    expect(() => engine.catalog.get('ONION')).toThrow(/No product/)
    engine.catalog.create(gone)
    expect(engine.catalog.get('ONION').aliases).toContain('pyaz')
    expect(() => engine.catalog.create(gone)).toThrow(/already exists/)
  })

  it('keeps stock at zero or above and leaves untracked stock alone', async () => {
    engine = createEngine()
    await engine.catalog.importCsv('s.csv', enc(HEADER + 'A,Apple,10,kg,,,,2\nB,Bread,40,pack,,,,\n'))
    engine.catalog.decrementStock([
      { sku: 'A', qty: 5 },
      { sku: 'B', qty: 1 },
    ])
    expect(engine.catalog.get('A').stock).toBe(0)
    expect(engine.catalog.get('B').stock).toBeNull()
  })
})
