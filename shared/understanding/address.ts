// A delivery address written before the shop asks for it ("deliver pls" ... "Flat 12, Green Park, near the
// temple"; "deliver to B-204 Sunrise Apts"): how addresses are built, not a list of addresses. An address has a
// word that only addresses have (flat, road, Straße, gali, a pin code ...) and is more than that word.
import { hasDevanagari, transliterate } from './devanagari'
import { fold } from './text'

/** Words that name a part of an address, in English, Hinglish and German (folded). */
const ADDRESS_WORDS = new Set(
  (
    'flat house apartment apartments apt apts tower block sector floor street st road rd lane marg colony nagar ' +
    'society soc building bldg plot wing gali mohalla chowk layout enclave vihar puram bagh extension ext phase ' +
    'near opposite opp behind landmark pincode pin villa bungalow room hostel quarters ' +
    // names of Indian housing: "B-14 Green Park", "Sai Residency", "Shanti Niwas", "Raj Towers"
    'park residency residence residences heights towers complex nivas niwas bhavan bhawan sadan gardens estate ' +
    'township avenue ave chs ' +
    'strasse str weg platz allee gasse damm ufer hausnummer wohnung etage hinterhaus vorderhaus gegenuber ' +
    // as Devanagari reads in Latin letters ("फ्लैट" phlait, "सेक्टर" sektar)
    'phlait makaan sektar rod koloni haaus apaartament sosaaiti taavar manzil blok maarg bilding vihaar'
  ).split(' '),
)

const GERMAN_STREET = /(?:strasse|str|weg|platz|allee|gasse|damm|ufer)$/

/** Words that open an address given in a sentence: "deliver to ...", "my address is ...", "pata: ...". */
const LEAD =
  /^(?:(?:yes|ok|okay|haan|han|ji|ja|jo|sure|please|pls|plz|kindly|bitte)[,.!]?\s+)*(?:(?:deliver|send|bring|drop)(?:\s+(?:it|them|the order|everything))?(?:\s+(?:to|at))?|(?:my\s+|the\s+|delivery\s+)?address(?:\s+is)?|addr|(?:(?:mera|mere|hamara|hamare)\s+)?(?:ghar\s+ka\s+)?pata(?:\s+hai)?|(?:meine\s+|die\s+)?(?:liefer)?adresse(?:\s+ist)?|liefern(?:\s+sie)?(?:\s+(?:an|nach|zu))?|(?:ghar\s+(?:pe\s+|par\s+)?)?bhej\s+(?:do|dena|dijiye|dijie)|(?:घर\s+(?:पे\s+|पर\s+)?)?भेज\s+(?:दो|देना|दीजिए|दीजिये)|(?:मेरा\s+|घर\s+का\s+)?पता(?:\s+है)?|an|nach)\s*[:,\-–]?\s*/iu

/**
 * The address in `text`, or null when the text does not read as one. Questions are never addresses, and the
 * words that ask for delivery are left out ("deliver to flat 12" -> "flat 12").
 */
/** The message opens with a yes ("yes, deliver to flat 12"): the address comes with a confirmation. */
export function opensWithYes(text: string): boolean {
  return /^(?:yes|ok|okay|haan|han|ji haan|ja|jo|sure|confirm)\b/iu.test(text.trim())
}

/**
 * The message says that what follows is the address ("address: flat 203 …", "my address is …", "pata: …",
 * "Lieferadresse: …"): a wish for delivery as plain as "deliver to".
 */
