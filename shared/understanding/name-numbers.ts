// Numbers that are part of product names ("5 Star", "7 Up", "24 Mantra", "Maggi 2 Minute"): which number, with
// the word after it, is how some catalog name goes on. The reader then knows "5 star 2" means two of "5 Star".
import type { CatalogIndex } from './catalog-index'
import { FILLER, NUMBER_WORDS, SIBLINGS, UNIT_WORDS } from './lexicon'
import { fold, stem } from './text'

/** A number and the word after it, inside a name or alias: "5 Star", "7up", "Buy 2 Get 1". */
const NUMBER_THEN_WORD = /(?<![\p{L}\p{N}.,/])(\d{1,3})[ -]?([\p{L}]{2,})/gu

const cache = new WeakMap<CatalogIndex, ReadonlySet<string>>()

/** "num word" pairs (folded) of every name and alias that has a number followed by a word that is no unit. */
export function nameNumberPairs(index: CatalogIndex): ReadonlySet<string> {
  const hit = cache.get(index)
  if (hit) return hit
  const pairs = new Set<string>()
  for (const p of index.products) {
    for (const name of [p.name, ...p.aliases]) {
      if (!/\d/.test(name)) continue
      for (const m of name.matchAll(NUMBER_THEN_WORD)) {
        const word = fold(m[2]!)
        // "Butter 500 g", "Soap 4 pcs", "Pack of 2 x": the number is a size or a count there, not a name's
        if (UNIT_WORDS.has(word) || FILLER.has(word) || word in NUMBER_WORDS || word === 'x') continue
        // "Cerelac 12 Months": a word the matcher does not index (an age, a size) cannot carry the name
        if (!index.vocab.has(stem(word))) continue
        // "24 Mantra", "Cadbury 5 Star": the number begins the name or follows its brand word. Further in, a number
        // is a size or a feature ("Shampoo 2 in 1", "Pack of 4 Sugar Cubes"), and before a word of the food
        // dictionary a count ("4 sugar 1kg" is four)
        if (!nearStart(name, m.index) || SIBLINGS.has(stem(word)) || SIBLINGS.has(word)) continue
        pairs.add(`${Number(m[1])} ${stem(word)}`)
      }
    }
  }
  cache.set(index, pairs)
  return pairs
}

/** Whether a match at `at` is the first or second word of `name`. */
function nearStart(name: string, at: number): boolean {
  const before = name.slice(0, at).trim()
  return before === '' || /^[\p{L}'’&.-]+$/u.test(before)
}

/** The reader's test: does this number, with this word after it, begin or continue a catalog name? */
export function nameNumberTest(index: CatalogIndex): (num: string, word: string) => boolean {
  const pairs = nameNumberPairs(index)
  if (pairs.size === 0) return () => false
  return (num, word) => {
    const w = stem(fold(word))
    // a plural the stemmer leaves, a short word's: "2 7-ups" are two "7 Up"
    return (
      pairs.has(`${Number(num)} ${w}`) || (w.endsWith('s') && pairs.has(`${Number(num)} ${w.slice(0, -1)}`))
    )
  }
}
