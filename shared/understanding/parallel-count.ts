import { FILLER } from './lexicon'
import { HINDI_VERBS_BEFORE_DO, readQuantities, tokenize, type Tok } from './quantity'
import { WALA } from './wala-ends-item'

/**
 * Hindi "do" is both the number two and the verb "give". After goods it is usually the verb ("lux sabun do",
 * give the soap), but in a list whose other goods carry their count after the name with no unit ("surf excel
 * ek aur lux sabun do", "maggi teen aur parle g do", "ब्रेड एक और अंडे दो") the customer is counting in that
 * order, and a "do" closing goods that have no count of their own (a size is none: "dahi 1 kilo wala do aur 400
 * gram wala ek") is the count of two. A count written
 * before the goods elsewhere ("ek surf aur lux sabun do") leaves it the verb, as does a verb stem before it
 * ("bhej do", "kar do") or an amount of its own in the same piece ("2 kg aloo do").
 */
export function giveReadAsTwo(line: string, chunks: readonly [number, number, string][]): string {
  if (!/(^|\s)do(?![\p{L}\d])/iu.test(line) || chunks.length < 2) return line
  const pieces = chunks.map(([a, b]) => {
    const toks = tokenize(line.slice(a, b), a)
    return { toks, groups: toks.length > 0 ? readQuantities(toks).groups : [] }
  })
  const countsAfter = pieces.some(({ toks, groups }) => {
    const words = lastWords(toks)
    if (words.length < 2) return false
    const last = groups.at(-1)
    // before the count, only sizes ("dahi 400 gram wala ek")
    if (!last || last.unit !== null || groups.slice(0, -1).some((g) => g.unit === null)) return false
    // the count is the piece's last word and goods come before it: "surf excel ek", "maggi 3"
    return (
      last.to === toks.indexOf(words.at(-1)!) + 1 && last.from > 0 && toks[last.from - 1]!.kind === 'word'
    )
  })
  if (!countsAfter) return line
  let out = line
  for (const { toks, groups } of pieces) {
    // a size of its own is no count ("dahi 1 kilo wala do"); a count is
    if (groups.some((g) => g.unit === null || !g.unit.physical)) continue
    const words = lastWords(toks)
    const give = words.at(-1)
    const before = words.at(-2)
    if (!give || !before || give.low !== 'do' || before.kind !== 'word') continue
    if (HINDI_VERBS_BEFORE_DO.has(before.low)) continue
    // only goods right before it make "do" their count: after a no ("bread nahi do", "bread mat do"), an adverb
    // ("maggi jaldi do") or a pronoun ("bread mujhe do", "sab saath mein do") it is the verb, give (or don't)
    if (NOT_GOODS_BEFORE_GIVE.has(before.low) || (FILLER.has(before.low) && !WALA.test(before.low))) continue
    // after an amount of its own only the wala of a size counts ("aloo 2 kilo do" is give 2 kg)
    if (groups.length > 0 && !WALA.test(before.low)) continue
    out = out.slice(0, give.start) + '2 ' + out.slice(give.end)
  }
  return out
}

/**
 * Words that are no goods yet are missing from FILLER (which already holds nahi, jaldi, abhi, mujhe, mein): the
 * other ways to say no, and the object pronouns a "give" takes ("humko do", "usko do").
 */
const NOT_GOODS_BEFORE_GIVE: ReadonlySet<string> = new Set([
  'mat',
  'matt',
  'na',
  'naa',
  'nhi',
  'nahee',
  'nahii',
  'humein',
  'humko',
  'hamko',
  'hume',
  'mujhko',
  'muje',
  'usko',
  'unko',
  'inko',
  'isko',
  'use',
  'unhe',
  'inhe',
  'aapko',
  'tumko',
  'toh',
  'fir',
  'turant',
  'fatafat',
  'jaldee',
])

/** The piece's tokens up to its last word or number (a trailing emoji or stop is no word). */
function lastWords(toks: readonly Tok[]): Tok[] {
  let end = toks.length
  while (end > 0 && toks[end - 1]!.kind === 'sym') end--
  return toks.slice(0, end)
}
