// Voice typing that did not turn the spoken marks into marks: "2 kilo äpfel punkt und eine flasche apfelsaft punkt",
// "6 semmeln komma 2 croissants", "eins komma fünf kilo". The marks are read as what they were said for.

/** A cheap first look: most messages say none of these words. */
const HINT = /komma|punkt|zeichen|comma|full stop/i
const DIGIT_WORDS: Record<string, string> = {
  null: '0',
  ein: '1',
  eins: '1',
  zwei: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  fuenf: '5',
  funf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
  zehn: '10',
}
const DIGIT_WORD = Object.keys(DIGIT_WORDS).join('|')
/**
 * "1 komma 5 kilo", "2 punkt 5 kg", "eins komma fünf liter": a decimal said aloud, before a unit of weight or
 * volume ("butter 2 komma 1 milch" is two items).
 */
const DECIMAL = new RegExp(
  String.raw`(?<![\p{L}\d])(\d+|${DIGIT_WORD})\s+(?:komma|comma|punkt)\s+(\d+|${DIGIT_WORD})(?=\s*(?:kilo|kg|pfund|liter|l|gramm|gr|g)(?!\p{L}))`,
  'giu',
)
/** "um punkt 8", "gegen punkt 5": exactly at that hour, said of a time. */
const ON_THE_DOT = /(?<=(?:^|\s)(?:um|gegen|ab)\s+)punkt\s+(?=\d)/giu
/** A mark said as a word after a word ("äpfel punkt", "semmeln komma 2 croissants"); Punkt before a number is none. */
const MARK =
  /(?<=[\p{L}\d)]\s*)\s(komma|comma|punkt(?!\s*\d)|full stop|fragezeichen|ausrufezeichen|doppelpunkt)(?!\p{L})/giu
const AS_MARK: Record<string, string> = {
  komma: ',',
  comma: ',',
  punkt: '.',
  'full stop': '.',
  fragezeichen: '?',
  ausrufezeichen: '!',
  doppelpunkt: ':',
}

const digits = (w: string) => DIGIT_WORDS[w.toLowerCase()] ?? w

/** The text with spoken punctuation written as marks (a mark replaces the word; the rest stays as it was). */
export function spokenPunctuation(text: string): string {
  if (!HINT.test(text)) return text
  return text
    .replace(DECIMAL, (_m, a: string, b: string) => `${digits(a)},${digits(b)}`)
    .replace(ON_THE_DOT, '')
    .replace(MARK, (m, w: string) => AS_MARK[w.toLowerCase()] ?? m)
}
