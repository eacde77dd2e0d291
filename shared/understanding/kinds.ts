// A kind said of goods (a colour, a variety, how it is grown) that the product found does not have: "do you have
// brown bread?" finds the shop's one bread, which is not brown, so the answer must say so before offering it.
import { fold } from './text'

/** Words of a kind of goods the matcher passes over when the catalog has no such kind (a subset of NOTE_WORDS). */
const KIND_WORDS: ReadonlySet<string> = new Set(
  'red green yellow white black purple brown pink orange english hybrid organic imported seedless baby curly flat italian'.split(
    ' ',
  ),
)

/** The kind words of `said` that no name or alias of the product has ("brown" of "brown bread" for a white loaf). */
export function kindsNotIn(said: string, product: { name: string; aliases: readonly string[] }): string[] {
  const words = (s: string) =>
    fold(s)
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
  const named = new Set([product.name, ...product.aliases].flatMap(words))
  return [...new Set(words(said).filter((w) => KIND_WORDS.has(w) && !named.has(w)))]
}
