// Splitting a message into order lines and reading each one (quantity, unit, pack size, item words), with no
// catalog: the catalog comes in afterwards (understand.ts). Spans refer to the sanitized message text.
import { FILLER, KINDS_OF_GOODS, MONTHS, NOTE_WORDS, SIBLINGS, UNIT_WORDS } from './lexicon'
import {
  assignQuantity,
  readQuantities,
  tokenize,
  type Ignored,
  type LineQuantity,
  type QGroup,
  type Tok,
} from './quantity'
import { fold } from './text'
import { giveReadAsTwo } from './parallel-count'
import { sizeWalaAlone, walaEndsItem } from './wala-ends-item'
import { dimensionOf } from '../units'

export interface ReadLine {
  /** The line as written (quantity included). */
  text: string
  start: number
  end: number
  /** The item as written, without its quantity. */
  item: string
  itemStart: number
  itemEnd: number
  quantity: LineQuantity
  /** Any quantity token was present. */
  hasQuantity: boolean
  /** Words after "with"/"mit"/"without" (toppings, notes): kept apart from the item. */
  modifiers: string
  /** The separator word before this line when it was cut from the same line ("and", "aur", ","). */
  sep: string
  /** Which line of the message (0-based) it came from. */
  lineNo: number
  /** Money written on the line ("10 rs ka dhaniya"), major units; null when none. */
  money: number | null
}

/** Restaurant and delivery phrases that are never part of an item name: blanked (same length, spans stay). */
// ("daal do" is a verb of putting in, but "moong dal do kilo" is the lentils, two kilos: not before a unit)
const NOISE =
  /(?<![\p{L}])(?:to drink|for (?:my|the|a|our) (?:drink|side|drinks|sides)|on the side|as (?:a|my) side|to go|for here|for (?:(?:the|our|tonight'?s|today'?s|tomorrow'?s)\s+)?(?:lunch|dinner|breakfast|brunch)(?:\s+(?:service|shift|prep|rush|menu|buffet|crowd))?|daa?l (?:dena|do(?! (?:kilo|kg|kgs|kilos|gram|grams|gm|gms|g|packet|packets|pack|pkt|litre|liter|ltr|sau|paav|pao|dabba|bori)(?![\p{L}]))|dijiye|dijie|denge|dijiyega)|la (?:dena|do|dijiye|dijie|dedo|denge)|(?:am|im|pro|je) st(?:ü|u|ue)ck|in (?:(?:d(?:ü|u|ue)nnen|dicken|feinen)\s+)?scheiben|(?:(?:d(?:ü|u|ue)nn|fein|dick|grob|klein)\s+)?(?:(?:auf)?geschnitten|geklopft|gehackt|gew(?:ü|u|ue)rfelt|geschnetzelt|(?:auf)?schneiden|klopfen)|am block|in one piece|sliced|unsliced|noch (?:ein)?mal|(?:pack|packt|packst|packe|mach|macht|machst)(?: (?:du|ihr|sie))? (?:mir|uns)(?: (?:bitte|mal|doch))*)(?![\p{L}])/giu
/** A word every NOISE phrase has: without one, the line has none of them (most lines), and the slower scan is skipped. */
const NOISE_WORD =
  /drink|side|to go|for here|lunch|dinner|breakfast|brunch|daa?l |la |st(?:ü|u|ue)ck|scheiben|geschnitten|schneiden|klopf|gehackt|rfelt|geschnetzelt|block|piece|sliced|noch |pack|mach/iu

/**
 * "Kitchen 2:", "Outlet 3 -", "Branch #2:", "Store 4 order:": a numbered place heading the goods after it (or the
 * lines below) says where they go; its number counts nothing (blanked, same length). Also after a sentence end or
 * a comma on the line, and after "for"/"from" ("Good morning, for kitchen 1: tomato 5kg. Kitchen 2: onion 3kg").
 */
const PLACE_WORD =
  /kitchen|outlet|branch|store|shop|unit|site|table|floor|block|room|counter|section|restaurant|cafe|hotel|location|cent(?:re|er)|warehouse|godown|wing|tower/iu
const NUMBERED_PLACE =
  /(?:^|(?<=[.,;!]\s*))\s*(?:(?:for|from)\s+(?:the\s+)?)?(?:kitchen|outlet|branch|store|shop|unit|site|table|floor|block|room|counter|section|restaurant|cafe|hotel|location|cent(?:re|er)|warehouse|godown|wing|tower)\s*(?:no\.?\s*|#\s*)?\d{1,3}[a-z]?(?:\s+(?:order|list|requirement|indent))?\s*(?::|[-–—](?=\s|$))/giu

/**
 * Whom the order is for, said with a name ("bitte für Müller", "für Frau Schmidt", "auf den Namen Meier", "for Mrs
 * Rao"): talk, not an item. German "für" before a capitalized word (a day, a name, what it is for: "für Sonntag",
 * "für Oma", also after an article: "für eine Feier", "für unsere Kita"); English "for" only before a title, as Indian English "send for Maltos" names the goods.
 */
const FOR_WHOM =
  /(?<![\p{L}])(?:[Ff](?:ür|uer|ur)|auf den Namen|unter dem Namen|[Ff]or(?= (?:Mr|Mrs|Ms|Miss|Dr)\b))\s+(?:(?:Frau|Herrn?|Familie|Fam\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+|(?:eine[nm]?|ein|die|den|das|unsere[nm]?|unser|meine[nm]?|mein)\s+(?=\p{Lu}))?\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?(?![\p{L}])/gu
const FOR_WHOM_WORD = /f(?:ür|uer|ur|or) |namen /iu
/**
 * "auf den namen schulz", "unter dem Namen anna müller": after the word Namen the name needs no capital (WhatsApp is
 * typed in lower case); a second word is part of it only where the clause ends.
 */
const ON_THE_NAME =
  /(?<![\p{L}])(?:auf|unter)\s+(?:den|dem|meinen|meinem)\s+namen?\s+(?:(?:frau|herrn?|familie|fam\.)\s+)?[\p{L}][\p{L}-]+(?:\s+[\p{L}][\p{L}-]+(?=\s*(?:[,.;:!]|$|\d)))?/giu

/**
 * "4 Croissants wie letzte Woche", "2 Brot wie immer", "eggs like last time", "aloo pichli baar jaisa": the same
 * as before, said of the goods, is a note on the line, never an item or part of one.
 */
const AS_BEFORE =
  /(?<![\p{L}])(?:wie (?:immer|gehabt|(?:ü|u|ue)blich|sonst|gestern|vorgestern|bisher|beim letzten mal|das letzte mal|(?:letzte|letzten|letztes|letzter|vorige|vorigen|voriges)(?: (?:woche|mal|bestellung|samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag))?)|(?:like|as) (?:usual|always|before|yesterday|(?:the )?last (?:time|week|order|month|saturday|sunday))|same as (?:usual|always|before|yesterday|(?:the )?last (?:time|week|order|month))|(?:pichli|pichhli|pichle|pichhle|pichla|pichhla) (?:baar|bar|hafte|week|order)(?: (?:jaisa|jaise|jaisi|wala|wale|wali|ki tarah))?|(?:hamesha|roz) (?:jaisa|jaise|jaisi|ki tarah))(?![\p{L}])/giu
const AS_BEFORE_WORD = /wie |like |as |pichl|pichh|hamesha|roz /iu

/**
 * "5kg tomato coz we ran out", "potatoes 10kg because we have a function on Saturday", "as we are closed Sunday": a
 * reason given for the order, a clause of its own to the end of its sentence or comma, names no goods ("cos",
 * "since" and "as" only before whom it is about: "cos lettuce", "same as last week", "as it is" stay; a clause
 * with an amount in it stays too: "as we need 10kg more").
 */
const REASON =
  /(?<![\p{L}'])(?:(?:because|becoz|bcoz|bcos|bcz|coz|cuz)\s+(?=\p{L})|(?<!(?:same|such|so|as)\s+)(?:cos|since|as)\s+(?:we|we're|were|i|i'm|im|our|my|the (?:kitchen|restaurant|chef|function|party|event))(?![\p{L}']))[^\n.!?,;]*/giu
const REASON_WORD = /because|becoz|bcoz|bcos|bcz|coz|cuz|cos |since |as /iu
const reasonBlank = (m: string) => (/\d/.test(m) ? m : ' '.repeat(m.length))

// Bullets and list numbers; also "1- Garlic 2kg" and a table's serial number in a cell of its own ("2\tPotato\t20\tkg",
// "3 | Onion | 5 kg"), when an amount follows on the line: a serial number is never a count; and a day heading a
// line ("Sat: tomato 10kg", "Sun - mint 5 bunch"), never the Hindi seven
const MARKER =
  /^\s*(?:[*•·●▪►➤>]+\s*|[-–—~]+(?![\d-])\s*|\(?\d{1,2}[.)](?=\s)\s*|\(\d{1,2}\)\s*|#\d{1,2}\s*[.):-]?\s*|[a-h][.)](?=\s)\s*|\d{1,3}(?:-\s+|\s*[\t|]\s*)(?=\p{L}[^\n]*\d)|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*[:\-–]\s*(?=\p{L}[^\n]*\d))/iu
/** A number, the separator between two cells of a row, and a word alone in the next cell. */
const UNIT_CELL = /(?<=\d)(\s*[|,]\s*)(\p{L}+)(?=\s*(?:[|,]|$))/gu
/** The unit's cell joined to the number's (the separator made spaces, so places stay); other words stay a cell. */
const unitCell = (all: string, sep: string, word: string) =>
  UNIT_WORDS.has(word.toLowerCase()) ? ' '.repeat(sep.length) + word : all

/** A note in brackets, with no number in it ("(semi ripe)", "(Kirsch)"): a number there would be a quantity. */
export const BRACKET_NOTE = /\(([^()\d]{1,40})\)/u
const NOTE_AFTER_WORDS = new RegExp(String.raw`(?<=\S\s*)${BRACKET_NOTE.source}`, 'gu')

/**
 * "onions 2 bags (1 red 1 white)", "avos 3 boxes (2 ripe, 1 firm)": counts in brackets, each of a kind only, that
 * add up to the amount just said share it out by kind: a note on that line, not more goods.
 */
const SHARED_OUT = /(\d+(?:[.,]\d+)?)(?:\s*\p{L}+)?\s*(\((?:\s*\d+\s*[\p{L}-]+\s*(?:[,&+/]|and)?)+\s*\))/gu
const SHARED_PART = /(\d+)\s*([\p{L}-]+)/gu
function sharedOutBlank(all: string, total: string, bracket: string): string {
  let sum = 0
  for (const [, n, kind] of bracket.matchAll(SHARED_PART)) {
    if (!NOTE_WORDS.has(kind!.toLowerCase())) return all
    sum += Number(n)
  }
  if (sum !== Number(total.replace(',', '.'))) return all
  return all.slice(0, all.length - bracket.length) + ' '.repeat(bracket.length)
}

/** Words of size that say which of a product's packs a count is ("1 big 1 small"). */
const SIZE_ADJECTIVES: ReadonlySet<string> = new Set([
  'big',
  'small',
  'large',
  'medium',
  'regular',
  'jumbo',
  'mini',
])

/** Words between a bare quantity and its item that mean "more": "2 aur bread", "do packet aur doodh". */
const AND_MORE = new Set(['aur', 'and', 'n', '&', '+', 'plus'])

/** "1. Onion 2kg 2. Potato 3kg", "1) aloo 2) pyaz": a numbered list written on one line. */
const INLINE_MARKER = /(^|\s)(\d{1,2})[.)](?=\s+\p{L})/gu
const INLINE_HINT = /\d[.)]\s+\p{L}/u

/**
 * The line with the numbers of an inline numbered list turned into commas (same length: positions stay), when
 * they count up one by one; "2kg 2. Potato" would otherwise read as two lots of 2 kg.
 */
function inlineListCut(line: string): string {
  const marks = [...line.matchAll(INLINE_MARKER)]
  if (marks.length < 2) return line
  for (let k = 1; k < marks.length; k++)
    if (Number(marks[k]![2]) !== Number(marks[k - 1]![2]) + 1) return line
  let out = line
  for (const m of marks) {
    const at = m.index + m[1]!.length
    const width = m[2]!.length + 1
    out = out.slice(0, at) + (at === 0 ? ' ' : ',') + ' '.repeat(width - 1) + out.slice(at + width)
  }
  return out
}
// (a plus between two amounts of one thing is no separator: "Onion 5+5 kg", "tomato 3 kg + 2 kg", "5+5 kg onion")
// ("thyme/rosemary 2 each", "mint/coriander": a slash glued between two words lists goods, as " / " does; not
// before a unit, "R28/kg", "price/box", nor in short forms, "w/o", "n/a")
// (it runs at every position of every line: each branch first checks the one character it can begin with, so a
// position that begins none is passed over before any lookbehind runs)
const SEPARATORS =
  /(?=[,;|/+.!?\s])(?:(?=,)(?<!\d)(?!(?<=^|\s),\d{1,2}\s*(?:kg|kilo|g|gr|l|ltr|liter|pfund|pfd)(?![\p{L}])),|,(?!\d)|;|\|| \/ |\/(?<=\p{L}{3}\/)(?=\p{L}{3})(?!(?:kgs?|kilos?|grams?|gms|gram|pcs|piece|pieces|pack|packs|pkts?|box|boxes|bunch|bunches|dozen|doz|ltr|litre|liter|unit|each|stk|stuck|stueck|tray|bag|bags|punnet|punnets)(?!\p{L}))|\s+(?:and|aur|or|und|ond|n|&|plus|also|oder|sowie|bhi(?!\s+(?:hata|hataa|hatao|hatado|hataiye|hatana|nikal|nikaal|nikalo|nikaldo|nikaliye|cancel|remove|mat|mt|nahi|nahin|nai|rehne|rahne|chhod|chod|chhodo|chodo|chhodiye|band)(?![\p{L}]))|aber|lekin|magar)\s+(?!(?:a |an )?half\b)|\s*\+(?!\s*\d)\s*|(?=\s*\+)(?<!^\s*\d+(?:[.,]\d+)?\s*(?:\p{L}{1,6})?\s*)(?:(?<!\d\s*(?:\p{L}{1,6})?\s*)|(?!\s*\+\s*\d+(?:[.,]\d+)?\s*(?:\p{L}{1,6})?\.?\s*(?:$|[,;|)])))\s*\+\s*(?=\d)|(?=\.)(?<!(?:^|[^\p{L}])(?:no|nos|pcs|pc|pkt|kg|kgs|gm|gms|ltr|lt|qty|approx|rs|dz|doz|nr|stk|st|pkts|fl|pck|pkg|pckg|pfd|dtzd|dtz|stck|btl|bd|gr|grm|gl|bch))\.\s+(?=\D)|\.$|!+|\?+)/giu
/** Words that begin toppings and notes after an item ("with", "ohne", "extra"), not the rest of its name. */
export const MODIFIER_WORDS: ReadonlySet<string> = new Set([
  'with',
  'mit',
  'without',
  'ohne',
  'topped',
  'extra',
  'add-on',
  'addon',
  'but',
  'no',
  // how it is to be packed: "6 ande alag se", "2 kg onion separately", "2 kg Zwiebeln getrennt"
  'alag',
  'separately',
  'separate',
  'seperately',
  'seperate',
  'getrennt',
  'einzeln',
])
/**
 * Words that say when, not where or how: the order follows them at once ("tomorrow onion 5 kg"), so only the word
 * itself is skipped. Other talk (an address, a payment) skips to the next quantity, past house numbers and names.
 */
export const WHEN_WORDS: ReadonlySet<string> = new Set([
  'tomorrow',
  'tmrw',
  'tmr',
  'tmrow',
  'tmw',
  '2moro',
  '2mrw',
  'today',
  'tdy',
  'tonight',
  'later',
  'soon',
  'spater',
  'spaeter',
  'nachher',
  'morning',
  'evening',
  // "Pls send early morning", "deliver early": how early is talk of when
  'early',
  'earliest',
  'kal',
  'aaj',
  'parso',
  'subah',
  'subha',
  'savere',
  'shaam',
  'sham',
  'dopahar',
  'dopehar',
  'raat',
  // a clock time said the Hindi way, "6 baje tak doodh 2 packet": the time's number is read apart
  'baje',
  'bajey',
  'tak',
  'morgen',
  'heute',
  'abend',
  'abends',
  'morgens',
  'fruh',
  'frueh',
  'ubermorgen',
  'uebermorgen',
  'vormittag',
  'nachmittag',
  'mittag',
  'mittags',
  'wochenende',
  'weekend',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonnabend',
  'sonntag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'somvar',
  'mangalvar',
  'budhvar',
  'guruvar',
  'shukravar',
  'shanivar',
  'ravivar',
  'itwar',
  // a span of time and the word that points at which one: "this week", "next week", "diese Woche", "nächste
  // Woche", "agle hafte", "is mahine"
  'week',
  'woche',
  'hafte',
  'hafta',
  'month',
  'monat',
  'mahine',
  'mahina',
  'next',
  'coming',
  'nachste',
  'naechste',
  'kommende',
  'kommenden',
  'diese',
  'dieser',
  'agle',
  'agla',
  // how often: "doodh 2 packet roz subah", "2 milk every morning", "täglich 1 Brot"
  'roz',
  'roj',
  'rozana',
  'rojana',
  'har',
  'daily',
  'everyday',
  'every',
  'weekly',
  'monthly',
  'taglich',
  'taeglich',
  'wochentlich',
  'woechentlich',
  'jeden',
  'jede',
  // "Order 14th March", "delivery 3 Feb": a date heading an order
  ...MONTHS,
  // "add 2kg carrot to todays order": the possessive, typed without its apostrophe
  ...'today tomorrow tonight yesterday monday tuesday wednesday thursday friday saturday sunday weekend'
    .split(' ')
    .map((w) => `${w}s`),
  'yesterday',
])

/** Words that name an order list as a whole, in a heading before a colon ("Kitchen order:", "Einkaufsliste:"). */
export const LIST_WORDS: ReadonlySet<string> = new Set([
  'order',
  'orders',
  'list',
  'requirement',
  'requirements',
  'indent',
  'bestellung',
  'liste',
  'einkaufsliste',
  'einkauf',
  'saman',
  'samaan',
])

/**
 * Whether a token is delivery, payment or timing talk: a word of CHATTER, unless the catalog names goods with it
 * and the word beside it ("flat white", "india gate": see ReadOptions.talkInName).
 */
function isTalk(t: Tok | undefined): boolean {
  return t !== undefined && ((CHATTER.has(t.low) && !inName.has(t)) || talkPair.has(t))
}
/** Tokens of the line being read that are talk with the word beside them: "guten Tag", "na gut", "alles klar". */
const talkPair = new WeakSet<Tok>()

/**
 * Two words that are talk together though either alone may be goods or mean no: a greeting said with no comma
 * before the goods ("guten Tag ich hätte gern …", "schönen guten Tag 2 Brezeln"; "Tag" alone may be goods,
 * "price tag"), and giving in or agreeing before them ("na gut, 2 Brezeln", "alles klar, dann 1 kg", "na dann 3";
 * "na" alone is a Hindi no).
 */
const TALK_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['guten', new Set(['tag'])],
  ['gutn', new Set(['tag'])],
  ['gudn', new Set(['tag'])],
  ['na', new Set(['gut', 'schon', 'schoen', 'dann', 'ja', 'klar', 'also', 'okay', 'ok', 'prima', 'super'])],
  ['alles', new Set(['klar', 'klaro', 'gut', 'roger'])],
  ['geht', new Set(['klar'])],
])
function markTalkPairs(toks: Tok[]): void {
  for (let i = 1; i < toks.length; i++) {
    if (!TALK_PAIRS.get(toks[i - 1]!.low)?.has(toks[i]!.low)) continue
    talkPair.add(toks[i]!)
    talkPair.add(toks[i - 1]!)
    // ("schönen guten Tag")
    if (/^(?:schonen|schoenen)$/.test(toks[i - 2]?.low ?? '')) talkPair.add(toks[i - 2]!)
  }
}
/** Tokens of the line being read whose talk word is part of a catalog name with its neighbour. */
const inName = new WeakSet<Tok>()

