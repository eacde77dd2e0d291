// "milk was not delivered today", "bread nahi aaya", "die Milch ist nicht gekommen": the customer says goods did not
// come. Read as a status question (intent.ts), it is one while an order is on its way; with no order on record
// (the shop's regular delivery, or one taken by phone) or one the shop has already handed over, it is a
// complaint for a person. Read from its shape: a negation and a verb of coming or receiving, in either order.
import { hasDevanagari, transliterate } from './devanagari'
import { fold } from './text'

const PAST_EN = String.raw`(?:delivered|come|came|arrived|received|got(?:ten)?|reached|brought|sent|shown up|turned up)`
const COME_HI = String.raw`(?:aa?ya|aa?yi|aa?ye|aa?i|aa?e|mila|mili|mile|pahu?n?ch[aie]|poh?o?n?ch[aie]|deliver hu[aie]|diya|di|diye|bheja|bheji|bheje)`
const COME_DE = String.raw`(?:gekommen|geliefert|angekommen|erhalten|bekommen|da|zugestellt|gebracht)`

const NOT_ARRIVED = new RegExp(
  [
    // English: "didn't come", "never arrived", "was not delivered", "haven't received", "still not got it" (not
    // "do not deliver after 8", a wish)
    String.raw`\b(?:didn'?t|did not|dint|never)(?: (?:even|ever|yet))? (?:deliver|come|arrive|receive|get|reach|show up|turn up|${PAST_EN})\b`,
    String.raw`\b(?:not|hasn'?t|has not|haven'?t|have not|wasn'?t|was not|weren'?t|were not|isn'?t|is not)(?: (?:yet|been|even|ever|still|it|them))* ${PAST_EN}\b`,
    String.raw`\b(?:yet to|still waiting for|still waiting on)(?: (?:get|receive|come|arrive))?\b`,
    // Hinglish: "nahi aaya", "abhi tak nahi mila", "aaya nahi", "mila hi nahi"
    String.raw`\b(?:nahi|nahin|nhi|nai|na)(?: (?:tak|bhi|hi|abhi))? ${COME_HI}\b`,
    String.raw`\b${COME_HI}(?: (?:hi|bhi|abhi|tak))? (?:nahi|nahin|nhi|nai)\b`,
    // German: "ist nicht gekommen", "noch nicht geliefert", "nie angekommen", "nichts bekommen"
    String.raw`\b(?:nicht|nie|nichts|niemals|keine|kein)(?: (?:mehr|noch|bei uns|bei mir|heute|hier))* ${COME_DE}\b`,
    // "die Milch kam heute nicht", "kamen wieder nicht"
    String.raw`\bkam(?:en)?(?: \p{L}+){0,2} nicht\b`,
  ].join('|'),
  'u',
)

/** Says goods or an order did not come ("milk was not delivered today", "doodh nahi aaya", "Milch kam nicht"). */
export function saysNotArrived(text: string): boolean {
  if (text.length > 500) return false
  const s = fold(hasDevanagari(text) ? transliterate(text) : text).replace(/[’‘]/g, "'")
  return NOT_ARRIVED.test(s)
}
