// A produce supplier's list clips names to three letters ("Tom 10kg", "Car 2", "Ban 6"); a single message line
// in a shop chat is not such a list, and three letters there ("Pan 2", "Man 2") are no safe guess at a product.
import type { CatalogIndex } from './catalog-index'
import { goodsWords } from './match'
import { PRODUCE_CATEGORY } from './processed-goods'
import { fold, stem, words } from './text'

/** What this rule reads and changes of an understanding (written out: understand.ts imports this module). */
interface Line {
  sku: string | null
  item?: string
}
interface Read {
  lines: Line[]
  unmatched: string[]
}

/**
 * The three letters said alone as the item, when matching completed them to a longer word of the product (not a
 * name of the dictionary's: "avo" is the avocado anywhere).
 */
function clippedAlone(l: Line, index: CatalogIndex, product: { name: string } | undefined): string | null {
  const said = fold(l.item ?? '').trim()
  if (!/^[a-z]{3}$/.test(said) || !product) return null
  if (index.vocab.has(said) || index.exact.has(said) || goodsWords().has(stem(said))) return null
  return words(fold(product.name)).some((w) => w.length > 3 && w.startsWith(said)) ? said : null
}

function isProduce(category: string | undefined): boolean {
  return words(fold(category ?? '')).some((w) => PRODUCE_CATEGORY.has(w))
}

/**
 * Moves to `unmatched` the lines named by three letters alone unless the message is a list: several lines, or
 * other lines of fresh produce beside it ("Car 2, tomato 5kg").
 */
export function clippedAloneOnlyInLists(u: Read, input: string, index: CatalogIndex): void {
  if (u.lines.length === 0) return
  const several = input.split('\n').filter((line) => line.trim() !== '').length >= 2
  if (several) return
  const bySku = { get: (sku: string) => index.products[index.bySku.get(sku) ?? -1] }
  const clipped = u.lines.map((l) => clippedAlone(l, index, l.sku ? bySku.get(l.sku) : undefined))
  if (clipped.every((c) => c === null)) return
  const produceBeside = u.lines.some(
    (l, i) => clipped[i] === null && l.sku && isProduce(bySku.get(l.sku)?.category),
  )
  if (produceBeside || clipped.filter((c) => c !== null).length >= 2) return
  u.unmatched.push(...u.lines.filter((_, i) => clipped[i] !== null).map((l) => l.item!))
  u.lines = u.lines.filter((_, i) => clipped[i] === null)
}
