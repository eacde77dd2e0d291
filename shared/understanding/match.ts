// Matching an item as a customer wrote it to catalog products: exact name or alias first, then words (plural,
// typo, other-language synonym), scored by how much of the query and of the product name they cover.
import { packIs, type Quantity } from '../units'
import { deletions, TRAILING_DESCRIPTORS, type CatalogIndex } from './catalog-index'
import { firstInOrder } from './first-in-order'
import {
  compoundHeads,
  descriptiveCompoundRest,
  usualMakeRest,
  elidedCompounds,
  germanForms,
  germanNouns,
  germanPartsOf,
  isGermanCatalog,
  isGermanDescriptive,
  participleCompletions,
  rollsNamedBy,
  sameKindCompounds,
  sortedVocabOf,
  splitCompound,
} from './german-words'
import {
  DESCRIPTORS,
  EMOJI_WORDS,
  ENGLISH_NAMES,
  TRADE_NAMES,
  FILLER,
  NOTE_WORDS,
  SIBLINGS,
  SYNONYMS,
  UNIT_WORDS,
  VARIETY_OF,
} from './lexicon'
import { loanwordIds } from './loanwords'
import { nameNumberPairs } from './name-numbers'
import { MADE_KINDS, PRODUCE_CATEGORY } from './processed-goods'
import { emojiToWords, fold, lowerBound, soundKey, stem, words } from './text'

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
  // Bavarian: "a kloans Bauernbrot", "a groaß"
  'kloa',
  'kloan',
  'kloans',
  'kloane',
  'kloana',
  'groass',
  'groasse',
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
  // German organic labels ("Bio-Joghurt", "Öko-Eier"): how it is grown, in a farm shop true of all it sells
  'bio',
  'oko',
  'oeko',
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
  // Hindi "green", "fresh": "हरा धनिया", "ताज़ा पनीर" (they count only where the catalog names them: "Hari Mirch")
  'hara',
  'hari',
  'hare',
  'taaza',
  'taza',
  'taazi',
  'tazi',
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
/** A common word is looked up in the phrases found so far when there are fewer than 1/SLOT_SCAN of its list. */
const SLOT_SCAN = 3
/** How much of a common word's list is scanned when nothing rarer was said. */
const COMMON_SCAN = 400

/**
 * What a lookup reads and writes, per index. The postings are laid out flat with, beside each entry, what the
 * scoring needs of its phrase (product, name weight, whether the word heads it): read in list order instead of
 * fetched per phrase from all over the heap, which was most of a lookup's time.
 */
interface Scratch {
  epoch: number
  /** token id -> its entries in the post* arrays: [start[id], start[id + 1]) */
  start: Int32Array
  postPhrase: Int32Array
  postProduct: Int32Array
  postMass: Float64Array
  /** 1 when the token is the phrase's head or its last word */
  postHead: Uint8Array
  /** phrase id -> its tokens in tok* arrays: [tokStart[ph], tokStart[ph + 1]) */
  tokStart: Int32Array
  tokId: Int32Array
  /** 1 when the token is the phrase's head or its last word */
  tokHead: Uint8Array
  // per phrase
  stamp: Int32Array
  slot: Int32Array
  // per touched phrase (slot)
  phrase: Int32Array
  product: Int32Array
  mass: Float64Array
  q: Float64Array
  pm: Float64Array
  head: Uint8Array
  qcov: Float64Array
  pcov: Float64Array
  full: Uint8Array
  score: Float64Array
  // per product
  pstamp: Int32Array
  pscore: Float64Array
  pslot: Int32Array
  /** The length of its name: the tie-break between equal scores. */
  nameLength: Int32Array
  /** 1 when it has more than one phrase (aliases), so its best phrase is only known after all of them. */
  shared: Uint8Array
  seen: Int32Array
  /** Per product, its pack size as a class of equal sizes (-1: none), so a lookup compares each size once. */
  sizeClass: Int32Array
  sizeOfClass: Quantity[]
  /** Per size class, for the lookup stamped: 1 when it is the size said */
  classStamp: Int32Array
  classSame: Uint8Array
}
/**
 * What the first lookups would otherwise make while a customer waits (~0.1 s at 27,000 products): the matcher's
 * flat postings, the one-typo and sound-alike tables, the sorted words for cut-short names, the consonant
 * skeletons for Devanagari and the numbers that begin catalog names ("5 Star", 20–50 ms). One step each, for a
 * host that readies a new index between other work; the answers are the same either way.
 */
export function* readyingSteps(index: CatalogIndex): Generator<void, void, void> {
  nameNumberPairs(index)
  yield
  scratchFor(index)
  yield
  void index.deletes
  yield
  void index.sounds
  yield
  sortedVocab(index)
  yield
  skeletonsOf(index)
}

const scratches = new WeakMap<CatalogIndex, Scratch>()
/** Reusable buffers per index, so a lookup allocates nothing per touched phrase. */
function scratchFor(index: CatalogIndex): Scratch {
  let sc = scratches.get(index)
  if (!sc) {
    const n = index.phraseProduct.length
    const np = index.products.length
    const start = new Int32Array(index.postings.length + 1)
    for (let id = 0; id < index.postings.length; id++) start[id + 1] = start[id]! + index.postings[id]!.length
    const entries = start[index.postings.length]!
    const postPhrase = new Int32Array(entries)
    const postProduct = new Int32Array(entries)
    const postMass = new Float64Array(entries)
    const postHead = new Uint8Array(entries)
    // German names put their noun first as often as last ("Äpfel Elstar", "Marmelade Erdbeer", "Spargel weiß"),
    // or between ("Bio-Eier 6 Stück"): their first word and every noun (capitalized) head them
    const firstHeads = isGermanCatalog(index)
    const nouns = firstHeads ? germanNouns(index) : null
    // a produce list's "Mushroom Button", "Apple Granny Smith": the goods first, the variety after
    const nounFirst = firstHeads ? null : nounFirstPhrases(index)
    for (let id = 0; id < index.postings.length; id++) {
      const list = index.postings[id]!
      for (let k = 0, e = start[id]!; k < list.length; k++, e++) {
        const ph = list[k]!
        postPhrase[e] = ph
        postProduct[e] = index.phraseProduct[ph]!
        postMass[e] = index.phraseMass[ph]!
        postHead[e] =
          index.phraseHead[ph] === id ||
          index.phraseHead2[ph] === id ||
          (firstHeads &&
            (index.phraseTokens[index.phraseTokStart[ph]!] === id ||
              nouns![index.phraseProduct[ph]!]!.has(id))) ||
          (nounFirst?.[ph] === 1 && index.phraseTokens[index.phraseTokStart[ph]!] === id)
            ? 1
            : 0
      }
    }
    const tokStart = index.phraseTokStart
    const tokId = index.phraseTokens
    const tokHead = new Uint8Array(tokStart[n]!)
    for (let ph = 0; ph < n; ph++) {
      const head = index.phraseHead[ph]!
      const head2 = index.phraseHead2[ph]!
      const first = tokStart[ph]!
      const own = nouns?.[index.phraseProduct[ph]!]
      for (let e = first; e < tokStart[ph + 1]!; e++)
        tokHead[e] =
          tokId[e] === head ||
          tokId[e] === head2 ||
          (firstHeads && (e === first || own!.has(tokId[e]!))) ||
          (e === first && nounFirst?.[ph] === 1)
            ? 1
            : 0
    }
    const phraseCount = new Int32Array(np)
    for (let ph = 0; ph < n; ph++) phraseCount[index.phraseProduct[ph]!]!++
    const shared = new Uint8Array(np)
    const nameLength = new Int32Array(np)
    for (let p = 0; p < np; p++) {
      shared[p] = phraseCount[p]! > 1 ? 1 : 0
      nameLength[p] = index.products[p]!.name.length
    }
    const sizeClass = new Int32Array(np).fill(-1)
    const sizeOfClass: Quantity[] = []
    const classOf = new Map<string, number>()
    for (let p = 0; p < np; p++) {
      const q = index.sizes[p]
      if (!q) continue
      const key = `${q.value} ${q.unit}`
      let c = classOf.get(key)
      if (c === undefined) {
        c = sizeOfClass.length
        classOf.set(key, c)
        sizeOfClass.push(q)
      }
      sizeClass[p] = c
    }
    sc = {
      epoch: 0,
      start,
      postPhrase,
      postProduct,
      postMass,
      postHead,
      tokStart,
      tokId,
      tokHead,
      stamp: new Int32Array(n),
      slot: new Int32Array(n),
      phrase: new Int32Array(n),
      product: new Int32Array(n),
      mass: new Float64Array(n),
      q: new Float64Array(n * MAX_Q),
      pm: new Float64Array(n),
      head: new Uint8Array(n),
      qcov: new Float64Array(n),
      pcov: new Float64Array(n),
      full: new Uint8Array(n),
      score: new Float64Array(n),
      pstamp: new Int32Array(np),
      pscore: new Float64Array(np),
      pslot: new Int32Array(np),
      nameLength,
      shared,
      seen: new Int32Array(np),
      sizeClass,
      sizeOfClass,
      classStamp: new Int32Array(sizeOfClass.length),
      classSame: new Uint8Array(sizeOfClass.length),
    }
    scratches.set(index, sc)
  }
  return sc
}

/**
 * Per phrase, 1 when its first word heads it as well as its last: a produce list names the goods first and the
 * variety after ("Mushroom Button", "Mushroom Oyster", "Apple Granny Smith", "Pepper Red"), so "2 kg mushrooms"
 * asks which mushroom instead of finding none. Only in a category of fresh produce, for a first word the
 * dictionary knows as goods, when the words after it name no other goods (save its own varieties: "button" is a
 * mushroom; "Mango Juice", "Coconut Water" stay juice and water), and when another name of the category begins
 * with it too or every word after it is its variety ("Lemon Grass" alone is no lemon).
 */
function nounFirstPhrases(index: CatalogIndex): Uint8Array {
  const n = index.phraseProduct.length
  const out = new Uint8Array(n)
  const { phraseTokStart: ts, phraseTokens: tok } = index
  const candidates: number[] = []
  const family = new Map<string, Set<number>>()
  for (let ph = 0; ph < n; ph++) {
    const len = ts[ph + 1]! - ts[ph]!
    if (len < 2) continue
    const product = index.products[index.phraseProduct[ph]!]!
    const category = fold(product.category ?? '')
    if (!words(category).some((w) => PRODUCE_CATEGORY.has(w))) continue
    const first = vocabWord(index, tok[ts[ph]!]!)
    if (first === undefined || !goodsWords().has(first)) continue
    let varieties = true
    let ok = true
    for (let t = ts[ph]! + 1; t < ts[ph + 1]!; t++) {
      const w = vocabWord(index, tok[t]!) ?? ''
      const variety = VARIETY_OF.get(w)?.includes(first) ?? false
      if (!variety) varieties = false
      if (!variety && !TRAILING_DESCRIPTORS.has(w) && goodsWords().has(w)) ok = false
    }
    if (!ok) continue
    if (varieties) out[ph] = 1
    else candidates.push(ph)
    const key = `${first}|${category}`
    const members = family.get(key) ?? new Set<number>()
    members.add(index.phraseProduct[ph]!)
    family.set(key, members)
  }
  for (const ph of candidates) {
    const product = index.products[index.phraseProduct[ph]!]!
    const key = `${vocabWord(index, tok[ts[ph]!]!)}|${fold(product.category ?? '')}`
    if ((family.get(key)?.size ?? 0) >= 2) out[ph] = 1
  }
  return out
}