/** Whether a word (lower case) is one of delivery, payment and timing talk. */
export function isTalkWord(w: string): boolean {
  return CHATTER.has(w)
}

/** Delivery, payment and timing talk: never an item. */
const CHATTER = new Set([
  // "2 maggi, eta?": when it comes
  'eta',
  'name',
  'naam',
  'deliver',
  'delivery',
  'address',
  'flat',
  'house',
  'apartment',
  'apt',
  'tower',
  'block',
  'sector',
  'floor',
  'street',
  'road',
  'lane',
  'colony',
  'nagar',
  'near',
  'opposite',
  'pincode',
  'pin',
  'landmark',
  'gali',
  'mohalla',
  'wohnung',
  'strasse',
  'hausnummer',
  'lieferung',
  'adresse',
  'by',
  'before',
  'after',
  // SMS spellings of the same days
  'cash',
  'upi',
  'gpay',
  'paytm',
  'phonepe',
  'payment',
  'pay',
  'bill',
  'total',
  'call',
  'phone',
  'mobile',
  'number',
  'bell',
  'gate',
  'door',
  'ghar',
  'room',
  'plot',
  'wing',
  'rechnung',
  'uhr',
  'quickly',
  'soon',
  'jaldi',
  'time',
  'baje',
  // a clock time and the places that are numbered, not counted (quantity.ts reads their numbers as references)
  'at',
  'tak',
  'till',
  'until',
  'around',
  // how near the amount is, said before it: "Okra approx 4kg", "Tomato roughly 10kg" (not "about": "how about
  // chips" asks for them)
  'approx',
  'approximately',
  'aprox',
  'apprx',
  'appx',
  'roughly',
  'cross',
  'makan',
  'kamra',
  'pincode',
  'zimmer',
  'haus',
  'hausnummer',
  // days and times: "für Sonntag 1 kg Spargel reservieren", "for saturday: 2 bread"
  ...WHEN_WORDS,
])

