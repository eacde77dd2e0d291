// Matching an item as a customer wrote it to catalog products: exact name or alias first, then words (plural,
// typo, other-language synonym), scored by how much of the query and of the product name they cover.
import { convert, dimensionOf, type Quantity } from '../units'
import { deletions, type CatalogIndex } from './catalog-index'
import { DESCRIPTORS, FILLER, SIBLINGS, SYNONYMS } from './lexicon'
import { soundKey, stem, words, emojiToWords } from './text'

/** Adjectives that only count if the catalog uses them ("desi tomatoes" still means tomatoes). */
const SOFT = new Set([
  ...DESCRIPTORS,
  'regular',
  'normal',
  // German and Hindi size words: they pick a size (understand.ts), they are not part of a name
  'gross',
  'grosse',
  'grosses',
  'grossen',
  'grosser',
  'klein',
  'kleine',
  'kleines',
  'kleinen',
  'kleiner',
  'bada',
  'badi',
  'chhota',
  'chota',
  'chhoti',
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

/** At most this many words of an item are matched (an item is a few words; the rest is noise). */
const MAX_Q = 12
/** Words in more phrases than this are "common" (see the lookup). */
const COMMON_DF = 300
/** Products scoring within this of the best are "equally good": the customer is asked which one. */
const TIE = 0.08
/** Below this share of its name said, a product that is one of several full matches is not picked alone. */
const UNDERSPECIFIED = 0.7
/** How much of a common word's list is scanned when nothing rarer was said. */
const COMMON_SCAN = 400

interface Scratch {
  epoch: number
  stamp: Int32Array
  slot: Int32Array
  phrase: Int32Array
  q: Float64Array
  pm: Float64Array
  head: Uint8Array
  qcov: Float64Array
  pcov: Float64Array
  score: Float64Array
  full: Uint8Array
  pstamp: Int32Array
  pscore: Float64Array
  pslot: Int32Array
}
const scratches = new WeakMap<CatalogIndex, Scratch>()
/** Reusable buffers per index, so a lookup allocates nothing per touched phrase. */
function scratchFor(index: CatalogIndex): Scratch {
  let sc = scratches.get(index)
  if (!sc) {
    const n = index.phrases.length
    sc = {
      epoch: 0,
      stamp: new Int32Array(n),
      slot: new Int32Array(n),
      phrase: new Int32Array(n),
      q: new Float64Array(n * MAX_Q),
      pm: new Float64Array(n),
      head: new Uint8Array(n),
      qcov: new Float64Array(n),
      pcov: new Float64Array(n),
      score: new Float64Array(n),
      full: new Uint8Array(n),
      pstamp: new Int32Array(index.products.length),
      pscore: new Float64Array(index.products.length),
      pslot: new Int32Array(index.products.length),
    }
    scratches.set(index, sc)
  }
  return sc
}

/** Words of the customer's item text, in matching form. */
export function queryWords(text: string): string[] {
  const out = words(emojiToWords(text))
    .filter((w) => !FILLER.has(w) && !/^\d+([.,]\d+)?$/.test(w))
    .map(stem)
  return out.filter((w, i) => out.indexOf(w) === i)
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const diff: number[] = []
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i)
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  )
}

