// "pnt" is the produce trade's punnet ("Strawberries x 3 pnt") and also a pint ("2 pnt milk"): read as a punnet only
// of goods the shop sells in punnets (berries, cherry tomatoes); of anything else it is no amount the shop can read.
import type { CatalogIndex } from './catalog-index'
import { fold } from './text'

/** What this rule reads and changes of an understanding (written out: understand.ts imports this module). */
interface Read {
  lines: { sku: string | null; candidates: string[]; text: string }[]
  unmatched: string[]
}

const PNT = /(?<![\p{L}\p{N}])pnts?(?![\p{L}])/iu
/** Goods sold in punnets: named so, or the small fruit that is. */
const PUNNET_GOODS = /punnet|berr|cherry|physalis|currant|grape tomato/

/** Moves to `unmatched` the lines counted in "pnt" whose goods no punnet holds. */
export function pntOnlyForPunnets(u: Read, index: CatalogIndex): void {
  if (!u.lines.some((l) => PNT.test(l.text))) return
  const inPunnets = (sku: string) => {
    const at = index.bySku.get(sku)
    const p = at === undefined ? undefined : index.products[at]
    return p !== undefined && PUNNET_GOODS.test(fold([p.name, ...p.aliases].join(' ')))
  }
  const notPunnet = u.lines.map((l) => {
    if (!PNT.test(l.text)) return false
    const skus = l.sku ? [l.sku] : l.candidates
    return skus.length > 0 && !skus.some(inPunnets)
  })
  if (!notPunnet.includes(true)) return
  u.unmatched.push(...u.lines.filter((_, i) => notPunnet[i]).map((l) => l.text.replace(/^\s*\d+\s*/u, '')))
  u.lines = u.lines.filter((_, i) => !notPunnet[i])
}