/**
 * How and how fast it should come, said after the item: "2 kg onion home delivery", "3 eggs fast", "1 bread
 * deliver fast", "send 2 kg sugar to home asap". Such a word ends the item only when nothing but talk follows it:
 * it is also a word of names ("BB Home Bath", "home facial kit", "quick cooking oats").
 */
const AFTER_ITEM_TALK = new Set([
  'home',
  'doorstep',
  'fast',
  'quick',
  'immediately',
  'urgently',
  'turant',
  'pickup',
  'takeaway',
  'delivered',
  'delivering',
])

/** Words that need something after them: a line that ends with one lost that to talk ("for pickup"). */
const LINE_END_PREPOSITIONS = new Set([
  'to',
  'in',
  'into',
  'from',
  'for',
  'at',
  'by',
  'on',
  'till',
  'until',
  'fur',
  'zum',
  'zur',
])

/**
 * Thanks or please said right after the goods, with no comma between ("2 Brezeln bitteschön", "ein Brot vielen
 * Dank", "1 Milch merci vielmal", "2 bread thanks a lot", "atta 5kg tysm"). Folded forms.
 */
const COURTESY = new Set([
  'thanks',
  'thank',
  'thanku',
  'thankyou',
  'thx',
  'thnx',
  'tnx',
  'tks',
  'thks',
  'tnks',
  'ty',
  'tysm',
  'please',
  'pls',
  'plz',
  'danke',
  'dankeschon',
  'dankeschoen',
  'dank',
  'merci',
  'bitte',
  'bitteschon',
  'bitteschoen',
  'bitt',
  'bittschon',
  'bittschoen',
  'shukriya',
  'dhanyavaad',
  'dhanyavad',
  'dhanyawad',
  // British thanks: "2 kg tomato ta", "onion 5kg cheers"
  'ta',
  'cheers',
])
/** Words that go with those in such a run: "thank you so much", "vielen lieben Dank", "bitte sehr", "danke vielmals". */
const COURTESY_WITH = new Set([
  'you',
  'u',
  'so',
  'very',
  'much',
  'a',
  'lot',
  'ton',
  'in',
  'advance',
  'sehr',
  'schon',
  'schoen',
  'vielen',
  'lieben',
  'herzlichen',
  'vielmals',
  'vielmal',
  'ji',
  'bhai',
  'bhaiya',
])

/** The words a closing greeting turns on: "liebe Grüße", "viele Grüße", "LG", "MfG", "best regards". */
const SIGNOFF_HEAD = new Set([
  'grusse',
  'gruesse',
  'gruss',
  'gruess',
  'grussen',
  'gruessen',
  'lg',
  'vg',
  'mfg',
  'regards',
  'rgds',
])
/** Words before that one: "liebe", "mit freundlichen", "kind", "und" after thanks. */
const SIGNOFF_LEAD = new Set([
  'liebe',
  'lieben',
  'viele',
  'vielen',
  'beste',
  'besten',
  'herzliche',
  'herzlichen',
  'freundliche',
  'freundlichen',
  'sonnige',
  'mit',
  'best',
  'kind',
  'warm',
  'warmest',
  'und',
  'and',
])

/**
 * Where a line's words end once a closing greeting and the name after it are left out, said with no comma after
 * the goods as voice typing writes it ("5 kg Kartoffeln vielen Dank und liebe Grüße Peter", "2 Brezeln lg Anna"):
 * a word of greeting, at most two words of a name after it and no number; some other word stays before it.
 */
function beforeSignoff(toks: readonly Tok[], from: number, to: number): number {
  for (let k = to - 1; k >= from && k >= to - 3; k--) {
    const t = toks[k]!
    if (t.kind !== 'word') return to
    if (!SIGNOFF_HEAD.has(t.low)) continue
    let start = k
    while (start > from && toks[start - 1]!.kind === 'word' && SIGNOFF_LEAD.has(toks[start - 1]!.low)) start--
    // ("2 lg" is two of the brand: a greeting follows goods words, not a count; a piece of its own after "und" is
    // only the greeting when it is spelt out, "und liebe Grüße Peter")
    // (or when a name follows the short greeting, capitalized, and nothing else: "Danke & LG Sabine")
    if (start === from) return t.low.length > 3 || namedAfter(toks, k + 1, to) ? from : to
    return toks[start - 1]!.kind === 'word' ? start : to
  }
  return to
}

/** One or two capitalized words (a name, "Sabine", "K. Müller") from `from` to `to`, and nothing else. */
function namedAfter(toks: readonly Tok[], from: number, to: number): boolean {
  const ws = toks.slice(from, to).filter((t) => !(t.kind === 'sym' && t.text === '.'))
  return ws.length >= 1 && ws.length <= 2 && ws.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))
}

/**
 * Where a line's words end once a closing run of thanks or please is left out: the run holds at least one word of
 * thanks or please, and some goods word stays before it ("2 Merci" is the chocolate, never thanks).
 */
function beforeCourtesy(toks: readonly Tok[], from: number, to: number): number {
  let end = to
  let thanked = false
  for (let k = to - 1; k >= from; k--) {
    const t = toks[k]!
    if (t.kind === 'sym') {
      if (/^[.!,]$/u.test(t.text)) continue
      break
    }
    if (t.kind !== 'word') break
    if (COURTESY.has(t.low)) thanked = true
    else if (!COURTESY_WITH.has(t.low)) break
    end = k
  }
  if (!thanked || end === to) return to
  for (let k = from; k < end; k++) {
    const t = toks[k]!
    if (t.kind === 'word' && !COURTESY.has(t.low) && !COURTESY_WITH.has(t.low)) return end
  }
  return to
}

/**
 * Marks the talk words that with a neighbour are a catalog name's: a whole name anywhere ("a flat white", "large
 * flat white", "2 flat whites"), part of a longer one where no other word came before ("india gate basmati";
 * inside an item, "1 usha tower fan", the cut is mended later against the catalog).
 */
function markTalkInName(
  toks: Tok[],
  talkInName: (word: string, next: string) => 'whole' | 'part' | null,
): void {
  let content = false
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const talk = t.kind === 'word' && CHATTER.has(t.low)
    if (talk) {
      const next = toks[i + 1]
      const prev = toks[i - 1]
      const withNext = next?.kind === 'word' ? talkInName(t.low, next.low) : null
      const withPrev = prev?.kind === 'word' ? talkInName(prev.low, t.low) : null
      if (withNext === 'whole' || (withNext === 'part' && !content)) {
        inName.add(t)
        if (CHATTER.has(next!.low)) inName.add(next!)
      } else if (withPrev === 'whole') {
        inName.add(t)
        t.named = true
      }
    }
    // ("5 bunch flat leaf parsley": the unit of the count before it is no goods said yet)
    if (isContent(t) && !talk && !(UNIT_WORDS.has(t.low) && toks[i - 1]?.kind === 'num')) content = true
  }
}

/** Words of an address that also name a kind of goods: "flat beans", "house blend", "block cheese". */
const ADDRESS_KINDS = new Set(['flat', 'house', 'block', 'wing'])

/**
 * "2 kg flat beans", "5 kg house blend": an address word right after an amount's unit and before another word is
 * the goods' kind; an address word is followed by its number ("flat 12"), never by goods (other talk stays talk:
 * "1 tablespoon at room temperature"). Indian addresses name a tower, wing or block by one letter ("Tower B",
 * "Wing A"), so a single letter after it keeps the word an address.
 */
function markKindAfterUnit(toks: Tok[]): void {
  for (let i = 2; i + 1 < toks.length; i++) {
    const t = toks[i]!
    const next = toks[i + 1]!
    if (t.kind !== 'word' || !ADDRESS_KINDS.has(t.low) || next.kind !== 'word') continue
    if ([...next.low].length === 1) continue
    const unit = toks[i - 1]!
    if (unit.kind === 'word' && UNIT_WORDS.has(unit.low) && toks[i - 2]!.kind === 'num') inName.add(t)
  }
}

/** Whether the tokens from `i` to `to` are only talk, filler and numbers ("home delivery asap", "fast pls"). */
function onlyTalkFrom(toks: Tok[], i: number, to: number): boolean {
  for (let k = i; k < to; k++) {
    const t = toks[k]!
    if (t.kind !== 'word') continue
    if (!isContent(t) || isTalk(t) || AFTER_ITEM_TALK.has(t.low)) continue
    return false
  }
  return true
}

/** The little words that may stand between a day and the no that closes a German verb-second removal. */
const NONE_AFTER_DAY_FILLER: ReadonlySet<string> = new Set(
  'doch jetzt dann eigentlich also aber lieber wohl halt gar erst mal erstmal bitte ich wir am diesen nächsten nachsten naechsten'.split(
    ' ',
  ),
)
const NONE_AFTER_DAY: ReadonlySet<string> = new Set('keine keinen keins kein keiner nicht nichts'.split(' '))
/**
 * "Brezeln möchte ich heute doch keine", "die Butter brauch ich morgen nicht mehr": a day said inside a German
 * removal with the verb second is part of it, so it does not end the item and the closing no is read with it.
 */
function noneAfterDay(toks: Tok[], i: number, to: number): boolean {
  let last = ''
  for (let k = i; k < to; k++) {
    const t = toks[k]!
    if (t.kind !== 'word') {
      if (/^[.!]+$/.test(t.text)) continue
      return false
    }
    if (NONE_AFTER_DAY.has(t.low)) last = t.low
    else if (t.low === 'mehr' && last) continue
    else if (last || !(WHEN_WORDS.has(t.low) || NONE_AFTER_DAY_FILLER.has(t.low))) return false
  }
  return last !== ''
}

function isEmojiTok(t: Tok): boolean {
  return t.kind === 'sym' && /\p{Extended_Pictographic}/u.test(t.text)
}

/** Faces, hands and hearts: feelings, never goods ("10 Stück bitte 😊", "2 x 5 kg Kartoffeln 🙏"). */
const FEELING_EMOJI =
  /^[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}\u{1F44A}-\u{1F450}\u{1F590}-\u{1F596}\u{1F918}-\u{1F91F}\u{1F493}-\u{1F49F}\u{2764}\u{2728}\u{263A}]/u

function isContent(t: Tok): boolean {
  // (a face after a quantity starts no new item: "Eier 10 Stück 😊" is one line)
  return (
    (t.kind === 'word' && (!FILLER.has(t.low) || clippedHead.has(t))) ||
    (isEmojiTok(t) && !FEELING_EMOJI.test(t.text))
  )
}

