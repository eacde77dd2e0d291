// Sliced goods sold by weight, asked for by the slice: "6 Scheiben Bierschinken", "10 slices of salami", "vier
// dünne Scheiben Leberkäse". What the slices weigh is for the scale to say, not the customer: the line stays a
// count of pieces of goods sold by weight (the conversation asks the weight), and the slices go to the shop as a
// note for whoever cuts, and are quoted back as said.
import type { CatalogIndex } from './catalog-index'
import { NUMBER_WORDS } from './lexicon'
import { fold } from './text'
import { quotedItem } from './quoted-item'

/** A count, at most one adjective of how thin, and a word for slices: "6 Scheiben", "zwei dünne Scheibchen". */
const SLICES =
  /(?<![\p{L}\p{N}])(\d{1,3}|\p{L}+)\s+(?:(?:d(?:ü|u|ue)nne|dicke|feine|thin|thick)\s+)?(scheib(?:e|en|chen|n|erl|erln)|slices?)(?![\p{L}])/iu

/** "6 Scheiben" in a line's text, with the count it says, or null. */
function slicesIn(text: string): { count: number; said: string; rest: string } | null {
  const m = SLICES.exec(text)
  if (!m) return null
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[fold(m[1]!)]
  if (n === undefined || !Number.isInteger(n) || n < 1) return null
  return { count: n, said: m[0], rest: text.slice(m.index + m[0].length) }
}

/** What this module reads of an order line (understand.ts's OrderLine; no import back into it). */
interface SlicedLine {
  sku: string | null
  op: string
  qty: number
  text: string
  container?: string
  remark?: string
}

/** The lines with slices of goods sold by weight noted for the shop ("6 Scheiben"). */
export function withSlices<L extends SlicedLine>(lines: L[], index: CatalogIndex): L[] {
  return lines.map((l) => {
    if (l.sku === null || l.op !== 'add' || l.container !== 'piece') return l
    const p = index.bySku.get(l.sku)
    const unit = p === undefined ? undefined : index.products[p]!.unit
    if (unit !== 'kg' && unit !== 'g') return l
    const s = slicesIn(l.text)
    if (!s || s.count !== l.qty) return l
    return { ...l, remark: l.remark ? `${s.said}, ${l.remark}` : s.said }
  })
}

/** "6 Scheiben Bierschinken": the count of slices and the goods as said, for a question about their weight. */
export function quotedSlices(line: Pick<SlicedLine, 'qty' | 'text'>): string | null {
  const s = slicesIn(line.text)
  return s && s.count === line.qty ? `${s.said} ${quotedItem(s.rest)}`.trim() : null
}
