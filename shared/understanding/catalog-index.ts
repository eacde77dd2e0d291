// The catalog index: built once per catalog version, then every lookup touches only the products that share a
// word with the query (inverted index), plus a symmetric-deletion table for one-typo words.
import type { Product } from '../domain'
import { parseSize, type Quantity } from '../units'
import { emojiToWords, soundKey, stem, words } from './text'

/** Words that never carry the identity of a product name. */
const PHRASE_STOP = new Set([
  'of',
  'the',
  'and',
  'with',
  'for',
  'a',
  'an',
  'in',
  'und',
  'mit',
  'ka',
  'ki',
  'ke',
  'by',
  'from',
  'to',
])

const SIZE_IN_NAME =
  /(\d+(?:[.,]\d+)?)\s*(?:[x×*]\s*(\d+(?:[.,]\d+)?)\s*)?(kg|kgs|kilo|g|gm|gms|gram|grams|gr|ml|l|lt|ltr|litre|liter|pcs|pc|pieces|piece|nos|pack|packs|pkt|dozen|dz)\b\.?/giu

export interface CatalogIndex {
  readonly products: readonly Product[]
  /** Pack size of each product: its `size`, or one read from its name ("Amul Butter 500 g"). */
  readonly sizes: readonly (Quantity | null)[]
  readonly bySku: ReadonlyMap<string, number>
  readonly vocab: ReadonlyMap<string, number>
  readonly idf: Float64Array
  /**
   * Per phrase id, as flat arrays (what the matcher's inner loops read: walking thousands of postings through
   * phrase objects spread over the heap was most of a lookup's time, and making them a fifth of the build): its
   * product; the word(s) that name what it is (the last word before " - ", and the last word of the phrase); the
   * sum of the idf of its words.
   */
  readonly phraseProduct: Int32Array
  readonly phraseHead: Int32Array
  readonly phraseHead2: Int32Array
  readonly phraseMass: Float64Array
  /** Each phrase's stemmed words joined by a space: among several exact hits, the ones said word for word lead. */
  readonly phraseKeys: readonly string[]
  /** The phrases of product p are phraseProductStart[p] .. phraseProductStart[p + 1] - 1 (added in order). */
  readonly phraseProductStart: Int32Array
  /** The token ids of phrase i are phraseTokens[phraseTokStart[i] .. phraseTokStart[i + 1]). */
  readonly phraseTokStart: Int32Array
  readonly phraseTokens: Int32Array
  /** token id -> phrase ids containing it */
  readonly postings: readonly Int32Array[]
  /**
   * whole phrase (its stemmed words joined with nothing, so "corn flakes" and "cornflakes" are one key) -> the
   * product id, or the ids when several products have that phrase (one array only where needed: tens of thousands
   * of one-element arrays were a tenth of the build)
   */
  readonly exact: ReadonlyMap<string, number | number[]>
  /** a word with one letter deleted (or the word itself) -> token ids */
  readonly deletes: ReadonlyMap<string, number[]>
  readonly unknownIdf: number
  /** Per word: how many phrases it heads. A word that heads something is a product noun ("salt", "oil"). */
  readonly headCount: Int32Array
  /** sound-alike key (see soundKey) -> token ids, for words of 4+ letters */
  readonly sounds: ReadonlyMap<string, number[]>
}

/** Stemmed matching words of a catalog phrase; sizes and bare numbers dropped. */
export function phraseWords(text: string): string[] {
  const cleaned = /\d/.test(text) ? emojiToWords(text).replace(SIZE_IN_NAME, ' ') : emojiToWords(text)
  const out: string[] = []
  for (const w of words(cleaned)) {
    if (PHRASE_STOP.has(w)) continue
    const c = w.charCodeAt(0)
    if (c >= 48 && c <= 57 && /^\d+$/.test(w)) continue
    out.push(stem(w))
  }
  return out
}

