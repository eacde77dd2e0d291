// The egg trade counts in trays of 30: a tray of eggs is 30, and a corner shop's "crate" or "peti" of eggs is its
// tray when it sells no bigger crate (a crate of bottles or of tomatoes is left to the rest of the reader).
import type { CatalogIndex } from './catalog-index'
import { SIBLINGS } from './lexicon'
import { fold } from './text'
import { matchItem, type MatchResult } from './match'
import type { Unit } from '../units'

/** The cells of the standard egg tray. */
export const EGG_TRAY = 30

/** Pack words the egg trade means a tray by ("peti" is read as a crate). */
const TRAY_MEASURES = new Set(['crate', 'tray'])
/** Words a shop names its crate of eggs with. */
const CRATE_WORDS = ['crate', 'crates', 'peti', 'pethi', 'kiste', 'kisten']

/** Whether the goods said are eggs, in whichever language the word is ("eggs", "ande", "Eier"). */
function saysEggs(queryWords: readonly string[]): boolean {
  return queryWords.some((w) => w === 'egg' || (SIBLINGS.get(w) ?? []).includes('egg'))
}

export interface TrayReading {
  m: MatchResult
  qty: { qty: number; unit: Unit }
  /** set when the shop has no tray and the line is asked about ("how many?") rather than guessed */
  container?: string
}

/**
 * "1 crate eggs", "2 peti ande", "eggs 1 tray" (`measure` "crate" or "tray", `count` of them), whatever egg pack the
 * goods were matched to ("Eggs 6 pc" is no crate): the shop's own crate of eggs when it sells one (left to the
 * reader of pack words: null); else its 30-egg tray, the biggest pack a corner shop calls its crate; else, for a
 * tray, the convention of 30: packs of pieces that make the trays up exactly ("Eggs 6 pc": five a tray) or 30
 * eggs sold singly. A crate with no tray in the shop is that many packs and asked about (a crate may be seven
 * trays), never one small pack. Null when the words are not about eggs by the tray or crate.
 */
export function eggTrays(
  measure: string | null | undefined,
  count: number,
  m: MatchResult,
  index: CatalogIndex,
): TrayReading | null {
  if (!measure || !TRAY_MEASURES.has(measure) || !Number.isInteger(count) || count < 1) return null
  if (!saysEggs(m.queryWords)) return null
  const product = (sku: string | null | undefined) => {
    const p = sku ? index.bySku.get(sku) : undefined
    return p === undefined ? undefined : { product: index.products[p]!, size: index.sizes[p] ?? null }
  }
  const named = (sku: string | null, words: readonly string[]) =>
    fold(product(sku)?.product.name ?? '')
      .split(/[^\p{L}]+/u)
      .some((w) => words.includes(w))
  const goods = m.queryWords.join(' ')
  if (measure === 'crate')
    for (const w of ['crate', 'peti', 'kiste']) {
      const crate = matchItem(`${goods} ${w}`, index)
      if (crate.kind === 'resolved' && named(crate.sku, CRATE_WORDS)) return null
    }
  const holds = (sku: string | null | undefined) => {
    const x = product(sku)
    return x?.size?.unit === 'pc' && x.product.unit === 'pack' ? x.size.value : null
  }
  const tray = matchItem(`${goods} tray`, index)
  if (tray.kind === 'resolved' && (holds(tray.sku) === EGG_TRAY || named(tray.sku, ['tray', 'trays'])))
    return { m: { ...tray, candidates: [] }, qty: { qty: count, unit: 'pack' } }
  if (measure === 'crate') return { m, qty: { qty: count, unit: 'pack' }, container: measure }
  const skus = m.kind === 'resolved' ? [m.sku!] : m.candidates
  const fitting = skus.filter((sku) => {
    const n = holds(sku)
    return n !== null && (count * EGG_TRAY) % n === 0
  })
  if (fitting.length === 1) {
    const n = holds(fitting[0])!
    return {
      m: { ...m, kind: 'resolved', sku: fitting[0]!, candidates: [] },
      qty: { qty: (count * EGG_TRAY) / n, unit: 'pack' },
    }
  }
  if (m.kind === 'resolved' && product(m.sku)?.product.unit === 'pc')
    return { m, qty: { qty: count * EGG_TRAY, unit: 'pc' } }
  return null
}