/** Filler-spelled words that head a list line as its item ("Let - 6 heads"); the catalog decides what they name. */
const clippedHead = new WeakSet<Tok>()
/** Words that head a line before a number as talk of the amount, a yes, or more of the goods before. */
const NEVER_CLIPPED = new Set(['qty', 'stk', 'yes', 'add', 'plus', 'and', 'aur', 'und', 'too', 'sec', 'secs'])

/**
 * "Let - 6 heads", "Lets: 4": the produce trade clips names to three letters ("Tom - 1 box", "Cuc - 5"), and a
 * clipped name may be spelled as a word of talk; in a list line of only that word, a dash or colon and its
 * amount, the word is the line's item.
 */
function markClippedHead(toks: Tok[]): void {
  const w = toks[0]
  const mark = toks[1]
  if (
    !w ||
    w.kind !== 'word' ||
    !FILLER.has(w.low) ||
    NEVER_CLIPPED.has(w.low) ||
    !/^[a-z]{3}s?$/.test(w.low)
  )
    return
  if (!mark || mark.kind !== 'sym' || !/^[-–—:]$/.test(mark.text) || toks[2]?.kind !== 'num') return
  for (let k = 3; k < toks.length; k++) if (toks[k]!.kind === 'word' && !UNIT_WORDS.has(toks[k]!.low)) return
  clippedHead.add(w)
}

export interface ReadOptions {
  /**
   * Whether a number with the word after it is how a catalog name goes ("5 star", "7 up", "24 mantra"): then,
   * when the line has another quantity, the number is part of the item's name (name-numbers.ts).
   */
  nameNumber?: (num: string, word: string) => boolean
  /**
   * Whether a pack word said with a count and no goods is itself the name of a product ("ek tray" where the egg
   * tray's alias is "tray"): then it is the item, not how the item is packed.
   */
  packName?: (measure: string, word: string) => boolean
  /**
   * Whether a word of delivery talk and the word after it are two words of a catalog name ("flat white", "india
   * gate"): then neither is talk.
   */
  talkInName?: (word: string, next: string) => 'whole' | 'part' | null
}

/** Reads every order line of a message (lines, commas, and/aur/und, bullets, numbered lists, run-on lists). */
export function readLines(text: string, maxLines = 80, opts: ReadOptions = {}): ReadLine[] {
  const out: ReadLine[] = []
  let lineStart = 0
  let lineNo = -1
  lines: for (const written of text.split('\n')) {
    lineNo++
    const base = lineStart
    lineStart += written.length + 1
    if (out.length >= maxLines) break
    const rawLine = INLINE_HINT.test(written) ? inlineListCut(written) : written
    const marker = MARKER.exec(rawLine)
    const skip = marker ? marker[0].length : 0
    // "Avos 2 boxes (semi ripe)": a note in brackets after an item, with no number in it, is not another item
    let line = rawLine.slice(skip)
    if (line.includes('(')) line = line.replace(SHARED_OUT, sharedOutBlank)
    if (NOISE_WORD.test(line)) line = line.replace(NOISE, (m) => ' '.repeat(m.length))
    if (PLACE_WORD.test(line)) line = line.replace(NUMBERED_PLACE, (m) => ' '.repeat(m.length))
    if (FOR_WHOM_WORD.test(line))
      line = line
        .replace(FOR_WHOM, (m) => ' '.repeat(m.length))
        .replace(ON_THE_NAME, (m) => ' '.repeat(m.length))
    if (AS_BEFORE_WORD.test(line)) line = line.replace(AS_BEFORE, (m) => ' '.repeat(m.length))
    if (REASON_WORD.test(line)) line = line.replace(REASON, reasonBlank)
    // "10 Brötchen äh 12", "3 Butter ähm quatsch 2", "10 Brötchen ich mein 12": a spoken take-back with no comma
    // before it is cut there, as "10 Brötchen, äh 12" is (the space becomes the comma, so places stay)
    if (SPOKEN_BACK_WORD.test(line)) line = line.replace(SPOKEN_BACK, ',')
    // but "Tomato (box) x 2": a pack word alone in brackets is how the item is packed, and is read as such
    if (line.includes('('))
      line = line.replace(NOTE_AFTER_WORDS, (m) =>
        UNIT_WORDS.has(m.slice(1, -1).trim().toLowerCase()) ? ` ${m.slice(1, -1)} ` : ' '.repeat(m.length),
      )
    // "Carrot | 5 | kg", "Tomato, 10, kg": a table's row, pasted from a spreadsheet, puts the unit in a cell of its own
    if (line.includes('|') || line.includes(',')) line = line.replace(UNIT_CELL, unitCell)
    line = walaEndsItem(line)
    let chunkStart = 0
    let carry: { quantity: LineQuantity; start: number } | null = null
    let withOpen = false
    // "Deliver to: B-204, Sunshine Apts": once a line turns to delivery talk, the rest of it is that talk too
    let chatterOpen = false
    let takingBack = false
    const chunks: [number, number, string][] = []
    let sep = ''
    SEPARATORS.lastIndex = 0
    for (const m of line.matchAll(SEPARATORS)) {
      chunks.push([chunkStart, m.index ?? 0, sep])
      chunkStart = (m.index ?? 0) + m[0].length
      sep = m[0].trim().toLowerCase()
    }
    chunks.push([chunkStart, line.length, sep])
    line = giveReadAsTwo(line, chunks)
    for (const [a, b, chunkSep] of chunks) {
      if (b <= a) continue
      const offset = base + skip + a
      const toks = tokenize(line.slice(a, b), offset)
      if (toks.length === 0) continue
      if (opts.talkInName) markTalkInName(toks, opts.talkInName)
      markKindAfterUnit(toks)
      markClippedHead(toks)
      markTalkPairs(toks)
      const read = readQuantities(toks)
      notTheAmount(toks, read, out.at(-1)?.lineNo === lineNo && out.at(-1)!.hasQuantity)
      if (read.groups.length >= 2) theOne(toks, read)
      const pieces = splitRunOn(toks, read.groups, read.used, opts.nameNumber)
      // "Tomato 2 boxes + 5 kg", "Eggs 1 tray + 6": a plus before an amount in another unit is more of the same
      // goods, in that unit (amounts of one unit were summed when read)
      const more = line.includes('+') ? morePlus(toks, read.groups, pieces) : null
      for (const [pi, piece] of pieces.entries()) {
        const tookBack = takingBack
        takingBack = false
        // "galti se likh diya, 1 kg cheeni", "sorry typo, 2 maggi": a mistake owned up to between commas is no
        // goods; what follows it corrects, as after "sorry"
        if (ownsMistake(toks, piece)) {
          takingBack = true
          continue
        }
        if (startsWithChatter(toks, piece, read.used)) chatterOpen = true
        const named = opts.nameNumber
          ? namedNumbers(toks, piece, read.groups, read.used, opts.nameNumber)
          : null
        const rl = named
          ? buildLine(text, toks, piece, named.groups, read.used, named.tokens)
          : buildLine(text, toks, piece, read.groups, read.used)
        if (!rl) {
          // "Kartoffeln, 2 kg": a quantity alone after a comma belongs to the item before it
          const mine = read.groups.filter(
            (g) => g.from >= piece[0] && g.to <= piece[1] && !Number.isNaN(g.value),
          )
          const last = out[out.length - 1]
          if (more?.has(pi) && mine.length > 0 && last?.lineNo === lineNo && last.hasQuantity) {
            const end = toks[piece[1] - 1]!.end
            const start = toks[piece[0]]!.start
            out.push({
              ...last,
              quantity: assignQuantity(mine, toks),
              text: text.slice(start, end),
              start,
              end,
            })
            if (out.length >= maxLines) break lines
            continue
          }
          // "3 Butter, quatsch, 2", "10 Brötchen, ach nee, 12": words that take back, alone between commas, say
          // that the quantity alone after them is the item's again
          const backHere =
            mine.length === 0 &&
            toks.slice(piece[0], piece[1]).some((t) => t.kind === 'word' && TAKING_BACK.has(t.low))
          if (backHere) {
            takingBack = true
            continue
          }
          const prev = out[out.length - 1]
          // "dahi 1 kilo wala 2, 400 gram wala 3", "1 kg wala dahi 2 aur 400 gm wala 1": a size with wala and no
          // goods, after counted goods in the same line, is the same goods in that size; after goods not yet counted
          // ("paneer bhi 200 gram wala ek") it is their amount
          if (
            prev &&
            prev.lineNo === lineNo &&
            prev.item !== '' &&
            prev.hasQuantity &&
            sizeWalaAlone(toks, piece, mine)
          ) {
            const end = toks[piece[1] - 1]!.end
            const start = toks[piece[0]]!.start
            out.push({
              ...prev,
              quantity: assignQuantity(mine, toks),
              text: text.slice(start, end),
              start,
              end,
            })
            out[out.length - 1]!.sep = pi === 0 ? chunkSep : ''
            if (out.length >= maxLines) break lines
            continue
          }
          const named = opts.packName && packAsItem(text, toks, mine, opts.packName)
          if (named && !(prev && prev.lineNo === lineNo && !prev.hasQuantity)) {
            named.sep = pi === 0 ? chunkSep : ''
            named.lineNo = lineNo
            out.push(named)
            if (out.length >= maxLines) break lines
            continue
          }
          // "1 Bergkäse, ca 400g", "ein Stück Käse, so 300 g": one piece, then how heavy it should be
          const onePiece =
            prev?.hasQuantity &&
            prev.quantity.qty === 1 &&
            (prev.quantity.unit === null || prev.quantity.unit === 'pc') &&
            mine.length === 1 &&
            ['g', 'kg', 'ml', 'l'].includes(mine[0]!.unit?.unit ?? '')
          const count = mine.length === 1 && !mine[0]!.unit ? mine[0]!.value : null
          if (
            count !== null &&
            prev &&
            prev.lineNo === lineNo &&
            prev.quantity.size &&
            prev.quantity.qty === prev.quantity.size.value &&
            toks.slice(piece[0], piece[1]).some((t) => t.kind === 'word' && OF_THOSE.has(t.low))
          ) {
            // "the 1 litre milk, 2 of them", "amul butter 500g - 2 of those", "Milch 1 Liter, davon 2": how many
            // of the pack just named
            out[out.length - 1] = {
              ...prev,
              quantity: { ...prev.quantity, qty: count, unit: null, measure: null, sizeIsVariant: true },
              text: text.slice(prev.start, toks[piece[1] - 1]!.end).trim(),
              end: toks[piece[1] - 1]!.end,
            }
          } else if (
            mine.length > 0 &&
            prev &&
            prev.hasQuantity &&
            prev.lineNo === lineNo &&
            (tookBack ||
              // "10 Brötchen, also 12": "also" cuts as "and" does, and here takes back
              chunkSep === 'also' ||
              toks.slice(piece[0], piece[1]).some((t) => t.kind === 'word' && TAKING_BACK.has(t.low)))
          ) {
            // "2 kg onion, sorry 3 kg", "2 Brot, nein, 3": a quantity alone after taking back says the item's
            // quantity again
            out[out.length - 1] = {
              ...prev,
              quantity: assignQuantity(mine, toks),
              text: text.slice(prev.start, toks[piece[1] - 1]!.end).trim(),
              end: toks[piece[1] - 1]!.end,
            }
          } else if (
            prev?.hasQuantity &&
            prev.lineNo === lineNo &&
            prev.quantity.qty !== null &&
            prev.quantity.qty > 1 &&
            !prev.quantity.size &&
            (prev.quantity.unit === null || prev.quantity.unit === 'pc') &&
            mine.length === 1 &&
            ['g', 'kg'].includes(mine[0]!.unit?.unit ?? '') &&
            EACH_SAID.test(text.slice(toks[piece[0]]!.start, toks[piece[1] - 1]!.end + 12))
          ) {
            // "3 Schnitzel, je 200 g", "2 Koteletts, 250 g pro Stück": how heavy each of the pieces counted is
            out[out.length - 1] = {
              ...prev,
              quantity: {
                ...prev.quantity,
                size: { value: mine[0]!.value, unit: mine[0]!.unit!.unit! },
                sizeIsVariant: true,
              },
              text: text.slice(prev.start, toks[piece[1] - 1]!.end).trim(),
              end: toks[piece[1] - 1]!.end,
            }
          } else if (mine.length > 0 && prev && prev.lineNo === lineNo && (!prev.hasQuantity || onePiece)) {
            out[out.length - 1] = {
              ...prev,
              quantity: assignQuantity(mine, toks),
              hasQuantity: true,
              text: text.slice(prev.start, toks[piece[1] - 1]!.end).trim(),
              end: toks[piece[1] - 1]!.end,
            }
          } else if (mine.length > 0) {
            // "2 aur bread", "do packet aur doodh": a quantity alone before "aur"/"and" is how many more of
            // what follows
            carry = { quantity: assignQuantity(mine, toks), start: toks[piece[0]]!.start }
          }
          continue
        }
        if (carry && !rl.hasQuantity && pi === 0 && AND_MORE.has(chunkSep)) {
          rl.quantity = carry.quantity
          rl.hasQuantity = true
          rl.text = text.slice(carry.start, rl.end).trim()
          rl.start = carry.start
        }
        carry = null
        rl.money = moneyWithin(read.ignored, toks[piece[0]]!.start, toks[piece[1] - 1]!.end)
        if (chatterOpen && !rl.hasQuantity) continue
        chatterOpen = false
        rl.sep = pi === 0 ? chunkSep : ''
        rl.lineNo = lineNo
        // "a burger with lettuce and tomato": "tomato" continues the toppings, it is not another item.
        // "a pizza with ham and another one with olives", "a latte, one with extra foam": a count (or "another")
        // followed at once by its toppings is one more of the item just named, made that way
        const further = furtherOne(toks, piece, read.groups)
        const prev = out[out.length - 1]
        if (further && prev && prev.lineNo === lineNo && prev.item !== '') {
          rl.item = prev.item
          rl.itemStart = prev.itemStart
          rl.itemEnd = prev.itemEnd
          rl.modifiers = text.slice(toks[further.withAt]!.start, toks[piece[1] - 1]!.end)
          if (!rl.hasQuantity) rl.quantity = { ...rl.quantity, qty: 1 }
          rl.hasQuantity = true
        }
        // "Potato 10 kg, onion same", "aloo 2 kg pyaz bhi utna hi": goods said to be the same are the amount of the
        // goods before them in the message ("bhi" and "also" cut the "same" off as a piece of its own)
        if (!rl.hasQuantity && SAME_WORD.test(rl.item)) {
          const same = SAME_AMOUNT.exec(rl.item)
          const prev = out[out.length - 1]
          const before = same && same[1] === undefined ? out[out.length - 2] : prev
          const goods = same && same[1] === undefined ? prev : rl
          if (same && before?.hasQuantity && goods && (goods === rl || !goods.hasQuantity)) {
            const at = same[1] === undefined ? out.length - 1 : -1
            const item = same[1] === undefined ? goods.item : same[1]
            const line = {
              ...goods,
              item,
              itemEnd: goods.itemStart + item.length,
              quantity: before.quantity,
              hasQuantity: true,
              text: goods === rl ? rl.text : text.slice(goods.start, rl.end),
              end: rl.end,
            }
            if (at >= 0) out[at] = line
            else {
              line.sep = pi === 0 ? chunkSep : ''
              line.lineNo = lineNo
              out.push(line)
              if (out.length >= maxLines) break lines
            }
            continue
          }
        }
        if (withOpen && !rl.hasQuantity && !startsWithArticle(toks, piece)) continue
        // "a latte with one extra espresso shot", "with cream and two extra shots": a count of extra in the toppings
        // is how much of the topping, not another item
        if (withOpen && rl.hasQuantity && countsExtra(toks, piece, read.groups)) continue
        withOpen = rl.modifiers !== '' || (withOpen && !rl.hasQuantity)
        out.push(rl)
        if (out.length >= maxLines) break lines
      }
    }
  }
  return out
}