export function labelsAddress(text: string): boolean {
  return /^(?:(?:yes|ok|okay|haan|ji|ja|please|pls|bitte)[,.!]?\s+)*(?:(?:my|the|delivery|our)\s+)?(?:address|addr)(?:\s+is)?\s*[:\-–]|^(?:(?:my|the|delivery|our)\s+)?address\s+is\b|^(?:(?:mera|mere|hamara|hamare)\s+)?(?:ghar\s+ka\s+)?pata(?:\s+hai)?\s*[:\-–]|^(?:(?:mera|mere|hamara|hamare)\s+)?(?:ghar\s+ka\s+)?(?<=(?:mera|mere|hamara|hamare|ka)\s+)pata\b|^(?:(?:meine|die|unsere)\s+)?(?:liefer)?adresse(?:\s+ist)?\s*[:\-–]|^(?:meine|unsere)\s+(?:liefer)?adresse\s+ist\b/iu.test(
    // "पता: मकान 21, …", "मेरा पता है …": Devanagari as the Hinglish it spells
    (hasDevanagari(text) ? transliterate(text) : text).trim(),
  )
}

/**
 * What follows a label the customer put on it ("mere ghar ka pata hai 45 green park", "address: Hotel Sunrise"),
 * taken as the address though it has no address word or pin code: they said it is one. Null without a label, or
 * with fewer than two words after it.
 */
export function labelledAddress(text: string): string | null {
  if (!labelsAddress(text)) return null
  const rest = text.replace(/\s+/g, ' ').trim().replace(LEAD, '').trim()
  if (rest.length < 5 || rest.length > 300 || rest.endsWith('?') || rest.split(' ').length < 2) return null
  return rest.replace(/[.!]+$/, '')
}

/**
 * The address the text is, or null. `led`: the words before it asked to have the goods brought there ("send to",
 * "deliver to"), so a place named with an address word is enough ("send to Shanti Niwas").
 */
export function addressIn(text: string, led = false): string | null {
  const one = text.replace(/\s+/g, ' ').trim()
  if (one.length < 5 || one.length > 300 || one.endsWith('?')) return null
  // "address wahi purana hai, B-12 …", "same as before: flat 4 …": saying it is the old one is no part of it
  const rest = one
    .replace(LEAD, '')
    .replace(
      /^(?:(?:wahi|vahi|same|the same)(?:\s+(?:purana|puraana|pehle wala|old|one|as before))+|same as before)(?:\s+(?:hai|h|is|hi))?\s*[,:\-–]?\s*/iu,
      '',
    )
    .trim()
  const words = fold(hasDevanagari(rest) ? transliterate(rest) : rest)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (words.length < 2) return null
  // an Indian pin code (6 digits) or a German one (5 digits) next to words
  const pin = words.some((w) => /^\d{6}$/.test(w) || /^\d{5}$/.test(w))
  // German street names are compounds: "Gartenweg", "Hauptstr", "Lindenallee"
  const named = words.some((w) => ADDRESS_WORDS.has(w) || (w.length > 6 && GERMAN_STREET.test(w)))
  // a house or flat number ("12", "B-204", "7a") beside the address word
  const numbered = /\d/.test(rest)
  if (!(pin || (named && numbered) || (named && words.length >= (led ? 2 : 3)))) return null
  return rest.replace(/[.!]+$/, '').slice(0, 500)
}

/** Where a sentence ends inside a line: a question or exclamation mark, a full stop that ends no abbreviation. */
const SENTENCE_STOP =
  /[?!]|(?<!(?:^|[\s.,])(?:\p{L}|st|rd|no|nr|apt|opp|bldg|soc|ext|sec|ca|fr|hr|dr|mr|mrs|ms|bzw|pl)|str)\.(?=\s)/iu

const SENTENCE_STOPS = new RegExp(SENTENCE_STOP.source, 'giu')

/**
 * The text with every line that is an address and orders nothing (`orders`: the line names goods with a quantity)
 * blanked out with spaces, so positions still point at the same words: "2 kg onion\nFlat 12, Green Park" reads
 * one line, and "Green Park" is never an item the shop lacks.
 */