const HEAD_CUT = /\s[-–|]\s|[(,[|/]/

/**
 * Words a produce supplier writes after the noun of a name: its colour or variety, how it is prepared, how it is
 * packed ("Apple Red", "Onion White", "Garlic Peeled", "Strawberry 200g punnet", "Lemon each"). The noun before
 * them heads the name as well as its last word, so "apples" is asked about among "Apple Red" and "Apple Green".
 */
export const TRAILING_DESCRIPTORS: ReadonlySet<string> = new Set(
  [
    ...'red green yellow white black purple brown orange golden'.split(' '),
    ...'peeled unpeeled chopped diced sliced washed cleaned trimmed'.split(' '),
    ...'english local desi hybrid organic imported loose'.split(' '),
    ...'big small medium large jumbo'.split(' '),
    ...'box bag punnet tray crate sack net bunch head each pack packet pkt pc pcs piece'.split(' '),
    // the part of a herb that is sold: "Coriander Leaves", "Curry Leaf" are coriander and curry leaves
    ...'leaves leaf'.split(' '),
  ].map(stem),
)

export function sizeFromName(name: string): Quantity | null {
  let found: Quantity | null = null
  for (const m of name.matchAll(SIZE_IN_NAME)) {
    const q = parseSize(m[0].replace(/\.$/, ''))
    if (q) found = q
  }
  return found
}

export function deletions(w: string): string[] {
  const out: string[] = []
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1))
  return out
}

export function buildCatalogIndex(products: readonly Product[]): CatalogIndex {
  const b = new CatalogIndexBuilder()
  b.add(products)
  return b.finish()
}

/**
 * Builds an index from products handed over in slices, in catalog order: a host can read and index a big
 * catalog between other work instead of holding everything up for the whole build. The result is the same
 * as buildCatalogIndex over all the products at once.
 */
export class CatalogIndexBuilder {
  private readonly vocab = new Map<string, number>()
  private readonly df: number[] = []
  private readonly postingLists: number[][] = []
  // Phrases as parallel flat lists: tens of thousands of small objects and arrays were a fifth of the build.
  private readonly phraseProduct: number[] = []
  private readonly phraseHead: number[] = []
  private readonly phraseHead2: number[] = []
  private readonly tokStart: number[] = [0]
  private readonly tokens: number[] = []
  private readonly phraseKeys: string[] = []
  private readonly exact = new Map<string, number | number[]>()
  private readonly bySku = new Map<string, number>()
  private readonly sizes: (Quantity | null)[] = []
  private readonly products: Product[] = []

  get size(): number {
    return this.products.length
  }

  private addExact(key: string, p: number): void {
    if (!key) return
    const have = this.exact.get(key)
    if (have === undefined) this.exact.set(key, p)
    else if (typeof have === 'number') {
      if (have !== p) this.exact.set(key, [have, p])
    } else if (have[have.length - 1] !== p) have.push(p)
  }

  // Reads of a product its sku, name, aliases and size only: the engine keeps a built index under a catalog
  // version that stock and price edits leave as it is (engine/db/migrations/0006); reading another field here
  // means adding it to that migration's list.
  add(batch: readonly Product[]): void {
    const { vocab, df, postingLists, tokens } = this
    for (const product of batch) {
      const p = this.products.length
      this.products.push(product)
      this.bySku.set(product.sku, p)
      this.sizes.push(product.size ?? (/\d/.test(product.name) ? sizeFromName(product.name) : null))
      const texts =
        product.aliases.length === 0
          ? [product.name]
          : [product.name, ...product.aliases.filter((a) => a.trim() !== '')]
      // only a product with aliases can say the same phrase twice
      const seen = texts.length > 1 ? new Set<string>() : null
      for (const text of texts) {
        // The head is the last word before " - ", "(", ",", "|", "/": read the two parts apart, once each.
        const cut = text.search(HEAD_CUT)
        const mainWs = phraseWords(cut < 0 ? text : text.slice(0, cut))
        const ws = cut < 0 ? mainWs : mainWs.concat(phraseWords(text.slice(cut)))
        if (ws.length === 0) continue
        const key = ws.join(' ')
        if (seen) {
          if (seen.has(key)) continue
          seen.add(key)
        }
        let h = mainWs.length - 1
        while (h > 0 && TRAILING_DESCRIPTORS.has(mainWs[h]!)) h--
        const head = mainWs.length > 0 ? mainWs[h]! : ws[ws.length - 1]!
        const ph = this.phraseProduct.length
        const first = tokens.length
        let headId = -1
        let lastId = -1
        for (let i = 0; i < ws.length; i++) {
          const w = ws[i]!
          let id = vocab.get(w)
          if (id === undefined) {
            id = vocab.size
            vocab.set(w, id)
            df.push(0)
            postingLists.push([])
          }
          if (w === head) headId = id
          if (i === ws.length - 1) lastId = id
          let seenHere = false
          for (let k = first; k < tokens.length; k++) if (tokens[k] === id) seenHere = true
          if (!seenHere) {
            tokens.push(id)
            df[id]!++
            postingLists[id]!.push(ph)
          }
        }
        this.phraseProduct.push(p)
        this.phraseHead.push(headId)
        this.phraseHead2.push(lastId)
        this.tokStart.push(tokens.length)
        this.phraseKeys.push(key)
        this.addExact(ws.length > 1 ? ws.join('') : key, p)
      }
    }
  }