/** "ek tray", "2 trays": a count of a pack word that is a product's own name, read as that many of it. */
function packAsItem(
  text: string,
  toks: Tok[],
  mine: QGroup[],
  packName: (measure: string, word: string) => boolean,
): ReadLine | null {
  const g = mine.length === 1 ? mine[0]! : null
  if (!g?.unit || g.unitStart === undefined || g.implied || g.article) return null
  const at = toks.findIndex((t) => t.start === g.unitStart && t.kind === 'word')
  if (at < 0 || !packName(g.unit.measure, toks[at]!.low)) return null
  const word = toks[at]!
  const count: QGroup = { ...g, unit: null, unitStart: undefined, unitEnd: undefined, to: at }
  const from = toks[g.from]!
  return {
    text: text.slice(Math.min(from.start, word.start), Math.max(word.end, toks[g.to - 1]!.end)).trim(),
    start: Math.min(from.start, word.start),
    end: Math.max(word.end, toks[g.to - 1]!.end),
    item: word.text,
    itemStart: word.start,
    itemEnd: word.end,
    // (counted in packs: "ek tray" is one tray, not one egg of it)
    quantity: { ...assignQuantity([count], toks), unit: 'pack', measure: 'pack' },
    hasQuantity: true,
    modifiers: '',
    sep: '',
    lineNo: 0,
    money: null,
  }
}

/**
 * Whether a bare number and the word after it ("7 up", "7-up", "5 star") begin or continue a catalog name.
 */
function namesWithNext(toks: Tok[], g: QGroup, nameNumber: (num: string, word: string) => boolean): boolean {
  const num = toks[g.from]!
  let next = toks[g.to]
  // "7-up": the hyphen written between them
  if (next?.kind === 'sym' && next.text === '-' && next.glued && toks[g.to + 1]?.glued) next = toks[g.to + 1]
  return (
    g.to - g.from === 1 &&
    !g.unit &&
    !g.explicit &&
    // "2 five star": a number word names as a digit does
    ((num.kind === 'num' && /^\d+$/.test(num.text)) || (num.kind === 'word' && Number.isInteger(g.value))) &&
    !!next &&
    next.kind === 'word' &&
    nameNumber(String(g.value), next.low)
  )
}

/** Articles and size words that say a name's number is no count: "a 5 star", "the 7 up", "small 7-up". */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'ein', 'eine', 'einen', 'einem', 'ek'])
const NAME_SIZES: ReadonlySet<string> = new Set(
  'small medium large regular big tall grande venti mini jumbo klein kleine kleines gross grosse grosses chhota chota bada badi'.split(
    ' ',
  ),
)

/**
 * "a 5 star", "a small 7-up", "the 7 up", "2 large 7up": an article or a size word right before a name's number (from
 * `from`, the piece's start) says the number is the name's: the article, or nothing, gives the count.
 */
function introducedName(toks: Tok[], g: QGroup, from: number): boolean {
  let k = g.from - 1
  let sized = false
  while (k >= from && toks[k]!.kind === 'word' && NAME_SIZES.has(toks[k]!.low)) {
    sized = true
    k--
  }
  return sized || (k >= from && toks[k]!.kind === 'word' && NAME_ARTICLES.has(toks[k]!.low))
}

/**
 * "5 star 2", "7up 2 bottles", "24 mantra atta 5kg": a bare number whose next word continues it into a catalog
 * name is part of the name when the piece has another quantity to count it by. Alone ("5 star", "2 bread") a
 * number stays the count: only a second quantity says the first one was not.
 */
function namedNumbers(
  toks: Tok[],
  [from, to]: [number, number],
  groups: QGroup[],
  used: Set<number>,
  nameNumber: (num: string, word: string) => boolean,
): { groups: QGroup[]; tokens: Map<number, number> } | null {
  const mine = groups.filter((g) => g.from >= from && g.to <= to && !Number.isNaN(g.value))
  if (mine.length === 0) return null
  const named = mine.filter((g) => g.to < to && !used.has(g.to) && namesWithNext(toks, g, nameNumber))
  // "7up", "5star", "7-up": a number written into the word is the name's even with nothing else to count the line
  const glued = (g: QGroup) => toks[g.to]!.glued
  // every number naming: one of them, written apart, must still count ("2 5 star"; "5 star" alone is five), unless
  // an article or a size word before it already says how many ("a 5 star", "a small 7 up")
  const keep =
    named.length === mine.length
      ? named.filter((g) => !glued(g) && !introducedName(toks, g, from)).slice(0, 1)
      : []
  const names = named.filter((g) => !keep.includes(g))
  if (names.length === 0) return null
  return {
    groups: groups.filter((g) => !names.includes(g)),
    tokens: new Map(names.map((g) => [g.from, g.value])),
  }
}

/** Words that take back what was just said: "sorry 3 kg", "I mean 3", "nahi 2", "nein, 3". */
const TAKING_BACK = new Set([
  'sorry',
  'mean',
  'meant',
  'oops',
  'correction',
  'nahi',
  'nahin',
  'nein',
  'matlab',
  'meine',
  'meinte',
  'no',
  // German (folded): "10 Brötchen, ach ne 12", "2 Brot, nee 3", "3 Butter, quatsch, 2", "10 Brötchen, äh, 12"
  'ne',
  'nee',
  'neee',
  'noe',
  'quatsch',
  'ah',
  'ahm',
  'aeh',
  // "2 kg onion, actually 3", "2 Brot, eigentlich 3", "4 Brötchen, warte, 6", "2 Milch, hoppla, 3"
  'actually',
  'eigentlich',
  'warte',
  'hoppla',
  // spoken: "10 Brötchen, also 12", "10 Brötchen, ich mein 12"
  'also',
  // written: "500 g Spargel bzw. 1 Pfund", "10 Brötchen bzw. 12" (or rather)
  'bzw',
  'beziehungsweise',
  'mein',
  'aehm',
])
/** Words of a mistake owned up to ("galti se likh diya", "galat likha gaya", "by mistake", "typo tha"). */
const MISTAKE = new Set('galti galati galat glti mistake typo wrong bhool bhul'.split(' '))
const MISTAKE_TALK = new Set(
  'se likh likha likhe likhi diya di gaya gaya gya gayi ho hua hui tha thi by a my mera meri type typed kiya kar de'.split(
    ' ',
  ),
)

