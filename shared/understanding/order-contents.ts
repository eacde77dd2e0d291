// "What did I order?", "show me my order", "mera order kya tha", "was habe ich bestellt?": the customer asks what
// is in the order they placed, not where it is. A status question (intent.ts) answered with the order's lines.
// Read from its shape: a question word or a verb of showing, with the order itself or the customer's own ordering.
import { hasDevanagari, transliterate } from './devanagari'
import { fold } from './text'

const ORDER = String.raw`(?:(?:my|the|our|last|previous|mera|meraa|hamara|mere|meine|die|unsere|letzte) )?(?:order|orders|bestellung|saman|saamaan|samaan)`

const CONTENTS = new RegExp(
  [
    // English: "what did I order", "what have we ordered", "what's in my order", "show me my order", "order details"
    String.raw`\bwhat (?:did|have|had) (?:i|we) (?:order(?:ed)?|ask(?:ed)? for|buy|bought|get)\b`,
    String.raw`\bwhat(?:'s| is| was| were|s)? (?:in|on) ${ORDER}\b`,
    String.raw`\bwhat (?:items|things|all) (?:did|have) (?:i|we)\b`,
    String.raw`\b(?:show|send|tell|give|repeat|list)(?: me| us)?(?: again)? ${ORDER}(?: details| items| list)?\b(?! (?:to|at|by|before|tomorrow|today|now|asap|quickly|fast|jaldi))`,
    String.raw`\b${ORDER} (?:details|items|summary|list)\b`,
    // Hinglish: "maine kya order kiya tha", "kya kya mangaya tha", "mera order dikhao", "order mein kya hai"
    String.raw`\bkya(?: kya)? (?:order kiya|mangaya|mangwaya|manga tha|liya tha|bola tha|likha tha)\b`,
    String.raw`\b${ORDER} (?:dikhaa?o|dikhaa? do|dikhaa?iye|bataa?o|bataa? do|bataa?iye|bhejo dobara|kya (?:hai|tha|hua tha))\b`,
    String.raw`\b${ORDER} (?:me|mein|main|mai) kya(?: kya)?\b`,
    // German: "was habe ich bestellt", "zeig mir meine Bestellung", "was ist in meiner Bestellung"
    String.raw`\bwas (?:habe|hab|hatte|haben|hatten) (?:ich|wir) (?:(?:noch|nochmal|eigentlich|denn) )?bestellt\b`,
    String.raw`\b(?:zeig|zeige|zeigen sie|schick|schicken sie)(?: mir| uns)?(?: nochmal| noch mal)? (?:meine |die |unsere )?bestellung\b`,
    String.raw`\bwas (?:ist|war) (?:in|auf) (?:meiner|der|unserer) bestellung\b`,
  ].join('|'),
  'u',
)

/** Asks what the placed order holds ("what did I order?", "mera order dikhao", "was habe ich bestellt?"). */
export function asksWhatWasOrdered(text: string): boolean {
  if (text.length > 300) return false
  const s = fold(hasDevanagari(text) ? transliterate(text) : text).replace(/[’‘]/g, "'")
  return CONTENTS.test(s)
}