export function withoutAddressLines(text: string, orders: (line: string) => boolean): string {
  // a house number or a pin code, as well as an address word: "tu die Butter weg" is no Weg
  if (!/\d/.test(text)) return text
  const blank = (piece: string) =>
    /\d/.test(piece) && addressIn(piece) !== null && !orders(piece) ? ' '.repeat(piece.length) : piece
  return text
    .split('\n')
    .map((line) => {
      const whole = blank(line)
      if (whole !== line || !/[?!.]/.test(line)) return whole
      // "flat 302, green park? 2 kg potatoes": an address sentence before the goods on the same line
      let out = ''
      let from = 0
      for (const m of line.matchAll(SENTENCE_STOPS)) {
        const piece = line.slice(from, m.index)
        const kept = blank(piece)
        // (a full stop goes with the address; a question mark stays, to end a question)
        out += kept + (kept !== piece && m[0] === '.' ? ' ' : m[0])
        from = m.index + m[0].length
      }
      return out + blank(line.slice(from))
    })
    .join('\n')
}

/** A wish to have it brought to a place, said after the goods: "… deliver to", "… liefern an", "Lieferung nach". */
const DELIVER_TO =
  /(?<![\p{L}\p{N}])(?:(?:please|pls|plz|bitte)\s+)?(?:(?:deliver|send|bring|drop)(?:\s+(?:it|them|everything|all))?\s+(?:to|at)|(?:home\s+)?delivery\s+(?:to|at)|(?:bitte\s+)?(?:liefern|liefert|bringen|schicken)(?:\s+(?:sie|es|alles))?\s+(?:an|nach|zu)|lieferung\s+(?:an|nach|zu)|(?:(?:my|the|delivery)\s+)?address(?:\s+is)?\s*[:\-–]|(?:liefer)?adresse\s*[:\-–]|pata\s*[:\-–])\s*/giu
/** A verb of sending, and the "to" or "at" that may follow it after the goods ("send 2 bread and 6 eggs to flat 4B"). */
const SENDING = /(?<![\p{L}\p{N}])(?:deliver|send|bring|drop)(?![\p{L}\p{N}])/iu
const TO_OR_AT = /(?<![\p{L}\p{N}])(?:to|at)\s+/giu
/** The German order: the place first, the verb last ("… bitte an Gartenweg 3 in Tübingen liefern"). */
const TO_THEN_DELIVER =
  /(?<![\p{L}\p{N}])(?:(?:bitte)\s+)?(?:an|nach|zu)\s+(?<place>.+?)\s+(?:zu\s+)?(?:liefern|bringen|schicken)(?:\s+bitte)?[\s.!]*$/iu

/** A place or a person said after "to" in a few words of letters: "park", "my friend", "the office", "mummy's house". */
const DESTINATION = /^(?:(?:my|our|his|her|their|the|a)\s+)?[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}$/u

const HOME = /^(?:(?:my|our)\s+)?(?:home|house|place|ghar)$/iu

/** "flat 302, green park by 6 pm": the time said after an address is no part of it. */
function withoutTime(place: string): string {
  return place.replace(
    /\s+(?:by|before|till|until|at|around|after|bis|um|gegen|tak)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|baje|uhr|o'?clock)?\s*$|\s+(?:today|tomorrow|tonight|heute|morgen|aaj)\s*$/iu,
    '',
  )
}

/**
 * An address given inside a line of goods ("3 kg Kartoffeln und 1 kg Birnen liefern an Kirchgasse 2, 65183
 * Wiesbaden", "2 kg onion deliver to flat 12, MG Road"): the address, and the text with the wish and the address
 * blanked out with spaces (positions still point at the same words), so neither the town nor the street is read as
 * goods. Only after something else on the line, and only when what follows reads as an address.
 */
