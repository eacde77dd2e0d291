// Dishes made to order: a product sold by the piece with no pack size (a pizza, a latte, a burrito, a sandwich).
// The words said around its name are how to make it ("large iced vanilla latte", "two large thin crust pepperoni
// pizzas", "a steak burrito"), not goods the shop lacks: the line is that dish, with its count.
import type { CatalogIndex } from './catalog-index'
import { FILLER, UNIT_WORDS } from './lexicon'
import { emojiToWords, stem, words } from './text'

interface Dishes {
  /** Per product: sold by the piece with no pack size. */
  readonly dish: Uint8Array
  readonly count: number
  /** Most of the catalog is dishes: a menu, where words after a dish's name describe it too. */
  readonly menu: boolean
  /** Words in the longest dish phrase (a run longer than this is never one). */
  readonly maxWords: number
  /** The last word of every dish phrase: an item with none of them names no dish (most items, at once). */
  readonly ends: ReadonlySet<string>
}

const cache = new WeakMap<CatalogIndex, Dishes>()

function dishesOf(index: CatalogIndex): Dishes {
  let d = cache.get(index)
  if (d) return d
  const n = index.products.length
  const dish = new Uint8Array(n)
  let count = 0
  let maxWords = 0
  const ends = new Set<string>()
  let vocab: string[] | null = null
  for (let p = 0; p < n; p++) {
    const product = index.products[p]!
    if (product.unit !== 'pc' || index.sizes[p]) continue
    dish[p] = 1
    count++
    if (!vocab) {
      vocab = []
      for (const [w, id] of index.vocab) vocab[id] = w
    }
    for (let ph = index.phraseProductStart[p]!, end = index.phraseProductStart[p + 1]!; ph < end; ph++) {
      const from = index.phraseTokStart[ph]!
      const to = index.phraseTokStart[ph + 1]!
      maxWords = Math.max(maxWords, to - from)
      const last = to > from ? vocab[index.phraseTokens[to - 1]!] : undefined
      if (last !== undefined) ends.add(last)
    }
  }
  d = { dish, count, menu: count > 0 && count * 2 >= n, maxWords: Math.min(maxWords, 5), ends }
  cache.set(index, d)
  return d
}

/** Colours name goods of their own ("red onion", "green chilli"), never how a dish is made. */
const COLOURS: ReadonlySet<string> = new Set(['red', 'green', 'yellow', 'white', 'black', 'purple', 'brown'])

/** The products whose whole name or alias is this run of words (stemmed, joined as the exact map keys them). */
function named(index: CatalogIndex, ws: readonly string[]): readonly number[] {
  const hit = index.exact.get(ws.join(''))
  return hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit
}

/** Does some run of these words name a product of its own ("onion", "coke", "dr pepper")? */
function namesAProduct(index: CatalogIndex, ws: readonly string[], maxWords: number): boolean {
  for (let i = 0; i < ws.length; i++)
    for (let j = i + 1; j <= ws.length && j - i <= maxWords; j++)
      if (named(index, ws.slice(i, j)).length > 0) return true
  return false
}

/**
 * The dish an item names among the words that say how to make it: "large iced vanilla latte" → the latte, "thin
 * crust pepperoni pizzas" → the pizza, "chicken burrito" → the burrito; on a menu also with words after its name
 * ("latte cinnamon iced", "drip coffee medium roast"). Null when no dish's whole name is in it, or when what
 * stands right before the name is a number, a measure or a colour ("2 kg red onion", "1 green chilli"), or when
 * any other word run names a product of its own ("onion paratha" where the shop sells onions: two goods, not a
 * dish and its making).
 */
export function dishNamed(item: string, index: CatalogIndex): { product: number; words: number } | null {
  const d = dishesOf(index)
  if (d.count === 0) return null
  const raw = words(emojiToWords(item))
  if (raw.length < 2) return null
  const ws: string[] = []
  const rawAt: number[] = []
  for (let k = 0; k < raw.length; k++) {
    const w = raw[k]!
    if (FILLER.has(w)) continue
    ws.push(/^\d/.test(w) ? w : stem(w))
    rawAt.push(k)
  }
  const n = ws.length
  if (n < 2 || n > 16) return null
  if (d.menu ? !ws.some((w) => d.ends.has(w)) : !d.ends.has(ws[n - 1]!)) return null
  let best: { i: number; j: number; product: number } | null = null
  // the dish ends the item, else (on a menu) the longest dish name said, the first of equals
  for (let j = n; j >= 1; j--) {
    if (j < n && !d.menu) break
    if (!d.ends.has(ws[j - 1]!)) continue
    for (let len = Math.min(d.maxWords, j); len >= 1; len--) {
      const i = j - len
      if (best && len <= best.j - best.i) break
      const dishes = named(index, ws.slice(i, j)).filter((p) => d.dish[p] === 1)
      if (dishes.length !== 1) continue
      if (!best || len > best.j - best.i || (len === best.j - best.i && i < best.i))
        best = { i, j, product: dishes[0]! }
      break
    }
  }
  if (!best || best.j - best.i === n) return null
  const { i, j } = best
  if (i > 0) {
    const before = raw[rawAt[i]! - 1] ?? ''
    if (/\d/.test(before) || UNIT_WORDS.has(before) || COLOURS.has(before)) return null
  }
  if (namesAProduct(index, ws.slice(0, i), d.maxWords) || namesAProduct(index, ws.slice(j), d.maxWords))
    return null
  return { product: best.product, words: j - i }
}

/**
 * On a menu (most products dishes), "two large onion and pepper pizzas", "a chicken and cheese quesadilla": words
 * that name nothing, joined by "and" to a dish said after them, are what goes on it. The dish both pieces name
 * together, when the second names it alone too; else null.
 */
export function toppedDish(first: string, second: string, index: CatalogIndex): number | null {
  if (!dishesOf(index).menu) return null
  const alone =
    dishNamed(second, index)?.product ??
    named(index, phraseKey(second)).find((p) => dishesOf(index).dish[p] === 1)
  if (alone === undefined) return null
  const joined = dishNamed(`${first} ${second}`, index)
  return joined && joined.product === alone ? alone : null
}

function phraseKey(text: string): string[] {
  return words(emojiToWords(text))
    .filter((w) => !FILLER.has(w))
    .map(stem)
}
