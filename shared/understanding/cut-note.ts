// How all the goods should be cut, said on its own after the order ("alles am Stück bitte", "bitte dünn
// geschnitten", "beides in Scheiben", "all sliced please"): a note for whoever cuts, never goods the shop lacks.
import { fold } from './text'

/** A way of cutting or leaving whole (folded). */
const CUT =
  /(?<![\p{L}])(?:am st(?:u|ue)ck|in einem st(?:u|ue)ck|am block|in (?:(?:dunnen|duennen|dicken|feinen)\s+)?scheiben|(?:(?:dunn|duenn|fein|dick|grob)\s+)?(?:(?:auf)?geschnitten|geklopft|gewurfelt|gewuerfelt|(?:auf)?schneiden|klopfen)|(?:thinly |thick )?sliced|unsliced|in one piece|(?:in )?(?:thin|thick) slices)(?![\p{L}])/gu

/** Words that may stand beside it: all of it, please, little words. */
const AROUND = new Set(
  'alles beides alle all both everything bitte bite pls please und and auch also das die den der es sie it them the noch dann aber mir uns mal doch'.split(
    ' ',
  ),
)

/** The message as a note for the shop when it only says how all the goods should be cut; else null. */
export function cutNote(text: string): string | null {
  const folded = fold(text)
  if (!CUT.test(folded)) return null
  CUT.lastIndex = 0
  const rest = folded
    .replace(CUT, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return rest.every((w) => AROUND.has(w)) ? text.trim() : null
}
