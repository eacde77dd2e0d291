// Matching an item as a customer wrote it to catalog products: exact name or alias first, then words (plural,
// typo, other-language synonym), scored by how much of the query and of the product name they cover.
import { convert, dimensionOf, type Quantity } from '../units'
import { deletions, type CatalogIndex } from './catalog-index'
import { DESCRIPTORS, FILLER, SYNONYMS } from './lexicon'
import { stem, words, emojiToWords } from './text'

/** Adjectives that only count if the catalog uses them ("desi tomatoes" still means tomatoes). */
const SOFT = new Set([
  ...DESCRIPTORS,
  'regular',
  'normal',
  'hot',
  'cold',
  'chilled',
  'desi',
  'loose',
  'organic',
  'ripe',
  'best',
  'new',
  'kg',
  'g',
  'ml',
  'l',
  'wala',
  'pack',
  'packet',
  'piece',
  'quality',
  'branded',
  'brand',
  'order',
  'side',
  'size',
  'kacha',
  'kachha',
  'pakka',
  'bada',
  'badi',
  'chota',
  'choti',
  'grosse',
  'grosses',
  'kleine',
  'kleines',
  'frische',
])

export interface MatchResult {
  kind: 'resolved' | 'ambiguous' | 'none'
  sku: string | null
  candidates: string[]
  confidence: number
  /** Content words the query had (empty: nothing to match). */
  queryWords: string[]
}

interface Acc {
  q: Float64Array
  matched: Set<number>
}

/** Words of the customer's item text, in matching form. */
export function queryWords(text: string): string[] {
  const out = words(emojiToWords(text))
    .filter((w) => !FILLER.has(w) && !/^\d+([.,]\d+)?$/.test(w))
    .map(stem)
  return out.filter((w, i) => out.indexOf(w) === i)
}

/** Damerau-Levenshtein distance at most 1 (adjacent transposition counts as 1). */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Catalog words a query word can stand for, with how sure that is. */
function alternatives(index: CatalogIndex, w: string): { id: number; quality: number }[] {
  const out: { id: number; quality: number }[] = []
  const add = (id: number | undefined, quality: number) => {
    if (id === undefined) return
    const have = out.find((o) => o.id === id)
    if (have) have.quality = Math.max(have.quality, quality)
    else out.push({ id, quality })
  }
  add(index.vocab.get(w), 1)
  for (const s of SYNONYMS[w] ?? []) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.95)
  if (out.length > 0) return out
  if (w.length >= 4 && !/\d/.test(w)) {
    const seen = new Set<number>()
    for (const d of [w, ...deletions(w)]) {
      for (const id of index.deletes.get(d) ?? []) {
        if (seen.has(id)) continue
        seen.add(id)
        const cand = vocabWord(index, id)
        if (cand !== undefined && withinOne(w, cand)) add(id, w.length >= 5 ? 0.85 : 0.75)
      }
    }
    // "tamatr" -> synonyms of near words
    if (out.length === 0) {
      for (const key of Object.keys(SYNONYMS)) {
        if (Math.abs(key.length - w.length) <= 1 && key.length >= 4 && withinOne(w, key)) {
          for (const s of SYNONYMS[key]!) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.8)
        }
      }
    }
  }
  return out
}

const reverseCache = new WeakMap<CatalogIndex, string[]>()
function vocabWord(index: CatalogIndex, id: number): string | undefined {
  let rev = reverseCache.get(index)
  if (!rev) {
    rev = []
    for (const [w, i] of index.vocab) rev[i] = w
    reverseCache.set(index, rev)
  }
  return rev[id]
}

function sameSize(a: Quantity, b: Quantity): boolean {
  if (dimensionOf(a.unit) !== dimensionOf(b.unit)) return false
  const v = convert(a, b.unit)
  return v !== null && Math.abs(v - b.value) <= Math.max(1e-9, b.value * 0.01)
}

export interface MatchOptions {
  /** A pack size said with the item: prefers that variant. */
  size?: Quantity | null
  /** Only these products (the cart, the options of a question). */
  restrict?: ReadonlySet<number>
  maxCandidates?: number
}

