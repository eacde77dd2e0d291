// German word forms against a catalog: inflected and diminutive nouns, compounds split against the catalog's own
// vocabulary, and the noun that heads a German product name. Pure functions of a built index, remembered per index.
import type { CatalogIndex } from './catalog-index'
import { UNIT_WORDS } from './lexicon'
import { lowerBound, words } from './text'

/** Endings German nouns take in the dative and plural (also adjectives' endings), longest first. */
export const GERMAN_ENDINGS = ['ern', 'en', 'er', 'es', 'n', 'e', 's']

/** Diminutive suffixes: "Äpfelchen", "Brötlein" are apples and bread. */
const DIMINUTIVES = ['chen', 'lein', 'erl']

/**
 * Adjectives a German customer puts before the noun that say how the goods should be, not which product
 * ("frische Eier", "schöne reife Birnen", "ein paar gute Äpfel"): stems, read with any adjective ending.
 */
const GERMAN_DESCRIPTIVE = new Set([
  'frisch',
  'gross',
  'klein',
  'schon',
  'gut',
  'reif',
  'lecker',
  'mittel',
  'normal',
  'hubsch',
  'fest',
  'ordentlich',
  'knusprig',
  'warm',
  // "ein ganzes Brot", "den ganzen Käse": the whole of it, no part of a name
  'ganz',
  // how cold drinks should be: "kalte Mate", "ein kaltes Bier", "eiskalte Cola", "gekühlte"
  'kalt',
  'eiskalt',
  'gekuhlt',
  'gekuehlt',
  'kuhl',
  'kuehl',
  'lose',
  'einzeln',
])

/** A German adjective form ("frische", "großen", "schönes", "reifer") of a descriptive stem. */
export function isGermanDescriptive(w: string): boolean {
  if (GERMAN_DESCRIPTIVE.has(w)) return true
  for (const e of ['en', 'er', 'es', 'em', 'e']) {
    if (w.endsWith(e) && GERMAN_DESCRIPTIVE.has(w.slice(0, -e.length))) return true
  }
  return false
}

// Letters and words that mark a name as German: umlauts and ß, and the little words of German product names.
const GERMAN_LETTERS = /[äöüß]/i
const GERMAN_NAME_WORDS = new Set([
  'im',
  'vom',
  'mit',
  'ohne',
  'und',
  'aus',
  'frisch',
  'gross',
  'klein',
  'weiss',
  'stuck',
  'glas',
  'becher',
  'schale',
  'bund',
  'flasche',
  'dose',
  'packung',
  'beutel',
  'netz',
  'kiste',
  'brot',
  'kase',
  'milch',
  'eier',
  'wurst',
  'fleisch',
  // the departments a German shop files its goods under (the category is read with the name)
  'obst',
  'gemuse',
  'backwaren',
  'getranke',
  'molkerei',
  'fisch',
  'aufstrich',
  'kartoffeln',
  'zwiebeln',
  'honig',
  'sahne',
  'quark',
])

const germanCache = new WeakMap<CatalogIndex, boolean>()

/**
 * Whether the shop writes its catalog in German: a fifth of its names or more have an umlaut or ß or a little
 * word of German product names. Only then are German compounds split and a name's first noun read as its head:
 * English names are not compounds ("pineapple" is no apple) and keep their head last.
 */
export function isGermanCatalog(index: CatalogIndex): boolean {
  let v = germanCache.get(index)
  if (v === undefined) {
    let german = 0
    const n = Math.min(index.products.length, 2000)
    for (let i = 0; i < n; i++) {
      const p = index.products[Math.floor((i * index.products.length) / n)]!
      const text = `${p.name} ${p.category ?? ''}`
      if (GERMAN_LETTERS.test(text) || words(text).some((w) => GERMAN_NAME_WORDS.has(w))) german++
    }
    v = n > 0 && german * 5 >= n
    germanCache.set(index, v)
  }
  return v
}

/**
 * Catalog words that are a German form of `w`: the same noun with another case or plural ending ("Birne" for
 * "Birnen", "Brote" for "Brot", "Tomate" for "Tomaten") or without a diminutive ("Äpfelchen"). Umlauts are folded
 * already, so "Äpfel" is "apfel" and "Würste" is "wurste".
 */
export function germanForms(index: CatalogIndex, w: string): number[] {
  const out: number[] = []
  const add = (id: number | undefined) => {
    if (id !== undefined && !out.includes(id)) out.push(id)
  }
  for (const base of germanBases(w, true, index)) {
    add(index.vocab.get(base))
    if (base.length >= 3) for (const e of GERMAN_ENDINGS) add(index.vocab.get(base + e))
  }
  return out
}

