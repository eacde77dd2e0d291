// A German wish said in the conditional after the goods: "ein kilo erdbeeren wären toll", "3 Brötchen wäre nett",
// "2 Brezeln, das wäre super", "über 6 Eier würde ich mich freuen". It asks for the goods; it is no praise of goods
// had (which folds to the same letters: "die Brezeln waren toll" is the past, and stays praise).

/** A cheap first look. */
const HINT = /w(?:ä|ae)re|freuen/i
const PRAISE =
  'toll|super|nett|klasse|prima|gut|sch(?:ö|oe)n|lieb|genial|spitze|perfekt|top|cool|gro(?:ß|ss)artig|wunderbar|mega|fein'
const INTENSIFIER = 'echt|sehr|total|ganz|richtig|voll|einfach|wirklich|mega'
/** "wären toll", "das wäre echt super", "wäre es lieb", "würde mich freuen", "würden uns sehr freuen". */
const WISH = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:das|es)\s+)?(?:w(?:ä|ae)re[nt]?(?:\s+(?:das|es))?(?:\s+(?:${INTENSIFIER}))*\s+(?:${PRAISE})|w(?:ü|ue)rden?\s+(?:(?:ich|wir)\s+)?(?:mich|uns)\s+(?:(?:${INTENSIFIER})\s+)*freuen)(?![\p{L}])`,
  'giu',
)

/** The text with such a wish blanked (same length, so spans stay); the goods before it are then read as ordered. */
export function withoutConditionalWish(text: string): string {
  if (!HINT.test(text)) return text
  const out = text.replace(WISH, (m) => ' '.repeat(m.length))
  // ("das wäre super" alone answers something; it is left to be read as it is)
  return /[\p{L}\d]/u.test(out) ? out : text
}
