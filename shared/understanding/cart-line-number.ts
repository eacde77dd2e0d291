// A line of the cart named by its number in the cart the customer was shown: "remove item 2", "delete no. 3",
// "the 2nd one hatao", "Nummer 2 bitte streichen", "die zweite raus". The cart reply numbers its lines, so customers
// answer with those numbers; without this a number said with "remove" or "cancel" reads as nothing, or as the
// whole order cancelled.
import type { Product } from '../domain'
import type { CatalogIndex } from './catalog-index'
import { has, strip } from './intent'
import { fold } from './text'

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  // German, each ending folded to its stem below ("zweite", "zweiten", "zweites")
  erst: 1,
  zweit: 2,
  dritt: 3,
  viert: 4,
  funft: 5,
  fuenft: 5,
  sechst: 6,
  siebt: 7,
  acht: 8,
  neunt: 9,
  zehnt: 10,
  // Hinglish, either gender ("doosra", "doosri")
  pehl: 1,
  pahl: 1,
  dusr: 2,
  doosr: 2,
  dosr: 2,
  tisr: 3,
  teesr: 3,
  chauth: 4,
  chouth: 4,
  paanchv: 5,
  panchv: 5,
}
const ORDINAL_WORD = new RegExp(
  `\\b(${Object.keys(ORDINALS).join('|')})(?:e|en|er|es|em|a|i|ee|wa|wan|waan)?\\b`,
)
/** A number said as the line's place: "item 2", "no. 2", "#2", "line 2", "Nummer 2", "Nr. 2", "Position 2". */
const NUMBERED =
  /(?:\b(?:item|line|no|number|num|nr|nummer|punkt|position|pos|artikel|zeile)\s*\.?\s*|#\s*)(\d{1,2})\b/
/** A number with an ordinal ending or a word for "the one": "2nd", "2.", "2nd one", "2 wala", "no 2 wala". */
const ORDINAL_NUMBER =
  /\b(\d{1,2})(?:st|nd|rd|th)(?=\s|$)|\b(\d{1,2})\.(?=\s+\p{L})|\b(\d{1,2})\s+(?:wala|wali|vala|vali|wale)\b/u
/** An ordinal word names a line only as "the second …" or "second one" ("remove it first" names none). */
const ORDINAL_BEFORE = /\b(?:the|die|der|das|den|dem)\s+$/
const ORDINAL_AFTER =
  /^\s+(?:one|item|line|product|thing|wala|wali|vala|vali|wale|eintrag|position|artikel|zeile|sache|cheez|chiz)\b/
/** Words that may stand around the place and the verb: politeness, articles, "from the cart", "one", "wala". */
const AROUND = new Set(
  (
    'please pls plz kindly bhaiya bhai ji ok okay bitte mal doch the a from my cart order list warenkorb ' +
    'bestellung liste se ko mein aus von die das den der dem it one item items line wala wali vala vali wale ' +
    'eintrag position artikel sache cheez chiz do karo kar de dena dijiye also and aur und sorry actually oh ' +
    'just only sirf nur bas that wieder no number nummer nr punkt pos zeile num'
  ).split(' '),
)

/** The product of the cart line a message takes out by its number; null when the message is anything else. */
export function cartLineByNumber(
  input: string,
  index: CatalogIndex,
  cart: readonly string[],
): Product | null {
  if (cart.length < 2 || input.length > 80) return null
  const folded = fold(input)
    .replace(/[!?,;:]+/g, ' ')
    .trim()
  const at = placeSaid(folded)
  if (at === null || at.place > cart.length) return null
  const rest = ` ${folded.slice(0, at.from)} ${folded.slice(at.to)} `
  if (!has('remove', rest) && !has('cancel', rest)) return null
  const left = strip('cancel', strip('remove', rest))
    .split(/[\s.]+/)
    .filter((w) => w !== '' && !AROUND.has(w))
  if (left.length > 0) return null
  const p = index.bySku.get(cart[at.place - 1]!)
  return p === undefined ? null : (index.products[p] ?? null)
}

/** Where in the message the line's place is said, and which place (1-based). */
function placeSaid(folded: string): { place: number; from: number; to: number } | null {
  for (const r of [NUMBERED, ORDINAL_NUMBER, ORDINAL_WORD]) {
    const m = r.exec(folded)
    if (!m) continue
    const said = m[1] ?? m[2] ?? m[3]!
    const to = m.index + m[0].length
    if (
      r === ORDINAL_WORD &&
      !ORDINAL_BEFORE.test(folded.slice(0, m.index)) &&
      !ORDINAL_AFTER.test(folded.slice(to))
    )
      continue
    const place = /^\d/.test(said) ? Number(said) : ORDINALS[said]!
    if (place >= 1) return { place, from: m.index, to }
  }
  return null
}