/** `w` without a case, plural or diminutive ending (itself first), each leaving 3 letters at least. */
function germanBases(w: string, diminutives = true, index?: CatalogIndex): string[] {
  const out = [w]
  if (diminutives)
    for (const d of DIMINUTIVES)
      if (w.endsWith(d) && w.length - d.length >= 3 && !(index && endsInOwnWord(index, w, d)))
        out.push(w.slice(0, -d.length))
  if (w.length >= 4)
    for (const e of GERMAN_ENDINGS)
      if (w.endsWith(e) && w.length - e.length >= 3) out.push(w.slice(0, -e.length))
  return out
}

/**
 * Whether `w` ends in a catalog word of its own that ends in the diminutive `d` ("Bauernbrötchen" ends in the
 * shop's "Brötchen"): then it is a compound of that word, not a diminutive of "Bauernbrot".
 */
function endsInOwnWord(index: CatalogIndex, w: string, d: string): boolean {
  for (let i = 1; w.length - i >= d.length + 3; i++) if (index.vocab.has(w.slice(i))) return true
  return false
}

const reversedCache = new WeakMap<CatalogIndex, { rev: string[]; ids: number[] }>()
/** Catalog words spelt backwards and sorted, so the words that end the same way sit together. */
function reversedVocab(index: CatalogIndex): { rev: string[]; ids: number[] } {
  let r = reversedCache.get(index)
  if (!r) {
    const entries = [...index.vocab]
      .filter(([w]) => !/\d/.test(w))
      .map(([w, id]) => [[...w].reverse().join(''), id] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    r = { rev: entries.map((e) => e[0]), ids: entries.map((e) => e[1]) }
    reversedCache.set(index, r)
  }
  return r
}

/** Catalog words that end in `tail` after at least three letters of their own ("bergkase" for "kase"). */
function wordsEndingIn(index: CatalogIndex, tail: string): number[] {
  const { rev, ids } = reversedVocab(index)
  const key = [...tail].reverse().join('')
  const out: number[] = []
  for (let i = lowerBound(rev, key); i < rev.length && rev[i]!.startsWith(key); i++)
    if (rev[i]!.length >= key.length + 3) out.push(ids[i]!)
  return out
}

/**
 * The catalog's compounds that `w` is the head (last part) of: a German "Käse" is any "Bergkäse", "Brot" any
 * "Bauernbrot" or "Roggenbrot" (a choice when there are several), "Würste" a "Leberwurst". Only for words of four
 * letters or more, and tried with the word's other forms ("Brote" -> "brot").
 */
export function compoundHeads(index: CatalogIndex, w: string): number[] {
  const out: number[] = []
  // not through a diminutive: "Würstchen" are sausages, not any "...wurst"
  for (const base of germanBases(w, false)) {
    if (base.length < 4) continue
    for (const id of wordsEndingIn(index, base)) if (!out.includes(id)) out.push(id)
  }
  return out
}

/** Whether the catalog has `w` as a word or as one of its German forms. */
function known(index: CatalogIndex, w: string): boolean {
  return w.length >= 3 && germanForms(index, w).length > 0
}

/**
 * A compound the customer wrote as one word, cut where both parts are catalog words (in any of their forms):
 * "Erdbeermarmelade" -> erdbeer + marmelade for "Marmelade Erdbeer", "Vollkornbrot" -> vollkorn + brot. A linking
 * "s" or "n" between the parts may go ("Geburtstagstorte", "Tomatensuppe"). The longest head that works is taken;
 * null when no cut has both parts in the catalog.
 */
export function splitCompound(index: CatalogIndex, w: string): string[] | null {
  if (w.length < 7 || /\d/.test(w)) return null
  for (let i = 3; i <= w.length - 4; i++) {
    const head = w.slice(i)
    if (!known(index, head)) continue
    const mod = w.slice(0, i)
    if (known(index, mod)) return [mod, head]
    for (const link of ['s', 'n', 'en', 'es']) {
      if (mod.endsWith(link) && known(index, mod.slice(0, -link.length)))
        return [mod.slice(0, -link.length), head]
    }
  }
  return null
}

const nounCache = new WeakMap<CatalogIndex, Set<number>[]>()

/**
 * Per product, the catalog words its German names write with a capital letter: German capitalizes its nouns, so
 * these are what the product is ("Bio-Eier 6 Stück": Bio, Eier; "Zwiebeln rot": Zwiebeln; "Honig Raps": both),
 * never its adjectives ("rot", "grob", "festkochend"). Pack and unit words ("Stück", "Bund", "Glas") are not
 * counted, nor names written all in capitals, which say nothing.
 */
export function germanNouns(index: CatalogIndex): Set<number>[] {
  let out = nounCache.get(index)
  if (!out) {
    out = index.products.map((p) => {
      const ids = new Set<number>()
      for (const text of [p.name, ...p.aliases]) {
        if (text === text.toUpperCase()) continue
        for (const token of text.split(/[^\p{L}\p{N}]+/u)) {
          if (!/^\p{Lu}/u.test(token)) continue
          const w = words(token)[0]
          if (!w || UNIT_WORDS.has(w)) continue
          const id = index.vocab.get(w)
          if (id !== undefined) ids.add(id)
        }
      }
      return ids
    })
    nounCache.set(index, out)
  }
  return out
}

/** The categories of the products whose names have word `id`. */
function categoriesOf(index: CatalogIndex, id: number): Set<string> {
  const out = new Set<string>()
  for (const ph of index.postings[id] ?? []) out.add(index.products[index.phraseProduct[ph]!]!.category)
  return out
}

/**
 * The compounds a word the catalog has also heads, kept only where they are sold as the same kind of goods (a
 * category in common): "Eier" is "Bio-Eier" and "Freilandeier" (both Eier), but "Apfel" is not "Erdäpfel" (a
 * potato, filed under Gemüse while the apples are Obst).
 */
export function sameKindCompounds(index: CatalogIndex, w: string): number[] {
  const own = index.vocab.get(w)
  if (own === undefined) return []
  const heads = compoundHeads(index, w)
  if (heads.length === 0) return heads
  const kinds = categoriesOf(index, own)
  return heads.filter((id) => [...categoriesOf(index, id)].some((c) => kinds.has(c)))
}

/**
 * English words for the parts German shop names are compounded of, where the built-in dictionary has no
 * one-word meaning for them: "farmhouse bread" is a Bauernbrot, "liver sausage" a Leberwurst, "mountain cheese" a
 * Bergkäse, "whole milk" Vollmilch. The other parts ("apple", "juice", "bread") come from the dictionary.
 */
const ENGLISH_PARTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['farmhouse', ['bauern', 'land']],
  ['farmer', ['bauern']],
  ['farm', ['bauern', 'hof']],
  ['country', ['land', 'bauern']],
  ['liver', ['leber']],
  ['mountain', ['berg']],
  ['alpine', ['berg', 'alm']],
  ['whole', ['voll']],
  ['wholemeal', ['vollkorn']],
  ['wholegrain', ['vollkorn']],
  ['wholewheat', ['vollkorn']],
  ['grain', ['korn']],
  ['loaf', ['brot']],
  ['rye', ['roggen']],
  ['mixed', ['misch']],
  ['white', ['weiss', 'weizen']],
  ['wheat', ['weizen']],
  ['lye', ['laugen']],
  ['pretzel', ['laugen', 'brezel']],
  ['stick', ['stange', 'stangen']],
  ['roll', ['brotchen', 'semmel']],
  ['bun', ['brotchen']],
  ['cream', ['sahne', 'rahm']],
  ['sour', ['sauer']],
  ['seed', ['korn', 'saaten']],
  ['sunflower', ['sonnenblumen']],
  ['pumpkin', ['kurbis']],
  ['poppy', ['mohn']],
  ['sesame', ['sesam']],
  ['herb', ['krauter']],
  ['goat', ['ziegen']],
  ['sheep', ['schaf', 'schafs']],
  ['cow', ['kuh']],
  ['blood', ['blut']],
  ['smoked', ['rauch', 'raucher']],
  ['free', ['frei']],
  ['range', ['land']],
  ['organic', ['bio']],
  ['cake', ['kuchen']],
  ['pie', ['kuchen']],
  ['plum', ['pflaumen', 'zwetschgen']],
  ['currant', ['johannisbeer']],
  ['raspberry', ['himbeer']],
  ['blueberry', ['heidelbeer', 'blaubeer']],
  ['elderflower', ['holunder']],
  ['elder', ['holunder']],
  ['flower', ['bluten', 'blumen']],
  ['syrup', ['sirup']],
  ['field', ['feld']],
  ['lamb', ['lamm']],
  ['salad', ['salat']],
  ['lettuce', ['salat']],
  ['butter', ['butter']],
  ['milk', ['milch']],
])

