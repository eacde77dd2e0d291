// Pickup or delivery said in plain words ("main khud le jaunga", "ghar bhej do", "ich hol's morgen ab", "please
// deliver"), not the "1"/"2" answer to the shop's question. Read by the conversation to keep the wish, and by the
// order reader so that such talk beside the items never becomes an item ("2 kg onion, will pick up at 6").
import { hasDevanagari, transliterate, transliterateWithMap } from './devanagari'

/** Coming for it, in words no product name has: blanked even inside a clause that orders (see below). */
// ("main aata hoon": I come, the verb, not "aata" the flour)
const COMING_FOR_IT = String.raw`pick\s*(?:it\s*|them\s*)?up|come and (?:get|collect)|khud (?:le|lene|aa|aaunga|aunga|utha)|dukaan se le|shop se le|(?:main|mai|mei|hum)\s+(?:abhi\s+|thodi der mein\s+)?aa?t(?:a|aa|i|ee|e)\s+(?:hu|hoon|hun|hoo|hain)`
const PICKUP_WORDS = String.raw`${COMING_FOR_IT}|pick\s*the order\s*up|self[-\s]?pick|collect(?:ion)?|i(?:'| wi)ll come|abhol(?:en|ung|n)?|komme (?:vorbei|selbst|selber)|le jaa?(?:unga|ungi|yenge|enge|oonga)|lene aa(?:unga|ungi|yenge|\s+ra(?:ha|hi|he))|aa?(?:kar|ke) le|aa\s+ra(?:ha|hi|he)\s+(?:(?:hoon|hu|hun|hain|hai)\s+)?lene`
const DELIVERY_WORDS = String.raw`deliver(?:y|ed)?|home delivery|bring (?:it|them) (?:over|home)|send (?:it )?(?:home|to my (?:house|home|place))|liefer(?:n|ung|t)?|bring(?:en|t) (?:sie|es|ihr)|ghar (?:pe |par |pr |tak |mein |me )?(?:bhej\p{L}*|de |dena|pahunch\p{L}*|bhijwa\p{L}*|chahiye|delivery)|home bhej\p{L}*`
const PICKUP = new RegExp(String.raw`(?<!\p{L})(?:${PICKUP_WORDS})(?!\p{L})`, 'u')
const DELIVERY = new RegExp(String.raw`(?<!\p{L})(?:${DELIVERY_WORDS})(?!\p{L})`, 'u')
/**
 * Coming for it, inside a clause that orders: "I'll pick up 1 kg sugar", "will collect 2 bread", "pick up 2
 * bread", "khud le jaunga". A word such as "collection" counts only after the customer's own "I will" (it is in
 * product names: "Dorall Collection"); a delivery verb stays ("please deliver bread" orders by it).
 */
const PICKUP_IN_ORDER = new RegExp(
  String.raw`(?<!\p{L})(?:(?:(?:i|we)\s*['’]?\s*(?:ll|will|am|m|are|re)\s+(?:gonna\s+|going\s+to\s+)?|will\s+)(?:${PICKUP_WORDS})|${COMING_FOR_IT})(?!\p{L})`,
  'giu',
)

/** A pickup or delivery wish said in plain words (not the "1"/"2" answer to the bot's question). */
export function fulfilmentSaid(text: string): 'pickup' | 'delivery' | null {
  // "घर भेज दो", "खुद ले जाऊंगा": Devanagari is read as the Hinglish it spells
  const s = (hasDevanagari(text) ? transliterate(text) : text).toLowerCase().normalize('NFKC')
  // German separable verbs put their particle last, with any words between: "ich hol's morgen ab", "hole ab",
  // "ich komm nachher vorbei", "bringt ihr es vorbei?"
  const p =
    PICKUP.test(s) ||
    HOL_AB.test(s) ||
    KOMM_VORBEI.test(s) ||
    COMING_AT.test(s) ||
    SEE_YOU_AT.test(s) ||
    COMING_SOON.test(s) ||
    COMING_SOON_HI.test(s)
  const d =
    DELIVERY.test(s) ||
    BRING_VORBEI.test(s) ||
    /(?<!\p{L})nach hause(?!\p{L})/u.test(s) ||
    HOME_ALONE.test(s.trim()) ||
    samePlaceSaid(s)
  if (p === d) return null
  return p ? 'pickup' : 'delivery'
}

/**
 * The address of last time, asked for again: "address same as last time", "same address", "deliver to the old
 * address", "pata wahi hai", "पता वही", "gleiche Adresse wie immer", "an die alte Anschrift". A wish for delivery
 * there, to the address the shop kept.
 */