/** A piece that only owns up to a mistake: its words are a mistake word and talk around it, with no number. */
function ownsMistake(toks: Tok[], piece: [number, number]): boolean {
  let mistake = false
  for (let i = piece[0]; i < piece[1]; i++) {
    const t = toks[i]!
    if (t.kind === 'num') return false
    if (t.kind !== 'word') continue
    if (MISTAKE.has(t.low)) mistake = true
    else if (!MISTAKE_TALK.has(t.low) && !FILLER.has(t.low)) return false
  }
  return mistake
}

/** A cheap first look for SPOKEN_BACK: one of its words is in the line. */
const SPOKEN_BACK_WORD =
  /(?<![\p{L}])(?:äh|ähm|aeh|aehm|ahm|ach|nee?|neee|nö|noe|nein|quatsch|also|mein|meine|meinte|bzw|beziehungsweise)(?![\p{L}])/iu
/**
 * The space before a take-back or a hesitation said between goods and a bare amount ("10 Brötchen äh 12", "2 kg
 * Kartoffeln ach nee 3 kg", "10 Brötchen ich mein 12", "3 Butter ähm quatsch 2"): the amount may be a number word.
 */
const SPOKEN_BACK =
  /(?<=[\p{L}\p{N}.])[^\S\n](?=(?:(?:äh|ähm|aeh|aehm|ahm|ach|nee?|neee|nö|noe|nein|quatsch|also|ich\s+mein|ich\s+meine|ich\s+meinte|doch|lieber|eher|nur)[\s,.!]+)*(?:äh|ähm|aeh|aehm|ahm|nee?|neee|nö|noe|nein|quatsch|also|ich\s+mein|ich\s+meine|ich\s+meinte|bzw|beziehungsweise)[\s,.!]+(?:\d(?!\d*er(?![\p{L}]))|(?:eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|zwanzig|dreißig|dreissig)(?![\p{L}])))/giu
/** A word of each said with a weight after a comma: "je 200 g", "250 g pro Stück", "à 200 g", "each". */
const EACH_SAID =
  /(?<![\p{L}])(?:je|jeweils|pro st(?:ü|u|ue)ck|je st(?:ü|u|ue)ck|à|each|per piece|a piece)(?![\p{L}])/iu
/** Words that point back at the goods just named: "2 of them", "davon 2", "uske 2". */
const OF_THOSE = new Set([
  'them',
  'those',
  'these',
  'davon',
  'uske',
  'unke',
  'uska',
  'iske',
  'inke',
  'wahi',
  'vahi',
])
/** Words that say a place follows: "deliver to: …", "liefern an: …", "address: …". */
const PLACE_WORDS = new Set([
  'to',
  'at',
  'an',
  'nach',
  'zu',
  'address',
  'addr',
  'pata',
  'adresse',
  'here',
  'hier',
])
/** Verbs of bringing that are also delivery talk: before goods they order them, before a place they are talk. */
const DELIVER_VERBS = new Set(['deliver', 'liefern', 'liefert'])
/** Who it is for and other little words between such a verb and its goods: "deliver me some bread". */
const DELIVER_OBJECT = new Set([
  'me',
  'us',
  'the',
  'some',
  'my',
  'our',
  'please',
  'pls',
  'plz',
  'kindly',
  'mir',
  'uns',
])

/** After a delivery verb, words that make it talk about where, when or what already: "deliver on sunday". */
const NOT_GOODS = new Set([
  'on',
  'in',
  'into',
  'to',
  'for',
  'from',
  'within',
  'here',
  'there',
  'it',
  'them',
  'this',
  'that',
  'these',
  'those',
  'everything',
  'all',
  'order',
  'orders',
  'am',
  'an',
  'nach',
  'zu',
  'heute',
  'morgen',
  'es',
  'alles',
])

/**
 * "please deliver bread", "deliver onion please", "liefert mir Brot": a delivery verb directly before goods
 * orders them (one, when no quantity is said). "deliver to flat 203", "deliver today?", "do you deliver?" are
 * still talk: a place word, a time word or nothing follows.
 */
function deliversGoods(toks: Tok[], i: number, to: number, used: Set<number>): boolean {
  if (!DELIVER_VERBS.has(toks[i]!.low)) return false
  for (let k = i + 1; k < to; k++) {
    const t = toks[k]!
    if (used.has(k) || t.kind !== 'word') return false
    if (DELIVER_OBJECT.has(t.low)) continue
    return isContent(t) && !isTalk(t) && !NOT_GOODS.has(t.low)
  }
  return false
}

/** "kal se" (from tomorrow on), "Sunday ko" (on Sunday), "kal ke liye" (for tomorrow): the case word after a day. */
const DAY_CASE: ReadonlySet<string> = new Set(['se', 'ko', 'ke', 'ki'])
/** The "liye" of "kal ke liye", "subah ke liye": for that time. */
const FOR_WORD: ReadonlySet<string> = new Set(['liye', 'liya', 'lie', 'lye', 'liy'])

/** A word of when: a day or time, or the case word after one ("kal se", "kal ke liye"). */
function saysWhen(toks: Tok[], i: number): boolean {
  const w = toks[i]!.low
  return WHEN_WORDS.has(w) || dayCaseAt(toks, i)
}

/** Is toks[i] the case word after a day ("se" of "kal se"), or the "liye" after that ("kal ke liye")? */
function dayCaseAt(toks: Tok[], i: number): boolean {
  const w = toks[i]!.low
  if (DAY_CASE.has(w)) return WHEN_WORDS.has(toks[i - 1]?.low ?? '')
  return (
    FOR_WORD.has(w) &&
    (toks[i - 1]?.low === 'ke' || toks[i - 1]?.low === 'ki') &&
    WHEN_WORDS.has(toks[i - 2]?.low ?? '')
  )
}

/** Where the case words after the day at i end ("kal ke liye doodh": at "doodh"), or i + 1 when none follow. */
function pastDayCase(toks: Tok[], i: number): number {
  let k = i + 1
  while (k < toks.length && dayCaseAt(toks, k)) k++
  return k
}

/** Words that open taking goods out of an order, after a day: "tomorrow no onion", "today skip the mint". */
const TAKING_OUT: ReadonlySet<string> = new Set(
  "no remove skip cancel dont don’t don't delete without stop".split(' '),
)

/** A Hindi verb of sending, bringing or wanting said alone, that ends its clause: "chahiye", "bhejna", "lana". */
const GIVING_ALONE: ReadonlySet<string> = new Set(
  'chahiye chaiye chahie bhejo bhejna bhejiye bhejdo bhejdena bhejdijiye dedo dede dedena lana laana lao dijiye dijie deejiye'.split(
    ' ',
  ),
)
/** Its stem, then the helper that ends the clause: "bhej dena", "de do", "de jana" (come and give), "le aana". */
const GIVING_STEM: ReadonlySet<string> = new Set(['bhej', 'de', 'le', 'la', 'pahuncha', 'pahucha'])
const GIVING_HELPER: ReadonlySet<string> = new Set(
  'do dena dijiye dijie jana jaana jaiye aana ana aao dijiyega dena'.split(' '),
)
const COURTESY_AFTER: ReadonlySet<string> = new Set('bhaiya bhai ji please pls plz na'.split(' '))

/**
 * "kal subah doodh bhej dena", "kal ande chahiye", "aaj shaam tak dahi de jana": Hindi says the day first and the
 * verb of giving last, so the words between are goods, not talk of when ("kal bhej dena" alone is still a yes).
 */
function whenThenGoodsAsked(toks: Tok[], i: number, to: number, used: Set<number>): boolean {
  if (!saysWhen(toks, i)) return false
  let end = to - 1
  while (end > i && (toks[end]!.kind !== 'word' || COURTESY_AFTER.has(toks[end]!.low))) end--
  const last = toks[end]!.low
  let verbAt = -1
  if (GIVING_ALONE.has(last)) verbAt = end
  else if (GIVING_HELPER.has(last) && GIVING_STEM.has(toks[end - 1]?.low ?? '')) verbAt = end - 1
  if (verbAt <= i) return false
  for (let k = i + 1; k < verbAt; k++) {
    const t = toks[k]!
    if (used.has(k) || t.kind !== 'word' || saysWhen(toks, k)) continue
    if (isTalk(t)) return false
    if (isContent(t)) return true
  }
  return false
}

function startsWithChatter(toks: Tok[], [from, to]: [number, number], used: Set<number>): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    if (used.has(i) || t.kind !== 'word') continue
    if (deliversGoods(toks, i, to, used)) return false
    if (whenThenGoodsAsked(toks, i, to, used)) return false
    // "kal se doodh band kar do": from a day on, what follows may be goods
    if (DAY_CASE.has(toks[i + 1]?.low ?? '') && WHEN_WORDS.has(t.low)) continue
    if (dayCaseAt(toks, i)) continue
    // "tomorrow no onion", "today skip the mint", "Monday remove the lettuce": a day before taking goods out
    if (saysWhen(toks, i) && TAKING_OUT.has(toks[i + 1]?.low ?? '')) continue
    if (isTalk(t)) return true
    if (isContent(t)) return false
  }
  return false
}

/** Relative words and the verbs of having after them that tell what an item comes with. */
const RELATIVE: ReadonlySet<string> = new Set(['that', 'which', 'wich', 'thats'])
const HAVING: ReadonlySet<string> = new Set(
  'has have comes come includes include contains contain got gets is are should'.split(' '),
)

/** "a pizza that has olives", "a burger which comes with fries": a relative clause after an item is how it is made. */
function relativeAt(toks: Tok[], i: number): boolean {
  return RELATIVE.has(toks[i]!.low) && HAVING.has(toks[i + 1]?.low ?? '')
}

const ANOTHER: ReadonlySet<string> = new Set(['another', 'other'])
const WITH: ReadonlySet<string> = new Set(['with', 'without', 'mit', 'ohne'])

/**
 * The piece is one more of something, told by how it is made: "one with olives", "another one with ham", "another
 * with onions", "two with extra cheese" (a count or "another", then "with" at once). Where its "with" stands.
 */
function furtherOne(toks: Tok[], piece: [number, number], groups: QGroup[]): { withAt: number } | null {
  let k = piece[0]
  const another = ANOTHER.has(toks[k]?.low ?? '')
  if (another) k++
  const g = groups.find((x) => x.from === k)
  if (g) {
    if (g.unit || Number.isNaN(g.value)) return null
    k = g.to
  } else if (another && toks[k]?.low === 'one') k++
  if (!another && !g) return null
  return k < piece[1] && WITH.has(toks[k]?.low ?? '') ? { withAt: k } : null
}