/** The German parts an English word of a shop name can stand for. */
export function germanPartsOf(w: string, dictionary: readonly string[]): string[] {
  return [...(ENGLISH_PARTS.get(w) ?? []), ...dictionary]
}

/**
 * The first parts of German compounds that say what the goods are used for, how they are grown or shaped, not
 * what they are made of: a "Salatgurke" is a cucumber, "Speisekartoffeln" and "Freilandeier" are potatoes and
 * eggs, a "Landbrot" a bread. Folded. Words of substance ("Mohn", "Hafer", "Kirsch", "Butter") are no such part:
 * a "Mohnbrötchen" is not the shop's plain "Brötchen", "Hafermilch" not its milk.
 */
const DESCRIPTIVE_PREFIXES = [
  'salat',
  'speise',
  'tafel',
  'schlangen',
  'freiland',
  'land',
  'bauern',
  'hof',
  'haus',
  'garten',
  'strauch',
  'rispen',
  'fruh',
  'sommer',
  'winter',
  'herbst',
  'regional',
  // the shape or the oven a bread is made in: "Kaisersemmeln", "Sonntagsbrötchen", "Holzofenbrot"
  'kaiser',
  'sonntags',
  'holzofen',
  'steinofen',
  'doppel',
]

/**
 * First parts that only say how a head is always made, for that head alone: a "Laugenbrezel" is the shop's Brezel
 * (a Brezel is made with lye), but a "Laugenbrötchen" is another roll than its plain "Brötchen". Folded.
 */