  finish(): CatalogIndex {
    const steps = this.finishing()
    for (;;) {
      const r = steps.next()
      if (r.done) return r.value
    }
  }

  /** finish() in steps, for a caller that does other work between them (each a few tens of ms at 27,000 products). */
  *finishing(): Generator<void, CatalogIndex, void> {
    const { vocab, df, postingLists } = this
    const count = this.phraseProduct.length
    const phraseProduct = new Int32Array(this.phraseProduct)
    const phraseHead = new Int32Array(this.phraseHead)
    const phraseHead2 = new Int32Array(this.phraseHead2)
    const tokStart = new Int32Array(this.tokStart)
    const tokens = new Int32Array(this.tokens)
    const np = this.products.length
    const phraseProductStart = new Int32Array(np + 1)
    for (let i = 0; i < count; i++) phraseProductStart[phraseProduct[i]! + 1]!++
    for (let p = 0; p < np; p++) phraseProductStart[p + 1]! += phraseProductStart[p]!
    const headCount = new Int32Array(vocab.size)
    for (let i = 0; i < count; i++) {
      headCount[phraseHead[i]!]!++
      if (phraseHead2[i] !== phraseHead[i]) headCount[phraseHead2[i]!]!++
    }
    const n = Math.max(1, count)
    const idf = new Float64Array(vocab.size)
    for (let i = 0; i < idf.length; i++) idf[i] = Math.log(1 + n / df[i]!)
    const mass = new Float64Array(count)
    for (let i = 0; i < count; i++) {
      let m = 0
      for (let k = tokStart[i]!; k < tokStart[i + 1]!; k++) m += idf[tokens[k]!]!
      mass[i] = m
    }
    yield
    // Shortest names first: for a very common word the lookup only needs the head of its list (see match.ts).
    // All phrases are ordered once (by weight, then id: a stable sort of each list by weight); long lists are then
    // refilled in that order, instead of sorting each of them.
    const byMass = new Int32Array(count)
    for (let i = 0; i < byMass.length; i++) byMass[i] = i
    byMass.sort((a, b) => mass[a]! - mass[b]! || a - b)
    const long: number[] = []
    for (let id = 0; id < postingLists.length; id++) {
      if (postingLists[id]!.length > 64) {
        long.push(id)
        postingLists[id]!.length = 0
      }
    }
    if (long.length > 0) {
      const isLong = new Uint8Array(postingLists.length)
      for (const id of long) isLong[id] = 1
      for (const ph of byMass)
        for (let k = tokStart[ph]!; k < tokStart[ph + 1]!; k++) {
          const t = tokens[k]!
          if (isLong[t] === 1) postingLists[t]!.push(ph)
        }
    }
    yield
    return new BuiltIndex({
      phraseProduct,
      phraseHead,
      phraseHead2,
      phraseMass: mass,
      phraseTokStart: tokStart,
      phraseTokens: tokens,
      phraseKeys: this.phraseKeys,
      phraseProductStart,
      products: this.products,
      sizes: this.sizes,
      bySku: this.bySku,
      vocab,
      idf,
      postings: postingLists.map((l) => Int32Array.from(l)),
      exact: this.exact,
      unknownIdf: Math.log(1 + n / 3),
      headCount,
    })
  }
}

