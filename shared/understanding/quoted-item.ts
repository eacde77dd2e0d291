// The item as the customer named it, for quoting back in a question or a "we don't have" reply: without the
// quantity, the unit and the words around it that ask for it ("doodh bhejna" is asked about as "doodh").
import { transliterate } from './devanagari'
import { FILLER, NUMBER_WORDS, UNIT_WORDS } from './lexicon'
import { fold } from './text'

/** Words at either end of an order line that are never the item: verbs of ordering, particles, please, numbers, units. */
function around(word: string): boolean {
  const w = fold(transliterate(word)).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  return (
    w === '' ||
    FILLER.has(w) ||
    NUMBER_WORDS[w] !== undefined ||
    UNIT_WORDS.has(w) ||
    /^[\d.,/x×]+$/u.test(w) ||
    /^\d+(?:[.,]\d+)?[\p{L}]{1,4}$/u.test(w)
  )
}

/**
 * "doodh bhejna" → "doodh", "bitte Milch schicken" → "Milch", "2 kilo pyaz bhej do" → "pyaz", "please send me
 * milk please" → "milk"; the words in between stay as written ("Milch von gestern"). The text itself when every
 * word is such a word.
 */
export function quotedItem(text: string): string {
  const ws = text.trim().split(/\s+/u)
  let a = 0
  let b = ws.length
  while (a < b && around(ws[a]!)) a++
  while (b > a && around(ws[b - 1]!)) b--
  return a < b
    ? ws
        .slice(a, b)
        .join(' ')
        .replace(/[,;:!?.]+$/u, '')
    : text.trim()
}
