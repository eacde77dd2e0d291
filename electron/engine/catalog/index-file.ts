// A catalog index kept in a file, for a process that would otherwise build it again from the same catalog: the
// parse command (electron/cli/catalog-cache.ts, keyed by the CSV's bytes) and the engine at start
// (index-cache.ts, keyed by the catalog's products in the database). Loading it back is a fraction of a build.
// An entry is named by what it was built from and the code that built it, so a loaded index is the one a build
// would make. The folder is 0700 and each file 0600; a file that is missing, damaged, of another format, or not
// the user's own is passed over (null) and the caller builds as before; a folder that cannot be written only
// means nothing is kept.
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs'
import { endianness } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mkdirPrivate, writeFilePrivate } from '../private-files'
import type { Product } from '../../../shared/domain'
import type { Quantity } from '../../../shared/units'
import {
  indexFromFields,
  type CatalogIndex,
  type IndexFields,
} from '../../../shared/understanding/catalog-index'

/** Bumped when what a file holds changes shape. */
const FORMAT = 'counterchat-catalog-index 2'
/** Entries kept: a shop has one catalog, a few versions of it at most matter. */
const KEEP = 4
const EXT = '.index'

/** The file an entry built by `code` from `parts` is kept in, under `dir`. */
export function entryFile(dir: string, code: string, parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${code}\0${endianness()}\0`)
  for (const p of parts) hash.update(p)
  return join(dir, hash.digest('hex').slice(0, 40) + EXT)
}

/**
 * The code an entry belongs to: a hash of the built chunks beside the module at `moduleUrl` (out/cli/chunks for
 * the CLI and the headless host). Run from TypeScript sources (tsx, tests) there is no build to name, and
 * nothing is kept: null.
 */
export function codeVersion(moduleUrl: string = import.meta.url): string | null {
  // (a bundle that is not an ES module may have no import.meta.url: nothing is kept then)
  if (typeof moduleUrl !== 'string' || !moduleUrl.startsWith('file:')) return null
  const here = fileURLToPath(moduleUrl)
  if (!here.endsWith('.js')) return null
  try {
    const dir = dirname(here)
    const hash = createHash('sha256')
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.js'))
      .sort())
      hash.update(`${f}\0`).update(readFileSync(join(dir, f)))
    return hash.digest('hex')
  } catch {
    return null
  }
}

const posix = process.platform !== 'win32'

/** Only what the user alone can write is read: a folder or file others can change could hold any answers. */
function private_(path: string, kind: 'dir' | 'file'): boolean {
  const st = lstatSync(path, { throwIfNoEntry: false })
  if (!st || (kind === 'dir' ? !st.isDirectory() : !st.isFile())) return false
  if (!posix) return true
  return st.uid === process.getuid!() && (st.mode & 0o077) === 0
}

// ------------------------------------------------------------------ the file
// [4 bytes: length of the JSON][32 bytes: sha256 of all that follows][the JSON][padding to 8][the typed arrays,
// each padded to 8]. The sum covers the JSON too: a word list or a size damaged there would be read as answers.

const TYPED = {
  idf: Float64Array,
  phraseProduct: Int32Array,
  phraseHead: Int32Array,
  phraseHead2: Int32Array,
  phraseMass: Float64Array,
  phraseTokStart: Int32Array,
  phraseTokens: Int32Array,
  phraseProductStart: Int32Array,
  headCount: Int32Array,
  postingStart: Int32Array,
  postingIds: Int32Array,
  exactStart: Int32Array,
  exactIds: Int32Array,
} as const
type TypedName = keyof typeof TYPED

interface Head {
  format: string
  /** what the caller keeps beside the index (the parse command: the skipped rows) */
  skipped: unknown
  /** each product as [its shape, its values in that shape's key order] (arrays parse faster than objects) */
  shapes: string[][]
  /** null: the products are not in the file, the loader has them (the engine reads them from its database) */
  products: unknown[][] | null
  /** 0: the product's own size object; else the size read from its name (or null) */
  sizes: (0 | Quantity | null)[]
  vocab: string[]
  phraseKeys: string[]
  exactKeys: string[]
  unknownIdf: number
  /** name, element count, in file order */
  arrays: [TypedName, number][]
}
/** Where the JSON starts: after its length and the file's sum. */
const TEXT_AT = 4 + 32

/**
 * Keeps `index` (and `meta`, any JSON) in `file`, with its products unless `withProducts` is false (the loader
 * then hands them back). Never throws: a read-only or full disk keeps nothing.
 */
export function saveIndexFile(file: string, index: CatalogIndex, meta: unknown, withProducts: boolean): void {
  try {
    const data = encode(index, meta, withProducts)
    if (!data) return
    const dir = dirname(file)
    mkdirPrivate(dir)
    if (!private_(dir, 'dir')) return
    writeFilePrivate(file, data)
    prune(dir)
  } catch {
    // a read-only or full disk: nothing is kept, the next run builds again
  }
}

/**
 * The index kept in `file`, or null when there is none usable. `products`: the products it was built from, in
 * the same order, for a file kept without them. `now` (ms) marks the entry as the last used.
 */
export function loadIndexFile(
  file: string,
  now: number,
  products?: readonly Product[],
): { index: CatalogIndex; meta: unknown } | null {
  try {
    if (!private_(dirname(file), 'dir') || !private_(file, 'file')) return null
    const buf = readFileSync(file)
    if (buf.length < TEXT_AT) return null
    const sum = createHash('sha256').update(buf.subarray(TEXT_AT)).digest()
    if (!sum.equals(buf.subarray(4, TEXT_AT))) return null
    const textEnd = TEXT_AT + buf.readUInt32LE(0)
    const head = JSON.parse(buf.toString('latin1', TEXT_AT, textEnd)) as Head
    if (head.format !== FORMAT || !allArraysOnce(head.arrays)) return null
    const bodyAt = textEnd + pad8(textEnd)
    const own = head.products ? productsOf(head, head.products) : products
    if (!own || own.length !== head.sizes.length) return null
    // one aligned copy of the arrays, viewed in place
    const body = new Uint8Array(buf.length - bodyAt)
    body.set(buf.subarray(bodyAt))
    const arrays = {} as { [K in TypedName]: InstanceType<(typeof TYPED)[K]> }
    let at = 0
    for (const [name, length] of head.arrays) {
      const Kind = TYPED[name]
      const bytes = length * Kind.BYTES_PER_ELEMENT
      if (at + bytes > body.byteLength) return null
      ;(arrays as Record<string, unknown>)[name] = new Kind(body.buffer, at, length)
      at += bytes + pad8(bytes)
    }
    if (at !== body.byteLength || !idsInRange(arrays, own.length, head)) return null
    const index = indexFromFields(fields(head, own, arrays))
    try {
      utimesSync(file, now / 1000, now / 1000) // the entry in use is the last one pruned
    } catch {
      // read-only: fine
    }
    return { index, meta: head.skipped }
  } catch {
    return null
  }
}

/** Each typed array named once, and no other: a file listing one twice or leaving one out is no index. */
function allArraysOnce(arrays: readonly [string, number][]): boolean {
  const names = new Set(arrays.map(([n]) => n))
  return (
    arrays.length === Object.keys(TYPED).length &&
    names.size === arrays.length &&
    arrays.every(([n, length]) => Object.hasOwn(TYPED, n) && Number.isInteger(length) && length >= 0)
  )
}

/**
 * The arrays' ids (products, phrases) and offsets within what they point into: an index whose ids point past them
 * would throw later, on a customer's message, far from this loader's try.
 */
function idsInRange(
  a: { [K in TypedName]: InstanceType<(typeof TYPED)[K]> },
  products: number,
  head: Head,
): boolean {
  const within = (xs: Int32Array, max: number) => {
    for (let i = 0; i < xs.length; i++) if (xs[i]! < 0 || xs[i]! >= max) return false
    return true
  }
  const offsets = (starts: Int32Array, count: number, of: number) => {
    if (starts.length !== count + 1 || starts[0] !== 0 || starts[count] !== of) return false
    for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return false
    return true
  }
  return (
    within(a.postingIds, head.phraseKeys.length) &&
    within(a.exactIds, products) &&
    within(a.phraseProduct, products) &&
    offsets(a.postingStart, head.vocab.length, a.postingIds.length) &&
    offsets(a.exactStart, head.exactKeys.length, a.exactIds.length)
  )
}

/** Keeps the newest entries, and clears what writes cut short by a crash left behind. */
function prune(dir: string): void {
  // a temporary file is named by its writer's pid (private-files.ts): one whose writer is gone was cut short
  for (const n of readdirSync(dir)) {
    const pid = /^\.(\d+)\.[0-9a-f]+\.tmp$/.exec(n)?.[1]
    if (pid !== undefined && !alive(Number(pid))) unlinkSync(join(dir, n))
  }
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith(EXT))
    .map((n) => ({ path: join(dir, n), at: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  for (const e of entries.slice(KEEP)) unlinkSync(e.path)
}

function encode(index: CatalogIndex, meta: unknown, withProducts: boolean): Buffer | null {
  // -0 would come back as 0 and an undefined as nothing (or null): such a catalog is simply not kept
  let lossy = false
  const json = (v: unknown) =>
    JSON.stringify(v, (_k, x: unknown) => {
      if (x === undefined || Object.is(x, -0)) lossy = true
      return x
    })
  const postingStart = new Int32Array(index.postings.length + 1)
  for (let i = 0; i < index.postings.length; i++)
    postingStart[i + 1] = postingStart[i]! + index.postings[i]!.length
  const postingIds = new Int32Array(postingStart[index.postings.length]!)
  for (let i = 0; i < index.postings.length; i++) postingIds.set(index.postings[i]!, postingStart[i])
  const exactKeys: string[] = []
  const exactStart: number[] = [0]
  const exactIds: number[] = []
  for (const [k, v] of index.exact) {
    exactKeys.push(k)
    if (typeof v === 'number') exactIds.push(v)
    else exactIds.push(...v)
    exactStart.push(exactIds.length)
  }
  const typed: Record<TypedName, ArrayBufferView & { length: number }> = {
    idf: index.idf,
    phraseProduct: index.phraseProduct,
    phraseHead: index.phraseHead,
    phraseHead2: index.phraseHead2,
    phraseMass: index.phraseMass,
    phraseTokStart: index.phraseTokStart,
    phraseTokens: index.phraseTokens,
    phraseProductStart: index.phraseProductStart,
    headCount: index.headCount,
    postingStart,
    postingIds,
    exactStart: Int32Array.from(exactStart),
    exactIds: Int32Array.from(exactIds),
  }
  const names = Object.keys(TYPED) as TypedName[]
  const parts: Buffer[] = []
  for (const n of names) {
    const a = typed[n]
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.alloc(pad8(a.byteLength)))
  }
  const body = Buffer.concat(parts)
  const head: Head = {
    format: FORMAT,
    skipped: meta,
    ...(withProducts ? rows(index.products) : { shapes: [], products: null }),
    sizes: index.sizes.map((s, p) => (s !== null && s === index.products[p]!.size ? 0 : s)),
    vocab: [...index.vocab.keys()],
    phraseKeys: index.phraseKeys as string[],
    exactKeys,
    unknownIdf: index.unknownIdf,
    arrays: names.map((n) => [n, typed[n].length]),
  }
  // all ASCII (the rest as \u escapes), so it is read back as Latin-1 text: decoding UTF-8 took longer than parsing
  const text = Buffer.from(
    json(head).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    'latin1',
  )
  if (lossy) return null
  const len = Buffer.alloc(4)
  len.writeUInt32LE(text.length)
  const rest = Buffer.concat([text, Buffer.alloc(pad8(TEXT_AT + text.length)), body])
  return Buffer.concat([len, createHash('sha256').update(rest).digest(), rest])
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: alive, another user's
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function pad8(n: number): number {
  return (8 - (n % 8)) % 8
}

function rows(products: readonly Product[]): Pick<Head, 'shapes' | 'products'> {
  const shapes: string[][] = []
  const shapeOf = new Map<string, number>()
  const out: unknown[][] = []
  for (const p of products) {
    const keys = Object.keys(p)
    const sig = keys.join('\0')
    let shape = shapeOf.get(sig)
    if (shape === undefined) {
      shape = shapes.length
      shapes.push(keys)
      shapeOf.set(sig, shape)
    }
    const row: unknown[] = [shape]
    for (const k of keys) row.push((p as unknown as Record<string, unknown>)[k])
    out.push(row)
  }
  return { shapes, products: out }
}

function productsOf(head: Head, rows: unknown[][]): Product[] {
  return rows.map((row) => {
    const keys = head.shapes[row[0] as number]!
    const p: Record<string, unknown> = {}
    for (let i = 0; i < keys.length; i++) p[keys[i]!] = row[i + 1]
    return p as unknown as Product
  })
}

function fields(
  head: Head,
  products: readonly Product[],
  a: { [K in TypedName]: InstanceType<(typeof TYPED)[K]> },
): IndexFields {
  const bySku = new Map<string, number>()
  for (let p = 0; p < products.length; p++) bySku.set(products[p]!.sku, p)
  const vocab = new Map<string, number>()
  for (let id = 0; id < head.vocab.length; id++) vocab.set(head.vocab[id]!, id)
  const postings: Int32Array[] = []
  for (let id = 0; id < head.vocab.length; id++)
    postings.push(a.postingIds.subarray(a.postingStart[id]!, a.postingStart[id + 1]!))
  const exact = new Map<string, number | number[]>()
  for (let i = 0; i < head.exactKeys.length; i++) {
    const from = a.exactStart[i]!
    const to = a.exactStart[i + 1]!
    exact.set(
      head.exactKeys[i]!,
      to - from === 1 ? a.exactIds[from]! : Array.from(a.exactIds.subarray(from, to)),
    )
  }
  if (a.phraseProduct.length !== head.phraseKeys.length || a.idf.length !== vocab.size)
    throw new Error('inconsistent')
  return {
    products,
    sizes: head.sizes.map((s, p) => (s === 0 ? products[p]!.size : s)),
    bySku,
    vocab,
    idf: a.idf,
    phraseProduct: a.phraseProduct,
    phraseHead: a.phraseHead,
    phraseHead2: a.phraseHead2,
    phraseMass: a.phraseMass,
    phraseKeys: head.phraseKeys,
    phraseProductStart: a.phraseProductStart,
    phraseTokStart: a.phraseTokStart,
    phraseTokens: a.phraseTokens,
    postings,
    exact,
    unknownIdf: head.unknownIdf,
    headCount: a.headCount,
  }
}