const USUAL_MAKE: readonly (readonly [string, RegExp])[] = [['laugen', /^(?:brez|bretz)/]]

/**
 * "Laugenbrezel", "Laugenbrezn": a compound of a head and the way it is always made is that head; else null.
 */
export function usualMakeRest(index: CatalogIndex, w: string): string | null {
  for (const [p, head] of USUAL_MAKE) {
    if (!w.startsWith(p) || w.length - p.length < 4) continue
    const rest = w.slice(p.length)
    if (head.test(rest) && germanForms(index, rest).length > 0) return rest
  }
  return null
}

/**
 * A compound whose first part only describes the goods ("Salatgurken", "Speisekartoffeln", "Bauernbrötchen"),
 * written as what is left ("gurken") when the catalog has that in some form or as the head of its own compounds
 * ("Schlangengurke" for a shop's "Salatgurke"); else null, and the word stays as written.
 */
export function descriptiveCompoundRest(index: CatalogIndex, w: string): string | null {
  for (const p of DESCRIPTIVE_PREFIXES) {
    if (!w.startsWith(p) || w.length - p.length < 4) continue
    const rest = w.slice(p.length)
    if (germanForms(index, rest).length > 0 || compoundHeads(index, rest).length > 0) return rest
  }
  return null
}

/**
 * Catalog compounds the customer wrote with a middle part left out: "Sonnenblumenbrot" for the shop's
 * "Sonnenblumenkernbrot", "Dinkelbrot" for "Dinkelvollkornbrot", "Kürbisbrötchen" for "Kürbiskernbrötchen". The
 * catalog word begins with what the customer's word begins with (4 letters or more) and ends in the rest of it
 * (its head, 4 letters or more, in any of its forms), with at least 3 letters between.
 */
export function elidedCompounds(index: CatalogIndex, w: string): number[] {
  const out: number[] = []
  if (w.length < 8 || /\d/.test(w)) return out
  const { words: sorted, ids } = sortedVocabOf(index)
  for (let i = 4; i <= w.length - 4; i++) {
    const mod = w.slice(0, i)
    const heads = germanBases(w.slice(i), false).filter((h) => h.length >= 4)
    if (heads.length === 0) continue
    for (let k = lowerBound(sorted, mod); k < sorted.length && sorted[k]!.startsWith(mod); k++) {
      const c = sorted[k]!
      if (heads.some((h) => c.length - mod.length - h.length >= 3 && c.endsWith(h)) && !out.includes(ids[k]!))
        out.push(ids[k]!)
    }
  }
  return out
}

/** German adjective endings, longest first. */
const ADJECTIVE_ENDINGS = ['en', 'em', 'er', 'es', 'e']

/**
 * A compound adjective of how the goods cook or grow, said by its first part or in full where the catalog says
 * the other ("mehlige Kartoffeln" for "Kartoffeln mehligkochend", "mehligkochende" for "Kartoffeln, mehlig"): the
 * catalog words that begin with the adjective's stem and go on with a participle ("-kochend"), or the one the
 * customer's participle compound begins with. Both parts 4 letters or more.
 */
