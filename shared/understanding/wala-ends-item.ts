import { FILLER, UNIT_WORDS } from './lexicon'
import { readQuantities, tokenize, type QGroup, type Tok } from './quantity'

/** Words that already part two items, so the wala's item ends there without help. */
const JOINS = new Set([
  'aur',
  'and',
  'or',
  'n',
  'bhi',
  'plus',
  'also',
  'und',
  'oder',
  'lekin',
  'aber',
  'magar',
])

export const WALA = /^(?:wala|wali|wale|waala|waali|waale|vala|vali|vale|vaala|vaali|vaale)$/

/**
 * "doodh 2 packet dahi 1 kilo wala paneer 250 gram": in a list typed without separators, a wala after goods and
 * their amount closes that item (the one of that size); the next goods, which carry an amount of their own, begin
 * another item. The space after the wala becomes a comma (the line keeps its length, so places stay). A wala
 * before goods that have no amount of their own names them ("2 packet 1 kilo wala dahi") and is left alone.
 */
export function walaEndsItem(line: string): string {
  if (!/wa+l|va+l/iu.test(line)) return line
  const toks = tokenize(line)
  if (toks.length < 6) return line
  const { groups } = readQuantities(toks)
  let out = line
  for (const [gi, g] of groups.entries()) {
    const wala = toks[g.to]
    const next = toks[g.to + 1]
    const before = toks[g.from - 1]
    if (!g.unit || g.implied || !wala || !WALA.test(wala.low) || !next || next.kind !== 'word') continue
    // goods stand before the amount ("bhaiya aadha litre wala doodh 2 packet" names the milk after its wala)
    if (!before || before.kind !== 'word' || FILLER.has(before.low)) continue
    const after = groups[gi + 1]
    // the next goods have their own amount, and nothing but words stands between the wala and it
    if (!after || after.from <= g.to + 1) continue
    // only a weight or volume of their own makes them other goods: a count of packs after a size ("chawal 5 kilo
    // wala basmati 2 packet") is how many of the sized goods, the words between saying which of them
    if (!after.unit?.physical) continue
    // "2 kilo wala bag": a pack word after the wala is what the amount comes in, not other goods
    if (UNIT_WORDS.has(next.low)) continue
    if (toks.slice(g.to + 1, after.from).some((t) => t.kind !== 'word' || JOINS.has(t.low))) continue
    if (!/\s/u.test(out[wala.end] ?? '')) continue
    out = out.slice(0, wala.end) + ',' + out.slice(wala.end + 1)
  }
  return out
}

/**
 * A piece that is only a size with wala and perhaps a count ("400 gm wala 1", "100 gram wali 2", "सौ ग्राम वाला
 * एक"): the size of goods named before it, with nothing of its own to name them.
 */
export function sizeWalaAlone(
  toks: readonly Tok[],
  [from, to]: [number, number],
  groups: readonly QGroup[],
): boolean {
  const size = groups.find((g) => g.unit?.physical && !g.implied)
  if (!size || groups.length > 2) return false
  let wala = false
  for (let k = from; k < to; k++) {
    if (groups.some((g) => k >= g.from && k < g.to)) continue
    const t = toks[k]!
    if (t.kind === 'sym') continue
    if (t.kind !== 'word' || !WALA.test(t.low)) return false
    wala = true
  }
  return wala
}