/** Words of the customer's item text, in matching form. */
export function queryWords(text: string): string[] {
  const out = words(emojiToWords(text))
    .filter((w) => !FILLER.has(w) && !/^\d+([.,]\d+)?$/.test(w))
    .map(stem)
  return out.filter((w, i) => out.indexOf(w) === i)
}

const QUALITY_PREFIXES = ['bio', 'oeko', 'oko', 'frisch']

/**
 * The query words with each German compound the catalog lacks written as its parts ("erdbeermarmelade" ->
 * "erdbeer marmelade" for "Marmelade Erdbeer"); a copy, at most MAX_Q words.
 */
/**
 * Names of goods a catalog may know by another name (a Hindi word whose English name is two words, an English
 * name of the trade's other countries), by the words said: the name in matching form -> its other names.
 */
const OTHER_NAMES: ReadonlyMap<string, readonly string[][]> = (() => {
  const out = new Map<string, string[][]>()
  for (const table of [ENGLISH_NAMES, TRADE_NAMES])
    for (const [name, others] of table)
      out.set(
        queryWords(name).join(' '),
        others.map((o) => queryWords(o)),
      )
  return out
})()
const OTHER_NAME_WORDS = Math.max(...[...OTHER_NAMES.keys()].map((k) => k.split(' ').length))

/**
 * The other names of goods (in matching form) that this catalog's names stand for: "bell pepper" where it sells
 * capsicum. The reader keeps such a name as goods when a word of it is talk ("bell" of a door).
 */
export function otherNamesOf(index: CatalogIndex): string[][] {
  const out: string[][] = []
  for (const [name, others] of OTHER_NAMES)
    if (others.some((ws) => ws.every((x) => index.vocab.has(x)))) out.push(name.split(' '))
  return out
}

const allNames = new WeakMap<CatalogIndex, string>()
/**
 * Every phrase key, spaced round, one a line: a text with no line break found in it lies within one of them, as
 * when each is searched on its own (once per index, not a new string per phrase for each name asked about).
 */
function allNamesOf(index: CatalogIndex): string {
  let all = allNames.get(index)
  if (all === undefined) allNames.set(index, (all = index.phraseKeys.map((k) => ` ${k} `).join('\n')))
  return all
}

/** Has the catalog a name with these words in a row ("spring onion" in "Spring Onion Bunch")? Kept per index. */
const namesSaid = new WeakMap<CatalogIndex, Map<string, boolean>>()
function catalogSays(index: CatalogIndex, name: string[]): boolean {
  if (name.length === 1) return index.vocab.has(name[0]!)
  let known = namesSaid.get(index)
  if (!known) namesSaid.set(index, (known = new Map()))
  const key = name.join(' ')
  let has = known.get(key)
  if (has === undefined) {
    const inner = ` ${key} `
    has = inner.includes('\n')
      ? index.phraseKeys.some((k) => ` ${k} `.includes(inner))
      : allNamesOf(index).includes(inner)
    known.set(key, has)
  }
  return has
}

/**
 * "karela" for Bitter Gourd, "lauki" for Bottle Gourd, "scallions" or "green onion" for Spring Onion Bunch, "bell
 * pepper red" for Capsicum Red: a name the catalog lacks, whose other name is words the catalog has, is those
 * words (the whole name or nothing: no single "gourd"). The longest name said wins.
 */
function englishNames(index: CatalogIndex, query: string[]): string[] {
  let out: string[] | null = null
  for (let i = 0; i < query.length; i++) {
    let replaced: string[] | null = null
    let span = 1
    for (let n = Math.min(OTHER_NAME_WORDS, query.length - i); n >= 1 && !replaced; n--) {
      const said = query.slice(i, i + n)
      // a supplier's list names the goods first and their kind after: "parsley italian" is "italian parsley"
      const others =
        OTHER_NAMES.get(said.join(' ')) ?? (n === 2 ? OTHER_NAMES.get(`${said[1]} ${said[0]}`) : undefined)
      if (!others || catalogSays(index, said) || catalogSays(index, [...said].reverse())) continue
      for (const ws of others)
        if (ws.every((x) => index.vocab.has(x))) {
          replaced = ws
          span = n
          break
        }
    }
    if (replaced) {
      ;(out ??= query.slice(0, i)).push(...replaced)
      i += span - 1
    } else if (out) out.push(query[i]!)
  }
  return out ? out.slice(0, MAX_Q) : query
}

function germanCompounds(index: CatalogIndex, query: readonly string[]): string[] {
  if (!isGermanCatalog(index)) return query.slice()
  const qw = englishCompounds(index, query)
  const out: string[] = []
  for (const w of qw) {
    const usual = germanForms(index, w).length > 0 ? null : usualMakeRest(index, w)
    let parts = usual ? [usual] : germanForms(index, w).length > 0 ? null : splitCompound(index, w)
    if (!parts && germanForms(index, w).length === 0) {
      // "Biomilch", "Frischmilch", "Ökoeier": a word of how it is grown or how fresh, run into the noun, says
      // nothing of which product; the noun is what was asked for
      const q = QUALITY_PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= 4)
      if (q) {
        const rest = w.slice(q.length)
        parts = germanForms(index, rest).length > 0 ? [rest] : (splitCompound(index, rest) ?? [rest])
      }
      // "Salatgurken", "Speisekartoffeln", "Bauernbrötchen": a first part that says what for or how grown,
      // before goods the catalog has, is no other product
      else if (elidedCompounds(index, w).length === 0) {
        const rest = descriptiveCompoundRest(index, w)
        if (rest) parts = [rest]
      }
    }
    for (const p of parts ?? [w]) if (!out.includes(p)) out.push(p)
  }
  return out.slice(0, MAX_Q)
}

/**
 * "apple juice", "farmhouse bread", "liver sausage" in a German shop: two English words whose German parts make
 * one of the catalog's compound words (Apfelsaft, Bauernbrot, Leberwurst), with or without a linking s, n, en or
 * es, are that word. Only when one of the two is no catalog word itself.
 */
function englishCompounds(index: CatalogIndex, qw: readonly string[]): readonly string[] {
  if (qw.length < 2) return qw
  let out: string[] | null = null
  for (let i = 0; i + 1 < qw.length; i++) {
    const a = qw[i]!
    const b = qw[i + 1]!
    if (index.vocab.has(a) && index.vocab.has(b)) continue
    const joined = joinedInCatalog(index, a, b)
    if (!joined) continue
    out ??= qw.slice(0, i)
    out.push(joined)
    // the rest, after the pair
    for (const w of englishCompounds(index, qw.slice(i + 2))) out.push(w)
    return out
  }
  return qw
}

function joinedInCatalog(index: CatalogIndex, a: string, b: string): string | null {
  const parts = (w: string) =>
    germanPartsOf(w, [w, ...(SIBLINGS.get(w) ?? [])]).flatMap((x) => words(x).map(stem))
  const heads = parts(b)
  for (const x of parts(a))
    for (const y of heads)
      for (const link of ['', 's', 'n', 'en', 'es']) {
        const c = `${x}${link}${y}`
        if (c.length >= 7 && index.vocab.has(c)) return c
      }
  return null
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

/** A catalog word a query word can stand for, with how sure that is. */
interface Alt {
  id: number
  quality: number
}

/** Endings German nouns take in the dative and plural, longest first. */
const GERMAN_ENDINGS = ['ern', 'en', 'er', 'es', 'n', 'e']

/** Catalog words a query word can stand for, with how sure that is. */
function alternatives(index: CatalogIndex, w: string): Alt[] {
  const out: Alt[] = []
  const add = (id: number | undefined, quality: number) => {
    if (id === undefined) return
    const have = out.find((o) => o.id === id)
    if (have) have.quality = Math.max(have.quality, quality)
    else out.push({ id, quality })
  }
  add(index.vocab.get(w), 1)
  // "maggis", "kiwis": a plural the stemmer keeps (an "-is" word may be singular: "tennis") of a catalog word
  if (out.length === 0 && w.length >= 5 && w.endsWith('is')) add(index.vocab.get(w.slice(0, -1)), 0.95)
  // a short word's plural, which the stemmer keeps too: "2 7-ups" are "7 Up"
  if (out.length === 0 && w.length === 3 && w.charCodeAt(2) === 115) add(index.vocab.get(w.slice(0, 2)), 0.95)
  for (const s of SIBLINGS.get(w) ?? []) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.95)
  // "Kas" for a shop with only "Bergkäse", "Semmeln" with only "Dinkelbrötchen": the other word's compounds
  if (out.length === 0 && SIBLINGS.has(w) && isGermanCatalog(index))
    for (const s of SIBLINGS.get(w)!)
      for (const sw of words(s).map(stem))
        if (sw.length >= 4) for (const id of compoundHeads(index, sw)) add(id, 0.8)
  // a German word the catalog has also stands, less surely, for the compounds it heads among the same kind of
  // goods: "Eier" is "Bio-Eier" and "Freilandeier" both
  if (index.vocab.has(w) && w.length >= 4 && !/\d/.test(w) && isGermanCatalog(index))
    for (const id of sameKindCompounds(index, w)) add(id, 0.8)
  if (out.length > 0) return out
  // German case endings on a noun the catalog has bare: "bei den Broten", "mit 6 Eiern", "von den Äpfeln"
  if (w.length >= 5) {
    for (const ending of GERMAN_ENDINGS) {
      if (w.endsWith(ending) && w.length - ending.length >= 3)
        add(index.vocab.get(w.slice(0, -ending.length)), 0.9)
    }
    if (out.length > 0) return out
  }
  if (w.length >= 4 && !/\d/.test(w) && isGermanCatalog(index)) {
    // the same noun in another case, number or as a diminutive ("Birne" for "Birnen", "Äpfelchen"), else the
    // compounds it heads ("Käse" for "Bergkäse", "Brot" for every "...brot": a choice when there are several)
    for (const id of germanForms(index, w)) add(id, 0.9)
    if (out.length > 0) return out
    for (const id of compoundHeads(index, w)) add(id, 0.85)
    if (out.length > 0) return out
    // a compound with a middle part left out ("Sonnenblumenbrot" for "Sonnenblumenkernbrot"), an adjective said
    // by the first part of the catalog's compound one ("mehlige" for "mehligkochend") or the other way round
    for (const id of elidedCompounds(index, w)) add(id, 0.85)
    if (out.length > 0) return out
    for (const id of participleCompletions(index, w)) add(id, 0.8)
    if (out.length > 0) return out
  }
  // a word that describes goods is no typo of another word: "curly" parsley is not "curry", "roma" no "romaine"
  if (w.length >= 4 && !/\d/.test(w) && !NOTE_WORDS.has(w)) {
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
    // "tmatar" is tamatar, not matar: Hinglish is typed with its vowels left out far more often than with a letter
    // too many, so a word one vowel short of a catalog word is that word alone
    const voweled = out.filter(({ id }) => vowelLeftOut(w, vocabWord(index, id) ?? ''))
    if (voweled.length > 0 && voweled.length < out.length) out.splice(0, out.length, ...voweled)
    // "dudh" for "doodh", "pyaj" for "pyaaz": same sound-alike key
    if (out.length === 0) for (const id of index.sounds.get(soundKey(w)) ?? []) add(id, 0.8)
    if (out.length === 0) {
      const viaDictionary = SOUND_SYNONYMS.get(soundKey(w))
      if (viaDictionary)
        for (const s of viaDictionary) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.8)
    }
    // "tamatr" -> synonyms of near words
    if (out.length === 0) {
      const heard = withoutMedialH(w)
      for (const key of Object.keys(SYNONYMS)) {
        if (
          (Math.abs(key.length - w.length) <= 1 &&
            key.length >= 4 &&
            withinOne(w, key) &&
            (w.length >= 5 || isSwap(w, key))) ||
          // "lasan" for "lahsun", "mendi" for "mehndi": Hindi's h after a vowel and before a consonant is barely
          // said and often not typed; then one letter off, as above
          (w.length >= 5 && SYNONYM_SOUNDS.has(key) && withinOne(heard, SYNONYM_SOUNDS.get(key)!))
        ) {
          for (const s of SYNONYMS[key]!) for (const sw of words(s).map(stem)) add(index.vocab.get(sw), 0.8)
        }
      }
    }
    // "aaloo" (आलू) is "aloo" said longer, and "aloo" is the dictionary's potato as well as the word of the
    // catalog's "Aloo Bhujia": a word that sounds the same as a catalog word stands for what that word means too, as
    // it does typed right, so the plain potato is found and not only the snacks named after it (a letter changed
    // is no same sound: "batar" is not "matar")
    for (const o of [...out]) {
      const cand = vocabWord(index, o.id)
      if (cand === undefined || soundKey(cand) !== soundKey(w)) continue
      for (const sib of SIBLINGS.get(cand) ?? [])
        for (const sw of words(sib).map(stem)) add(index.vocab.get(sw), Math.min(o.quality, 0.8))
    }
    // "cauli", "brocc", "capsi": the trade writes long names cut short. A word the catalog lacks that begins one
    // to three of its longer words stands for them (more would be a guess).
    if (out.length === 0) {
      const rolls = isGermanCatalog(index) ? rollsNamedBy(index, w) : []
      const completions = rolls.length > 0 ? rolls : completionsOf(index, w)
      if (completions.length > 0 && completions.length <= 3) for (const id of completions) add(id, 0.7)
    }
    // "melon" for Watermelon and Muskmelon, "berries" for Strawberry and Blueberry: the word that ends one to
    // three of the catalog's names of fresh produce stands for them, which one to be asked
    if (out.length === 0 && w.length >= 4) {
      const tails = produceEndingIn(index, w)
      if (tails.length > 0 && tails.length <= 3) for (const id of tails) add(id, 0.7)
    }
    // "cauliflour", "zuchinni": a long word two letters off the one catalog word it shares its start with
    if (out.length === 0 && w.length >= TWO_EDITS_FROM) {
      const near = twoEditsOff(index, w)
      if (near !== undefined) add(near, 0.7)
    }
  }
  return out
}