export function samePlaceSaid(text: string): boolean {
  const s = (hasDevanagari(text) ? transliterate(text) : text).toLowerCase().normalize('NFKC')
  return SAME_PLACE_BEFORE.test(s) || SAME_PLACE_AFTER.test(s)
}
const PLACE_WORD = String.raw`(?:address|adress|addr|adres|location|pata|adresse|anschrift)`
// "same address", "old address", "wahi pata", "gleiche / alte / bekannte Adresse"
const SAME_PLACE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:same|usual|old|previous|last|saved|purana|purani|wahi|vahi|wohi|gleiche|gleichen|selbe|selben|alte|alten|bekannte|bekannten|(?:ü|ue|u)bliche|(?:ü|ue|u)blichen)\s+${PLACE_WORD}(?!\p{L})`,
  'u',
)
// "address same as last time", "address as before", "pata wahi hai", "Adresse wie immer / wie letztes Mal"
const SAME_PLACE_AFTER = new RegExp(
  String.raw`(?<!\p{L})${PLACE_WORD}\s+(?:is\s+|hai\s+)?(?:same|the same|wahi|vahi|wohi|unchanged|as (?:before|last|usual|always|earlier)|like (?:before|last)|wie (?:immer|letztes|vorher|beim|bisher|sonst|gehabt)|bleibt)(?!\p{L})`,
  'u',
)

/**
 * Where it should go, said alone after the order: "ghar pe", "ghar par hi", "at home", "to my place", "zu mir
 * nach Hause" (inside a longer message "ghar pe" is where something is, not a wish).
 */
const HOME_ALONE =
  /^(?:(?:bhaiya|ji|sir|please|pls|plz|bitte)[ ,]+)?(?:ghar (?:pe|par|pr|tak|mein|me)(?: hi| hee)?(?: (?:bhaiya|ji|sir|please|pls|plz))?|(?:at|to) (?:my |our )?(?:home|house|place|flat)|home|zu (?:mir|uns)(?: nach hause)?|zu hause)[.! ]*$/u

/**
 * A clock time said with the wish ("hole es um 17 Uhr ab", "I'll pick it up at 6", "komme gegen halb fünf", "5 baje
 * le jaunga"): a plan to come, which is as good as a yes to the cart shown.
 */
export function saysWhen(text: string): boolean {
  const s = (hasDevanagari(text) ? transliterate(text) : text).toLowerCase()
  return WHEN_SAID.test(s)
}
/** The hours in Hindi number words, as voice typing writes them ("saat baje", "dhaai baje"): one list for both readers. */
const HINDI_HOURS =
  'ek|do|teen|tin|char|chaar|paanch|panch|chhe|chhah|che|saat|sat|aath|nau|das|gyarah|gyaarah|barah|baarah|dedh|dhai|dhaai'
const WHEN_SAID = new RegExp(
  String.raw`(?<!\p{L})(?:(?:um|gegen|ab|at|by|around|so)\s+(?:\d{1,2}(?:[:.]\d{2})?|halb|viertel|dreiviertel|drei viertel)|\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|am|pm|baje|bje)(?!\p{L})|(?<!\p{L})(?:${HINDI_HOURS})\s+(?:baje|bje)(?!\p{L}))`,
  'u',
)

/**
 * The words of when said with a pickup or delivery wish, as the customer wrote them, for the shop: "hol ich um 17
 * Uhr ab" → "um 17 Uhr", "morgen früh abholen" → "morgen früh", "hole es Samstag gegen 10 ab" → "Samstag gegen 10",
 * "will pick up tomorrow at 6pm" → "tomorrow at 6pm"; null when none is said. From the first word of when to the
 * last, when they stand close together (a long span is two things said, and nothing is kept).
 */
export function handOverWhen(said: string): string | null {
  // "कल सुबह तीन पैकेट दूध", "शाम को ले लूंगा": read in Hinglish spelling, kept in the customer's own words
  if (hasDevanagari(said)) {
    const read = transliterateWithMap(said)
    const when = latinWhen(read.text)
    // (by where it stands: its letters may begin a word of the goods before it, "kal" of "kalakand")
    return when && read.original(when.span, when.at)
  }
  return latinWhen(said)?.span ?? null
}

function latinWhen(said: string): { span: string; at: number } | null {
  if (!WHEN_HINT.test(said)) return null
  const text = said
    .replace(GOOD_DAYTIME, (m) => ' '.repeat(m.length))
    .replace(ASKED_FOR, (m) => ' '.repeat(m.length))
  let from = -1
  let to = -1
  for (const m of text.matchAll(WHEN_PART)) {
    const end = m.index + m[0].length
    if (from < 0) from = m.index
    else if (m.index - to > 12) break
    to = end
  }
  if (from < 0) return null
  const raw = text.slice(from, to)
  const span = raw.trim()
  // a lone "ab" or "um" with no time is no when
  return span.length >= 3 && span.length <= 40 && !/^(?:ab|um|so|at|by)$/i.test(span)
    ? { span, at: from + raw.indexOf(span) }
    : null
}
/**
 * The words of when said beside the goods of an order ("order for tomorrow morning: 2 bread", "2 kg aloo, kal subah
 * tak", "4 Brötchen für Samstag früh"), outside the goods' own words (`goods`: each line's text as it was read), so
 * a number or a name of the goods is never a time; null when none is said. A greeting's "good morning" is no time.
 */
export function whenBesideGoods(text: string, goods: readonly string[]): string | null {
  let rest = text.replace(GOOD_DAYTIME, (m) => ' '.repeat(m.length))
  for (const g of goods) {
    const at = g ? rest.indexOf(g) : -1
    if (at >= 0) rest = rest.slice(0, at) + ' '.repeat(g.length) + rest.slice(at + g.length)
  }
  return handOverWhen(rest)
}
/** A cheap first look: a digit or a word of when. */
const WHEN_HINT =
  /\d|baje|bje|aaj|kal|parso|subah|subha|shaam|dopahar|dophar|dupahar|heute|morgen|abend|mittag|früh|frueh|fruh|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|today|tomorrow|tmrw?|tmr|tommorow|tomorow|tomm?|2m+rw|tonight|morning|evening|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|halb|viertel|nachher|später|spaeter|week|woche|hafte|hafta/i
/**
 * One piece of when: a day, a part of the day, or a clock time with its little word; a Hindi hour may be said in
 * number words, as voice typing writes it ("saat baje", "सात बजे", "saade aath baje").
 */
const WHEN_PART = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:am|on|this|next|coming|every|each|nächsten|naechsten|kommenden|nächste|naechste|kommende|diese|dieses|jede|jeden|agle|agla|har|is|iss)\s+)?(?:week(?:end)?|wochenende|woche|hafte|hafta|heute|übermorgen|uebermorgen|morgen(?:\s+(?:früh|frueh|fruh|vormittag|mittag|nachmittag|abend))?|(?:früh|frueh|vormittags?|mittags?|nachmittags?|abends?)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|today|(?:tomorrow|tmrw?|tmr|tommorow|tomorow|tomm?|2m+rw)(?:\s+(?:morning|afternoon|evening|mrng|eve|early morning))?|tonight|(?:in the )?(?:morning|afternoon|evening)|(?:aaj|kal|parso|parson)(?:\s+(?:subah|subha|sham|shaam|dopahar|dophar|dupahar|raat))?|subah|subha|shaam|dopahar|dophar|dupahar|monday|tuesday|wednesday|thursday|friday|saturday|sunday|nachher|sp(?:ä|ae|a)ter|(?:um|gegen|ab|at|by|around|so|before|till|until|latest by)\s+(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uhr|am|pm|baje|bje)(?![\p{L}]))?|halb\s+\p{L}+|(?:dreiviertel|drei viertel|viertel)\s+(?:nach|vor)?\s*\p{L}+)|\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|am|pm|baje|bje)|\d{1,2}:\d{2}|(?:(?:saade|sade|sadhe|saadhe|sawa|sava|paune)\s+)?(?:${HINDI_HOURS})\s+(?:baje|bje))(?![\p{L}\d])`,
  'giu',
)

