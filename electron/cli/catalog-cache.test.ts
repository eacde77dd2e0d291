import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeCatalogBytes, parseCatalogCsv } from '../engine/catalog/csv'
import type { Product } from '../../shared/domain'
import { buildCatalogIndex, understand } from '../../shared/understanding'
import { cachedCatalog, codeVersion, type ReadCatalog } from './catalog-cache'
import { damagedCopies, plain } from '../../tests/fixtures/index-plain'

const posix = process.platform !== 'win32'

const CSV = [
  'sku,name,price,unit,size,aliases,category,stock,active,barcode',
  'TOMATO,Tomato,40,kg,,tamatar|🍅|Tomaten,Vegetables,,yes,',
  'ONION,Onion,30,kg,,pyaz|kanda|Zwiebeln,Vegetables,12.5,,',
  'SUGAR-1KG,Sugar 1 kg,48,pack,1 kg,cheeni|Zucker,Staples,,,',
  'STAR,Cadbury 5 Star Chocolate 40 g,20,pc,,,Snacks,,no,',
  'BUTTER,Amul Butter 500 g,285,pack,,makhan|मक्खन,Dairy,3,,',
  'BUTTER-100,Amul Butter 100 g,60,pack,,makhan,Dairy,,,',
  'OIL,"Fortune Oil, Sunflower",150,l,1 l,tel,Staples,,,',
  'BAD,,10,pc,,,Other,,,',
  'ÄPFEL,Äpfel Elstar,299,kg,,,Obst,,,',
].join('\n')
const TEXTS = [
  '2 kg tamatar, 1 pyaz',
  '5 star 2',
  'amul butter 500g',
  'zwei kilo äpfel',
  'sunflower oil',
  'hello',
]

function readWith(csv: string): { read: () => ReadCatalog; calls: () => number } {
  let n = 0
  return {
    read: () => {
      n++
      const parsed = parseCatalogCsv(decodeCatalogBytes(Buffer.from(csv)))
      const products: Product[] = parsed.products.map((p) => ({
        ...p,
        active: p.active ?? true,
        updatedAt: 0,
      }))
      const first = parsed.errors[0]
      return {
        index: buildCatalogIndex(products),
        skipped: first ? { count: parsed.errors.length, line: first.line, message: first.message } : null,
      }
    },
    calls: () => n,
  }
}

let root: string
let dir: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cc-cache-'))
  dir = join(root, 'cache', 'catalog-index')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const entries = () => readdirSync(dir).filter((n) => n.endsWith('.index'))

