// English shop words written in Devanagari ("ओनियन" oniyan, "कैरट" kairat, "राइस" raais, "केचप" kechap) against
// a catalog spelt in English: both sides are reduced to how they sound, since English spelling does not say it
// (c is k or s, "tch" is "ch", a silent final e, doubled letters) and Hindi writes English vowels its own way.
// Used only for words of a Devanagari message that nothing closer matched (match.ts, `loose`).
import type { CatalogIndex } from './catalog-index'

/** English spelling and Hinglish transliteration brought to the same consonants. */
function consonants(w: string): string {
  return w
    .replace(/tch/g, 'ch')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ch/g, 'C')
    .replace(/sh/g, 'S')
    .replace(/c/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/([bdgjkpt])h/g, '$1')
    .replace(/w/g, 'v')
}

/** The consonants in order, doubles folded: "carrot" and "kairat" are both "krt", "cheese" and "cheez" "Cs". */
export function loanSkeleton(w: string): string {
  return consonants(w)
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1')
}

/**
 * The same with each run of vowels kept as one mark, for words of one consonant: "onion" and "oniyan" are both
 * "VnVn", "oil" and "oyal" "Vl", "tea" and "ti" "tV".
 */
export function loanShape(w: string): string {
  return consonants(w)
    .replace(/[aeiouy]+/g, 'V')
    .replace(/(.)\1+/g, '$1')
}

interface LoanTables {
  skeleton: Map<string, number[]>
  shape: Map<string, number[]>
  /** each word's shape as spoken: a final silent e left out ("rice" is "rVs", like raais) */
  spoken: Map<number, string>
  word: Map<number, string>
}
const tablesCache = new WeakMap<CatalogIndex, LoanTables>()

/** Catalog words by both keys, built the first time a Devanagari message needs them. */
function tablesOf(index: CatalogIndex): LoanTables {
  let t = tablesCache.get(index)
  if (!t) {
    t = { skeleton: new Map(), shape: new Map(), spoken: new Map(), word: new Map() }
    const add = (m: Map<string, number[]>, k: string, id: number) => {
      const list = m.get(k)
      if (!list) m.set(k, [id])
      else if (!list.includes(id)) list.push(id)
    }
    for (const [w, id] of index.vocab) {
      if (w.length < 2 || /\d/.test(w) || !/^[a-z]+$/.test(w)) continue
      add(t.skeleton, loanSkeleton(w), id)
      // a t before u inside an English word is said ch ("fortune" फॉर्च्यून forchyoon, "picture" पिक्चर), as
      // well as t ("nutella")
      if (/.tu/.test(w)) add(t.skeleton, loanSkeleton(w.replace(/(?<=.)tu/g, 'chu')), id)
      // a th between vowels is said d as often as t ("mother" मदर madar, "brother" ब्रदर, "leather" लेदर)
      if (/[aeiou]th[aeiou]/.test(w))
        add(t.skeleton, loanSkeleton(w.replace(/(?<=[aeiou])th(?=[aeiou])/g, 'd')), id)
      add(t.shape, loanShape(w), id)
      t.word.set(id, w)
      t.spoken.set(id, /[^aeiou]e$/.test(w) ? loanShape(w).slice(0, -1) : loanShape(w))
    }
    tablesCache.set(index, t)
  }
  return t
}

/**
 * Catalog words a Devanagari word's reading can be the English word of: the same consonants (two or more), else
 * the same consonants and vowel places (three marks or more, or the only such word: "egs" for "egg"). `sure` when
 * one word has the same three consonants or more, in order ("laks" is lux, "fortyun" fortune): as sure as a typo.
 */
export function loanwordIds(index: CatalogIndex, w: string): { ids: number[]; sure: boolean } {
  if (w.length < 2 || !/^[a-z]+$/.test(w)) return { ids: [], sure: false }
  const t = tablesOf(index)
  // a long ū (ऊ, "oo") is an English o or u ("joos" juice), never an a ("mooli" is not malai)
  const longU = (f: string, id: number) => !f.includes('oo') || /[ouw]/.test(t.word.get(id) ?? '')
  // "egs", "kukeez": a final s or z is the English plural the catalog's words were singularized from
  // and "lak", the stem of "laks" (लक्स, Lux): the query words come singularized, an x sound with them
  const forms = /[sz]$/.test(w) && w.length >= 3 ? [w, w.slice(0, -1)] : /k$/.test(w) ? [w, `${w}s`] : [w]
  // three consonants or more say which word it is ("laks" lux before "lak" lauki); two only with the same vowel
  // places as well ("raais" rice, but "torai" is not toor)
  for (const long of [true, false]) {
    for (const f of forms) {
      const sk = loanSkeleton(f)
      if (sk.length < 2 || sk.length >= 3 !== long) continue
      let ids = t.skeleton.get(sk)
      if (!long && ids) ids = ids.filter((id) => t.spoken.get(id) === loanShape(f) && longU(f, id))
      if (ids && ids.length > 0 && ids.length <= 3) return { ids, sure: ids.length === 1 && sk.length >= 3 }
    }
  }
  for (const f of forms) {
    const shape = loanShape(f)
    const ids = t.shape.get(shape)?.filter((id) => longU(f, id))
    if (ids && (shape.length >= 3 ? ids.length <= 3 : ids.length === 1)) return { ids, sure: false }
  }
  return { ids: [], sure: false }
}
