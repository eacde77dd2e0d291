// A kitchen list's clipped names ("Tom - 1 box", "Cuc - 5") can be spelled like a little word of talk: "Let - 6
// heads" is lettuce, though "let" is filler in any sentence ("let me know"). Only the list's own form counts: the
// word alone before a dash or colon and the amount, so talk never turns into goods.
import type { CatalogIndex } from './catalog-index'
import { FILLER } from './lexicon'
import { clippedListWord } from './match'
import { words } from './text'

const LIST_HEAD = /^\s*\p{L}{3,4}\s*[-–—:]\s*\d/u

/** The catalog word a list line's filler-spelled clipped item stands for, or null. */
export function clippedListItem(item: string, line: string, index: CatalogIndex): string | null {
  const ws = words(item)
  if (ws.length !== 1 || !FILLER.has(ws[0]!) || !LIST_HEAD.test(line)) return null
  return clippedListWord(index, ws[0]!) ?? null
}