/** The catalog's words of fresh produce that end in `w` and are at least three letters longer (at most four). */
function produceEndingIn(index: CatalogIndex, w: string): number[] {
  const { words: sorted, ids } = produceVocab(index)
  const out: number[] = []
  for (let i = 0; i < sorted.length && out.length < 4; i++) {
    const cand = sorted[i]!
    if (cand.length >= w.length + 3 && cand.endsWith(w)) out.push(ids[i]!)
  }
  return out
}

const produceVocabOf = new WeakMap<CatalogIndex, { words: string[]; ids: number[] }>()
/** The sorted vocabulary's words of fresh produce, in its order (a few hundred of its tens of thousands). */
function produceVocab(index: CatalogIndex): { words: string[]; ids: number[] } {
  let v = produceVocabOf.get(index)
  if (!v) {
    const all = sortedVocab(index)
    const nouns = produceNouns(index)
    v = { words: [], ids: [] }
    for (let i = 0; i < all.words.length; i++)
      if (nouns.has(all.ids[i]!)) {
        v.words.push(all.words[i]!)
        v.ids.push(all.ids[i]!)
      }
    produceVocabOf.set(index, v)
  }
  return v
}

/** Words this long may have two letters wrong and still be only one word (shorter ones would be guesses). */
const TWO_EDITS_FROM = 8

/**
 * The one catalog word, with the same first three letters and no more than two letters longer or shorter, that is
 * at most two edits from `w` (none or several: undefined).
 */
function twoEditsOff(index: CatalogIndex, w: string): number | undefined {
  const { words: sorted, ids } = sortedVocab(index)
  const start = w.slice(0, 3)
  let found: number | undefined
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i]!.startsWith(start); i++) {
    const cand = sorted[i]!
    if (Math.abs(cand.length - w.length) > 2 || cand.length < TWO_EDITS_FROM - 1) continue
    if (editDistance(w, cand, 2) > 2) continue
    if (found !== undefined && found !== ids[i]) return undefined
    found = ids[i]
  }
  return found
}

/** Levenshtein distance, stopped once every row is past `limit` (then limit + 1). */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      row.push(v)
      if (v < best) best = v
    }
    if (best > limit) return limit + 1
    prev = row
  }
  return prev[b.length]!
}

/** Is typed the word with one of its vowels left out ("tmatar" of "tamatar", "dhnia" of "dhania")? */
function vowelLeftOut(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false
  let i = 0
  while (i < typed.length && typed[i] === word[i]) i++
  return 'aeiou'.includes(word[i]!) && word.slice(i + 1) === typed.slice(i)
}

/**
 * "toms", "pots", "cucs": the produce trade's clipped plurals, three letters once the s is gone, stand for the one
 * catalog word they begin when that word is known goods the shop sells as fresh produce (so do three letters said
 * alone as the item, "Tom 10kg"; the start of any other word would be a guess: "Pan" is no paneer).
 */
function clippedPlural(index: CatalogIndex, w: string): number | undefined {
  if (UNIT_WORDS.has(w) || UNIT_WORDS.has(`${w}s`)) return undefined
  const completions = completionsOf(index, w)
  const only = completions.length === 1 ? vocabWord(index, completions[0]!) : undefined
  return only !== undefined && goodsWords().has(only) && produceNouns(index).has(completions[0]!)
    ? completions[0]
    : undefined
}

/**
 * "Let - 6 heads", "Lets: 4": a list's item of three letters (with a plural s) that is also a little word of talk
 * ("let", read as filler everywhere else) is the clipped catalog word it begins, as "Tom" is; the catalog word.
 */
export function clippedListWord(index: CatalogIndex, w: string): string | undefined {
  if (!/^[a-z]{3}s?$/.test(w)) return undefined
  const id = clippedPlural(index, w.slice(0, 3))
  return id === undefined ? undefined : vocabWord(index, id)
}

/**
 * A word as it is written when said hard: the soft d, b and g between vowels or doubled ("budder" butter), and the
 * vowel said between l or r and ch ("millich" milch).
 */
function hardened(w: string): string[] {
  const out = [
    w.replace(/dd/g, 'tt').replace(/(?<=[aeiouyr])d(?=[aeiouyl])/g, 't'),
    w.replace(/bb/g, 'pp').replace(/(?<=[aeiouy])b(?=[aeiouy])/g, 'p'),
    w.replace(/gg/g, 'ck').replace(/(?<=[aeiouy])g(?=[aeiouy])/g, 'k'),
    w.replace(/(?<=[lr])i(?=ch)/, ''),
  ]
  return [...new Set(out)].filter((h) => h !== w)
}

/** A diminutive ending of the South (Swabian "-le", "-la", Alemannic "-li", Bavarian "-erl") after a stem of 4+. */
const DIMINUTIVE = /^([a-z]{4,}?)(?:erl|la|le|li)$/

/**
 * "Brezla", "Weckla", "Semmerl": a word the catalog lacks that is the diminutive of the South of a word the catalog
 * has ("Brezel", "Weckle", "Semmel"): the word itself, or the one to three catalog words its stem begins.
 */
function diminutiveOf(index: CatalogIndex, w: string): number[] {
  const m = DIMINUTIVE.exec(w)
  if (!m) return []
  const stem = m[1]!
  const own = index.vocab.get(stem)
  if (own !== undefined) return [own]
  const completions = completionsOf(index, stem)
  return completions.length <= 3 ? completions : []
}

/** Catalog words (no digits) in sorted order, for finding those that begin with a few letters. */
const sortedVocab = sortedVocabOf

/** Ids of the catalog words at least two letters longer that begin with `w` (at most 4 are collected). */
function completionsOf(index: CatalogIndex, w: string): number[] {
  const { words: sorted, ids } = sortedVocab(index)
  const out: number[] = []
  for (let i = lowerBound(sorted, w); i < sorted.length && sorted[i]!.startsWith(w) && out.length < 4; i++)
    if (sorted[i]!.length >= w.length + 2) out.push(ids[i]!)
  return out
}

/** The consonants of a word in order, doubles and aspiration folded: "butter" and "batar" are both "btr". */
/** A word without the h Hindi barely says after a vowel and before a consonant ("lahsun" lasun). */
function withoutMedialH(k: string): string {
  return k.replace(/([aeiou])h(?=[^aeiouyh])/g, '$1')
}
/** The dictionary's names that have such an h, without it, made once. */
const SYNONYM_SOUNDS: ReadonlyMap<string, string> = new Map(
  Object.keys(SYNONYMS)
    .filter((k) => /[aeiou]h[^aeiouyh]/.test(k))
    .map((k) => [k, withoutMedialH(k)]),
)

function skeleton(w: string): string {
  return soundKey(w)
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1')
}

/** A word of 3+ letters, at most one of them a vowel, that is no unit ("butr", "mlk"; not "kg", "pcs"). */
function smsShort(w: string): boolean {
  if (w.length < 3 || !/^[a-z]+$/.test(w) || UNIT_WORDS.has(w)) return false
  const vowels = w.replace(/[^aeiou]/g, '').length
  return vowels <= 1 && skeleton(w).length >= 3
}

const skeletonCache = new WeakMap<CatalogIndex, Map<string, number[]>>()
/** Catalog words by skeleton, built the first time a message needs it (Devanagari, or a Latin word without vowels). */
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

/** The consonants a Devanagari reading wrote, y among them ("chaay" is not "chaa"), aspiration folded. */
function writtenConsonants(w: string): string {
  return w
    .replace(/([bcdgjkpst])h/g, '$1')
    .replace(/iy/g, 'i')
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1')
}

/** The sound with Hindi's short a for an English short u ("ban" for bun): vowels as well as consonants. */
function vowelKey(w: string): string {
  return soundKey(w).replace(/u/g, 'a')
}

/**
 * A Devanagari word's catalog words. Its reading keeps every consonant the customer wrote; only the vowels are
 * the transliteration's guess. So a typo match that changes a consonant is another word ("batar" is butter, not
 * matar; "chaay" is chai, not chaas); a word of two consonants by its consonants alone must keep its vowels
 * too ("torai" is not toor, "mooli" not malai); and a short word is found by its sound
 * ("ghi", घी, is ghee), which Latin typing, with its typos, never gets under four letters.
 */