/** A separable German verb: its stem, at most six words ("hole sie um viertel nach 5 ab"), then its particle, inside one clause. */
function separable(stem: string, particle: string): RegExp {
  return new RegExp(`(?<!\\p{L})${stem}(?:\\s+[^\\s.,;?!]+){0,6}?\\s+${particle}(?!\\p{L})`, 'u')
}
const HOL_AB = separable("hol(?:e|en|st|t|s|'s|’s)?", 'ab')
const KOMM_VORBEI = separable('komm(?:e|en|t)?', 'vorbei')
const BRING_VORBEI = separable('bring(?:e|en|st|t)?', 'vorbei')

/** "Komme gegen halb fünf", "ich bin um 5 da", "wir kommen morgen früh": the customer coming, said with when. */
/**
 * The customer on the way, said with when: "ok will come in 10 min", "coming in 5 minutes", "I'll be there by 6",
 * "we are coming now", "on my way". The one coming is the customer: said first, or with I / we ("will the order
 * come in 10 min?" is a question of delivery, not a plan to come).
 */
const COMING_SOON = new RegExp(
  String.raw`(?:^(?:(?:ok|okay|k|sure|yes|fine|thanks|thank you|thx)[\s,.!]+)*(?:will\s+|shall\s+)?|(?<!\p{L})(?:i|we)\s*['’]?\s*(?:ll|will|shall|am|m|are|re)\s+)(?:come|coming|be there|be at the shop|reach|reaching)\s+(?:in\s+(?:\d+\s*(?:m|min|mins|minutes?|hrs?|hours?)(?!\p{L})|\d+(?![\d\s]*\p{L})|(?:a|an|half\s+an?|one|two|five|ten|few)\s+(?:min\p{L}*|hours?|hrs?|moment|bit|while|sec\p{L}*))|(?:at|by|around)\s+\d|soon|shortly|now|later)|(?<!\p{L})on my way(?!\p{L})`,
  'u',
)
/** The same in Hinglish: "10 min mein aa raha hu", "aa raha hu 5 minute mein", "abhi aata hu", "nikal raha hu". */
const COMING_SOON_HI =
  /(?<!\p{L})(?:\d+\s*(?:min|mins|minute|minutes|minat|ghante|ghanta)\s+(?:me|mein|mai|main|tak)\s+(?:aa|aata|aati|aaunga|aaungi|aunga|aungi|aa\s+raha|aa\s+rahi|aa\s+rahe|pahunch\p{L}*)|(?:aa|pahunch)\s+ra(?:ha|hi|he)\s+(?:(?:hu|hoon|hun|hain|hai)\s+)?(?:\d+\s*(?:min|mins|minute|minutes|minat)|abhi|thodi der)|abhi\s+(?:aata|aati|aa\s+raha|aa\s+rahi)\s+(?:hu|hoon|hun)|nikal\s+(?:raha|rahi|gaya|gayi)\s+(?:hu|hoon|hun))(?!\p{L})/u

