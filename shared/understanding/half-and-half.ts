// "1 kilo hack halb halb", "500 g Gehacktes halb und halb": at the butcher's, half and half is minced meat of beef and
// pork mixed (gemischt), a kind of the goods, never half of the amount.

const HINT = /halb/i
const HALF_AND_HALF = /(?<![\p{L}])halb(?:\s*[-/]\s*|\s+(?:und\s+|&\s*)?)halb(?![\p{L}])/giu

/** The text with half and half said as the kind it names ("gemischt"). */
export function halfAndHalfAsMixed(text: string): string {
  return HINT.test(text) ? text.replace(HALF_AND_HALF, 'gemischt') : text
}