function readingLookup(index: CatalogIndex, w: string, l: WordLookup): WordLookup {
  if (l.alts.length > 0 && !index.vocab.has(w)) {
    const sk = writtenConsonants(w)
    const kept = l.alts.filter(
      (a) => a.quality >= 0.95 || a.quality === 0.8 || writtenConsonants(vocabWord(index, a.id) ?? '') === sk,
    )
    if (kept.length !== l.alts.length) l = lookupFor(index, kept)
  }
  if (l.alts.length === 0 && w.length >= 2 && w.length <= 3 && !/\d/.test(w))
    l = lookupFor(
      index,
      (index.sounds.get(soundKey(w)) ?? []).map((id) => ({ id, quality: 0.8 })),
    )
  if (l.alts.length === 0 && w.length >= 3) {
    const sk = skeleton(w)
    const ids = (skeletonsOf(index).get(sk) ?? []).filter(
      (id) => sk.length >= 3 || vowelKey(vocabWord(index, id) ?? '') === vowelKey(w),
    )
    l = lookupFor(
      index,
      ids.map((id) => ({ id, quality: 0.7 })),
    )
  }
  return l
}

/**
 * The one product whose whole name or alias is this word, or the word's meaning in the built-in dictionary ("tray"
 * for an egg tray aliased "tray", "roll" for Brötchen); null when none or several.
 */
export function wholeNameOf(index: CatalogIndex, word: string): string | null {
  const w = stem(word.toLowerCase())
  for (const x of [w, ...(SIBLINGS.get(w) ?? [])]) {
    const found = index.exact.get(words(x).map(stem).join(''))
    if (typeof found === 'number') return index.products[found]!.sku
  }
  return null
}

const brandWordsCache = new WeakMap<CatalogIndex, Set<number>>()
/**
 * "3 maggis", "2 colgates": the plural of a word that opens a product's name (where the brand stands) and is no
 * goods word is that brand's, not a plural noun ("mangoes" stays no "Mango Juice").
 */
function brandPlural(index: CatalogIndex, qw: readonly string[]): boolean {
  const last = qw[qw.length - 1]
  if (last === undefined || goodsWords().has(last)) return false
  let brands = brandWordsCache.get(index)
  if (!brands) {
    brands = new Set()
    for (let p = 0; p < index.products.length; p++) {
      const name = index.phraseProductStart[p]!
      const first = index.phraseTokens[index.phraseTokStart[name]!]
      if (first !== undefined && index.headCount[first] === 0) brands.add(first)
    }
    brandWordsCache.set(index, brands)
  }
  const id = index.vocab.get(last) ?? (last.endsWith('is') ? index.vocab.get(last.slice(0, -1)) : undefined)
  return id !== undefined && brands.has(id)
}

/** Every word found for a reading is a guess that lost or changed one of the consonants written. */
function lostConsonant(index: CatalogIndex, w: string, l: WordLookup): boolean {
  const sk = writtenConsonants(w)
  return l.alts.every((a) => a.quality < 0.95 && writtenConsonants(vocabWord(index, a.id) ?? '') !== sk)
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

/** A query word's alternatives and the figures the lookup derives from them. */
interface WordLookup {
  alts: readonly Alt[]
  /** The rarest alternative's idf (the word's weight when the catalog knows it). */
  maxIdf: number
  /**
   * The postings of all its alternatives (Infinity when there is none): how much looking it up walks. Not the
   * shortest list: "oil" with a rare sibling ("tel") is still a common word, looked up after the rare ones.
   */
  df: number
}

/** Words seen in messages by one catalog: a shop's customers use a few thousand, so this rarely fills. */
const LOOKUP_CACHE_MAX = 50_000
const lookupCache = new WeakMap<CatalogIndex, Map<string, WordLookup>>()

function lookupFor(index: CatalogIndex, alts: readonly Alt[]): WordLookup {
  let maxIdf = -Infinity
  let df = 0
  for (const a of alts) {
    const v = index.idf[a.id]!
    if (v > maxIdf) maxIdf = v
    df += index.postings[a.id]!.length
  }
  return { alts, maxIdf, df: alts.length === 0 ? Infinity : df }
}

/**
 * A word's lookup, remembered per catalog: the same words come in message after message, and finding a typo's
 * alternatives walks the deletion table and the dictionary.
 */
function wordLookup(index: CatalogIndex, w: string): WordLookup {
  let cache = lookupCache.get(index)
  if (!cache) {
    cache = new Map()
    lookupCache.set(index, cache)
  }
  let l = cache.get(w)
  if (!l) {
    if (cache.size >= LOOKUP_CACHE_MAX) cache.clear()
    l = lookupFor(index, alternatives(index, w))
    cache.set(w, l)
  }
  return l
}

const NO_LOOKUP: WordLookup = { alts: [], maxIdf: 0, df: Infinity }

const produceNounCache = new WeakMap<CatalogIndex, Set<number>>()
/** Words that name what a product of fresh produce is (its head words, its goods words): "tomato", "potato". */
function produceNouns(index: CatalogIndex): Set<number> {
  let set = produceNounCache.get(index)
  if (set) return set
  set = new Set()
  const { phraseTokStart: ts, phraseTokens: tok } = index
  for (let ph = 0; ph < index.phraseProduct.length; ph++) {
    const category = index.products[index.phraseProduct[ph]!]!.category
    if (!category || !words(category).some((w) => PRODUCE_CATEGORY.has(w))) continue
    set.add(index.phraseHead[ph]!)
    set.add(index.phraseHead2[ph]!)
    for (let t = ts[ph]!; t < ts[ph + 1]!; t++)
      if (goodsWords().has(vocabWord(index, tok[t]!) ?? '')) set.add(tok[t]!)
  }
  produceNounCache.set(index, set)
  return set
}

/** How goods are made into other goods ("dried", "tinned", "frozen"): never a mere variety of fresh produce. */
const PROCESSED = /(?:ed|en)$/

/**
 * "Irish potatoes", "Roma tomatoes", "long beans", "curly parsley": a word the catalog has never seen, that is no
 * goods of the dictionary nor a word of processing, before a noun of fresh produce the catalog sells, is the
 * kind or grade of it the customer is used to; the shop's produce is meant (a word after the noun, "tomato
 * puree", "garlic paste", may be other goods, and stays unknown).
 */
function varietyOfProduce(index: CatalogIndex, w: string, noun: WordLookup, nounWord = ''): boolean {
  if (w.length < 3 || !/^[a-z]+$/.test(w) || PROCESSED.test(w) || goodsWords().has(w)) return false
  // ("dragon fruit" is no kind of Passion Fruit: a word of a whole category of produce is no noun of one)
  if (PRODUCE_CATEGORY.has(nounWord)) return false
  const nouns = produceNouns(index)
  return noun.alts.some((a) => nouns.has(a.id))
}

let goodsWordSet: Set<string> | null = null
/**
 * Words the built-in dictionaries know as goods (what an emoji shows, what a synonym means, a variety): said
 * alone, such a word is that kind of goods, never the brand of a product named after it ("pineapple" is not
 * "Pineapple Soda", "cherry" not "Cherry Tomato").
 */
export function goodsWords(): Set<string> {
  if (goodsWordSet) return goodsWordSet
  const all = [
    ...Object.values(EMOJI_WORDS),
    ...Object.keys(SYNONYMS),
    ...Object.values(SYNONYMS).flat(),
    ...VARIETY_OF.keys(),
  ]
  goodsWordSet = new Set(all.flatMap((w) => words(w)).map(stem))
  return goodsWordSet
}

/** What matching reads of an item's text alone: the same texts come again and again ("1 kg onion"). */
interface ReadItem {
  /** its query words (at most MAX_Q); copied before use, never handed out */
  words: readonly string[]
  /**
   * Everything said matching only as brand or modifier words ("maggi", "surf excel") is worth asking about, but
   * not for a plural noun ("mangoes" is not "Mango Juice") nor a common item word ("mango" is not "Mango Pickle").
   */
  notBrand: boolean
  /** The words as a whole phrase, for the exact map: joined with nothing. */
  key: string
  /** Query words of three letters that were written with a plural s ("toms" → "tom"): maybe a clipped name. */
  clipped: readonly string[]
  /** Query words said with the trade's pet ending ("mushies" → "mushy", "strawbies"): maybe a clipped name. */
  pet: readonly string[]
}
const NO_WORDS: readonly string[] = []
/** A word of four letters or more with the pet ending "-ie(s)" Australian, British and South African kitchens use. */
const PET_ENDING = /^[a-z]{4,}(?:ies|ie)$/
const READ_CACHE_MAX = 20_000
/** Longer texts are not kept: an item is a few words, and the cache must stay small. */
const READ_CACHE_TEXT = 120
const readCache = new Map<string, ReadItem>()

function readItem(text: string): ReadItem {
  let r = readCache.get(text)
  if (!r) {
    const qw = queryWords(text).slice(0, MAX_Q)
    const said = words(text).filter((w) => !FILLER.has(w))
    const lastWord = said[said.length - 1] ?? ''
    r = {
      words: qw,
      notBrand: /(?:s|es)$/.test(lastWord) || qw.some((w) => SIBLINGS.has(w)),
      key: qw.join(''),
      clipped: qw.some((w) => w.length === 3)
        ? said
            .filter((w) => w.length === 4 && /^[a-z]{3}s$/.test(w))
            .map((w) => w.slice(0, 3))
            // "Tom 10kg", "Oni 5kg", "Pot 20kg": a list's item of three letters alone, which no dictionary knows
            // as goods, is clipped as its plural is
            .concat(
              said.length === 1 && /^[a-z]{3}$/.test(said[0]!) && !goodsWords().has(said[0]!) ? said : [],
            )
        : NO_WORDS,
      pet: said.some((w) => PET_ENDING.test(w)) ? said.filter((w) => PET_ENDING.test(w)).map(stem) : NO_WORDS,
    }
    if (text.length <= READ_CACHE_TEXT) {
      if (readCache.size >= READ_CACHE_MAX) readCache.clear()
      readCache.set(text, r)
    }
  }
  return r
}

function none(qw: string[], confidence = 0): MatchResult {
  return { kind: 'none', sku: null, candidates: [], confidence, queryWords: qw }
}

interface Scored {
  product: number
  score: number
  full: boolean
  head: boolean
  qCov: number
  pCov: number
  words: number
}

/**
 * Finished answers per index: a shop's customers name the same few hundred items again and again, and an index
 * never changes once built (a new catalog is a new index, with an empty cache). Only answers over the whole
 * catalog or over a subset that lives as long as the index (`sharedSubset`) are kept; a cart is not.
 */
const ANSWER_CACHE_MAX = 50_000
const answerCaches = new WeakMap<CatalogIndex, Map<string, Map<string, MatchResult>>>()
const subsetIds = new WeakMap<ReadonlySet<number>, number>()
const subsets = new WeakMap<CatalogIndex, Map<string, Set<number>>>()

/** A subset of the index's products made once per index (its answers can be cached like the whole catalog's). */
export function sharedSubset(index: CatalogIndex, name: string, make: () => Set<number>): Set<number> {
  let byName = subsets.get(index)
  if (!byName) subsets.set(index, (byName = new Map()))
  let set = byName.get(name)
  if (!set) {
    set = make()
    byName.set(name, set)
    subsetIds.set(set, byName.size)
  }
  return set
}

/** Which answers a call may share: the same options (the text is looked up within them); null: none. */
function optionsKey(opts: MatchOptions): string | null {
  let subset = 0
  if (opts.restrict) {
    const id = subsetIds.get(opts.restrict)
    if (id === undefined) return null
    subset = id
  }
  // the common call (the whole catalog, no size) builds no string
  if (subset === 0 && !opts.loose && opts.maxCandidates === undefined && !opts.size) return ''
  const size = opts.size ? `${opts.size.value}${opts.size.unit}` : ''
  return `${subset}|${opts.loose ? 1 : 0}|${opts.maxCandidates ?? ''}|${size}`
}

/** A copy, so that no caller can change what the cache holds. */
function copyOf(m: MatchResult): MatchResult {
  return { ...m, candidates: m.candidates.slice(), queryWords: m.queryWords.slice() }
}

export function matchItem(text: string, index: CatalogIndex, opts: MatchOptions = {}): MatchResult {
  const key = text.length > READ_CACHE_TEXT ? null : optionsKey(opts)
  // every field present, in one order: callers pass many field sets, and matchUncached, optimised for the few
  // seen so far, deoptimised ("wrong map") on each new one
  const all = {
    size: opts.size,
    restrict: opts.restrict,
    maxCandidates: opts.maxCandidates,
    loose: opts.loose,
  }
  if (key === null) return matchUncached(text, index, all)
  let byOptions = answerCaches.get(index)
  if (!byOptions) answerCaches.set(index, (byOptions = new Map()))
  let cache = byOptions.get(key)
  if (!cache) byOptions.set(key, (cache = new Map()))
  const hit = cache.get(text)
  if (hit) return copyOf(hit)
  const m = matchUncached(text, index, all)
  if (cache.size >= ANSWER_CACHE_MAX) cache.clear()
  cache.set(text, copyOf(m))
  return m
}

const EMOJI_ANY = /\p{Extended_Pictographic}/u
const EMOJI_ANY_G = /\p{Extended_Pictographic}\uFE0F?/gu

function matchUncached(text: string, index: CatalogIndex, opts: MatchOptions): MatchResult {
  // "blue berries", "water melon", "pine apple": a name the catalog writes as one word, typed as two
  const joined = opts.loose ? null : joinedNames(index, words(text))
  if (joined !== null) {
    const whole = matchWords(joined, index, opts, true)
    if (whole.kind !== 'none') return whole
  }
  const m = matchWords(text, index, opts, false)
  const firstReadingFound = wordsFound.slice(0, m.queryWords.length)
  // "🥬 spinach 1kg", "🍋 limes", "🌶 jalapenos": an item emoji beside the goods' own name is the list's picture
  // bullet, and the emoji's goods (🥬 is read as lettuce) are no part of what is named
  if (m.kind === 'none' && !opts.loose && EMOJI_ANY.test(text)) {
    const bare = text.replace(EMOJI_ANY_G, ' ')
    if (queryWords(bare).length > 0) {
      const named = matchWords(bare, index, opts, false)
      if (named.kind !== 'none') return named
    }
  }
  if (m.kind !== 'none' || opts.loose || m.queryWords.length !== 2) return m
  // "curly parsley" (curly one letter from curry), "flat beans" (flat of Flat Leaf Parsley), "roma tomatoes":
  // before a noun of fresh produce, a word the catalog knows only from other goods, or by a typo of them, that
  // names nothing with the noun is the kind the customer is used to, as a word it has never seen is (a kind and
  // its noun only: in a longer text, "make the lights blue", the words are no kinds of anything)
  // (the retry reads the same words, only a first word with a reading that is a variety of the produce noun after
  // it is read otherwise: without one, it would be the same reading again)
  if (kindBeforeNoun(index, m.queryWords, firstReadingFound)) {
    const again = matchWords(text, index, opts, true)
    if (again.kind !== 'none') return again
  }
  // "Kiwi fruit 10", "mint herb": the word of the goods' category said after them adds nothing to the name, when
  // the goods are filed under it (a "star fruit" is no Oyster Mushroom)
  const ws = words(text)
  const kind = ws.length === 2 ? stem(ws[1]!) : ''
  if (PRODUCE_CATEGORY.has(kind) && !PRODUCE_CATEGORY.has(ws[0]!)) {
    const bare = matchWords(ws[0]!, index, opts, false)
    const skus = bare.sku !== null ? [bare.sku] : bare.candidates
    const filed = (sku: string) => {
      const p = index.bySku.get(sku)
      return p !== undefined && words(index.products[p]!.category ?? '').some((w) => stem(w) === kind)
    }
    if (skus.length > 0 && skus.every(filed)) return bare
  }
  return m
}

/** The words with each two in a row that are one catalog word when written together joined, or null for none. */
function joinedNames(index: CatalogIndex, ws: string[]): string | null {
  let any = false
  const out: string[] = []
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i]!
    const b = ws[i + 1] ?? ''
    const two = a.length >= 3 && b.length >= 3 && /^[a-z]+$/.test(a + b) ? stem(a + b) : ''
    // (not where the catalog says the two words too: "corn flakes" beside "Cornflakes" is matched as said)
    if (two !== '' && index.vocab.has(two) && !catalogSays(index, [stem(a), stem(b)])) {
      out.push(two)
      i++
      any = true
    } else out.push(ws[i]!)
  }
  return any ? out.join(' ') : null
}