/** The piece opens with a count of extra ("one extra espresso shot", "2 extra cheese"). */
function countsExtra(toks: Tok[], piece: [number, number], groups: QGroup[]): boolean {
  const g = groups.find((x) => x.from === piece[0])
  return !!g && !g.unit && toks[g.to]?.low === 'extra'
}

function startsWithArticle(toks: Tok[], piece: [number, number]): boolean {
  const t = toks[piece[0]]
  return !!t && (t.low === 'a' || t.low === 'an' || t.low === 'ein' || t.low === 'eine' || t.low === 'ek')
}

/**
 * "2 kg sugar 1 kg rice 3 eggs" and "sugar 2kg rice 1kg": a new quantity after item words, itself followed by
 * item words (or, when lines end with their quantity, a quantity followed by words) starts a new line.
 */
/** A word that says "the same amount" (cheap test before SAME_AMOUNT). */
const SAME_WORD = /same|utna|itna|ditto/iu
/**
 * "onion same", "onion same qty", "pyaz utna hi", "same" (after goods cut off by "bhi"/"also"): the goods (group 1,
 * absent when the piece is only the words of sameness) and the same amount.
 */
const SAME_AMOUNT =
  /^(?:(\S.*?)\s+)?(?:(?:also|too|bhi)\s+)?(?:the\s+)?(?:same|ditto|utna|itna)(?:\s+(?:hi|qty|quantity|amount|as (?:above|before)|too|also|bhi|please|pls|plz))*$/iu

/**
 * The pieces to read apart at a plus ("Tomato 2 boxes + 5 kg" is "Tomato 2 boxes" and "5 kg" of the same goods): a
 * plus between two amounts of different units, the second one alone to the end of its piece. Splits `pieces` in
 * place; gives the indexes of the pieces that are more of the goods before them.
 */
function morePlus(toks: Tok[], groups: QGroup[], pieces: [number, number][]): Set<number> | null {
  let out: Set<number> | null = null
  for (let k = 0; k < pieces.length; k++) {
    const [a, b] = pieces[k]!
    for (let i = 0; i + 1 < groups.length; i++) {
      const g = groups[i]!
      const h = groups[i + 1]!
      if (g.from < a || h.to !== b || h.from !== g.to + 1 || toks[g.to]?.text !== '+') continue
      if (Number.isNaN(g.value) || Number.isNaN(h.value) || g.unit?.unit === h.unit?.unit) continue
      // an item word before the first amount ("Tomato 2 boxes + 5 kg"), never "2 + 1 free"
      if (!toks.slice(a, g.from).some((t) => t.kind === 'word')) continue
      pieces.splice(k, 1, [a, g.to], [g.to + 1, b])
      ;(out ??= new Set()).add(k + 1)
      break
    }
  }
  return out
}

function splitRunOn(
  toks: Tok[],
  groups: QGroup[],
  used: Set<number>,
  nameNumber?: (num: string, word: string) => boolean,
): [number, number][] {
  type El = { q: QGroup | null; i: number; content: boolean }
  const els: El[] = []
  const groupAt = new Map<number, QGroup>()
  for (const g of groups) groupAt.set(g.from, g)
  for (let i = 0; i < toks.length; i++) {
    const g = groupAt.get(i)
    if (g) {
      els.push({ q: g, i, content: false })
      i = g.to - 1
      continue
    }
    if (used.has(i)) continue
    const t = toks[i]!
    if (t.kind === 'word' || isEmojiTok(t)) els.push({ q: null, i, content: isContent(t) })
  }
  const cuts: number[] = []
  // "🍅🥔🧅": different item emoji side by side are different items
  for (let k = 1; k < els.length; k++) {
    const a = toks[els[k - 1]!.i]!
    const b = toks[els[k]!.i]!
    if (!els[k]!.q && !els[k - 1]!.q && isEmojiTok(a) && isEmojiTok(b) && a.text !== b.text)
      cuts.push(els[k]!.i)
  }
  // ("tomorrow 2 milk 1 l", "kal subah 2 doodh 500 ml": a word of when before the count is no goods that the
  // count follows, so the line still leads with its quantity)
  const firstContent = els.findIndex((e) => e.q || (e.content && !WHEN_WORDS.has(toks[e.i]!.low)))
  const leadQ = firstContent >= 0 && els[firstContent]!.q !== null
  // Lines that end with their quantity ("sugar 2kg rice 1kg") split after each quantity; otherwise before.
  // ("aloo 2 kilo pyaz 1 kilo bhej do", "onion 2 kg tomato 1 kg please": a request after the last amount is no goods)
  let last = els.length - 1
  while (last > 0 && !els[last]!.q && !els[last]!.content) last--
  const trailing = !leadQ && last >= 0 && els[last]!.q !== null
  for (let k = 1; k < els.length; k++) {
    const e = els[k]!
    // "tomato 2kg 3kg onion", "aloo 1 kg 2 kg pyaz": two weights side by side between goods, the first said after
    // the goods before it, the second before the goods after it (not "2 bags 50kg": a count and its size)
    if (
      e.q &&
      els[k - 1]!.q &&
      sideBySide(els[k - 1]!.q!, e.q) &&
      els.slice(0, k - 1).some((x) => x.content) &&
      els.slice(k + 1).some((x) => x.content) &&
      !els.slice(k + 1).some((x) => x.q)
    ) {
      cuts.push(e.i)
      continue
    }
    // "aloo 2 kg 3 dahi", "pyaz 1 kg 2 maggi", "atta 1 packet 2 bread": goods and their amount with its unit, then
    // a count of the goods after it: two items (never 3 times 2 kg aloo). Not a count before a size ("doodh 2
    // 500ml wala") nor a multiplied count ("aloo 2 kg x 3").
    if (
      e.q &&
      els[k - 1]!.q &&
      amountThenCount(els[k - 1]!.q!, e.q, toks) &&
      els[k - 2]?.content &&
      !els.slice(0, k - 1).some((x) => x.q) &&
      els[k + 1]?.content
    ) {
      cuts.push(e.i)
      continue
    }
    if (!trailing) {
      // [Q] W.. Q W..: split before the Q when content words came before it and after it.
      // ("a small 7-up": a name's number after a size word or article is no new item's count)
      const introduced =
        !!e.q && !!nameNumber && namesWithNext(toks, e.q, nameNumber) && introducedName(toks, e.q, 0)
      // "2 makhan - 1 big 1 small", "butter 2 - 1 large 1 small": bare counts, each with only a size word after
      // it, are that many of each size, not a note on the goods before
      if (e.q && els.slice(0, k).some((x) => x.content) && sizeOnly(els, toks, k)) {
        const other = els.findIndex((x, j) => j !== k && x.q !== null && sizeOnly(els, toks, j))
        if (other >= 0) {
          cuts.push(e.i)
          continue
        }
      }
      if (e.q && !introduced && els.slice(0, k).some((x) => x.content) && els[k - 1]!.q === null) {
        const nextQ = els.slice(k + 1).findIndex((x) => x.q !== null)
        const beforeNext = nextQ < 0 ? els.slice(k + 1) : els.slice(k + 1, k + 1 + nextQ)
        // "Tomatoes x 2 boxes", "mint x 3 bunch": a multiplied count with only its pack word after it is still
        // the same item
        const multiplied = ['x', '×', '*'].includes(toks[e.q.from]!.low)
        const packOnly = multiplied && beforeNext.every((x) => !x.content || UNIT_WORDS.has(toks[x.i]!.low))
        // "Garlic 2 kg peeled", "Onion 5kg - red": only words that describe the goods after the line's quantity
        // are a note on it, not a new item
        // (not a quantity in brackets: "potatoes (about 4 large)" is a recipe's aside)
        const bracketed =
          toks.slice(0, e.q.from).reduce((d, t) => d + (t.text === '(' ? 1 : t.text === ')' ? -1 : 0), 0) > 0
        // ("milk 1 packet home", "eggs 2 dozen fast": talk after it is no item either)
        const noteOnly =
          !bracketed &&
          beforeNext.every(
            (x) =>
              !x.content ||
              NOTE_WORDS.has(toks[x.i]!.low) ||
              (AFTER_ITEM_TALK.has(toks[x.i]!.low) && onlyTalkFrom(toks, x.i, toks.length)),
          )
        // ("tomato 5 kg but no onion today": what follows "but" is said of the goods before, not new goods)
        const butAfter = beforeNext[0] !== undefined && toks[beforeNext[0].i]!.low === 'but'
        if (!packOnly && !noteOnly && !butAfter && beforeNext.some((x) => x.content)) cuts.push(e.i)
      }
    } else {
      // W.. Q W.. Q: split after the Q when words follow.
      const prev = els[k - 1]!
      if (!e.q && e.content && prev.q && els.slice(k).some((x) => x.q)) {
        // "cerelac 12 months 2", "milk 2 5 star 3": a bare number that begins a catalog name with this word
        // starts the item rather than ending the one before
        const num = toks[prev.q.from]!
        const naming =
          nameNumber &&
          prev.q.to - prev.q.from === 1 &&
          !prev.q.unit &&
          num.kind === 'num' &&
          nameNumber(num.text, toks[e.i]!.low)
        if (!naming) cuts.push(e.i)
        else if (k >= 2 && els[k - 2]!.q) cuts.push(prev.i)
      }
    }
  }
  const pieces: [number, number][] = []
  let from = 0
  cuts.sort((a, b) => a - b)
  for (const c of cuts) {
    if (c > from) pieces.push([from, c])
    from = c
  }
  pieces.push([from, toks.length])
  return pieces
}

/** An amount with its unit, then a count with no weight or volume ("2 kg 3", "1 packet 2", "1 kg 2 packet"). */
function amountThenCount(a: QGroup, b: QGroup, toks: Tok[]): boolean {
  if (!a.unit?.unit || a.implied || a.container || a.value2 !== undefined || a.explicit) return false
  if (b.unit?.physical || b.implied || b.article || b.explicit || b.value2 !== undefined) return false
  if (Number.isNaN(b.value) || ['x', '×', '*'].includes(toks[b.from]!.low)) return false
  return a.to === b.from
}

/** Two amounts in one dimension, each with its unit and neither a pack's ("2kg 3kg", "500 g 1 kg"). */
function sideBySide(a: QGroup, b: QGroup): boolean {
  if (!a.unit?.physical || !b.unit?.physical || a.container || b.container || a.implied || b.implied)
    return false
  if (a.unit.unit === null || b.unit.unit === null) return false
  return dimensionOf(a.unit.unit) === dimensionOf(b.unit.unit) && dimensionOf(a.unit.unit) !== 'count'
}

/** Words that say an amount is not the one meant: "3 kg carrots, not 5". */
// (not the Hindi "nahi", said after what it denies: "1 kg nahi, 2 kg")
const NOT_AMOUNT: ReadonlySet<string> = new Set(['not', 'nicht'])

const FROM_AMOUNT: ReadonlySet<string> = new Set(['from', 'von'])
const TO_AMOUNT: ReadonlySet<string> = new Set(['to', 'auf'])