/** The built-in dictionary by sound-alike key: "cheenee" finds what "cheeni" means. */
const SOUND_SYNONYMS: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>()
  for (const [k, vs] of SIBLINGS)
    if (k.length >= 4) m.set(soundKey(k), [...(m.get(soundKey(k)) ?? []), ...vs, k])
  return m
})()

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
  for (const s of SIBLINGS.get(w) ?? []) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.95)
  if (out.length > 0) return out
  if (w.length >= 4 && !/\d/.test(w)) {
    const seen = new Set<number>()
    for (const d of [w, ...deletions(w)]) {
      for (const id of index.deletes.get(d) ?? []) {
        if (seen.has(id)) continue
        seen.add(id)
        const cand = vocabWord(index, id)
        // four-letter words only by swapping two letters ("mlik") or by a letter left out of a five-letter word
        // ("bred", "salt" stays itself): a changed letter would make "cake" "coke"
        if (
          cand !== undefined &&
          withinOne(w, cand) &&
          (w.length >= 5 || isSwap(w, cand) || cand.length === w.length + 1)
        )
          add(id, w.length >= 5 ? 0.85 : 0.75)
      }
    }
    // "dudh" for "doodh", "pyaj" for "pyaaz": same sound-alike key
    if (out.length === 0) for (const id of index.sounds.get(soundKey(w)) ?? []) add(id, 0.8)
    if (out.length === 0) {
      const viaDictionary = SOUND_SYNONYMS.get(soundKey(w))
      if (viaDictionary)
        for (const s of viaDictionary) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.8)
    }
    // "tamatr" -> synonyms of near words
    if (out.length === 0) {
      for (const key of Object.keys(SYNONYMS)) {
        if (
          Math.abs(key.length - w.length) <= 1 &&
          key.length >= 4 &&
          withinOne(w, key) &&
          (w.length >= 5 || isSwap(w, key))
        ) {
          for (const s of SYNONYMS[key]!) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.8)
        }
      }
    }
  }
  return out
}

/** The consonants of a word in order, doubles and aspiration folded: "butter" and "batar" are both "btr". */
function skeleton(w: string): string {
  return soundKey(w)
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1')
}

const skeletonCache = new WeakMap<CatalogIndex, Map<string, number[]>>()
/** Catalog words by skeleton, built the first time a message needs it (never for Latin-script messages). */
function skeletonsOf(index: CatalogIndex): Map<string, number[]> {
  let m = skeletonCache.get(index)
  if (!m) {
    m = new Map()
    for (const [w, id] of index.vocab) {
      if (w.length < 3 || /\d/.test(w)) continue
      const k = skeleton(w)
      if (k.length < 2) continue
      const list = m.get(k)
      if (list) list.push(id)
      else m.set(k, [id])
    }
    skeletonCache.set(index, m)
  }
  return m
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
  /**
   * Words written by ear from another script (Devanagari "बटर" -> "batar"): also match a catalog word with the
   * same consonants in the same order ("butter"), when nothing closer does.
   */
  loose?: boolean
}