/** Per query word of the last matchWords call that read all of them: whether it found catalog words. */
const wordsFound: boolean[] = []

/** Would reading the words before the last as kinds of it ("curly parsley") drop a reading of any of them? */
function kindBeforeNoun(index: CatalogIndex, qw: readonly string[], found: readonly boolean[]): boolean {
  const nq = qw.length
  if (nq < 2) return false
  const noun = wordLookup(index, qw[nq - 1]!)
  for (let i = 0; i < nq - 1; i++)
    if (found[i] && varietyOfProduce(index, qw[i]!, noun, qw[nq - 1])) return true
  return false
}

function matchWords(
  text: string,
  index: CatalogIndex,
  opts: MatchOptions,
  kindsBefore: boolean,
): MatchResult {
  const read = readItem(text)
  const qw = englishNames(index, germanCompounds(index, read.words))
  if (qw.length === 0 || index.phraseProduct.length === 0) return none(qw)
  const max = opts.maxCandidates ?? 5
  const restrict = opts.restrict
  const nq = qw.length

  // 1. The whole text is a name or an alias.
  // (most texts are not a whole name: no array for them)
  let exactHits: number[] | null = null
  const found = index.exact.get(read.key)
  if (found !== undefined)
    for (const p of typeof found === 'number' ? [found] : found)
      if (!restrict || restrict.has(p)) (exactHits ??= []).push(p)
  if (exactHits) {
    if (exactHits.length > 1 && nq > 1) exactHits = saidWordForWordFirst(exactHits, index, qw.join(' '))
    const picked = pickBySize(exactHits, index, opts.size)
    // "eggs 2x30", "2 trays of eggs (30 pcs)": the name said is the small pack's, and the size said is another
    // pack of the same goods, named with more words ("Eggs Tray 30 pc"): that pack
    // (a weight said is how much of loose goods: "carrots 5 kg" is no 5 kg box)
    if (opts.size?.unit === 'pc' && !restrict && !exactHits.some((p) => sameSize(index, p, opts.size!))) {
      const other = packOfSizeNamed(index, opts.size, qw)
      if (other !== null) return resolved(index, other, 0.9, qw)
    }
    if (picked.length === 1) return resolved(index, picked[0]!, 0.97, qw)
    return ambiguous(index, picked.slice(0, max), 0.7, qw)
  }

  // 2. Word by word.
  const alts: (readonly Alt[])[] = []
  const weights: number[] = []
  const dfs: number[] = []
  const softQ: boolean[] = []
  let total = 0
  for (let i = 0; i < nq; i++) {
    const w = qw[i]!
    let l = wordLookup(index, w)
    if (opts.loose) l = readingLookup(index, w, l)
    // a Devanagari reading that a dictionary word only reaches by dropping one of its consonants ("dabal" as
    // "daal") is the English word it surely sounds like, when there is one ("double")
    if (opts.loose && l.alts.length > 0 && lostConsonant(index, w, l)) {
      const { ids, sure } = loanwordIds(index, w)
      if (sure) l = lookupFor(index, [{ id: ids[0]!, quality: 0.8 }])
    }
    if (l.alts.length === 0 && read.clipped.includes(w)) {
      const id = clippedPlural(index, w)
      if (id !== undefined) l = lookupFor(index, [{ id, quality: 0.7 }])
    }
    // "Mushies", "strawbies": the pet ending on a clipped name is the one catalog goods word the clip begins
    if (l.alts.length === 0 && !opts.loose && read.pet.includes(w)) {
      const id = clippedPlural(index, w.replace(/(?:ie|y)$/, ''))
      if (id !== undefined) l = lookupFor(index, [{ id, quality: 0.7 }])
    }
    if (l.alts.length === 0 && !opts.loose) {
      const ids = diminutiveOf(index, w)
      if (ids.length > 0)
        l = lookupFor(
          index,
          ids.map((id) => ({ id, quality: 0.7 })),
        )
    }
    // "Budder", "Millich": German said soft, as much of the country says it and writes it in chat
    if (l.alts.length === 0 && !opts.loose && w.length >= 5) {
      for (const hard of hardened(w)) {
        const h = wordLookup(index, hard)
        if (h.alts.length > 0) {
          l = h
          break
        }
      }
    }
    // written the SMS way, vowels dropped ("butr", "mlk", "sgr", "brd"): the one catalog word with those consonants
    if (l.alts.length === 0 && !opts.loose && smsShort(w)) {
      const ids = skeletonsOf(index).get(skeleton(w)) ?? []
      if (ids.length === 1) l = lookupFor(index, [{ id: ids[0]!, quality: 0.8 }])
    }
    // an English shop word written in Devanagari: "कैरट" kairat is carrot, "ओनियन" oniyan onion, "चाय" chaay chai
    if (l.alts.length === 0 && opts.loose && w.length >= 2) {
      const chai = w.replace(/a+y$/, 'ai')
      if (chai !== w) l = wordLookup(index, chai)
      if (l.alts.length === 0) {
        // one catalog word with three consonants or more in the same order ("laks" is lux, "fortyun" fortune) is
        // as sure as a typo; shorter or shared keys stay a guess
        const { ids, sure } = loanwordIds(index, w)
        l = lookupFor(
          index,
          ids.map((id) => ({ id, quality: sure ? 0.8 : 0.65 })),
        )
      }
    }
    if (
      kindsBefore &&
      i < nq - 1 &&
      l.alts.length > 0 &&
      varietyOfProduce(index, w, wordLookup(index, qw[nq - 1]!), qw[nq - 1])
    )
      l = NO_LOOKUP
    wordsFound[i] = l.alts.length > 0
    const soft =
      SOFT.has(w) ||
      isGermanDescriptive(w) ||
      (l.alts.length === 0 &&
        i < nq - 1 &&
        !opts.loose &&
        varietyOfProduce(index, w, wordLookup(index, qw[nq - 1]!), qw[nq - 1]))
    const weight = l.alts.length === 0 ? (soft || w.length <= 1 ? 0 : index.unknownIdf) : l.maxIdf
    alts.push(l.alts)
    weights.push(weight)
    dfs.push(l.df)
    softQ.push(soft)
    total += weight
  }
  if (total === 0) return none(qw)
  const sc = scratchFor(index)
  const ep = ++sc.epoch
  const { start, postPhrase, postProduct, postMass, postHead } = sc
  const { stamp, slot: slotOf, phrase: phraseAt, product: productAt, mass: massAt, q, pm, head } = sc
  const { idf, headCount } = index
  let touched = 0
  // Rare words first; a very common word ("oil", "organic") then only adds to phrases already found, so a
  // lookup never scores thousands of products that lack the rare word anyway.
  const order = qw.map((_, i) => i).sort((a, b) => dfs[a]! - dfs[b]!)
  for (const i of order) {
    const onlyExisting = touched > 0 && dfs[i]! > COMMON_DF
    for (const { id, quality } of alts[i]!) {
      const from = start[id]!
      const len = start[id + 1]! - from
      const w = idf[id]!
      // 2: the phrase's own head word; 1: a word that heads other products (a product noun, "salt" in "Tata
      // Salt Iodized"); 0: only modifiers or brand words matched
      const otherHead = headCount[id]! > 0 ? 1 : 0
      // A query of common words only: its shortest-named phrases (lists are sorted by name weight) are the ones
      // that can win; the long tail would only ever rank below them.
      if (onlyExisting && touched * SLOT_SCAN < len) {
        // A common word after rarer ones: looking for it in the few phrases found is cheaper than walking its
        // whole list for them. Same updates, so the same result.
        const { tokStart, tokId, tokHead } = sc
        for (let slot = 0; slot < touched; slot++) {
          const ph = phraseAt[slot]!
          for (let t = tokStart[ph]!, te = tokStart[ph + 1]!; t < te; t++) {
            if (tokId[t] !== id) continue
            const o = slot * MAX_Q + i
            if (quality > q[o]!) {
              if (q[o] === 0) pm[slot]! += w
              q[o] = quality
            }
            const h = tokHead[t] === 1 ? 2 : otherHead
            if (h > head[slot]!) head[slot] = h
            break
          }
        }
        continue
      }
      const n = touched === 0 && len > COMMON_DF ? Math.min(len, COMMON_SCAN) : len
      for (let k = from, end = from + n; k < end; k++) {
        const ph = postPhrase[k]!
        let slot: number
        if (stamp[ph] !== ep) {
          if (onlyExisting) continue
          stamp[ph] = ep
          slot = touched++
          slotOf[ph] = slot
          phraseAt[slot] = ph
          productAt[slot] = postProduct[k]!
          massAt[slot] = postMass[k]!
          for (let z = slot * MAX_Q, e = z + nq; z < e; z++) q[z] = 0
          pm[slot] = 0
          head[slot] = 0
        } else slot = slotOf[ph]!
        const o = slot * MAX_Q + i
        if (quality > q[o]!) {
          if (q[o] === 0) pm[slot]! += w
          q[o] = quality
        }
        const h = postHead[k] === 1 ? 2 : otherHead
        if (h > head[slot]!) head[slot] = h
      }
    }
  }
  // A word the catalog has never seen ("coconut" oil, "steak" burrito) means something the shop does not list:
  // no guessing and no asking then, the item is unmatched.
  const unknownWord = qw.some((w, i) => alts[i]!.length === 0 && !softQ[i] && weights[i]! > 0)
  // (a final s in Devanagari's reading is a sound, "laks" for Lux, not an English plural)
  const notBrand = read.notBrand && !opts.loose && !brandPlural(index, qw)
  const { phraseTokStart } = index
  const phraseLength = (ph: number) => phraseTokStart[ph + 1]! - phraseTokStart[ph]!
  // Worth asking about (when not a full match): the product's main word and most of what was said, or all that
  // was said as its brand or modifier words (a typo among them too: "amul taza"); or all of a product's (multi-word) name was said, with extra words
  // the catalog lacks ("amul taaza toned milk" for "Amul Taaza Milk"): ask, it is likely that product.
  // Devanagari comes to every word by sound ("indiya baasamti", "laks saabun"), each a little less sure than a
  // word spelt right, so all of them found is worth as much at a lower coverage
  const fullCov = opts.loose ? 0.65 : 0.8
  const worth = (full: boolean, isHead: boolean, qCov: number, pCov: number, ph: number) =>
    (!unknownWord && ((isHead && qCov >= 0.6) || (full && !isHead && !notBrand && qCov >= fullCov))) ||
    (isHead && pCov >= 0.99 && phraseLength(ph) >= 2 && qCov >= 0.5)

  // Best phrase per product, then the few best products, without sorting everything. A product with one
  // phrase that is neither a full match nor worth asking about can never be offered: it is passed over here
  // (bestScore below still counts it).
  const size = opts.size
  const { qcov, pcov, full: fullAt, score: scoreAt, pstamp, pscore, pslot, nameLength, shared, seen } = sc
  let nSeen = 0
  for (let slot = 0; slot < touched; slot++) {
    const p = productAt[slot]!
    if (restrict && !restrict.has(p)) {
      scoreAt[slot] = -1
      continue
    }
    let qs = 0
    let full = true
    const base = slot * MAX_Q
    for (let i = 0; i < nq; i++) {
      const qv = q[base + i]!
      qs += qv * weights[i]!
      if (qv === 0 && weights[i]! > 0 && !softQ[i]) full = false
    }
    const qCov = qs / total
    const mass = massAt[slot]!
    const pCov = mass > 0 ? Math.min(1, pm[slot]! / mass) : 0
    const h = head[slot]!
    const score = 0.55 * qCov + 0.35 * pCov + (h === 2 ? 0.1 : 0)
    scoreAt[slot] = score
    // a phrase neither full nor worth asking about can never be offered, nor stand for its product in place of
    // one that can ("indiya baasamti": the alias "basmati" scores higher than the whole name it fully matches)
    if (!(full && h > 0) && !worth(full, h > 0, qCov, pCov, phraseAt[slot]!)) continue
    qcov[slot] = qCov
    pcov[slot] = pCov
    fullAt[slot] = full ? 1 : 0
    if (shared[p] === 0) {
      // its only phrase: seen once
      pscore[p] = score
      pslot[p] = slot
      seen[nSeen++] = p
    } else if (pstamp[p] !== ep) {
      pstamp[p] = ep
      pscore[p] = score
      pslot[p] = slot
      seen[nSeen++] = p
    } else if (score > pscore[p]!) {
      pscore[p] = score
      pslot[p] = slot
    }
  }
  // Whether a product's pack size is the one said, worked out once per size class.
  const { sizeClass, sizeOfClass, classStamp, classSame } = sc
  const saidSize = (p: number) => {
    const c = sizeClass[p]!
    if (c < 0) return false
    if (classStamp[c] !== ep) {
      classStamp[c] = ep
      classSame[c] = packIs(sizeOfClass[c]!, size!) ? 1 : 0
    }
    return classSame[c] === 1
  }
  // Higher score first, then the shorter name; below 0 when (aScore, a) ranks before (bScore, b).
  const rank = (aScore: number, a: number, bScore: number, b: number) =>
    bScore - aScore || nameLength[a]! - nameLength[b]!
  const better = (a: Scored, b: Scored) => rank(a.score, a.product, b.score, b.product)
  // Only a product that makes the list becomes an object: most of those looked at do not.
  const insert = (list: Scored[], x: Scored, k: number) => {
    let at = list.length
    while (at > 0 && better(x, list[at - 1]!) < 0) at--
    list.splice(at, 0, x)
    if (list.length > k) list.pop()
  }
  const outranksLast = (list: Scored[], k: number, score: number, p: number) => {
    if (list.length < k) return true
    const last = list[list.length - 1]!
    return rank(score, p, last.score, last.product) < 0
  }
  // Everything said is found in the product's name, its first word (where the brand stands: "Colgate Strong
  // Teeth", "Surf Excel Easy Wash") said as it is written, not guessed from a typo.
  const soleBrand = (s: Scored): boolean => {
    if (!s.full || s.head || notBrand || qw.some((w) => goodsWords().has(w))) return false
    const name = index.phraseProductStart[s.product]!
    const first = index.phraseTokens[index.phraseTokStart[name]!]
    // in Devanagari by sound, when the sound is sure ("मैगी" maigi for Maggi)
    // (or its plural the stemmer keeps: "maggis")
    const plural = (id: number) => qw.some((w) => w.endsWith('is') && index.vocab.get(w.slice(0, -1)) === id)
    return alts.some((a) =>
      a.some((x) => x.id === first && (x.quality >= (opts.loose ? 0.8 : 1) || plural(x.id))),
    )
  }
  const acrossPhrases = (): MatchResult | null => {
    const byProduct = new Map<number, { said: Float64Array; head: boolean }>()
    for (let slot = 0; slot < touched; slot++) {
      const p = productAt[slot]!
      if (shared[p] === 0 || (restrict && !restrict.has(p))) continue
      let e = byProduct.get(p)
      if (!e) byProduct.set(p, (e = { said: new Float64Array(nq), head: false }))
      for (let i = 0; i < nq; i++) e.said[i] = Math.max(e.said[i]!, q[slot * MAX_Q + i]!)
      if (head[slot]! > 0) e.head = true
    }
    const named: { p: number; cov: number }[] = []
    for (const [p, e] of byProduct) {
      if (!e.head) continue
      let qs = 0
      let full = true
      for (let i = 0; i < nq; i++) {
        qs += e.said[i]! * weights[i]!
        if (e.said[i] === 0 && weights[i]! > 0 && !softQ[i]) full = false
      }
      if (full && qs / total >= fullCov) named.push({ p, cov: qs / total })
    }
    if (named.length === 0 || unknownWord) return null
    named.sort((a, b) => b.cov - a.cov || nameLength[a.p]! - nameLength[b.p]!)
    if (named.length === 1)
      return resolved(index, named[0]!.p, Number((0.6 + 0.3 * named[0]!.cov).toFixed(2)), qw)
    return ambiguous(
      index,
      named.slice(0, max).map((x) => x.p),
      Number((0.5 * named[0]!.cov).toFixed(2)),
      qw,
    )
  }
  const good: Scored[] = []
  const asks: Scored[] = []
  // Kept wider than what is offered, so the re-ordering for a question below has real choices to pick from.
  const K = max * 4
  for (let j = 0; j < nSeen; j++) {
    const p = seen[j]!
    const slot = pslot[p]!
    const full = fullAt[slot] === 1
    const isHead = head[slot]! > 0
    const qCov = qcov[slot]!
    const pCov = pcov[slot]!
    let list: Scored[]
    let k = K
    if (full && isHead) list = good
    else if (worth(full, isHead, qCov, pCov, phraseAt[slot]!)) {
      list = asks
      k = max
    } else continue
    let score = pscore[p]!
    if (size) {
      // not even with the size bonus: its pack size need not be looked at
      if (!outranksLast(list, k, score + 0.12, p)) continue
      if (saidSize(p)) score += 0.12
    }
    if (outranksLast(list, k, score, p)) {
      const x = { product: p, score, full, head: isHead, qCov, pCov, words: phraseLength(phraseAt[slot]!) }
      insert(list, x, k)
    }
  }
  if (good.length === 0) {
    // "lux sabun", "taj mahal chai patti": the brand said from the name and the goods from an alias, each phrase
    // holding part of what was said; every word found among one product's phrases, its main word among them,
    // names it
    const across = nq >= 2 ? acrossPhrases() : null
    if (across && (across.kind === 'resolved' || asks.length === 0)) return across
    // Most of what was said matches and the product's main word is in it: worth asking, not worth guessing;
    // or the whole product name was said plus words the catalog does not know ("steak burrito").
    // "1 colgate", "2 surf excel": everything said is the brand that opens the name of the one product the shop
    // has of it. Asking "which one?" with one answer only delays the order; the cart shows what was taken.
    if (asks.length === 1 && soleBrand(asks[0]!)) {
      return resolved(index, asks[0]!.product, 0.7, qw)
    }
    // "2 maggi", "1 amul": a brand said alone names none of its goods; of all it has, the question offers first
    // those of the kind it sells most of (its noodles), not the few best-scored short names
    if (asks.length >= 2 && asks.every((a) => a.full && !a.head)) {
      const all: number[] = []
      for (let j = 0; j < nSeen; j++) {
        const p = seen[j]!
        if (fullAt[pslot[p]!] === 1 && (!restrict || restrict.has(p))) all.push(p)
      }
      if (all.length > max) {
        const phraseOf = (p: number) => phraseAt[pslot[p]!]!
        const order = stapleOrder(index, all, phraseOf, alts, goodsRank(index, phraseOf, alts))
        return ambiguous(index, firstInOrder(all, order, pscore, max), 0.35 + 0.3 * asks[0]!.score, qw)
      }
    }
    if (asks.length > 0) {
      return ambiguous(
        index,
        asks.map((c) => c.product),
        0.35 + 0.3 * asks[0]!.score,
        qw,
      )
    }
    // The best score of all, for how sure "none" is.
    let bestScore = -1
    for (let slot = 0; slot < touched; slot++) {
      let score = scoreAt[slot]!
      if (score < 0) continue
      if (size && saidSize(productAt[slot]!)) score += 0.12
      if (score > bestScore) bestScore = score
    }
    if (bestScore < 0) return none(qw)
    return none(qw, bestScore * 0.3)
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
  // "aloo 2 kg", "onion" over a big catalog: of the products that have the word, the one it names alone, with at
  // most the brand before it ("Fresho Potato" beside "Fresho Baby Potato", "Fresho Potato - Wedges", "Tasties Aloo
  // Bhujia"), is what nearly everyone means: taken, and the cart shows it where the customer can change it. Two
  // such (one in 100 g and one in 500 g) differ in a way only the customer can settle: asked.
  const goodsFirst = goodsRank(index, (p) => phraseAt[pslot[p]!]!, alts)
  if (ties.length > 1 && best.pCov < UNDERSPECIFIED) {
    const plain = plainOne(index, good, (p) => phraseAt[pslot[p]!]!, alts)
    // ("dhania" over "Mdh Dhania" and "Fresho Coriander Leaves": the spice is no plainer than the herb; asked)
    const produceBeside =
      plain >= 0 && !inProduce(index, plain) && good.some((x) => goodsFirst(x.product) === 0)
    if (plain >= 0 && !produceBeside) return resolved(index, plain, PLAIN_CONFIDENCE, qw)
  }
  if (ties.length === 1) {
    const second = good[1]
    const margin = second ? best.score - second.score : 0.3
    const conf = Math.min(0.95, 0.55 + 0.3 * best.score + Math.min(0.15, margin))
    return resolved(index, best.product, Number(conf.toFixed(2)), qw)
  }
  // "2 amul milk 500ml" among two 500 ml milks and a litre: the question offers the size that was said
  // (among packs only: loose goods beside combo packs that only mention them are no choice of size)
  const offered =
    size && ties.every((t) => sizeClass[t.product]! >= 0) ? ties.filter((t) => saidSize(t.product)) : ties
  const bySize = offered.length >= 2 && offered !== ties
  let offer = (bySize ? offered : ties).map((t) => t.product)
  // a bare word over a big catalog ("mirchi", "kela"): the goods themselves may score below twenty products named
  // after them ("Powder - Chilly"), so they are looked for among every product that has the word as its noun
  if (!bySize && best.pCov < UNDERSPECIFIED && offer.filter((p) => goodsFirst(p) < 1).length < max) {
    const have = new Set(offer)
    const more: number[] = []
    for (let j = 0; j < nSeen; j++) {
      const p = seen[j]!
      const slot = pslot[p]!
      if (!have.has(p) && fullAt[slot] === 1 && head[slot]! > 0 && goodsFirst(p) < 1) more.push(p)
    }
    more.sort((a, b) => pscore[b]! - pscore[a]!)
    offer = offer.concat(more.slice(0, max))
  }
  // a bare word over a big catalog ("milk", "atta", "maggi"): of every product it names, the staple it means comes
  // first, not only of the best-scored twenty (short names such as "Ginger Milk" outscore "Amul Fresh Toned Milk")
  if (!bySize && best.pCov < UNDERSPECIFIED) {
    const all: number[] = []
    for (let j = 0; j < nSeen; j++) {
      const p = seen[j]!
      const slot = pslot[p]!
      if (fullAt[slot] === 1 && head[slot]! > 0 && (!restrict || restrict.has(p))) all.push(p)
    }
    // (a few are offered as they come: all of them fit the question)
    if (all.length > max) {
      const order = stapleOrder(index, all, (p) => phraseAt[pslot[p]!]!, alts, goodsFirst)
      return ambiguous(
        index,
        firstInOrder(all, order, pscore, max),
        Number((0.5 * best.score).toFixed(2)),
        qw,
      )
    }
  }
  return ambiguous(
    index,
    plainGoodsFirst(offer, goodsFirst).slice(0, max),
    Number((0.5 * best.score).toFixed(2)),
    qw,
  )
}

/** What goods are made into, said after them in a name ("Chilli Powder", "Tomato Puree", "Mango Pickle"). */
const MADE_FORMS: ReadonlySet<string> = new Set(
  [
    ...MADE_KINDS,
    ...'powder paste puree sauce ketchup chips crisps masala flakes flour'.split(' '),
    // cut up ready to cook ("Fresho Tomato - Diced"); "refined", "toned", "salted" are grades of the goods themselves
    ...'chopped diced sliced cut grated shredded mashed'.split(' '),
  ].map(stem),
)

/**
 * "tamatar", "kela", "mirchi" over a big catalog: the question offers first the goods themselves, the products whose
 * main noun is what was said and whose variant is no other goods and no way of processing them ("Fresho Tomato -
 * Hybrid", "Fresho Banana - Robusta"); then those made into something ("Fresho Tomato - Diced", "- Cherry"); last
 * the goods only named after them, as a flavour or an ingredient ("Tasties Aloo Bhujia", "Powder - Chilly", "Tasties
 * Rusk - Milk"). Stable within each group.
 */
function goodsRank(
  index: CatalogIndex,
  phraseOf: (p: number) => number,
  alts: readonly (readonly Alt[])[],
): (p: number) => number {
  const said = new Set<number>()
  for (const a of alts) for (const x of a) said.add(x.id)
  const flags = wordFlags(index)
  const rank = (p: number): number => {
    const ph = phraseOf(p)
    let headId = index.phraseHead[ph]!
    if (!said.has(headId)) {
      // "Madhur Sugar Refined": a grade after the goods said ends the name, and the goods head it
      let last = -1
      for (let t = index.phraseTokStart[ph]!; t < index.phraseTokStart[ph + 1]!; t++) {
        const id = index.phraseTokens[t]!
        if (said.has(id)) last = id
        else if (last >= 0 && (flags[id]! & PROCESSED_WORD) === 0) break
        if (id === headId) {
          if (last >= 0 && last !== id) headId = last
          break
        }
      }
      if (!said.has(headId)) return 2
    }
    let after = false
    let others = 0
    for (let t = index.phraseTokStart[ph]!; t < index.phraseTokStart[ph + 1]!; t++) {
      const id = index.phraseTokens[t]!
      if (id === headId) {
        after = true
        continue
      }
      if (said.has(id)) continue
      const f = flags[id]!
      // what it is made into after it ("Tomato - Diced", "Chilli Powder"; a colour or grade is a kind of it: "Onion
      // Red"), or two other goods with it, a combo ("Fresho Potato Onion Tomato"; one is its kind: "Mustard Oil")
      if (after && ((f & MADE_FORM) !== 0 || (f & (GOODS | TRAILING)) === GOODS)) return 1
      if ((f & GOODS) !== 0 && ++others >= 2) return 1
    }
    // fresh produce before other goods of the same name ("Fresho Chilli - Bajji" before "Doritos Sweet Chilli")
    return inProduce(index, p) ? 0 : 0.5
  }
  // kept per product in arrays of the index's size: asked of hundreds of products several times each
  const memo = rankMemoFor(index)
  const epoch = ++memo.epoch
  return (p) => {
    if (memo.stamp[p] !== epoch) {
      memo.stamp[p] = epoch
      memo.rank[p] = rank(p)
    }
    return memo.rank[p]!
  }
}

/** One goodsRank's ranks, marked by its call; a rank marked by another call is worked out again. */
interface RankMemo {
  epoch: number
  stamp: Uint32Array
  rank: Float64Array
}
const rankMemos = new WeakMap<CatalogIndex, RankMemo>()
function rankMemoFor(index: CatalogIndex): RankMemo {
  let memo = rankMemos.get(index)
  if (!memo) {
    const n = index.products.length
    rankMemos.set(index, (memo = { epoch: 0, stamp: new Uint32Array(n), rank: new Float64Array(n) }))
  }
  if (memo.epoch >= 0xfffffff0) {
    memo.stamp.fill(0)
    memo.epoch = 0
  }
  return memo
}

/** Bits of `wordFlags`: what the dictionaries and name grammar say of a catalog word. */
const GOODS = 1
const MADE_FORM = 2
const TRAILING = 4
const PROCESSED_WORD = 8
const wordFlagsOf = new WeakMap<CatalogIndex, Uint8Array>()
/**
 * Per catalog word: goods (`goodsWords`), a made form (`MADE_FORMS`), a trailing descriptor, a word of processing
 * (`PROCESSED`). Ranking a bare word's products asks this of every word of hundreds of names per message.
 */
function wordFlags(index: CatalogIndex): Uint8Array {
  let flags = wordFlagsOf.get(index)
  if (!flags) {
    let n = 0
    for (const id of index.vocab.values()) if (id + 1 > n) n = id + 1
    flags = new Uint8Array(n)
    for (let id = 0; id < n; id++) {
      const w = vocabWord(index, id) ?? ''
      flags[id] =
        (goodsWords().has(w) ? GOODS : 0) |
        (MADE_FORMS.has(w) ? MADE_FORM : 0) |
        (TRAILING_DESCRIPTORS.has(w) ? TRAILING : 0) |
        (PROCESSED.test(w) ? PROCESSED_WORD : 0)
    }
    wordFlagsOf.set(index, flags)
  }
  return flags
}

/** A word heading this many names or more is goods of its own ("Fresho Ginger", "Coconut", "Prestige Kadhai"). */
const OWN_GOODS_HEADS = 3

/**
 * How far down a which-one question each of `ps` goes, finer than `goodsRank` and on top of it: after the goods
 * themselves, (1) a name where another goods word stands before the head, the head then being what the other goods
 * are made into ("Ginger Milk", "Coconut Flour", "Bajra Atta", "Kadhai Doodh"), not the staple; (2) a head the
 * customer's word reaches only through another word ("milk" said, "Doodh" named) while other products are named
 * with the word itself; (3) a product filed where few of the others are ("Cleansing Milk" under skin care among a
 * hundred dairy milks): the category most of them share is where the staple is, and for a brand said alone
 * ("maggi") the category it sells most in (noodles, not its coconut milk powder).
 */
function stapleOrder(
  index: CatalogIndex,
  ps: readonly number[],
  phraseOf: (p: number) => number,
  alts: readonly (readonly Alt[])[],
  base: (p: number) => number,
): (p: number) => number {
  const said = new Set<number>()
  const exact = new Set<number>()
  for (const a of alts)
    for (const x of a) {
      said.add(x.id)
      if (x.quality >= 1) exact.add(x.id)
    }
  const flags = wordFlags(index)
  const cats = categoriesOf(index)
  const byCategory = new Int32Array(cats.words.length)
  let most = 1
  let anyExactHead = false
  for (const p of ps) {
    // where the goods themselves are filed, not where what is made of them is ("tomato": the vegetables, not the
    // ketchups); a brand said alone has all its goods counted
    const b = base(p)
    if (b < 1 || b >= 2) most = Math.max(most, ++byCategory[cats.of[p]!]!)
    if (exact.has(index.phraseHead[phraseOf(p)]!)) anyExactHead = true
  }
  let foodSaid = false
  for (const a of alts) for (const x of a) if (goodsWords().has(vocabWord(index, x.id) ?? '')) foodSaid = true
  const key = (p: number): number => {
    const ph = phraseOf(p)
    const headId = index.phraseHead[ph]!
    // the goods themselves, fresh or not, are one tier here: a category that merely says "fruits" ("Dry Fruits",
    // "Fruit Juices") is no reason for an almond flour or a coconut milk to come first
    let k = Math.max(0.5, base(p)) - (base(p) === 0 ? 0.1 : 0)
    // food said, and a product filed among goods no one eats ("Cleansing Milk", "Atta Chalan")
    if (foodSaid && notFood(index, p)) k += 0.6
    if (said.has(headId)) {
      let modifier = 0
      const from = index.phraseTokStart[ph]!
      for (let t = from; t < index.phraseTokStart[ph + 1]!; t++) {
        const id = index.phraseTokens[t]!
        if (id === headId) break
        if (said.has(id)) continue
        const f = flags[id]!
        const goods = (f & GOODS) !== 0 || index.headCount[id]! >= OWN_GOODS_HEADS
        // the first word of a name is its brand unless it is goods ("Graminway", "Nandini"; not "Coconut Milk")
        if ((t === from && !goods) || (f & TRAILING) !== 0) continue
        // any other word before the head makes it a kind, less plain than the goods named right after the brand
        // ("Aashirvaad Atta - Whole Wheat" before "Graminway Barley Atta"); goods of their own, a compound
        modifier = Math.max(modifier, goods ? 0.2 : 0.1)
      }
      k += modifier
      if (anyExactHead && !exact.has(headId)) k += 0.1
    }
    k += 0.15 * (1 - byCategory[cats.of[p]!]! / most)
    // a category named after what was said ("Atta, Flours & Sooji", "Eggs", "Rice & Rice Products") files the staple
    if (cats.words[cats.of[p]!]!.some((id) => said.has(id))) k -= 0.1
    return k
  }
  // (each product is asked once: firstInOrder keeps the keys)
  return key
}

/** The index's categories numbered, per product its number, and per number the catalog words of its name. */
interface Categories {
  of: Int32Array
  words: (readonly number[])[]
}
const categoriesCache = new WeakMap<CatalogIndex, Categories>()
/** (a bare word's staple order counts its products by category: numbers, not category names, to count by) */
function categoriesOf(index: CatalogIndex): Categories {
  let cats = categoriesCache.get(index)
  if (!cats) {
    const number = new Map<string, number>()
    cats = { of: new Int32Array(index.products.length), words: [] }
    for (let p = 0; p < index.products.length; p++) {
      const category = index.products[p]!.category ?? ''
      let n = number.get(category)
      if (n === undefined) {
        number.set(category, (n = cats.words.length))
        const found: number[] = []
        for (const w of words(fold(category))) {
          const id = index.vocab.get(stem(w))
          if (id !== undefined) found.push(id)
        }
        cats.words.push(found)
      }
      cats.of[p] = n
    }
    categoriesCache.set(index, cats)
  }
  return cats
}

/** Words of a category that files what is not eaten: toiletries, cleaning, kitchenware, pets' things. */
const NOT_FOOD_CATEGORY = new Set(
  [
    ...'beauty hygiene skin hair cosmetic cosmetics personal care cleaning household detergents'.split(' '),
    ...'kitchenware utensils accessories garden pets pet stationery baby bath'.split(' '),
    ...'drogerie haushalt kosmetik körperpflege koerperpflege reinigung tierbedarf'.split(' '),
  ].map((w) => fold(w)),
)

/**
 * Whether a product is filed in a category one of whose words is in `words` (marks per catalog and word set, per
 * product: 1 yes, 2 no, 0 not looked at yet): each product's category is folded once, when first asked about.
 */
function filedUnder(categoryWords: ReadonlySet<string>): (index: CatalogIndex, p: number) => boolean {
  const marksOf = new WeakMap<CatalogIndex, Uint8Array>()
  return (index, p) => {
    let marks = marksOf.get(index)
    if (!marks) marksOf.set(index, (marks = new Uint8Array(index.products.length)))
    if (marks[p] === 0) {
      const category = index.products[p]!.category
      marks[p] = category && words(fold(category)).some((w) => categoryWords.has(w)) ? 1 : 2
    }
    return marks[p] === 1
  }
}
/** Is the product filed in a category of things not eaten? */
const notFood = filedUnder(NOT_FOOD_CATEGORY)
/** Is the product filed in a category of fresh produce? */
const inProduce = filedUnder(PRODUCE_CATEGORY)

function plainGoodsFirst(ps: number[], rank: (p: number) => number): number[] {
  return ps.length < 2 ? ps : [...ps].sort((a, b) => rank(a) - rank(b))
}

/** How sure the plain product for a bare word is: in the cart, not asked, and below a name said in full. */
const PLAIN_CONFIDENCE = 0.75
/** A first word in this many phrases or more that names no goods itself is a brand ("Fresho", "Amul", "bb"). */
const BRAND_PHRASES = 20

/** A word in many phrases that seldom ends one (what a phrase ends with is mostly what it is) and is no goods word. */
function brandLike(index: CatalogIndex, id: number): boolean {
  const n = index.postings[id]!.length
  if (n < BRAND_PHRASES || index.headCount[id]! * 5 >= n) return false
  const w = vocabWord(index, id)
  return w !== undefined && !goodsWords().has(w)
}

/**
 * The one product among `cands` whose phrase is only words that were said, but for a brand as its first word;
 * -1 when none is, or several are.
 */
function plainOne(
  index: CatalogIndex,
  cands: readonly { product: number }[],
  phraseOf: (p: number) => number,
  alts: readonly (readonly Alt[])[],
): number {
  const said = new Set<number>()
  for (const a of alts) for (const x of a) said.add(x.id)
  let found = -1
  for (const { product } of cands) {
    const ph = phraseOf(product)
    const from = index.phraseTokStart[ph]!
    const to = index.phraseTokStart[ph + 1]!
    let plain = to > from
    for (let t = from; t < to && plain; t++) {
      const id = index.phraseTokens[t]!
      if (said.has(id)) continue
      plain = t === from && to - from >= 2 && brandLike(index, id)
    }
    if (!plain) continue
    if (found >= 0) return -1
    found = product
  }
  return found
}

/**
 * Exact hits share their letters with the query; those with a phrase in the query's very words ("corn flakes",
 * not "cornflakes") come first, each group in catalog order.
 */
function saidWordForWordFirst(ps: number[], index: CatalogIndex, spaced: string): number[] {
  const first: number[] = []
  const rest: number[] = []
  for (const p of ps) {
    let same = false
    for (let ph = index.phraseProductStart[p]!; ph < index.phraseProductStart[p + 1]!; ph++)
      if (index.phraseKeys[ph] === spaced) same = true
    ;(same ? first : rest).push(p)
  }
  return first.length === 0 || rest.length === 0 ? ps : first.concat(rest)
}

function sameSize(index: CatalogIndex, p: number, size: Quantity): boolean {
  const s = index.sizes[p]
  return s !== null && s !== undefined && packIs(s, size)
}

/**
 * The one product of the pack size said whose name has every word said (beside others: "Eggs Tray 30 pc" for
 * "eggs" and 30 pieces); null when none or several.
 */
function packOfSizeNamed(index: CatalogIndex, size: Quantity, qw: string[]): number | null {
  const sized = sharedSubset(index, `size ${size.value} ${size.unit}`, () => {
    const set = new Set<number>()
    for (let p = 0; p < index.products.length; p++) if (sameSize(index, p, size)) set.add(p)
    return set
  })
  if (sized.size === 0) return null
  const m = matchItem(qw.join(' '), index, { restrict: sized, size })
  if (m.kind !== 'resolved' || m.confidence < 0.9) return null
  const p = index.products.findIndex((x) => x.sku === m.sku)
  const named = new Set(queryWords(index.products[p]!.name))
  return qw.every((w) => named.has(w)) ? p : null
}

function pickBySize(ps: number[], index: CatalogIndex, size: Quantity | null | undefined): number[] {
  if (ps.length <= 1 || !size) return ps
  const same = ps.filter((p) => {
    const s = index.sizes[p]
    return s !== null && s !== undefined && packIs(s, size)
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
  return queryWords(text).some((w) => index.vocab.has(w) || SIBLINGS.has(w) || endsInGoods(w, index))
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
      for (const ph of index.postings[id] ?? []) out.add(index.products[index.phraseProduct[ph]!]!.sku)
  return [...out]
}

/**
 * Does a word said alone name goods of this catalog, as a customer who writes just "milk" or "maggi" means it?
 * It does when it is a word of the built-in food dictionary, when the catalog names products with it (it heads at
 * least a tenth of the names it is in: "milk", "atta"), or when it is a brand (in five names or more, heading
 * none: "dettol"), or when most of the products it is in are of one category ("basmati"). A word the catalog only
 * uses inside names of all kinds ("new" in "Pampers New" and a perfume, "music" in a toy and a notebook) does not, nor does a typo correction that changes the first letter ("weather" is not "leather").
 */
export function namesGoods(word: string, index: CatalogIndex): boolean {
  if (SIBLINGS.has(word) || OTHER_NAMES.has(word)) return true
  for (const { id } of alternatives(index, word)) {
    const cand = vocabWord(index, id)
    if (cand === undefined || (cand !== word && cand[0] !== word[0])) continue
    if (SIBLINGS.has(cand)) return true
    const heads = index.headCount[id] ?? 0
    const names = index.postings[id]?.length ?? 0
    if ((heads > 0 && heads * 10 >= names) || (heads === 0 && names >= 5)) return true
    // "basmati", "eno": a word that qualifies names of one kind of goods (most of its products share a category)
    const byCategory = new Map<string, number>()
    const list = index.postings[id] ?? []
    for (let k = 0; k < list.length && k < 200; k++) {
      const c = index.products[index.phraseProduct[list[k]!]!]!.category ?? ''
      byCategory.set(c, (byCategory.get(c) ?? 0) + 1)
    }
    if (Math.max(0, ...byCategory.values()) * 2 > Math.min(list.length, 200)) return true
  }
  return endsInGoods(word, index)
}

/**
 * "ein Roggenbrot", "ein Kürbiskernbrot" in a shop without them: a German compound the catalog lacks ends in the
 * goods it is (a catalog word of four letters or more that names goods), so it is an item the shop lacks, not talk.
 */
function endsInGoods(word: string, index: CatalogIndex): boolean {
  if (word.length < 7 || /\d/.test(word) || index.vocab.has(word) || !isGermanCatalog(index)) return false
  for (let i = 3; i <= word.length - 4; i++) {
    const tail = word.slice(i)
    if (index.vocab.has(tail) && namesGoods(tail, index)) return true
  }
  return false
}