const COMING_AT =
  /(?:(?:^|(?<!\p{L})(?:ich|wir|i)\s+)(?:komm(?:e|en)?|bin|sind)|(?<!\p{L})(?:komm(?:e|en)?|bin|sind)\s+(?:ich|wir))(?:\s+(?:dann|so|erst|etwa|ca\.?|circa|heute|morgen))*\s+(?:um|gegen|ab|nach|zwischen|morgen|heute|nachher|später|spaeter|gleich|in\s+\d)(?!\p{L})/u

/** "bis morgen um 10", "bis später gegen 5": a parting that names when the customer will be there. */
const SEE_YOU_AT =
  /(?<!\p{L})bis\s+(?:(?:morgen|heute|nachher|dann|sp(?:ä|a|ae)ter|gleich)\s+)?(?:so\s+)?(?:um|gegen)\s+(?:\d|halb|viertel)/u

const CLAUSE_END = /[,;\n!?]|\.(?=\s|$)|\s[-–]\s/g

/**
 * A clause that orders and says the customer comes for it, with the coming blanked: "I'll pick up 1 kg sugar";
 * "2 Brezn hol ich um 5 ab", "die Semmeln hole ich morgen früh ab": the German verb after the goods, with
 * everything up to its particle (who and when).
 */
function withoutFetching(clause: string, orders: (clause: string) => boolean): string {
  const out = clause.replace(PICKUP_IN_ORDER, (m) => ' '.repeat(m.length))
  const m = HOL_AB.exec(out)
  if (!m) return out
  const blank = (s: string) => ' '.repeat(s.length)
  if (orders(out.slice(0, m.index)))
    return out.slice(0, m.index) + blank(m[0]) + out.slice(m.index + m[0].length)
  // "ich hol 2 Brezn um 5 ab", "hole mir morgen 6 Semmeln ab": the goods inside; the verb, when and the particle go
  const inner = m[0]
    .replace(/^\S+/, blank)
    .replace(/\S+$/, blank)
    .replace(WHEN_PART, blank)
    .replace(/(?<!\p{L})(?:ich|wir|mir|uns|dann|mal)(?!\p{L})/giu, blank)
  const before = out.slice(0, m.index).replace(/(?<!\p{L})(?:ich|wir|i)\s*$/iu, blank)
  return before + inner + out.slice(m.index + m[0].length)
}

/**
 * The text with every clause that says pickup or delivery and orders nothing (`orders`: the clause has a quantity
 * or names goods) blanked out with spaces, so that positions in it still point at the same words: "2 kg onion,
 * 1 bread - I'll collect at 6pm" reads as two lines.
 */