export function matchItem(text: string, index: CatalogIndex, opts: MatchOptions = {}): MatchResult {
  const qw = queryWords(text)
  const none = (conf = 0): MatchResult => ({
    kind: 'none',
    sku: null,
    candidates: [],
    confidence: conf,
    queryWords: qw,
  })
  if (qw.length === 0 || index.phrases.length === 0) return none()
  const max = opts.maxCandidates ?? 5
  const allowed = (p: number) => !opts.restrict || opts.restrict.has(p)

  // 1. The whole text is a name or an alias.
  const exactHits = new Set<number>()
  const keys = [qw.join(' '), qw.join('')]
  for (const k of keys) for (const p of index.exact.get(k) ?? []) if (allowed(p)) exactHits.add(p)
  if (exactHits.size > 0) {
    const picked = pickBySize([...exactHits], index, opts.size)
    if (picked.length === 1) return resolved(index, picked[0]!, 0.97, qw)
    return ambiguous(index, picked.slice(0, max), 0.7, qw)
  }

  // 2. Word by word.
  const alts = qw.map((w) => alternatives(index, w))
  const weights = qw.map((w, i) => {
    const a = alts[i]!
    if (a.length === 0) return SOFT.has(w) || w.length <= 1 ? 0 : index.unknownIdf
    return Math.max(...a.map((x) => index.idf[x.id]!))
  })
  const total = weights.reduce((s, x) => s + x, 0)
  if (total === 0) return none()
  const acc = new Map<number, Acc>()
  alts.forEach((list, i) => {
    for (const { id, quality } of list) {
      const post = index.postings[id]!
      for (let k = 0; k < post.length; k++) {
        const ph = post[k]!
        let a = acc.get(ph)
        if (!a) {
          a = { q: new Float64Array(qw.length), matched: new Set() }
          acc.set(ph, a)
        }
        if (quality > a.q[i]!) a.q[i] = quality
        a.matched.add(id)
      }
    }
  })
  interface Scored {
    product: number
    score: number
    full: boolean
    head: boolean
    qCov: number
    pCov: number
  }
  const byProduct = new Map<number, Scored>()
  for (const [phId, a] of acc) {
    const ph = index.phrases[phId]!
    if (!allowed(ph.product)) continue
    let qs = 0
    let full = true
    for (let i = 0; i < qw.length; i++) {
      qs += a.q[i]! * weights[i]!
      if (a.q[i] === 0 && weights[i]! > 0) full = false
    }
    const qCov = qs / total
    let pm = 0
    for (const t of a.matched) if (ph.tokens.includes(t)) pm += index.idf[t]!
    const pCov = ph.mass > 0 ? pm / ph.mass : 0
    const head = a.matched.has(ph.head)
    const score = 0.55 * qCov + 0.35 * pCov + (head ? 0.1 : 0)
    const prev = byProduct.get(ph.product)
    if (!prev || score > prev.score)
      byProduct.set(ph.product, { product: ph.product, score, full, head, qCov, pCov })
  }
  if (byProduct.size === 0) return none()
  const size = opts.size
  const all = [...byProduct.values()]
  if (size) {
    for (const s of all) {
      const ps = index.sizes[s.product]
      if (ps && sameSize(ps, size)) s.score += 0.12
    }
  }
  all.sort((a, b) => b.score - a.score || nameLen(index, a.product) - nameLen(index, b.product))
  const good = all.filter((s) => s.full && s.head)
  if (good.length === 0) {
    const best = all[0]!
    // Most of what was said matches and the product's main word is in it: worth asking, not worth guessing.
    // ... or the whole product name was said, plus words the catalog does not know ("steak burrito").
    const worth = (s: Scored) => s.head && (s.qCov >= 0.6 || s.pCov >= 0.99)
    if (worth(best)) {
      const cands = all.filter(worth).slice(0, max)
      return ambiguous(
        index,
        cands.map((c) => c.product),
        0.35 + 0.3 * best.score,
        qw,
      )
    }
    return none(best.score * 0.3)
  }
  const best = good[0]!
  const ties = good.filter((s) => s.score >= best.score - 0.03)
  const fuzzyPenalty = 1
  if (ties.length === 1) {
    const second = good[1]
    const margin = second ? best.score - second.score : 0.3
    const conf = Math.min(0.95, (0.55 + 0.3 * best.score + Math.min(0.15, margin)) * fuzzyPenalty)
    return resolved(index, best.product, Number(conf.toFixed(2)), qw)
  }
  return ambiguous(
    index,
    ties.slice(0, max).map((t) => t.product),
    Number((0.5 * best.score).toFixed(2)),
    qw,
  )
}

function nameLen(index: CatalogIndex, p: number): number {
  return index.products[p]!.name.length
}

function pickBySize(ps: number[], index: CatalogIndex, size: Quantity | null | undefined): number[] {
  if (ps.length <= 1 || !size) return ps
  const same = ps.filter((p) => {
    const s = index.sizes[p]
    return s !== null && s !== undefined && sameSize(s, size)
  })
  return same.length > 0 ? same : ps
}

function resolved(index: CatalogIndex, p: number, confidence: number, qw: string[]): MatchResult {
  return { kind: 'resolved', sku: index.products[p]!.sku, candidates: [], confidence, queryWords: qw }
}

function ambiguous(index: CatalogIndex, ps: number[], confidence: number, qw: string[]): MatchResult {
  return {
    kind: 'ambiguous',
    sku: null,
    candidates: ps.map((p) => index.products[p]!.sku),
    confidence: Number(confidence.toFixed(2)),
    queryWords: qw,
  }
}