export function addressInOrder(text: string): { text: string; address: string } | null {
  // (`address` is empty when the place said is none: "send 2 bread to my friend")
  if (!/\d/.test(text)) return null
  let from = 0
  for (const line of text.split('\n')) {
    const at = from
    from += line.length + 1
    let cut: { start: number; end?: number; address: string } | null = null
    const verb = line.search(SENDING)
    const leads = [...line.matchAll(DELIVER_TO)]
    // ("send to", "deliver to" say outright that a place follows; a "to" after the goods may be anything)
    const explicit = new Set(leads.map((m) => m.index))
    // (a few at most: each is tried as the start of an address, and a long line of "to"s is no order)
    if (verb >= 0)
      leads.push(
        ...[...line.matchAll(TO_OR_AT)]
          .filter(
            (m) =>
              m.index > verb && !leads.some((l) => l.index <= m.index && m.index < l.index + l[0].length),
          )
          .slice(0, 8),
      )
    leads.sort((a, b) => a.index - b.index)
    for (const m of leads) {
      const from = m.index + m[0].length
      // the address ends with its sentence: "Can you deliver to flat 302, green park by 6 pm? 2 kg potatoes"
      // asks about delivering there, and the goods come after the question mark (which stays, to end the question)
      const stop = SENTENCE_STOP.exec(line.slice(from))
      const end = stop ? from + stop.index : line.length
      const goodsAfter = /[\p{L}\p{N}]/u.test(line.slice(end + 1))
      // at the start of the line only with goods after its sentence: "deliver to flat 302, green park. 2 kg onion"
      if (!goodsAfter && line.slice(0, m.index).replace(/[\s,.;:\-–]+/g, '') === '') continue
      const address = addressIn(withoutTime(line.slice(from, end)), explicit.has(m.index))
      if (address) {
        // a full stop goes with the address; a question mark stays, to end the question
        cut = { start: m.index, end: stop?.[0] === '.' ? end + 1 : end, address }
        break
      }
    }
    // "2 maggi send to park", "send 2 bread to my friend", "1 kg onion deliver to office": a few words of where
    // or to whom, with no house number, after the goods: no goods, whatever they are. Named with an address word
    // ("park", "society") they are the address as said; else ("my friend", "office") the shop asks where.
    if (!cut) {
      for (const m of leads) {
        const from = m.index + m[0].length
        const place = line.slice(from).replace(/[\s.!]+$/u, '')
        if (line.slice(0, m.index).replace(/[\s,.;:\-–]+/g, '') === '') {
          // "send to my office 2 maggi", "deliver to my home: 1 kg sugar": whose place it is, then the goods from
          // their amount on (a place named with a number is the address reader's: "deliver to flat 12 2 maggi")
          const before = /^((?:my|our|his|her|their|the)\s+[^\d,.;:!?]+?)\s*[,:\-–]?\s+(?=\d)/iu.exec(place)
          if (!before || !DESTINATION.test(before[1]!)) continue
          cut = { start: m.index, end: from + before[0].length, address: '' }
          break
        }
        // (home is the usual place, which the reader of delivery talk takes: "2 bread send to my home")
        if (!DESTINATION.test(place) || HOME.test(place)) continue
        const said = fold(place)
          .split(/[^\p{L}]+/u)
          .filter(Boolean)
        // a "to" that only follows a verb before the goods may belong to them ("send 2 ready to eat"): only whose
        // or which place it is ("to my friend", "to the office"), or a place named with an address word
        const owned = /^(?:my|our|his|her|their|the)\s/iu.test(place)
        if (!explicit.has(m.index) && !owned && !said.some((w) => ADDRESS_WORDS.has(w))) continue
        cut = { start: m.index, address: said.some((w) => ADDRESS_WORDS.has(w)) ? place : '' }
        break
      }
    }
    if (!cut) {
      const m = TO_THEN_DELIVER.exec(line)
      const address = m && m.index > 0 ? addressIn(m.groups!.place!) : null
      if (m && address) cut = { start: m.index, address }
    }
    if (cut) {
      const start = at + cut.start
      const end = at + (cut.end ?? line.length)
      return { text: text.slice(0, start) + ' '.repeat(end - start) + text.slice(end), address: cut.address }
    }
  }
  return null
}