describe('the parse command’s catalog cache', () => {
  it('loads back the very index a build makes, and answers the same', () => {
    const bytes = Buffer.from(CSV)
    const first = readWith(CSV)
    const built = cachedCatalog(bytes, { dir, code: 'v1' }, first.read)
    const again = readWith(CSV)
    const loaded = cachedCatalog(bytes, { dir, code: 'v1' }, again.read)
    expect(again.calls()).toBe(0)
    expect(loaded.index).not.toBe(built.index)
    expect(plain(loaded.index)).toEqual(plain(built.index))
    // a product's own pack size stays the same object in sizes
    const sugar = loaded.index.bySku.get('SUGAR-1KG')!
    expect(loaded.index.sizes[sugar]).toBe(loaded.index.products[sugar]!.size)
    expect(loaded.skipped).toEqual(built.skipped)
    expect(loaded.skipped).toMatchObject({ count: 1, line: 9 })
    for (const t of TEXTS) expect(understand(t, loaded.index)).toEqual(understand(t, built.index))
  })

  it('is a new entry for another catalog or another build of the code', () => {
    const a = readWith(CSV)
    cachedCatalog(Buffer.from(CSV), { dir, code: 'v1' }, a.read)
    cachedCatalog(Buffer.from(CSV), { dir, code: 'v2' }, a.read)
    const changed = CSV.replace('Onion,30', 'Onion,35')
    const b = readWith(changed)
    const got = cachedCatalog(Buffer.from(changed), { dir, code: 'v1' }, b.read)
    expect(a.calls()).toBe(2)
    expect(b.calls()).toBe(1)
    expect(got.index.products[got.index.bySku.get('ONION')!]!.price).toBe(3500)
    expect(entries()).toHaveLength(3)
  })

  it('keeps nothing without a build to name (run from sources) and nothing for a catalog without products', () => {
    const a = readWith(CSV)
    cachedCatalog(Buffer.from(CSV), { dir, code: null }, a.read)
    cachedCatalog(Buffer.from(CSV), null, a.read)
    const empty = readWith('sku,name,price\nX,,1\n')
    cachedCatalog(Buffer.from('sku,name,price\nX,,1\n'), { dir, code: 'v1' }, empty.read)
    expect(a.calls()).toBe(2)
    expect(readdirSync(root)).toEqual([])
  })

  it('builds again when the kept file is damaged, cut short or of another format', () => {
    const bytes = Buffer.from(CSV)
    const r = readWith(CSV)
    const want = plain(cachedCatalog(bytes, { dir, code: 'v1' }, r.read).index)
    const file = join(dir, entries()[0]!)
    const good = readFileSync(file)
    const damaged = [
      ...damagedCopies(good),
      Buffer.from(
        good.toString('latin1').replace('counterchat-catalog-index 2', 'counterchat-catalog-index 0'),
        'latin1',
      ),
      // a product's name damaged in the JSON: the sum covers the JSON as well as the arrays
      Buffer.from(good.toString('latin1').replace('"Tomato', '"Tomatx'), 'latin1'),
    ]
    for (const bad of damaged) {
      writeFileSync(file, bad, { mode: 0o600 })
      const before = r.calls()
      const got = cachedCatalog(bytes, { dir, code: 'v1' }, r.read)
      expect(r.calls()).toBe(before + 1)
      expect(plain(got.index)).toEqual(want)
    }
  })

  it.runIf(posix)('writes 0600 files in a 0700 folder, and reads no file or folder others can write', () => {
    const bytes = Buffer.from(CSV)
    const r = readWith(CSV)
    cachedCatalog(bytes, { dir, code: 'v1' }, r.read)
    const file = join(dir, entries()[0]!)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    chmodSync(file, 0o666)
    cachedCatalog(bytes, { dir, code: 'v1' }, r.read)
    expect(r.calls()).toBe(2)
    chmodSync(file, 0o600)
    chmodSync(dir, 0o777)
    cachedCatalog(bytes, { dir, code: 'v1' }, r.read)
    expect(r.calls()).toBe(3)
    chmodSync(dir, 0o700)
    cachedCatalog(bytes, { dir, code: 'v1' }, r.read)
    expect(r.calls()).toBe(3)
  })

  it('still answers when nothing can be written there', () => {
    writeFileSync(join(root, 'cache'), 'a file where the folder would be')
    const r = readWith(CSV)
    const got = cachedCatalog(Buffer.from(CSV), { dir, code: 'v1' }, r.read)
    const again = cachedCatalog(Buffer.from(CSV), { dir, code: 'v1' }, r.read)
    expect(r.calls()).toBe(2)
    expect(plain(again.index)).toEqual(plain(got.index))
  })

  it('keeps the four entries used last', () => {
    for (let i = 0; i < 6; i++) {
      const csv = CSV.replace('Onion,30', `Onion,${30 + i}`)
      cachedCatalog(Buffer.from(csv), { dir, code: 'v1' }, readWith(csv).read)
    }
    expect(entries()).toHaveLength(4)
  })
})

describe('codeVersion', () => {
  it('names a build by its chunks, and is null when run from TypeScript', () => {
    expect(codeVersion(pathToFileURL(join(root, 'x.ts')).href)).toBeNull()
    const chunks = join(root, 'chunks')
    mkdirSync(chunks)
    writeFileSync(join(chunks, 'a.js'), 'one')
    writeFileSync(join(chunks, 'b.js'), 'two')
    writeFileSync(join(chunks, 'b.js.map'), 'ignored')
    const url = pathToFileURL(join(chunks, 'a.js')).href
    const v1 = codeVersion(url)
    expect(v1).toMatch(/^[0-9a-f]{64}$/)
    writeFileSync(join(chunks, 'b.js.map'), 'changed, still ignored')
    expect(codeVersion(url)).toBe(v1)
    writeFileSync(join(chunks, 'b.js'), 'three')
    expect(codeVersion(url)).not.toBe(v1)
  })
})
