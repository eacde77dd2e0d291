// Fruit asked for where the shop sells only something made of it: "ein halbes Kilo Kirschen" against a shop whose
// one cherry product is "Marmelade Kirsch" (alias Kirschmarmelade), "2 kg strawberries" against "Strawberry Jam".
// The made product names the fruit by the stem that goes before its kind ("Kirsch", "strawberry"); the customer
// names the fruit itself, in its own noun form ("Kirschen", "strawberries"), and not the kind of product. Such a
// line names goods the shop lacks, not the jam.
import type { Product } from '../domain'
import { fold } from './text'

/** Kinds of goods made from fruit or vegetables, as the last part of a name ("Kirschmarmelade", "Apfelsaft"). */
export const MADE_KINDS = [
  'marmelade',
  'konfiture',
  'konfituere',
  'gelee',
  'saft',
  'nektar',
  'joghurt',
  'jogurt',
  'kompott',
  'sirup',
  'likor',
  'likoer',
  'kuchen',
  'torte',
  'jam',
  'jelly',
  'juice',
  'squash',
  'syrup',
  'yogurt',
  'yoghurt',
  'pickle',
  'achar',
]
/** Words of a category of fresh produce ("Vegetables", "Fruit & Veg", "Exotic Herbs"). */
export const PRODUCE_CATEGORY: ReadonlySet<string> = new Set(
  'vegetable vegetables veg veggies fruit fruits herb herbs greens exotic exotics produce mushroom mushrooms salad salads'.split(
    ' ',
  ),
)

/** Endings that make a fruit's noun from the stem a product name uses: Kirsch-en, Birne-n, apple-s. */
const NOUN_ENDINGS = ['e', 'en', 'n', 's', 'es']

interface Named {
  made: boolean
  words: ReadonlySet<string>
  stems: readonly string[]
  /** The name's words as spelt (lower case), umlauts kept. */
  raw: ReadonlySet<string>
}
const named = new WeakMap<Product, Named>()

function namedOf(p: Product): Named {
  let n = named.get(p)
  if (n) return n
  const words = fold([p.name, ...p.aliases].join(' '))
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  const stems: string[] = []
  let made = false
  // "Butternut Squash" filed with the vegetables is the gourd, not a drink made of butternuts
  const fresh = fold(p.category ?? '')
    .split(/[^\p{L}]+/u)
    .some((w) => PRODUCE_CATEGORY.has(w))
  for (const w of words) {
    const kind = fresh
      ? undefined
      : MADE_KINDS.find((k) => w === k || (w.endsWith(k) && w.length >= k.length + 3))
    if (!kind) {
      if (w.length >= 3) stems.push(w)
      continue
    }
    made = true
    if (w !== kind) stems.push(w.slice(0, -kind.length))
  }
  const raw = [p.name, ...p.aliases]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
  n = { made, words: new Set(words), stems, raw: new Set(raw) }
  named.set(p, n)
  return n
}

/** Does the item (its words as said) name the fruit a made product is of, and not the product? */
export function namesFruitOfMadeGoods(item: string, p: Product): boolean {
  const n = namedOf(p)
  if (!n.made) return false
  const raw = item
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  const said = raw.map(fold)
  if (said.some((w) => MADE_KINDS.some((k) => w.endsWith(k)))) return false
  return said.some(
    (w, i) =>
      // "Äpfel" against "Apfelsaft": the plural made with an umlaut folds to the stem itself
      (n.stems.includes(w) && raw[i] !== w && !n.raw.has(raw[i]!)) ||
      (!n.words.has(w) &&
        n.stems.some(
          (s) =>
            (w.startsWith(s) && NOUN_ENDINGS.includes(w.slice(s.length))) ||
            // strawberry → strawberries
            (s.endsWith('y') && w === `${s.slice(0, -1)}ies`),
        )),
  )
}