export function withoutHandOverTalk(text: string, orders: (clause: string) => boolean): string {
  // most messages say neither: nothing to cut
  if (!fulfilmentSaid(text)) return text
  let out = ''
  let from = 0
  const cut = (to: number) => {
    const clause = text.slice(from, to)
    const said = fulfilmentSaid(clause)
    if (said !== null && !orders(clause)) out += ' '.repeat(clause.length)
    else if (said === 'pickup') out += withoutFetching(clause, orders)
    else out += clause
  }
  for (const m of text.matchAll(CLAUSE_END)) {
    cut(m.index)
    out += m[0]
    from = m.index + m[0].length
  }
  cut(text.length)
  return out
}

/**
 * A message that says only when the goods are wanted: "tmrw morning", "by 7am", "need it tmrw by 7 am pls",
 * "deliver before 8", "Sunday evening". The words of when as written (for the order's note), else null: with any
 * other word (goods, a question, "I'll pick up") it is more than a time.
 */
export function whenAlone(text: string): string | null {
  // ("good morning" greets; its morning is no time)
  const said = (hasDevanagari(text) ? transliterate(text) : text)
    .normalize('NFKC')
    .replace(GOOD_DAYTIME, (m) => ' '.repeat(m.length))
  const s = said.toLowerCase()
  if (/\?/.test(s)) return null
  // "urgent", "make it quick", "asap please", "jaldi bhaiya": how soon, with no time, is a when of its own
  const hurry = hurryAlone(s)
  if (hurry) return hurry
  if (!WHEN_HINT.test(s)) return null
  let rest = s.replace(WHEN_PART, ' ')
  if (rest === s) return null
  rest = rest.replace(
    /(?<![\p{L}\d])(?:before|latest|at the latest|max|early|earliest|asap|sharp)(?![\p{L}\d])/gu,
    ' ',
  )
  const words = rest.split(/[^\p{L}\d']+/u).filter(Boolean)
  if (!words.every((w) => WHEN_FILLER.has(w))) return null
  // (a Devanagari message's when is given back in its own words)
  return handOverWhen(hasDevanagari(text) ? text.normalize('NFKC') : said)
}
/** Words of how soon with no time: "urgent", "asap", "quick", "jaldi", "dringend", "as soon as possible". */
const HURRY =
  /(?<![\p{L}])(?:as soon as possible|asap|a\.s\.a\.p\.?|urgent(?:ly)?|urgnt|immediately|right away|quick(?:ly)?|fast|hurry(?: up)?|jaldi(?: se)?|jldi|jaldee|turant|dringend|schnell|sofort)(?![\p{L}])/giu
/** Words said around how soon: "make it quick", "it's urgent", "bhaiya jaldi karo", "bitte schnell". */
const HURRY_FILLER = new Set(
  "make it its it's it’s it s is be very bit a little as possible abhi karo kar kardo do dena se hai h bitte ganz es ist".split(
    ' ',
  ),
)

/** The words of hurry in a message that says nothing else (greetings, politeness, the order's coming aside). */
function hurryAlone(s: string): string | null {
  const found = s.match(HURRY)
  if (!found) return null
  const words = s
    .replace(HURRY, ' ')
    .split(/[^\p{L}\d']+/u)
    .filter(Boolean)
  if (!words.every((w) => WHEN_FILLER.has(w) || HURRY_FILLER.has(w))) return null
  return found.join(' ')
}

/** "ich bitte um 1 Pfund Spargel": the um of asking for something is no clock time. */
const ASKED_FOR = /(?<!\p{L})bitten?\s+um(?!\p{L})/giu
/**
 * "good morning", "guten Morgen", "n Abend", "schönen Sonntag noch": a greeting or a parting wish names a time of
 * day or a day that is no time for the goods.
 */
const GOOD_DAYTIME =
  /(?<!\p{L})(?:good\s+(?:morning|afternoon|evening|night)|(?:(?:guten|gute|schönen|schoenen|schönes|schoenes|schöne|schoene)\s+|(?<![\p{L}'’])['’]?n\s*)(?:morgen|abend|nachmittag|mittag|tag|nacht|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))(?!\p{L})/giu
/** Words said around a time for the goods: greetings, politeness, the order and its coming. */
const WHEN_FILLER = new Set(
  (
    'hi hii hello hey gm good morning ok okay k pls plz please sir ji bhai bhaiya bro dear thanks thank you thx ' +
    'need needed want it them order the my our delivery deliver delivered send sent bring it items stuff goods ' +
    'for by on at in the a to be should will can i we is required reqd req required. and also kindly ' +
    // Hindi's until and at ("kal subah saat baje tak", "शाम को")
    'tak ko pehle'
  ).split(' '),
)
