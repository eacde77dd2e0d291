// Goods sold by weight, asked for as a count of pieces with what they should weigh in all: "4 koteletts bitte so
// ca 1 kg", "2 hähnchenbrust zusammen so 600 g", "3 steaks about 800 g". The butcher weighs out the weight; the
// count says how to cut it. Read as the weight, with the pieces as a remark for the shop.
import type { CatalogIndex } from './catalog-index'
import { matchItem } from './match'

/** A cheap first look: a word that says the weight is about, or all of them together. */
const HINT = /zusammen|insgesamt|ca|circa|etwa|ungef|so |about|around|approx|roughly|total|together/i
/**
 * A count, one to three words of goods, then a word of about or together before a weight: "4 koteletts bitte so ca
 * 1 kg". ("4 schnitzel à 200 g", "je 300 g": each piece's weight, read elsewhere.) All on one line, and the goods are
 * no unit: "Spinach 3 kg / Celery around 2kg" on two lines is no 3 celery of 2 kg.
 */
const PIECES_THEN_WEIGHT =
  /(?<![\p{L}\d.,])(\d{1,2})([^\S\n]+(?!(?:kg|kgs|kilos?|g|gm|gms|gr|gramm|grams?|pfund|l|ltr|litres?|liters?|ml|pc|pcs|stk|stück)(?![\p{L}]))(?:\p{L}[\p{L}-]*[^\S\n]+){0,2}?\p{L}[\p{L}-]*)(,?[^\S\n]+(?:(?:bitte|pls|please)[^\S\n]+)?(?:(?:so|zusammen|insgesamt|ca\.?|circa|etwa|ungefähr|ungefaehr|about|around|approx\.?|roughly|in total|total|together)[^\S\n]+)+)(?=\d+(?:[.,]\d+)?[^\S\n]*(?:kg|kilos?|g|gr|gramm|grams?|pfund)(?!\p{L}))/giu

/** A word of "each" ending the goods: the weight after it is each piece's. */
const EACH_BEFORE = /(?:^|\s)(?:à|a|je|jeweils|zu|each|per|pro)$/iu

export interface PiecesByWeight {
  text: string
  /** The customer's words for the pieces ("4 koteletts"), by the goods' sku. */
  remarks: Map<string, string>
}

/** The text with such a count blanked (same length, so spans stay), when the goods are sold by weight. */
export function piecesByWeight(text: string, index: CatalogIndex): PiecesByWeight | null {
  if (!HINT.test(text)) return null
  let out: PiecesByWeight | null = null
  for (const m of text.matchAll(PIECES_THEN_WEIGHT)) {
    const goods = m[2]!.trim()
    // "3 schnitzel à ca 200g", "2 koteletts je ca. 250 g": each piece's weight, said about (read elsewhere)
    if (EACH_BEFORE.test(goods)) continue
    const found = matchItem(goods, index)
    const sku = found.kind === 'resolved' ? found.sku : null
    if (!sku) continue
    const p = index.bySku.get(sku)
    const unit = p === undefined ? undefined : index.products[p]!.unit
    if (unit !== 'kg' && unit !== 'g') continue
    out ??= { text, remarks: new Map() }
    const at = m.index
    const blank = (s: string) => ' '.repeat(s.length)
    out.text = out.text.slice(0, at) + blank(m[1]!) + m[2]! + blank(m[3]!) + out.text.slice(at + m[0].length)
    out.remarks.set(sku, `${m[1]} ${goods}`)
  }
  return out
}