export function participleCompletions(index: CatalogIndex, w: string): number[] {
  const out: number[] = []
  if (w.length < 5 || /\d/.test(w)) return out
  const stems = [w, ...ADJECTIVE_ENDINGS.filter((e) => w.endsWith(e)).map((e) => w.slice(0, -e.length))]
  const { words: sorted, ids } = sortedVocabOf(index)
  for (const stem of stems) {
    if (stem.length < 4) continue
    if (stem.endsWith('end') && stem.length >= 10) {
      // "mehligkochend": the longest catalog word it begins with ("mehlig", never "mehl" beside it)
      for (let i = stem.length - 5; i >= 5; i--) {
        const id = index.vocab.get(stem.slice(0, i))
        if (id === undefined) continue
        if (!out.includes(id)) out.push(id)
        break
      }
    }
    for (let k = lowerBound(sorted, stem); k < sorted.length && sorted[k]!.startsWith(stem); k++) {
      const c = sorted[k]!
      if (c.length - stem.length >= 5 && c.endsWith('end') && !out.includes(ids[k]!)) out.push(ids[k]!)
    }
  }
  return out
}

/**
 * The rest of a catalog compound after a first part, when it is a bread roll (Brötchen, Semmel, Weck, Weckle,
 * Schrippe, Rundstück), with or without a linking s or n. Folded.
 */
const ROLL_REST = /^(?:s|n|en)?(?:brotchen|broetchen|semmel|weck|schripp|rundstuck|rundstueck)/

/**
 * "2 Kaiser, 2 Körner und 2 Laugen": at the bakery the roll is the word left out, and the kind of roll is said by
 * the first part of its compound alone. The catalog words (4 letters or more of the first part) that begin with `w`
 * and go on with a roll word: "Körner" is the Körnerbrötchen rather than the Körnerbrot beside it, "Laugen" the
 * Laugenbrötchen rather than the Laugenbrezel. Empty when the shop names no such roll.
 */
export function rollsNamedBy(index: CatalogIndex, w: string): number[] {
  const out: number[] = []
  if (w.length < 4 || /\d/.test(w)) return out
  const { words: sorted, ids } = sortedVocabOf(index)
  // "koerner": an umlaut typed as its e, as the folded catalog writes it without; "aus den Körnern": a case ending
  const forms = [w, w.replace(/([aou])e/g, '$1')]
  for (const f of [...forms])
    for (const e of ['n', 'en'])
      if (f.endsWith(e) && f.length - e.length >= 4) forms.push(f.slice(0, -e.length))
  for (const part of new Set(forms))
    for (let k = lowerBound(sorted, part); k < sorted.length && sorted[k]!.startsWith(part); k++)
      if (ROLL_REST.test(sorted[k]!.slice(part.length)) && !out.includes(ids[k]!)) out.push(ids[k]!)
  return out
}

/** A word a bakery customer says for the plain roll when naming no kind: "4 normale", "zwei einfache". Folded. */
const PLAIN_ROLL_WORD = /^(?:normal|einfach|weiss|weizen)(?:e|en|er|es)?$/
/** A roll's own name, alone: "Semmel", "Brötchen", "Schrippe", "Weckle", "Rundstück". Folded. */
const ROLL_NAME =
  /^(?:brotchen|broetchen|semmel|semmeln|weck|wecken|weckle|weckla|schrippe|schrippen|rundstuck|rundstueck)$/
const plainRollCache = new WeakMap<CatalogIndex, number | null>()

/**
 * "2 Körner, 4 normale": the plain roll said by a word of plainness alone, at a shop that sells one product named
 * with a roll word only (its "Semmel" or "Brötchen"); the product's position, else null.
 */
export function plainRollSaid(index: CatalogIndex, w: string): number | null {
  // (a word the catalog has is its own: "Weizen" may be the shop's beer)
  if (!PLAIN_ROLL_WORD.test(w) || index.vocab.has(w)) return null
  let p = plainRollCache.get(index)
  if (p === undefined) {
    const plain = index.products.flatMap((x, i) => {
      const ws = words(x.name)
      return ws.length === 1 && ROLL_NAME.test(ws[0]!) ? [i] : []
    })
    p = plain.length === 1 ? plain[0]! : null
    plainRollCache.set(index, p)
  }
  return p
}

const sortedVocabCache = new WeakMap<CatalogIndex, { words: string[]; ids: number[] }>()
/** Catalog words (no digits) in sorted order, for finding those that begin with a few letters. */
export function sortedVocabOf(index: CatalogIndex): { words: string[]; ids: number[] } {
  let s = sortedVocabCache.get(index)
  if (!s) {
    const entries = [...index.vocab].filter(([w]) => !/\d/.test(w)).sort((a, b) => (a[0] < b[0] ? -1 : 1))
    s = { words: entries.map((e) => e[0]), ids: entries.map((e) => e[1]) }
    sortedVocabCache.set(index, s)
  }
  return s
}
