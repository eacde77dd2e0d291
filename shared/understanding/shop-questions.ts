// Questions about the shop itself, not about goods or an order: when it is open, whether it delivers, what
// delivery costs, the smallest order it takes ("shop kab khulega", "do you deliver?", "delivery charge kitna
// hai", "habt ihr sonntags auf?", "minimum order kitna hai"). Read by grammar: a question (a question mark, a
// question word, a Hinglish or German question shape) with a word of the topic. Without this, the topic word was
// an item: "we don't have 'delivery charge'".
import { asksHowToPay } from './asks'
import { has as hasPhrase } from './intent'
import { fold } from './text'

export type ShopQuestion = 'hours' | 'delivery' | 'deliveryFee' | 'minimum'

/** Words of opening and closing: "open", "khulega", "band", "geöffnet", "Öffnungszeiten", "timing". */
const HOURS = new Set(
  [
    ...'open opens opening opened close closes closing closed timing timings hours time'.split(' '),
    ...'khula khuli khule khulega khulegi khulta khulti khulte band bandh'.split(' '),
    ...'geoffnet offen auf zu oeffnungszeiten offnungszeiten schliesst schliessen schluss'.split(' '),
  ].map((w) => fold(w)),
)
/** Delivering: "deliver", "home delivery", "liefert", "Lieferservice", "bhejte". */
const DELIVERY = new Set(
  'deliver delivers delivery delivering liefert liefern lieferung lieferservice bringt bhejte bhijwate'.split(
    ' ',
  ),
)
/** What delivery costs: "charge", "fee", "kitna lagega", "Gebühr", "kostet". */
const FEE = new Set(
  'charge charges fee fees cost costs free gebuhr gebuehr kosten kostet lagega lagta'.split(' '),
)
/** The smallest order: "minimum", "min", "Mindestbestellwert", "kam se kam". */
const MINIMUM = new Set('minimum min mindestbestellwert mindestbestellung mindestens'.split(' '))

/** Words that make a sentence a question, in English, Hinglish and German. */
const ASKING = new Set(
  [
    ...'when what which how do does are is till until whats'.split(' '),
    ...'kab kitne kitna kitni kya kaun kaunsa baje karte karti hota hoti hai'.split(' '),
    ...'wann wie was habt hat haben seid sind ist liefert macht bis'.split(' '),
  ].map((w) => fold(w)),
)

/**
 * A cheap first look, on the text as written, for a word of opening hours, delivery or a minimum order, before a
 * message is cut into clauses to look for such a question beside an order. (It is narrower than the word sets
 * above: "bringt", "min", "kam se kam", "time", "Öffnungszeiten" are not in it.)
 */
export const SHOP_TOPIC_HINT =
  /open|clos|hours|timing|khul|band|offen|ge(?:ö|o|oe)ffnet|auf\b|zu\b|deliver|liefer|minimum|mindest/i

/** Words that may follow "auf"/"zu" in a question of opening hours: when, and little words. */
const AFTER_OPEN = new Set(
  [
    ...'heute morgen ubermorgen noch mal eigentlich denn oder und auch schon jetzt gerade am an den der die das'.split(
      ' ',
    ),
    ...'montag dienstag mittwoch donnerstag freitag samstag sonntag feiertag feiertagen wochenende ostern weihnachten'.split(
      ' ',
    ),
    ...'montags dienstags mittwochs donnerstags freitags samstags sonntags abends mittags vormittags nachmittags fruh'.split(
      ' ',
    ),
    ...'auf zu offen geoffnet bitte'.split(' '),
  ].map((w) => fold(w)),
)

/** Whose: a question with "my order" in it is about that order ("when will my delivery come"). */
const MINE = new Set('my mera meri mere meine meinen hamara hamari our'.split(' '))

/** Which question about the shop the message asks, or null. Short messages only. */
export function shopQuestion(text: string): ShopQuestion | null {
  const folded = fold(text)
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (words.length === 0 || words.length > 12) return null
  const asks = /\?\s*$/.test(text) || words.some((w) => ASKING.has(w))
  if (!asks) return null
  // "die Lieferung ist angekommen": news that the goods came is no question about delivering
  if (hasPhrase('arrived', folded)) return null
  const has = (set: Set<string>) => words.some((w) => set.has(w))
  // "kam se kam kitne ka order", "minimum order kitna hai"
  if (has(MINIMUM) || /\bkam se kam\b/.test(folded)) return 'minimum'
  if (has(MINE)) return null
  if (has(DELIVERY) && has(FEE)) return 'deliveryFee'
  // "can I pay cash on delivery?", "Zahle ich bar bei Lieferung?": how to pay, not whether the shop delivers
  if (has(DELIVERY)) return asksHowToPay(text) ? null : 'delivery'
  // "auf"/"zu" and "time" only beside another hint of opening hours: "habt ihr sonntags auf?", "bis wann habt ihr
  // auf", "what time do you close"; "band" only in a question of its own ("shop kab band hota hai")
  const strong = words.some((w) => HOURS.has(w) && !['auf', 'zu', 'time', 'band', 'bandh'].includes(w))
  // ("auf"/"zu" close the question, or only words of when follow: "habt ihr morgen auf?", "habt ihr auf am
  // Sonntag?", never "macht ihr Torten auf Bestellung?", "kommt ihr zu mir?")
  const weak = words.some(
    (w, i) =>
      ['band', 'bandh'].includes(w) ||
      (['auf', 'zu'].includes(w) && words.slice(i + 1).every((x) => AFTER_OPEN.has(x))),
  )
  const shopWords = /\b(?:shop|store|dukaan|dukan|laden|ihr|you|aap)\b/.test(folded)
  const when = /\b(?:what time|till when|until when|kitne baje|wann|kab|bis)\b/.test(folded)
  if (strong || (weak && (shopWords || when)) || /\b(?:till|until) what time\b/.test(folded)) return 'hours'
  return null
}
