// The shop's own categories named by a customer: "what do you have in dairy?", "show me snacks", "which vegetables
// do you have", "dairy products?", "kya kya hai dairy mein". The answer is that part of the catalog, not the first
// page of everything, nor "we don't have: snacks".
import type { CatalogIndex } from './catalog-index'
import { fold, stem } from './text'

/** A category's words, folded and stemmed, and the words that name only it. */
interface CategoryWords {
  /** Stemmed word → the one category it names (a word in two categories' names names neither alone). */
  byWord: Map<string, string>
  /** Each category's significant words. */
  words: Map<string, string[]>
}

const tables = new WeakMap<CatalogIndex, CategoryWords>()

/** Words of a category's name that say nothing of it: "Fruits & Vegetables", "Bakery, Cakes and Dairy". */
const JOINERS = new Set([
  'and',
  'und',
  'aur',
  'the',
  'other',
  'more',
  'misc',
  'general',
  'sonstiges',
  'andere',
])

function significant(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !JOINERS.has(w))
    .map(stem)
}

function tableOf(index: CatalogIndex): CategoryWords {
  let t = tables.get(index)
  if (t) return t
  const words = new Map<string, string[]>()
  const seen = new Map<string, Set<string>>()
  for (const p of index.products) {
    const c = p.category?.trim()
    if (!c || words.has(c)) continue
    const ws = significant(c)
    words.set(c, ws)
    for (const w of ws) {
      let s = seen.get(w)
      if (!s) seen.set(w, (s = new Set()))
      s.add(c)
    }
  }
  const byWord = new Map<string, string>()
  for (const [w, cs] of seen) if (cs.size === 1) byWord.set(w, [...cs][0]!)
  t = { byWord, words }
  tables.set(index, t)
  return t
}

/**
 * The one category of the shop the text's words name, or null (none, or two named). A single-word category is
 * named by its word ("dairy", "snacks", "snack"); a longer one by a word only it has ("vegetables" of "Fruits &
 * Vegetables"), or by all of its words ("personal care").
 */
export function categoryNamed(text: string, index: CatalogIndex): string | null {
  const t = tableOf(index)
  if (t.words.size < 2) return null
  const said = new Set(significant(text))
  const found = new Set<string>()
  for (const w of said) {
    const c = t.byWord.get(w)
    if (c) found.add(c)
  }
  for (const [c, ws] of t.words) if (ws.length > 0 && ws.every((w) => said.has(w))) found.add(c)
  return found.size === 1 ? [...found][0]! : null
}

/**
 * Words around a category in a message that asks what there is of it ("dairy products?", "your snacks list",
 * "all vegetables", "dairy ka saman"): with the category's own words, nothing else is said.
 */
const ASKING_AROUND = new Set(
  (
    'products product items item list lists section range stuff things all your the any some me us send show ' +
    'please pls plz what which have has got do you u in of for ka ki ke saman samaan sab kya hai mein me ' +
    'dikhao bhejo batao produkte sachen liste alle eure ihre was habt ihr an welche zeig zeigt bitte'
  ).split(' '),
)

/**
 * The category when every word of the goods asked about is one of its words ("snacks", "fresh vegetables" is not:
 * "fresh" is no word of it), never when other goods are named beside it ("frozen lemon").
 */
export function categoryOfItem(item: string, index: CatalogIndex): string | null {
  return /\d/.test(item) ? null : categoryAlone(item, index, JOINERS)
}

/**
 * The category the text names, when its other words only ask about it (and are none of `also`): "dairy", "snacks?",
 * "personal care pls" said alone ask to see that part of the catalog when no goods answer to them.
 */
export function categoryAlone(text: string, index: CatalogIndex, also?: ReadonlySet<string>): string | null {
  const c = categoryNamed(text, index)
  if (!c) return null
  const own = new Set(tableOf(index).words.get(c))
  const rest = fold(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && !own.has(stem(w)) && !ASKING_AROUND.has(w) && !also?.has(w))
  return rest.length === 0 ? c : null
}

/** Words that make a category's name a question about all of it, not goods ("dairy products", "snacks list"). */
const COLLECTIVE = new Set(
  'products items list section range stuff things saman samaan sab all produkte sachen liste sortiment'.split(
    ' ',
  ),
)

/**
 * The category when the message is only a category and words of asking about it ("dairy products?", "your
 * snacks list"); one of them a word for all of it, since a category may be named as goods are ("oil?").
 */
export function onlyCategory(text: string, index: CatalogIndex): string | null {
  if (/\d/.test(text)) return null
  if (
    !fold(text)
      .split(/[^\p{L}]+/u)
      .some((w) => COLLECTIVE.has(w))
  )
    return null
  return categoryAlone(text, index)
}