export function matchItem(text: string, index: CatalogIndex, opts: MatchOptions = {}): MatchResult {
  const qw = queryWords(text).slice(0, MAX_Q)
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
  const alts = qw.map((w) => {
    const a = alternatives(index, w)
    if (a.length > 0 || !opts.loose || w.length < 3) return a
    return (skeletonsOf(index).get(skeleton(w)) ?? []).map((id) => ({ id, quality: 0.7 }))
  })
  const weights = qw.map((w, i) => {
    const a = alts[i]!
    if (a.length === 0) return SOFT.has(w) || w.length <= 1 ? 0 : index.unknownIdf
    return Math.max(...a.map((x) => index.idf[x.id]!))
  })
  const total = weights.reduce((s, x) => s + x, 0)
  if (total === 0) return none()
  const nq = qw.length
  const softQ = qw.map((w) => SOFT.has(w))
  const sc = scratchFor(index)
  const ep = ++sc.epoch
  let touched = 0
  // Rare words first; a very common word ("oil", "organic") then only adds to phrases already found, so a
  // lookup never scores thousands of products that lack the rare word anyway.
  const df = (i: number) => Math.min(...alts[i]!.map((a) => index.postings[a.id]!.length), Infinity)
  const order = qw.map((_, i) => i).sort((a, b) => df(a) - df(b))
  for (const i of order) {
    const onlyExisting = touched > 0 && df(i) > COMMON_DF
    for (const { id, quality } of alts[i]!) {
      const post = index.postings[id]!
      const w = index.idf[id]!
      // A query of common words only: its shortest-named phrases (lists are sorted by name weight) are the ones
      // that can win; the long tail would only ever rank below them.
      const n = touched === 0 && post.length > COMMON_DF ? Math.min(post.length, COMMON_SCAN) : post.length
      for (let k = 0; k < n; k++) {
        const ph = post[k]!
        let slot: number
        if (sc.stamp[ph] !== ep) {
          if (onlyExisting) continue
          sc.stamp[ph] = ep
          slot = touched++
          sc.slot[ph] = slot
          sc.phrase[slot] = ph
          for (let z = slot * MAX_Q, e = z + nq; z < e; z++) sc.q[z] = 0
          sc.pm[slot] = 0
          sc.head[slot] = 0
        } else slot = sc.slot[ph]!
        const o = slot * MAX_Q + i
        if (quality > sc.q[o]!) {
          if (sc.q[o] === 0) sc.pm[slot]! += w
          sc.q[o] = quality
        }
        // 2: the phrase's own head word; 1: a word that heads other products (a product noun, "salt" in "Tata
        // Salt Iodized"); 0: only modifiers or brand words matched
        const h =
          index.phraseHead[ph] === id || index.phraseHead2[ph] === id ? 2 : index.headCount[id]! > 0 ? 1 : 0
        if (h > sc.head[slot]!) sc.head[slot] = h
      }
    }
  }
  // Best phrase per product, then the few best products, without sorting everything.
  const size = opts.size
  const products = index.products
  const pscore = sc.pscore
  const pstamp = sc.pstamp
  const pslot = sc.pslot
  const seenProducts: number[] = []
  for (let slot = 0; slot < touched; slot++) {
    const ph = sc.phrase[slot]!
    const p = index.phraseProduct[ph]!
    if (!allowed(p)) continue
    let qs = 0
    let full = true
    const base = slot * MAX_Q
    for (let i = 0; i < nq; i++) {
      const qv = sc.q[base + i]!
      qs += qv * weights[i]!
      if (qv === 0 && weights[i]! > 0 && !softQ[i]) full = false
    }
    const qCov = qs / total
    const mass = index.phraseMass[ph]!
    const pCov = mass > 0 ? Math.min(1, sc.pm[slot]! / mass) : 0
    const score = 0.55 * qCov + 0.35 * pCov + (sc.head[slot] === 2 ? 0.1 : 0)
    sc.qcov[slot] = qCov
    sc.pcov[slot] = pCov
    sc.full[slot] = full ? 1 : 0
    sc.score[slot] = score
    if (pstamp[p] !== ep) {
      pstamp[p] = ep
      pscore[p] = score
      pslot[p] = slot
      seenProducts.push(p)
    } else if (score > pscore[p]!) {
      pscore[p] = score
      pslot[p] = slot
    }
  }
  if (seenProducts.length === 0) return none()
  interface Scored {
    product: number
    score: number
    full: boolean
    head: boolean
    qCov: number
    pCov: number
    words: number
  }
  const better = (a: Scored, b: Scored) =>
    b.score - a.score || products[a.product]!.name.length - products[b.product]!.name.length
  const insert = (list: Scored[], x: Scored, k: number) => {
    if (list.length >= k && better(x, list[list.length - 1]!) >= 0) return
    let at = list.length
    while (at > 0 && better(x, list[at - 1]!) < 0) at--
    list.splice(at, 0, x)
    if (list.length > k) list.pop()
  }
  // A word the catalog has never seen ("coconut" oil, "steak" burrito) means something the shop does not list:
  // no guessing and no asking then, the item is unmatched.
  const unknownWord = qw.some((w, i) => alts[i]!.length === 0 && !softQ[i] && weights[i]! > 0)
  // Everything said matches but only as brand or modifier words ("maggi", "surf excel"): ask which one. Not for a
  // plural noun ("mangoes" is not "Mango Juice") nor a common item word ("mango" is not "Mango Pickle").
  const lastWord =
    words(text)
      .filter((w) => !FILLER.has(w))
      .pop() ?? ''
  const notBrand = /(?:s|es)$/.test(lastWord) || qw.some((w) => SIBLINGS.has(w))
  // And all of a product's (multi-word) name was said, with extra words the catalog lacks ("amul taaza toned milk"
  // for "Amul Taaza Milk"): ask, it is likely that product.
  const worth = (x: Scored) =>
    (!unknownWord && ((x.head && x.qCov >= 0.6) || (x.full && !x.head && !notBrand && x.qCov >= 0.99))) ||
    (x.head && x.pCov >= 0.99 && x.words >= 2 && x.qCov >= 0.5)
  const good: Scored[] = []
  const asks: Scored[] = []
  let bestAll: Scored | null = null
  // Kept wider than what is offered, so the re-ordering for a question below has real choices to pick from.
  const K = max * 4
  for (const p of seenProducts) {
    const slot = pslot[p]!
    let score = pscore[p]!
    if (size) {
      const ps = index.sizes[p]
      if (ps && sameSize(ps, size)) score += 0.12
    }
    const x: Scored = {
      product: p,
      score,
      full: sc.full[slot] === 1,
      head: sc.head[slot]! > 0,
      qCov: sc.qcov[slot]!,
      pCov: sc.pcov[slot]!,
      words: index.phraseLength[sc.phrase[slot]!]!,
    }
    if (!bestAll || better(x, bestAll) < 0) bestAll = x
    if (x.full && x.head) insert(good, x, K)
    else if (worth(x)) insert(asks, x, max)
  }
  if (good.length === 0) {
    const best = bestAll!
    // Most of what was said matches and the product's main word is in it: worth asking, not worth guessing;
    // or the whole product name was said plus words the catalog does not know ("steak burrito").
    if (asks.length > 0) {
      return ambiguous(
        index,
        asks.map((c) => c.product),
        0.35 + 0.3 * asks[0]!.score,
        qw,
      )
    }
    return none(best.score * 0.3)
  }
  const best = good[0]!
  // Several products contain everything that was said and the best is mostly words that were not said ("lux soap"
  // among a dozen Lux soaps): under-specified, ask.
  // When asking, offer first the products whose names are mostly what was said ("Fresho Onion" before
  // "bb Combo ... Onion ... 10 kg"): a size bonus alone must not put a combo pack at the top of the list.
  const ties =
    good.length > 1 && best.pCov < UNDERSPECIFIED
      ? [...good].sort((a, b) => b.pCov - a.pCov || better(a, b))
      : good.filter((x) => x.score >= best.score - TIE)
  if (ties.length === 1) {
    const second = good[1]
    const margin = second ? best.score - second.score : 0.3
    const conf = Math.min(0.95, 0.55 + 0.3 * best.score + Math.min(0.15, margin))
    return resolved(index, best.product, Number(conf.toFixed(2)), qw)
  }
  return ambiguous(
    index,
    ties.slice(0, max).map((t) => t.product),
    Number((0.5 * best.score).toFixed(2)),
    qw,
  )
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

/** Does the item contain a word the catalog or the built-in dictionary knows (a product word, not chatter)? */
export function soundsLikeAnItem(text: string, index: CatalogIndex): boolean {
  return queryWords(text).some((w) => index.vocab.has(w) || SIBLINGS.has(w))
}

/**
 * The products the order reader would consider for one typed word: the catalog words it takes the word for
 * (itself, a synonym, one typo away, a sound-alike) and the products named with them. For catalog search,
 * so a misspelt name finds what the order reader would understand.
 */
export function productsNamedLike(index: CatalogIndex, word: string): string[] {
  const out = new Set<string>()
  for (const w of queryWords(word))
    for (const { id } of alternatives(index, w))
      for (const ph of index.postings[id] ?? []) out.add(index.products[index.phrases[ph]!.product]!.sku)
  return [...out]
}