/**
 * "Only 3 kg carrots today not 5", "tomato 5 kg not 10": an amount after "not", said after another, is the one the
 * customer does not mean; it counts nothing (it is left out of the line's words too).
 */
function notTheAmount(
  toks: Tok[],
  read: { groups: QGroup[]; used: Set<number> },
  /** A counted line came before on the same line ("3 kg carrots, not 5"). */
  lineBefore: boolean,
): void {
  if (read.groups.length < (lineBefore ? 1 : 2)) return
  // "change potato from 10kg to 15kg", "Kartoffeln von 2 auf 3 kg": the amount changed from is no longer meant
  const after = (g: QGroup, words: ReadonlySet<string>) => {
    const w = toks[g.from - 1]
    return w?.kind === 'word' && words.has(w.low)
  }
  const changed = read.groups.findIndex(
    (g, k) => after(g, FROM_AMOUNT) && read.groups.slice(k + 1).some((h) => after(h, TO_AMOUNT)),
  )
  read.groups = read.groups.filter((g, k) => {
    if (k === changed) {
      for (let i = g.from - 1; i < g.to; i++) read.used.add(i)
      return false
    }
    const before = toks[g.from - 1]
    if (before?.kind !== 'word' || !NOT_AMOUNT.has(before.low)) return true
    // after goods on the line before, only "not 5" alone: nothing else in the piece
    if (k === 0 && !(lineBefore && g.from === 1 && g.to === toks.length)) return true
    for (let i = g.from - 1; i < g.to; i++) read.used.add(i)
    return false
  })
}

/**
 * "milk 1 litre mother dairy one", "dahi 1 kg the amul one": a last "one" after the words that say which, on a line
 * already measured, is "the one of that brand" (as "wala" is), no count of other goods.
 */
function theOne(toks: Tok[], read: { groups: QGroup[]; used: Set<number> }): void {
  const g = read.groups[read.groups.length - 1]!
  const before = read.groups[read.groups.length - 2]!
  if (g.to !== toks.length || g.to - g.from !== 1 || toks[g.from]!.low !== 'one') return
  const which = toks[g.from - 1]
  if (which?.kind !== 'word' || !before.unit?.physical || before.to >= g.from) return
  // ("tomato 1 kg onion one": goods before it are one of them)
  if (SIBLINGS.has(which.low) || SIBLINGS.has(which.low.replace(/e?s$/u, ''))) return
  read.used.add(g.from)
  read.groups = read.groups.slice(0, -1)
}

/** Is els[k] a bare count with only words of size after it, up to the next quantity ("1 big")? */
function sizeOnly(els: { q: QGroup | null; i: number; content: boolean }[], toks: Tok[], k: number): boolean {
  const q = els[k]?.q
  if (!q || q.unit) return false
  const next = els.slice(k + 1).findIndex((x) => x.q !== null)
  const ws = next < 0 ? els.slice(k + 1) : els.slice(k + 1, k + 1 + next)
  return ws.length > 0 && ws.every((x) => !x.content || SIZE_ADJECTIVES.has(toks[x.i]!.low))
}

function buildLine(
  text: string,
  toks: Tok[],
  [from, end]: [number, number],
  groups: QGroup[],
  used: Set<number>,
  /** Numbers that are part of the item's name, by token index, with their value. */
  nameTokens?: Map<number, number>,
): ReadLine | null {
  const signed = beforeSignoff(toks, from, end)
  if (signed === from) return null
  const to = beforeCourtesy(toks, from, signed)
  // "Kitchen order: lettuce 6 heads", "Einkaufsliste: 2 Brot": a heading that names the list ends at its colon;
  // the item comes after it (a quantity before the colon keeps the line as it is: "Tomatoes: 2 boxes").
  const colonAt = toks.findIndex((c, k) => k >= from && k < to && c.kind === 'sym' && c.text === ':')
  if (
    colonAt > from &&
    toks.slice(from, colonAt).some((c) => c.kind === 'word' && LIST_WORDS.has(c.low)) &&
    !groups.some((g) => g.from >= from && g.from < colonAt)
  )
    return colonAt + 1 < to ? buildLine(text, toks, [colonAt + 1, to], groups, used, nameTokens) : null
  // "sabzi: bhindi 500g", "Obst: 2 kg Äpfel": a kind of goods heads the goods after its colon; with nothing but a
  // quantity after it ("Fruits: 2 kg") the kind is the item
  if (
    colonAt > from &&
    colonAt - from <= 2 &&
    toks.slice(from, colonAt).every((c) => c.kind === 'word' && KINDS_OF_GOODS.has(fold(c.low))) &&
    !groups.some((g) => g.from >= from && g.from < colonAt) &&
    toks.some((c, k) => k > colonAt && k < to && c.kind === 'word' && !inGroup(groups, k))
  )
    return buildLine(text, toks, [colonAt + 1, to], groups, used, nameTokens)
  // "deliver to flat 203", "tomorrow 2 kg sugar": talk before any item is skipped up to the next quantity.
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    if (used.has(i) || !(t.kind === 'word' || isEmojiTok(t))) continue
    // "home delivery 2 bread", "fast delivery pls: ...": such a word before delivery talk is that talk
    if (AFTER_ITEM_TALK.has(t.low) && isTalk(toks[i + 1])) continue
    if (dayCaseAt(toks, i)) {
      const past = pastDayCase(toks, i)
      return past < to ? buildLine(text, toks, [past, to], groups, used, nameTokens) : null
    }
    if (isContent(t) && !isTalk(t)) break
    if (isTalk(t) && deliversGoods(toks, i, to, used))
      return buildLine(text, toks, [i + 1, to], groups, used, nameTokens)
    if (isTalk(t)) {
      const next = groups.find((g) => g.from > i && g.from < to)
      // "kal se doodh band kar do": a day before goods said with no quantity skips only itself too
      if (!next)
        return saysWhen(toks, i) ? buildLine(text, toks, [i + 1, to], groups, used, nameTokens) : null
      // "send tomorrow: onion 5 kg": a colon after a day closes the talk, and the item starts after it even when
      // its quantity comes after the name (after "deliver to:" comes the address)
      const colon = toks.findIndex((c, k) => k > i && k < next.from && c.kind === 'sym' && c.text === ':')
      const when = toks.some((c, k) => k >= i && k < colon && WHEN_WORDS.has(c.low))
      // "pls deliver: onion 2kg, …": with no place word right before it, the colon opens the list itself, also
      // after the place is named ("deliver to the Westlands branch by 7am: tomatoes 10kg")
      const place = colon > i + 1 && PLACE_WORDS.has(toks[colon - 1]!.low)
      if (colon !== -1 && (when || !place) && colon + 1 < to)
        return buildLine(text, toks, [colon + 1, to], groups, used, nameTokens)
      if (WHEN_WORDS.has(t.low)) return buildLine(text, toks, [i + 1, to], groups, used, nameTokens)
      // "near temple 45 2 kg sugar": after an address, a bare number right before a measured quantity is the
      // house number, not a count of packs
      const after = groups.find((g) => g.from === next.to && g.to <= to)
      if (!next.unit && !next.explicit && after?.unit)
        return buildLine(text, toks, [after.from, to], groups, used, nameTokens)
      return buildLine(text, toks, [next.from, to], groups, used, nameTokens)
    }
  }
  const mine = groups.filter((g) => g.from >= from && g.to <= to)
  const itemToks: Tok[] = []
  let modStart = -1
  for (let i = from; i < to; i++) {
    if (nameTokens?.has(i)) {
      // "five star" is matched as the catalog writes it, "5 star"
      const t = toks[i]!
      itemToks.push({ ...t, kind: 'word', text: t.kind === 'word' ? String(nameTokens.get(i)) : t.text })
      continue
    }
    if (used.has(i)) continue
    const t = toks[i]!
    const talkAfter = t.kind === 'word' && AFTER_ITEM_TALK.has(t.low) && onlyTalkFrom(toks, i + 1, to)
    if (
      t.kind === 'word' &&
      (MODIFIER_WORDS.has(t.low) || isTalk(t) || talkAfter || relativeAt(toks, i)) &&
      itemToks.some(isContent) &&
      !(WHEN_WORDS.has(t.low) && noneAfterDay(toks, i, to))
    ) {
      modStart = i
      break
    }
    if (
      t.kind === 'word' ||
      isEmojiTok(t) ||
      (t.kind === 'sym' && /['&]/.test(t.text) && itemToks.length > 0)
    )
      itemToks.push(t)
  }
  const before = itemToks.length
  while (itemToks.length > 0 && !isContent(itemToks[itemToks.length - 1]!)) itemToks.pop()
  // "add 2kg carrot in todays order", "remove onion from my order": a preposition before the talk that ended the
  // item, or before only little words, is the talk's
  while (
    (modStart >= 0 || itemToks.length < before) &&
    itemToks.length > 1 &&
    (LINE_END_PREPOSITIONS.has(itemToks[itemToks.length - 1]!.low) ||
      !isContent(itemToks[itemToks.length - 1]!))
  )
    itemToks.pop()
  while (itemToks.length > 0 && !isContent(itemToks[0]!)) itemToks.shift()
  if (itemToks.length === 0) return null
  const first = toks[from]!
  const last = toks[to - 1]!
  // "send 2 kg sugar to home": the little words before the talk that ended the item are the talk's too
  let endAt = modStart >= 0 ? modStart - 1 : to - 1
  // and a line never ends in a preposition whose words were blanked as hand-over talk ("1 kg sugar for pickup")
  while (
    endAt > from &&
    !used.has(endAt) &&
    toks[endAt]!.kind === 'word' &&
    ((modStart >= 0 && FILLER.has(toks[endAt]!.low)) || LINE_END_PREPOSITIONS.has(toks[endAt]!.low))
  )
    endAt--
  const lineEndTok = toks[endAt]!
  const item = itemToks.map((t) => t.text).join(' ')
  return {
    text: text.slice(first.start, Math.max(lineEndTok.end, first.end)).trim(),
    start: first.start,
    end: last.end,
    item,
    itemStart: itemToks[0]?.start ?? first.start,
    itemEnd: itemToks[itemToks.length - 1]?.end ?? first.start,
    quantity: assignQuantity(mine, toks),
    hasQuantity: mine.length > 0,
    modifiers: modStart >= 0 ? text.slice(toks[modStart]!.start, last.end) : '',
    sep: '',
    lineNo: 0,
    money: null,
  }
}

/** The single amount of money written inside a line, if there is exactly one. */
function moneyWithin(ignored: Ignored[], start: number, end: number): number | null {
  const amounts = ignored.filter(
    (x) => x.why === 'money' && x.start >= start && x.end <= end && x.amount !== undefined,
  )
  return amounts.length === 1 ? amounts[0]!.amount! : null
}

/** Whether token k is part of a quantity. */
function inGroup(groups: QGroup[], k: number): boolean {
  return groups.some((g) => k >= g.from && k < g.to)
}