/** What an index holds besides the tables it makes on first use: enough to make it again (a cache). */
export type IndexFields = Omit<CatalogIndex, 'deletes' | 'sounds'>

/** An index made from the fields of one built before (and kept, e.g. by the parse command's cache). */
export function indexFromFields(f: IndexFields): CatalogIndex {
  return new BuiltIndex(f)
}

/**
 * The one-typo and sound-alike tables are read only for a word the catalog does not have: built the first time
 * one comes, not while the catalog loads (a fifth of the build at 27,000 products). Getters on a class, so the
 * index keeps fast properties: a getter in an object literal turned every read of the index (in the matcher's
 * inner loops) into a dictionary lookup.
 */
class BuiltIndex implements CatalogIndex {
  readonly products: IndexFields['products']
  readonly sizes: IndexFields['sizes']
  readonly bySku: IndexFields['bySku']
  readonly vocab: IndexFields['vocab']
  readonly idf: Float64Array
  readonly phraseProduct: Int32Array
  readonly phraseHead: Int32Array
  readonly phraseHead2: Int32Array
  readonly phraseMass: Float64Array
  readonly phraseTokStart: Int32Array
  readonly phraseTokens: Int32Array
  readonly phraseKeys: IndexFields['phraseKeys']
  readonly phraseProductStart: Int32Array
  readonly postings: IndexFields['postings']
  readonly exact: IndexFields['exact']
  readonly unknownIdf: number
  readonly headCount: Int32Array
  private deletesTable: Map<string, number[]> | undefined = undefined
  private soundsTable: Map<string, number[]> | undefined = undefined

  constructor(f: IndexFields) {
    this.products = f.products
    this.sizes = f.sizes
    this.bySku = f.bySku
    this.vocab = f.vocab
    this.idf = f.idf
    this.phraseProduct = f.phraseProduct
    this.phraseHead = f.phraseHead
    this.phraseHead2 = f.phraseHead2
    this.phraseMass = f.phraseMass
    this.phraseTokStart = f.phraseTokStart
    this.phraseTokens = f.phraseTokens
    this.phraseKeys = f.phraseKeys
    this.phraseProductStart = f.phraseProductStart
    this.postings = f.postings
    this.exact = f.exact
    this.unknownIdf = f.unknownIdf
    this.headCount = f.headCount
  }

  get deletes(): ReadonlyMap<string, number[]> {
    return (this.deletesTable ??= deletionTable(this.vocab))
  }

  get sounds(): ReadonlyMap<string, number[]> {
    return (this.soundsTable ??= soundTable(this.vocab))
  }
}

/** Sound-alike key -> ids of the catalog words (4+ letters, no digits) that have it. */
function soundTable(vocab: ReadonlyMap<string, number>): Map<string, number[]> {
  const sounds = new Map<string, number[]>()
  for (const [w, id] of vocab) {
    if (w.length < 4 || /\d/.test(w)) continue
    const k = soundKey(w)
    const list = sounds.get(k)
    if (!list) sounds.set(k, [id])
    else list.push(id)
  }
  return sounds
}

/** Each catalog word (4+ letters, no digits) and each of it with one letter left out -> ids of those words. */
function deletionTable(vocab: ReadonlyMap<string, number>): Map<string, number[]> {
  const deletes = new Map<string, number[]>()
  const put = (d: string, id: number) => {
    const list = deletes.get(d)
    if (!list) deletes.set(d, [id])
    else if (list[list.length - 1] !== id) list.push(id)
  }
  for (const [w, id] of vocab) {
    if (w.length < 4 || /\d/.test(w)) continue
    put(w, id)
    for (let i = 0; i < w.length; i++) put(w.slice(0, i) + w.slice(i + 1), id)
  }
  return deletes
}
