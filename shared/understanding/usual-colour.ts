// Goods a supplier lists only in colours ("Onion Red", "Onion White"; "Capsicum Green", "Capsicum Red"; "Green
// Chilli", "Red Chilli Fresh"), ordered with no colour: a kitchen that writes "Onion 10kg" means the ordinary onion,
// and the ordinary kind of a produce is its mass-market one, the cheapest (the special colours cost more). Taken
// with a confidence the cart shows, so the customer can change it; a kind that is not a colour (iceberg or
// romaine lettuce) is still asked about.
import type { CatalogIndex } from './catalog-index'
import type { MatchResult } from './match'
import type { Product } from '../domain'
import { queryWords } from './match'
import { NOTE_WORDS } from './lexicon'
import { soundKey } from './text'

export const COLOURS: ReadonlySet<string> = new Set([
  'red',
  'green',
  'yellow',
  'white',
  'black',
  'purple',
  'brown',
])
const COLOUR_IN_NAME = /(?<![\p{L}])(?:red|green|yellow|white|black|purple|brown)(?![\p{L}])/iu

/** Per catalog, whether each product's name has a colour word (0 not yet read, 1 yes, 2 no). */
const colouredCache = new WeakMap<CatalogIndex, Uint8Array>()
function colouredNames(index: CatalogIndex): Uint8Array {
  let c = colouredCache.get(index)
  if (!c) colouredCache.set(index, (c = new Uint8Array(index.products.length)))
  return c
}

/**
 * The goods words of product p's name, by their sound ("chillies" is "chilli"), sorted: no colour, no word that
 * only describes it (kept per catalog: the same few products come again).
 */
const goodsCache = new WeakMap<CatalogIndex, Map<number, string[]>>()
function goodsWords(index: CatalogIndex, p: number): string[] {
  let byProduct = goodsCache.get(index)
  if (!byProduct) goodsCache.set(index, (byProduct = new Map()))
  let ws = byProduct.get(p)
  if (!ws) {
    ws = queryWords(index.products[p]!.name)
      .filter((w) => !NOTE_WORDS.has(w))
      .map(soundKey)
      .sort()
    byProduct.set(p, ws)
  }
  return ws
}

/**
 * The cheapest of the candidates when `item` names no colour and the candidates that are the goods said are those
 * same goods each in one colour, all sold in one unit; null otherwise, and when two share the lowest price.
 */
export function usualColour(item: string, m: MatchResult, index: CatalogIndex): MatchResult | null {
  if (m.kind !== 'ambiguous' || m.candidates.length < 2) return null
  // (most ambiguous items of a big catalog have no colour in their candidates' names: nothing more is read of them)
  const coloured = colouredNames(index)
  let n = 0
  for (const sku of m.candidates) {
    const p = index.bySku.get(sku)!
    if (coloured[p] === 0) coloured[p] = COLOUR_IN_NAME.test(index.products[p]!.name) ? 1 : 2
    if (coloured[p] === 1) n++
  }
  if (n < 2) return null
  const itemWords = queryWords(item)
  if (itemWords.some((w) => COLOURS.has(w))) return null
  const said = itemWords.filter((w) => !NOTE_WORDS.has(w)).map(soundKey)
  if (said.length === 0) return null
  // the goods said are those goods ("onions", "capsicum"); a product found through another of its words or the
  // dictionary ("Black Pepper" for capsicum) is not one of them
  const products: Product[] = []
  let base: string | null = null
  for (const sku of m.candidates) {
    const at = index.bySku.get(sku)!
    if (coloured[at] !== 1) continue
    const p = index.products[at]!
    const goods = goodsWords(index, at)
    if (!said.every((w) => goods.includes(w))) continue
    if (queryWords(p.name).filter((w) => COLOURS.has(w)).length !== 1) return null
    const key = goods.join(' ')
    if (base === null) base = key
    else if (key !== base) return null
    if (p.unit !== (products[0] ?? p).unit || !(p.price > 0)) return null
    products.push(p)
  }
  if (products.length < 2) return null
  const sorted = [...products].sort((a, b) => a.price - b.price)
  if (sorted[0]!.price === sorted[1]!.price) return null
  return {
    ...m,
    kind: 'resolved',
    sku: sorted[0]!.sku,
    candidates: [],
    confidence: 0.75,
  }
}
