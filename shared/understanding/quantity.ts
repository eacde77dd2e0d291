// Reads one order line: where the quantity is, its unit, a pack size if one was said, and what is left (the item).
// Works on spans of the original text so callers (and the TASTEset evaluation) can see what was read where.
import type { Quantity, Unit } from '../units'
import {
  DESCRIPTORS,
  FILLER,
  HINDI_MODIFIERS,
  HINDI_NUMBERS,
  hindiNumberKey,
  MONTHS,
  NOT_AFTER_WEAK,
  NUMBER_WORDS,
  PAAV_WORDS,
  UNIT_NEEDS_NUMBER,
  UNICODE_FRACTIONS,
  UNIT_WORDS,
  WEAK_NUMBER_WORDS,
  type UnitWord,
} from './lexicon'
import { isGermanDescriptive } from './german-words'
import { fold, sanitize } from './text'

/** Words before "sat" that make it Saturday: "for Sat", "on sat", "delivery Sat", "this sat". */
const SAT_AS_DAY_AFTER = new Set(
  'for on by till until this next every from delivery deliver coming before after and or'.split(' '),
)

/** Marks between goods and their amount ("aloo - sat", "aloo: sat", "pyaz = do"). */
const AMOUNT_MARKS = new Set([':', '-', '–', '—', '=', '>'])

/**
 * "Sat" said as the day: after a word of when ("for Sat"), before a colon ("Sat: …"), or alone after a stop; after
 * goods and a dash or colon it is the amount ("aloo - sat": seven).
 */
function satIsDay(toks: Tok[], i: number): boolean {
  const before = toks[i - 1]
  const after = toks[i + 1]
  if (SAT_AS_DAY_AFTER.has(before?.low ?? '')) return true
  if (after?.text === ':' || after?.text === '-') return true
  return !after && (!before || (before.kind === 'sym' && !AMOUNT_MARKS.has(before.text)))
}

/**
 * Words after which "do" is the English verb asked of the shop ("can u do tomato 5kg", "pls do the onions"), unless
 * a unit follows ("pls do kilo aloo").
 */
const ENGLISH_BEFORE_DO = new Set('you u ya pls please plz kindly'.split(' '))

export interface Tok {
  kind: 'num' | 'word' | 'sym'
  text: string
  low: string
  start: number
  end: number
  /** No whitespace before this token ("500g": "g" is glued). */
  glued: boolean
  /** A word of address talk that is part of a catalog name with the word beside it ("Parsley flat 3"). */
  named?: boolean
}

// (",5 kg", ".5 kg": a decimal written without its nought before a weight or volume, after a space or at the
// start, is a half, never 5)
const TOKEN_RE =
  /((?<![\p{L}\p{N}.,])[.,]\d{1,2}(?=\s*(?:kg|kilo|g|gr|l|ltr|liter|pfund|pfd)(?![\p{L}]))|\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\S)/gu

export function tokenize(s: string, base = 0): Tok[] {
  const out: Tok[] = []
  let prevEnd = -1
  for (const m of s.matchAll(TOKEN_RE)) {
    const at = m.index ?? 0
    const start = at + base
    const text = m[0]
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym'
    if (kind === 'word') {
      // trade shorthand runs the unit into the name: "5kgTomato", "2ltrMilk"
      const cut =
        start === prevEnd && out.length > 0 && out[out.length - 1]!.kind === 'num' ? unitPrefix(text) : 0
      // "Grapesx1", "Eggsx2": a count marker glued to the name, before a number
      const glueX = cut === 0 && isDigit(s.charCodeAt(at + text.length)) && countSuffix(text)
      // "10kg's", "5 pkt's": a unit with an apostrophe plural is the unit
      if (/['’]s$/iu.test(text) && UNIT_WORDS.has(text.slice(0, -2).toLowerCase())) {
        out.push(tok('word', text.slice(0, -2), start, start === prevEnd))
        prevEnd = start + text.length
        continue
      }
      if (cut > 0 || glueX) {
        const n = cut > 0 ? cut : text.length - 1
        out.push(tok('word', text.slice(0, n), start, start === prevEnd))
        out.push(tok('word', text.slice(n), start + n, true))
        prevEnd = start + text.length
        continue
      }
    }
    out.push(tok(kind, text, start, start === prevEnd))
    prevEnd = start + text.length
  }
  return out
}

function tok(kind: Tok['kind'], text: string, start: number, glued: boolean): Tok {
  let low = kind === 'word' ? fold(text) : text
  // "to tomorrow's order", "for Monday's delivery": a day's possessive is read as it is typed without its
  // apostrophe ("tomorrows"), a word of when
  if (kind === 'word' && DAY_POSSESSIVE.test(low)) low = low.replace(/['’]s$/u, 's')
  return { kind, text, low, start, end: start + text.length, glued }
}
const DAY_POSSESSIVE =
  /^(?:today|tomorrow|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)['’]s$/u

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Length of a unit word at the start of a longer word ("kg" in "kgTomato"), or 0. */
function unitPrefix(word: string): number {
  const low = fold(word)
  if (UNIT_WORDS.has(low) || low.length < 4) return 0
  for (let n = Math.min(5, low.length - 3); n >= 1; n--) {
    const u = UNIT_WORDS.get(low.slice(0, n))
    if (!u || (!u.physical && u.unit === null)) continue
    const rest = word.slice(n)
    // a capital letter marks the join; without one only a multi-letter unit is split off ("kgtomato")
    if (/^\p{Lu}/u.test(rest) || (n >= 2 && u.physical)) return n
  }
  return 0
}

/** "Grapesx", "Tomatox": an "x" glued on before a number. A vowel before the x keeps "relax", "index", "Lux". */
function countSuffix(word: string): boolean {
  return word.length >= 5 && /(?:[b-df-hj-np-tv-wz]|[^aeiou\W]o)x$/iu.test(word)
}

/** A quantity as read: a number, optionally with a unit word. */
export interface QGroup {
  value: number
  /** Upper end when a range was written ("2-3 kg"). */
  value2?: number
  unit: UnitWord | null
  start: number
  end: number
  /** Token indexes [from, to). */
  from: number
  to: number
  /** Written as a count on purpose: "2x", "x2", "qty 3", "10 nos". */
  explicit: boolean
  /** A container word followed a weight or volume ("1 litre bottle"): the weight is a pack size. */
  container?: UnitWord
  /** The unit was written without a number ("dozen eggs", "paav tamatar"). */
  implied?: boolean
  /** Just "a"/"an" before an item. */
  article?: boolean
  /** Token index of a unit written after the item ("2 garlic cloves"). */
  unitIndex?: number
  /** Where the number and the unit word are, in the text (either may be absent). */
  numStart?: number
  numEnd?: number
  unitStart?: number
  unitEnd?: number
  /** A descriptor word after the number ("1 large onion"). */
  descriptor?: string
  negative?: boolean
}

/**
 * Every QGroup read here is spread from this, so all have one shape with the fields in one order (those a
 * group lacks stay undefined): groups of varying field sets made the readers deoptimise ("wrong map") again and
 * again on long inputs.
 */
const NO_GROUP: QGroup = {
  value: NaN,
  value2: undefined,
  unit: null,
  start: 0,
  end: 0,
  from: 0,
  to: 0,
  explicit: false,
  container: undefined,
  implied: undefined,
  article: undefined,
  unitIndex: undefined,
  numStart: undefined,
  numEnd: undefined,
  unitStart: undefined,
  unitEnd: undefined,
  descriptor: undefined,
  negative: undefined,
}

export interface Ignored {
  start: number
  end: number
  why: 'money' | 'phone' | 'time' | 'marker' | 'reference'
  /** For money: the amount in major units ("₹50" -> 50), so "50 rs ka dhaniya" can order by value. */
  amount?: number
}

const MONEY_BEFORE = new Set([
  'rs',
  'rs.',
  'inr',
  'rupees',
  'rupee',
  'rupay',
  'rupaye',
  'eur',
  'euro',
  'euros',
  'usd',
  'price',
  'total',
  'rate',
  'mrp',
  'bill',
  'amount',
  'paid',
  'pay',
  'cost',
])
const MONEY_AFTER = new Set([
  'rs',
  'inr',
  'rupees',
  'rupee',
  'rupay',
  'rupaye',
  'rupiya',
  'r',
  'eur',
  'euro',
  'euros',
  'usd',
  'dollar',
  'dollars',
])
const MONEY_SYMBOLS = new Set(['₹', '€', '$', '£'])
const TIME_AFTER = new Set([
  'pm',
  'am',
  'baje',
  'bje',
  'bajey',
  'min',
  'mins',
  'minute',
  'minutes',
  'hour',
  'hours',
  'hr',
  'hrs',
  'uhr',
  'ghante',
  'ghanta',
  'minuten',
  'stunden',
  'days',
  'day',
  'din',
  'tak',
  'clock',
  'oclock',
])
const PHONE_BEFORE = new Set([
  'call',
  'phone',
  'mobile',
  'mob',
  'number',
  'whatsapp',
  'contact',
  'tel',
  'telefon',
  'handy',
  'ph',
  'no',
])
const RANGE_WORDS = new Set(['to', 'or', 'se', 'bis', 'oder', '-', '–', '~'])
const COUNT_MARKERS = new Set(['x', '×', '*'])
const QTY_WORDS = new Set(['qty', 'quantity', 'menge', 'anzahl', 'nos', 'no'])
/** Verbs of giving that may end a Hinglish line after its amount: "mirchi 20 ki de dena". */
const HINDI_GIVE = new Set([
  'de',
  'dena',
  'dedo',
  'do',
  'dijiye',
  'bhejna',
  'bhejo',
  'chahiye',
  'dalna',
  'daal',
])
export const HINDI_VERBS_BEFORE_DO: ReadonlySet<string> = new Set([
  'bhej',
  'kar',
  'de',
  'le',
  'dal',
  'daal',
  'rakh',
  'bata',
  'bana',
  'ho',
  'pack',
  'send',
  'bhijwa',
  'dikha',
  'laga',
  'likh',
  'confirm',
  'cancel',
  'hata',
  'nikal',
  'bol',
  'jama',
  'dilwa',
  'mangwa',
])

/**
 * Nouns that are numbered rather than counted: the number after them names a flat, a house, a street, a room, an
 * order ("flat 203", "gali no 5", "Wohnung 3", "order #45"), it never orders that many of anything.
 */
const NUMBERED_NOUNS = new Set([
  'flat',
  'house',
  'hno',
  'apartment',
  'apt',
  'tower',
  'block',
  'blk',
  'sector',
  'sec',
  'plot',
  'room',
  'floor',
  'wing',
  'building',
  'bldg',
  'society',
  'door',
  'gate',
  'phase',
  'ward',
  'street',
  'lane',
  'gali',
  'galli',
  'makan',
  'ghar',
  'kamra',
  'pin',
  'pincode',
  'zip',
  'postcode',
  'wohnung',
  'haus',
  'hausnummer',
  'zimmer',
  'etage',
  'stockwerk',
  'plz',
  'postleitzahl',
  'invoice',
  'bestellnummer',
  'auftrag',
  'table',
  'tisch',
])
/** An order is numbered only with a sign ("order #45", "order no 45") or with nothing after the number: "order 2 kg sugar" orders. */
const NUMBERED_WITH_SIGN = new Set(['order', 'bestellung', 'ordernumber'])
/** Written between a numbered noun and its number: "flat no. 203", "gali number 5", "Wohnung Nr. 3", "order #45". */
const NUMBER_SIGNS = new Set(['no', 'nr', 'number', 'num', 'nummer', 'nbr', 'id', '#', ':', '.', '-'])
/** German street names end in these: "Hauptstraße 12", "Lindenweg 3". */
const STREET_END = /(?:strasse|str|weg|allee|gasse|platz)$/u
/** "Hauptstraße", "Lindenweg": a capitalized German street name. */
function isStreetName(t: Tok): boolean {
  return t.kind === 'word' && t.text.length > 4 && STREET_END.test(t.low) && /^\p{Lu}/u.test(t.text)
}
/** Words before a clock time: "at 5", "by 6.30", "um 5", "gegen 6". */
const TIME_BEFORE = new Set(['at', 'around', 'by', 'till', 'until', 'before', 'after', 'um', 'gegen', 'ab'])
/** German words for a part of a whole, counted: "1 Viertel", "2 Achtel". */
const GERMAN_PARTS: Readonly<Record<string, number>> = { viertel: 0.25, achtel: 0.125 }

/** Words of a German clock time before the hour: "halb 8" (7:30), "viertel nach 5", "dreiviertel 8". */
const CLOCK_PART = new Set(['halb', 'viertel', 'dreiviertel', 'zehn', 'funf', 'fuenf', 'zwanzig'])
/** Postpositions after a numbered thing in Hinglish: "order 45 me", "ghar 14 pe". */
const AFTER_REFERENCE = new Set(['me', 'mein', 'main', 'pe', 'par', 'ka', 'ki', 'ke', 'wala', 'wali'])

/**
 * The tokens [from, to) of a number that names something rather than counts it (a flat, an order, a pin code, a
 * phone number, a clock time, an ordinal), with the noun and signs before it, or null when the number at i may be
 * a quantity.
 */
function referenceAt(toks: Tok[], i: number, used: Set<number>): [number, number] | null {
  const r = referenceEnd(toks, i, used)
  if (!r) return null
  // "gali 5 mein", "ghar no 14 pe": the postposition belongs to the address, not to an item
  const post = toks[r[1]]
  return post && AFTER_REFERENCE.has(post.low) && r[0] < i ? [r[0], r[1] + 1] : r
}

function referenceEnd(toks: Tok[], i: number, used: Set<number>): [number, number] | null {
  const t = toks[i]!
  // an ordinal names a place ("3rd floor", "5th cross"), never an amount
  const nx = toks[i + 1]
  if (nx?.glued && nx.kind === 'word' && /^(?:st|nd|rd|th)$/.test(nx.low) && /^\d+$/.test(t.text))
    return [i, i + 2]
  // "14 March", "March 14", "3 Feb": a day of the month names the day (a unit after it still counts: "1 dec 2 kg"
  // is not a date's business)
  const day = /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31
  if (day && nx?.kind === 'word' && MONTHS.has(nx.low)) return [i, i + 2]
  const prevWord = toks[i - 1]
  if (day && prevWord?.kind === 'word' && MONTHS.has(prevWord.low) && !unitAt(toks, i + 1, true))
    return [i - 1, i + 1]
  // "B-204", "A12", "C/3": a letter before the number makes it a code (a flat, a block), not a count
  const before = toks[i - 1]
  const letter = (w: Tok | undefined) =>
    w?.kind === 'word' && w.text.length === 1 && w.low !== 'x' && w.low !== 'a'
  // the letter starts its word: in "250g/8oz" the g is a unit of the number before it
  const starts = (at: number) => letter(toks[at]) && !(toks[at]!.glued && toks[at - 1]?.kind === 'num')
  if (
    t.glued &&
    before &&
    (starts(i - 1) || ((before.text === '-' || before.text === '/') && before.glued && starts(i - 2)))
  )
    return [i, codeEnd(toks, i)]
  // a pin code, an order number, a phone number: six digits or more with no unit is not something anyone counts out
  // (but "999999999999 eggs" is an absurd count, refused as one)
  if (/^\d{6,}$/.test(t.text) && !unitAt(toks, i + 1, true) && !(nx?.kind === 'word' && !nx.glued))
    return [i, phoneEnd(toks, i)]
  // "+91 98765 43210", "98765 43210"
  // ("+ 2 tablespoons" adds a quantity: a country code is glued and a number follows it)
  const countryCode =
    before?.text === '+' && t.glued && /^\d{2,}$/.test(t.text) && /^\d{3,}$/.test(nx?.text ?? '')
  if (countryCode || (/^\d{5}$/.test(t.text) && /^\d{5}$/.test(nx?.text ?? ''))) return [i, phoneEnd(toks, i)]
  // walk back over signs and one code letter: "flat no. 203", "block B 12", "H.No. 12"
  let k = i - 1
  let signed = false
  let letters = 0
  while (k >= 0 && i - k <= 4) {
    const w = toks[k]!
    if (NUMBER_SIGNS.has(w.low)) {
      if (w.kind === 'word' || w.text === '#') signed = true
      k--
    } else if (letter(w) && letters === 0 && w.low !== 'h') {
      letters++
      k--
    } else break
  }
  const noun = toks[k]
  if (!noun || noun.kind !== 'word') return null
  // "3rd floor 2 kg onion", "flat 2 kg sugar": the noun already has its number, or a unit makes this one a quantity
  const prevNum =
    (toks[k - 1]?.kind === 'num' && !used.has(k - 1)) ||
    (toks[k - 1]?.kind === 'word' && toks[k - 2]?.kind === 'num' && toks[k - 1]!.glued && !used.has(k - 2))
  const quantityAfter = prevNum || !!unitAt(toks, i + 1, true)
  // ("Parsley flat 3": the flat of Flat Leaf Parsley, counted, is no flat number)
  const numbered =
    (NUMBERED_NOUNS.has(noun.low) && !noun.named) ||
    (noun.low === 'h' && signed) ||
    (k === i - 1 && isStreetName(noun))
  if (numbered && !quantityAfter) return [k, codeEnd(toks, i)]
  if (NUMBERED_WITH_SIGN.has(noun.low) && !quantityAfter) {
    if (signed || !nx || nx.kind === 'num' || AFTER_REFERENCE.has(nx.low)) return [k, codeEnd(toks, i)]
    return null
  }
  // "at 5", "by 6.30", "um 5": a clock time, unless a unit follows ("around 2 kg")
  const clock = Number(t.text.replace(',', '.'))
  // "bis 5" is a time, "2 bis 3" a range
  const range = noun.low === 'bis' && toks[k - 1]?.kind === 'num'
  // ("ich bitte um 2 Brezeln": the um of asking for something is no time)
  const askedFor = noun.low === 'um' && /^bitten?$/.test(toks[k - 1]?.low ?? '')
  if (
    k === i - 1 &&
    (TIME_BEFORE.has(noun.low) || (noun.low === 'bis' && !range)) &&
    !askedFor &&
    clock <= 24 &&
    !(nx && (unitAt(toks, i + 1, true) || COUNT_MARKERS.has(nx.low)))
  )
    return [k, nx && TIME_AFTER.has(nx.low) ? i + 2 : i + 1]
  return null
}

/**
 * The end of a clock time said in words or with minutes after a word of time at `i` ("um halb 8", "gegen
 * viertel nach 5", "um viertel vor 6", "um dreiviertel 8", "um 16:30 Uhr"), or null. "halb" and "viertel" are
 * halves and quarters anywhere else.
 */
function clockPhraseEnd(toks: Tok[], i: number): number | null {
  if (!TIME_BEFORE.has(toks[i]!.low)) return null
  let j = i + 1
  const w = toks[j]?.low ?? ''
  if (w === 'halb' || w === 'dreiviertel') j++
  else if (CLOCK_PART.has(w) && (toks[j + 1]?.low === 'nach' || toks[j + 1]?.low === 'vor')) j += 2
  const hour = toks[j]
  if (hour?.kind !== 'num' || !/^\d{1,2}$/.test(hour.text) || Number(hour.text) > 24) return null
  let end = j + 1
  const minutes = toks[j + 2]
  if (toks[j + 1]?.text === ':' && toks[j + 1]!.glued && minutes?.kind === 'num' && minutes.glued)
    end = /^\d{2}$/.test(minutes.text) ? j + 3 : end
  if (end === i + 2) return null
  const nx = toks[end]
  if (nx && (unitAt(toks, end, true) || COUNT_MARKERS.has(nx.low))) return null
  return nx && TIME_AFTER.has(nx.low) ? end + 1 : end
}

/** Past a code's tail: "203A", "12/4", "12-B". */
function codeEnd(toks: Tok[], i: number): number {
  let j = i + 1
  const n = toks[j]
  if (n?.glued && n.kind === 'word' && n.text.length === 1 && !unitAt(toks, j, true)) j++
  else if (
    n?.glued &&
    (n.text === '/' || n.text === '-') &&
    toks[j + 1]?.glued &&
    (toks[j + 1]!.kind === 'num' || toks[j + 1]!.text.length === 1)
  )
    j += 2
  return j
}

/** Past the groups of digits of one phone number: "98765 43210", "+91 98765 43210". */
function phoneEnd(toks: Tok[], i: number): number {
  let j = i + 1
  while (toks[j]?.kind === 'num' && /^\d{3,}$/.test(toks[j]!.text) && j - i < 4) j++
  return j
}

function isSlash(t: Tok | undefined): boolean {
  return t !== undefined && (t.text === '/' || t.text === '⁄')
}

/** A decimal written with a dot or a comma ("1,5" = 1.5); "1,000" is a thousand. */
export function readDecimal(text: string): number {
  const parts = text.split(/[.,]/)
  if (parts.length === 1) return Number(text)
  if (parts.length === 2) {
    const [a, b] = parts as [string, string]
    if (text.includes(',') && b.length === 3) return Number(a + b)
    return Number(`${a}.${b}`)
  }
  // "1.234,5" / "1,234.5" / "1.2.3": the last separator is the decimal one when it has 1-2 digits.
  const last = parts[parts.length - 1]!
  if (last.length === 3) return Number(parts.join(''))
  return Number(`${parts.slice(0, -1).join('')}.${last}`)
}

/** "6er", "10er-Pack": a pack that holds that many pieces (a size in pieces, not a count of packs). */
export const PACK_OF: UnitWord = { measure: 'pack-of', unit: 'pc', physical: true }

function unitAt(toks: Tok[], i: number, afterNumber: boolean): UnitWord | null {
  const t = toks[i]
  if (!t || t.kind !== 'word') return null
  if (afterNumber && t.glued && toks[i - 1]?.kind === 'num' && (t.low === 'er' || t.low === 'erpack'))
    return PACK_OF
  const u = UNIT_WORDS.get(t.low.replace(/\.$/, ''))
  if (!u) return null
  if (!afterNumber && UNIT_NEEDS_NUMBER.has(t.low)) return null
  return u
}

/**
 * "2 pav", "pav 2 packet", "ek ladi pav", "1 packet of pav", "3 pav chahiye": a paav word with no goods next to it
 * is the bread roll (pav), not a quarter kilo of nothing. A quarter measures the goods beside it: "paav tamatar",
 * "paav kilo bhar adrak" (after it), "adrak ek paav" (before it, past its number). Goods elsewhere in the message
 * ("2 maggi and 1 pav") are not what it measures.
 */
function lonePaav(toks: Tok[], at: number): boolean {
  if (pawpaw(toks, at)) return true
  let j = at + 1
  while (isKiloWord(toks[j]) || PAAV_LINK.has(toks[j]?.low ?? '')) j++
  if (goodsWord(toks, j)) return false
  j = at - 1
  while (toks[j] && (toks[j]!.kind === 'num' || spokenNumber(toks[j]!.low) !== undefined)) j--
  return !goodsWord(toks, j)
}

/**
 * "Paw paw 6kg", "paw paws x 3": the fruit's name in the English trade, the English "paw" said twice, no quarter
 * of anything; with no amount after it and no plural ("aloo pyaz paw paw") it is left to the Hinglish reading.
 */
function pawpaw(toks: Tok[], at: number): boolean {
  const first = toks[at]?.low === 'paw' ? at : toks[at - 1]?.low === 'paw' ? at - 1 : -1
  const second = toks[first + 1]?.low
  if (first < 0 || (second !== 'paw' && second !== 'paws')) return false
  let k = first + 2
  while (toks[k]?.kind === 'sym') k++
  return second === 'paws' || toks[k]?.kind === 'num' || /^x\d/.test(toks[k]?.low ?? '')
}

/** Words between a quarter and its goods: "paav bhar adrak", "paav ka tamatar". */
const PAAV_LINK = new Set(['bhar', 'ka', 'ki', 'ke'])
/** Words that are never the goods a measure is of: the pav's own ladi, talk, numbers and units. */
const NOT_GOODS = new Set(['ladi', 'ladis'])

function goodsWord(toks: Tok[], k: number): boolean {
  const t = toks[k]
  if (!t || t.kind !== 'word' || PAAV_WORDS.has(t.low) || NOT_GOODS.has(t.low) || FILLER.has(t.low))
    return false
  return spokenNumber(t.low) === undefined && unitAt(toks, k, true) === null
}

/** A whole number said in one word, English or Hindi, the weak ones too ("do" two). */
function spokenNumber(w: string): number | undefined {
  return NUMBER_WORDS[w] ?? WEAK_NUMBER_WORDS[w] ?? hindiNumber(w)
}

const hindiNumberSeen = new Map<string, number | null>()
/** Hindi numbers eleven to a hundred, however their long vowels are spelt ("pachchees", "pachis", "tees"). */
function hindiNumber(w: string): number | undefined {
  // cheap guard: every one of them is 3-10 plain letters
  if (w.length < 3 || w.length > 10) return undefined
  // every word that is no number comes here: its answer is kept (words repeat; the map stays small)
  let n = hindiNumberSeen.get(w)
  if (n === undefined) {
    if (hindiNumberSeen.size > 20_000) hindiNumberSeen.clear()
    n = HINDI_NUMBERS.get(hindiNumberKey(w)) ?? null
    hindiNumberSeen.set(w, n)
  }
  return n ?? undefined
}

const GERMAN_ARTICLES = new Set(['das', 'die'])
/** German little words that no Hinglish line has, which make a lower-case "das" before goods the article. */
const GERMAN_AROUND = new Set(
  'doch bitte lieber auch noch nicht nur wieder raus weg mal dann statt gern gerne bitteschön danke dazu'.split(
    ' ',
  ),
)
const GERMAN_ONE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eins'])
const GERMAN_HALF = new Set(['halb', 'halbe', 'halbes', 'halber', 'halben', 'halbs', 'halbn'])
/** "a half" said with the article clipped as people type and talk: "nen halben Kilo", "ne halbe Stange", "a halbes". */
const GERMAN_ONE_CLIPPED = new Set(['nen', 'ne', 'n', 'a', 'an', 'oan', 'oa'])
/** "ein bisschen", "a bissl", "ein wenig": the article of a vague amount counts nothing. */
const GERMAN_VAGUE = new Set(['bissl', 'bissel', 'bisserl', 'bissle', 'bisschen', 'bischen', 'wenig'])

const GERMAN_UNITS: Record<string, number> = {
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
}
const GERMAN_TENS: Record<string, number> = {
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  funfzig: 50,
  fuenfzig: 50,
}

/** German numbers written as one word: "zweieinhalb" 2.5, "dreiundzwanzig" 23, "dreißig" 30. */
function germanCompound(w: string): number | null {
  // cheap guards first: this runs for every word of every line
  if (w.length < 6 || !(w.endsWith('einhalb') || w.endsWith('zig') || w.endsWith('ssig'))) return null
  const half = /^(.+?)einhalb$/.exec(w)
  if (half) {
    const n = GERMAN_UNITS[half[1]!] ?? NUMBER_WORDS[half[1]!]
    return n !== undefined && n >= 1 && half[1] !== 'ein' ? n + 0.5 : null
  }
  const m = /^(.+?)und(.+)$/.exec(w)
  if (m && GERMAN_UNITS[m[1]!] !== undefined && GERMAN_TENS[m[2]!] !== undefined)
    return GERMAN_TENS[m[2]!]! + GERMAN_UNITS[m[1]!]!
  return GERMAN_TENS[w] ?? null
}

const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  sau: 100,
  hundert: 100,
  thousand: 1000,
  hazaar: 1000,
  hazar: 1000,
  tausend: 1000,
}

const PAAV: UnitWord = { measure: 'kg', unit: 'kg', physical: true }

function isKiloWord(tok: { kind: string; low: string } | undefined): boolean {
  return tok?.kind === 'word' && UNIT_WORDS.get(tok.low)?.unit === 'kg'
}

interface NumRead {
  article?: boolean
  value: number
  value2?: number
  next: number
  negative?: boolean
}

/**
 * Every NumRead is spread from this, so all have one shape (the fields a return leaves out stay undefined):
 * objects of varying field sets made readNumber's callers deoptimise ("wrong map") again and again.
 */
const NUM_READ: NumRead = { article: undefined, value: 0, value2: undefined, next: 0, negative: undefined }

/** Past "and a half" / "and half" at token i, or null. */
function andAHalf(toks: Tok[], i: number): number | null {
  if (toks[i]?.low !== 'and') return null
  const a = toks[i + 1]?.low === 'a' || toks[i + 1]?.low === 'an' ? 1 : 0
  return toks[i + 1 + a]?.low === 'half' ? i + 2 + a : null
}

/** Reads a number starting at token i (digits, fractions, mixed numbers, ranges, number words). */
function readNumber(toks: Tok[], i: number): NumRead | null {
  const t = toks[i]
  if (!t) return null
  let value: number
  let next = i + 1
  const negative = false
  if (
    t.kind === 'sym' &&
    (t.text === '-' || t.text === '−') &&
    toks[i + 1]?.kind === 'num' &&
    toks[i + 1]!.glued &&
    // "Basil-0.400g", "Potato -10 kg": a dash after the name is a separator, not a minus; a list writes its
    // quantity after the item, and nobody orders less than nothing of it
    toks[i - 1]?.kind !== 'word'
  ) {
    const r = readNumber(toks, i + 1)
    if (!r) return null
    return { ...r, negative: true }
  }
  if (t.kind === 'sym' && UNICODE_FRACTIONS[t.text] !== undefined) {
    value = UNICODE_FRACTIONS[t.text]!
  } else if (t.kind === 'num') {
    value = readDecimal(t.text)
    // "1 and half kg", "2 and a half kg": a whole number and a half, in digits as in words
    const halfAt = andAHalf(toks, next)
    if (halfAt !== null && Number.isInteger(value))
      return { ...NUM_READ, value: value + 0.5, next: halfAt, negative }
    // "1 Viertel Käse", "2 Achtel Schinken": so many quarters, eighths (of a kilo, unless a unit follows)
    const part = toks[next]?.kind === 'word' ? GERMAN_PARTS[toks[next]!.low] : undefined
    if (part !== undefined && Number.isInteger(value) && value > 0 && value <= 8)
      return { ...NUM_READ, value: value * part, next: next + 1, negative }
    // fraction a/b
    const slash = toks[next]
    const den = toks[next + 1]
    const vulgar = slash && slash.kind === 'sym' ? UNICODE_FRACTIONS[slash.text] : undefined
    if (vulgar !== undefined && slash!.start - t.end <= 1) {
      // "1½", "1 ½"
      value += vulgar
      next += 1
    } else if (
      isSlash(slash) &&
      den?.kind === 'num' &&
      den.start - slash!.end <= 1 &&
      slash!.start - t.end <= 1
    ) {
      const d = readDecimal(den.text)
      value = d === 0 ? NaN : value / d
      next += 2
    } else {
      // mixed number "1 1/2" (or "1-1/2")
      let j = next
      if (toks[j]?.text === '-' && toks[j]!.glued) j++
      const n2 = toks[j]
      const s2 = toks[j + 1]
      const d2 = toks[j + 2]
      if (
        n2?.kind === 'num' &&
        isSlash(s2) &&
        d2?.kind === 'num' &&
        s2!.glued &&
        d2.glued &&
        !n2.text.includes('.')
      ) {
        const d = readDecimal(d2.text)
        const frac = d === 0 ? NaN : readDecimal(n2.text) / d
        // "2 1/4-ounce packages" is two packages of a quarter ounce, not 2 1/4
        const sized = toks[j + 3]?.text === '-' && toks[j + 3]!.glued && toks[j + 4]?.kind === 'word'
        if (frac < 1 && !sized) {
          value = value + frac
          next = j + 3
        }
      }
    }
  } else if (t.kind === 'word') {
    const w = t.low
    // "do-teen kilo", "दो-तीन किलो", "ek-do packet": a range said in number words, one hyphenated word
    const range = /^([a-z]+)-([a-z]+)$/.exec(w)
    if (range) {
      const lo = spokenNumber(range[1]!)
      const hi = spokenNumber(range[2]!)
      if (lo !== undefined && hi !== undefined && hi > lo) return { ...NUM_READ, value: lo, value2: hi, next }
    }
    const mod = HINDI_MODIFIERS[w]
    if (mod) {
      const r = readNumber(toks, i + 1)
      // "saadhe chaar sau" is 450 and "sawa sau" 125: the quarter or half is of the hundreds said
      const mult = r ? MULTIPLIERS[toks[r.next - 1]?.low ?? ''] : undefined
      if (r && r.value >= 1 && Number.isInteger(r.value))
        return {
          ...NUM_READ,
          value: r.value + mod.add * (mult !== undefined && r.value >= mult ? mult : 1),
          next: r.next,
        }
      if (mod.alone !== undefined) return { ...NUM_READ, value: mod.alone, next }
      return null
    }
    // German "das Brot", "die Butter": an article before a capitalized noun, not Hindi "das" (10)
    if (GERMAN_ARTICLES.has(w) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '') && !unitAt(toks, i + 1, true))
      return null
    // "das große", "die kleinen", "das frische": an article before a German adjective
    if (GERMAN_ARTICLES.has(w) && toks[i + 1]?.kind === 'word' && isGermanDescriptive(fold(toks[i + 1]!.low)))
      return null
    // in lower case too: "die milch bitte nur 1" ("die" is no Hindi number), and "das brot nur 1" when the line
    // says its own number later ("das ande" stays ten eggs)
    if (
      GERMAN_ARTICLES.has(w) &&
      toks[i + 1]?.kind === 'word' &&
      !unitAt(toks, i + 1, true) &&
      (w === 'die' ||
        toks.slice(i + 2).some((t) => t.kind === 'num') ||
        // "das brot doch groß", "das brot bitte groß", "das brot lieber klein": German words later in the line
        toks
          .slice(i + 2)
          .some((t) => t.kind === 'word' && (GERMAN_AROUND.has(t.low) || isGermanDescriptive(fold(t.low)))))
    )
      return null
    // "ein halbes Dutzend", "eine halbe Stange": the article of a half, as in "a half"; not one and a half
    if ((GERMAN_ONE.has(w) || GERMAN_ONE_CLIPPED.has(w)) && GERMAN_VAGUE.has(toks[i + 1]?.low ?? ''))
      return null
    // "ne Tüte Brötchen", "nen Liter Milch": the clipped article before a unit counts one
    if ((w === 'ne' || w === 'nen' || w === 'n') && unitAt(toks, i + 1, true) !== null)
      return { ...NUM_READ, value: 1, next: i + 1 }
    if ((GERMAN_ONE.has(w) || GERMAN_ONE_CLIPPED.has(w)) && GERMAN_HALF.has(toks[i + 1]?.low ?? ''))
      return { ...NUM_READ, value: 0.5, next: i + 2 }
    if (GERMAN_ONE.has(w) && toks[i + 1]?.low === 'viertel') return { ...NUM_READ, value: 0.25, next: i + 2 }
    if (GERMAN_ONE.has(w) && toks[i + 1]?.low === 'achtel') return { ...NUM_READ, value: 0.125, next: i + 2 }
    // "for Sat: 20kg potato", "potato 20kg for Sat", "Delivery Sat pls": Saturday, not the Hindi seven ("sat kilo
    // aloo" still is)
    if (w === 'sat' && satIsDay(toks, i)) return null
    const compound = germanCompound(w)
    if (compound !== null) {
      value = compound
    } else if (w in NUMBER_WORDS) {
      value = NUMBER_WORDS[w]!
      // "one and a half", "two and half"
      const halfAt = andAHalf(toks, next)
      if (Number.isInteger(value) && halfAt !== null) {
        value += 0.5
        next = halfAt
      } else if (w === 'half' && (toks[next]?.low === 'a' || toks[next]?.low === 'an')) next++
      // "twenty five"
      else if (value >= 20 && value < 100 && value % 10 === 0) {
        const u = toks[next] ? NUMBER_WORDS[toks[next]!.low] : undefined
        if (u !== undefined && u >= 1 && u <= 9 && Number.isInteger(u)) {
          value += u
          next++
        }
      }
    } else if (w in WEAK_NUMBER_WORDS) {
      const after = toks[i + 1]
      const before = toks[i - 1]
      if (!after || after.kind !== 'word') return null
      const unitNext = unitAt(toks, i + 1, true) !== null || PAAV_WORDS.has(after.low)
      if (w === 'a' || w === 'an') {
        if (after.low === 'half' || after.low === 'quarter')
          return { ...NUM_READ, value: NUMBER_WORDS[after.low]!, next: i + 2 }
        if (!unitNext) {
          // "a coke": an article, the weakest of counts (it also marks where an item starts in a run-on list)
          if (NOT_AFTER_WEAK.has(after.low) || after.low in NUMBER_WORDS) return null
          return { ...NUM_READ, value: 1, next, article: true }
        }
        return { ...NUM_READ, value: 1, next }
      }
      if (unitNext) return { ...NUM_READ, value: WEAK_NUMBER_WORDS[w]!, next }
      if (w === 'tin') return null
      // "can u do tomato 5kg", "could you do the onions": the English verb, not the Hindi two
      if (w === 'do' && ENGLISH_BEFORE_DO.has(before?.low ?? '')) return null
      if (NOT_AFTER_WEAK.has(after.low)) return null
      if (before && HINDI_VERBS_BEFORE_DO.has(before.low)) return null
      if (
        before &&
        /(o|e|iye|na)$/.test(before.low) &&
        before.low.length > 3 &&
        w === 'do' &&
        // "paune do sau": two, after a quarter less
        HINDI_MODIFIERS[before.low] === undefined
      )
        return null
      value = WEAK_NUMBER_WORDS[w]!
    } else {
      const hindi = hindiNumber(w)
      if (hindi === undefined) return null
      value = hindi
    }
  } else return null
  // "dhai sau" = 250, "do sau" = 200, "two hundred", "zwei hundert"
  const mult = toks[next] && toks[next]!.kind === 'word' ? MULTIPLIERS[toks[next]!.low] : undefined
  if (mult !== undefined && value > 0 && value < mult) {
    value *= mult
    next++
  }
  // range "2-3", "2 to 3", "2 se 3"
  const r = toks[next]
  if (r && RANGE_WORDS.has(r.low) && toks[next + 1]) {
    const hi = toks[next + 1]!.kind === 'num' ? readNumber(toks, next + 1) : null
    if (hi && hi.value > value) return { ...NUM_READ, value, value2: hi.value, next: hi.next, negative }
    // "2-2 kilo", Hindi for "2 kilo each": the number said twice is said once (distribute() gives it to each item)
    if (hi && hi.value === value && r.low === '-') return { ...NUM_READ, value, next: hi.next, negative }
  }
  // "do do kilo", "ek ek packet": the same number word twice
  if (toks[i]?.kind === 'word' && toks[next]?.low === toks[i]!.low && toks[next + 1]) {
    const again = readNumber(toks, next)
    if (again && again.value === value) return { ...NUM_READ, value, next: again.next, negative }
  }
  return { ...NUM_READ, value, next, negative }
}

export interface LineRead {
  groups: QGroup[]
  ignored: Ignored[]
  tokens: Tok[]
  /** Token indexes used by a quantity, a unit, money, time, a marker. */
  used: Set<number>
}

/** Finds every quantity (and money, times, phone numbers to ignore) in a piece of text. */
export function readQuantities(toks: Tok[]): LineRead {
  const groups: QGroup[] = []
  const ignored: Ignored[] = []
  const used = new Set<number>()
  const mark = (from: number, to: number) => {
    for (let k = from; k < to; k++) used.add(k)
  }
  for (let i = 0; i < toks.length; i++) {
    if (used.has(i)) continue
    const t = toks[i]!
    const clockEnd = t.kind === 'word' ? clockPhraseEnd(toks, i) : null
    if (clockEnd !== null) {
      mark(i, clockEnd)
      ignored.push({ start: t.start, end: toks[clockEnd - 1]!.end, why: 'reference' })
      i = clockEnd - 1
      continue
    }
    // money said in words: "das rupaye ki mirchi", "बीस रुपये का धनिया"
    if (t.kind === 'word' && (t.low in NUMBER_WORDS || hindiNumber(t.low) !== undefined)) {
      const r = readNumber(toks, i)
      const cur = r ? toks[r.next] : undefined
      if (r && cur && MONEY_AFTER.has(cur.low) && cur.low !== 'r' && r.value >= 5) {
        mark(i, r.next + 1)
        ignored.push({ start: t.start, end: cur.end, why: 'money', amount: r.value })
        i = r.next
        continue
      }
    }
    // money: "₹56", "rs 56", "56rs", "56/-", "56 rupees", "€3,20"
    if (t.kind === 'num') {
      const ref = referenceAt(toks, i, used)
      if (ref) {
        mark(ref[0], ref[1])
        ignored.push({ start: toks[ref[0]]!.start, end: toks[ref[1] - 1]!.end, why: 'reference' })
        i = ref[1] - 1
        continue
      }
      const prev = toks[i - 1]
      const nx = toks[i + 1]
      // "Tomato 5kg @ 40", "onion 3kg @40/kg": the price agreed per unit, never an amount
      const rate = prev?.text === '@' || (prev && MONEY_SYMBOLS.has(prev.text) && toks[i - 2]?.text === '@')
      const prevMoney =
        rate || (prev && (MONEY_SYMBOLS.has(prev.text) || MONEY_BEFORE.has(prev.low.replace(/\.$/, ''))))
      const nextMoney =
        nx &&
        (MONEY_SYMBOLS.has(nx.text) ||
          (MONEY_AFTER.has(nx.low) && (nx.low !== 'r' || nx.glued)) ||
          (nx.text === '/' && toks[i + 2]?.text === '-'))
      // "10 ka mirchi", "20 ki dhaniya": a whole amount "of" an item, with no unit, is what the customer spends
      const worthOf =
        !prevMoney &&
        !nextMoney &&
        nx !== undefined &&
        (nx.low === 'ka' || nx.low === 'ki' || nx.low === 'ke') &&
        toks[i + 2]?.kind === 'word' &&
        !UNIT_WORDS.has(toks[i + 2]!.low) &&
        /^\d+$/.test(t.text) &&
        Number(t.text) >= 5
      // "dhaniya 10 ka", "mirchi 20 ki de dena": the same said after the item, the line ending there
      const worthAfter =
        !prevMoney &&
        !nextMoney &&
        !worthOf &&
        nx !== undefined &&
        (nx.low === 'ka' || nx.low === 'ki' || nx.low === 'ke') &&
        prev?.kind === 'word' &&
        !UNIT_WORDS.has(prev.low) &&
        (toks[i + 2] === undefined || toks[i + 2]!.kind !== 'word' || HINDI_GIVE.has(toks[i + 2]!.low)) &&
        /^\d+$/.test(t.text) &&
        Number(t.text) >= 5
      if (prevMoney || nextMoney || worthOf || worthAfter) {
        const from = prevMoney ? i - 1 : i
        let to = i + 1
        if (nextMoney) to = nx!.text === '/' ? i + 3 : i + 2
        // "@40/kg", "@ 40 per kg": the unit a rate is per is the rate's
        if (rate) {
          const per = toks[to]
          if ((per?.text === '/' || per?.low === 'per') && toks[to + 1] && UNIT_WORDS.has(toks[to + 1]!.low))
            to += 2
        }
        mark(rate ? i - 1 - (prev && MONEY_SYMBOLS.has(prev.text) ? 1 : 0) : from, to)
        const amount = Number(t.text.replace(',', '.'))
        ignored.push({
          start: toks[from]!.start,
          end: toks[to - 1]!.end,
          why: 'money',
          ...(Number.isFinite(amount) && amount > 0 && !rate ? { amount } : {}),
        })
        i = to - 1
        continue
      }
      if (nx && TIME_AFTER.has(nx.low)) {
        mark(i, i + 2)
        ignored.push({ start: t.start, end: nx.end, why: 'time' })
        i++
        continue
      }
      if (
        nx &&
        nx.text === ':' &&
        toks[i + 2]?.kind === 'num' &&
        toks[i + 2]!.text.length === 2 &&
        nx.glued
      ) {
        mark(i, i + 3)
        ignored.push({ start: t.start, end: toks[i + 2]!.end, why: 'time' })
        i += 2
        continue
      }
      if (t.text.replace(/\D/g, '').length >= 7 && prev && PHONE_BEFORE.has(prev.low)) {
        mark(i, i + 1)
        ignored.push({ start: t.start, end: t.end, why: 'phone' })
        continue
      }
    }
    // "x2", "× 3", "qty 3", "qty: 3"
    if ((COUNT_MARKERS.has(t.low) || QTY_WORDS.has(t.low)) && !(t.low === 'no' || t.low === 'nos')) {
      let j = i + 1
      if (toks[j]?.text === ':' || toks[j]?.text === '-' || toks[j]?.text === '=') j++
      if (toks[j]?.kind === 'num') {
        const r = readNumber(toks, j)
        if (r) {
          // "Carrots x10kg": a unit glued to the number makes it a weight, not a count; "Kartoffeln x 3 Sack",
          // "aloo x 2 kilo": so does one after a space that is a measure or a pack ("latte x 2 shots" stays 2)
          const after = unitAt(toks, r.next, true)
          const u = after && (toks[r.next]!.glued || after.unit !== null) ? after : null
          const to = u ? r.next + 1 : r.next
          groups.push({
            ...NO_GROUP,
            value: r.value,
            unit: u,
            start: t.start,
            end: toks[to - 1]!.end,
            from: i,
            to,
            explicit: !u,
            numStart: toks[j]!.start,
            numEnd: toks[r.next - 1]!.end,
            ...(u ? { unitStart: toks[r.next]!.start, unitEnd: toks[r.next]!.end } : {}),
          })
          mark(i, to)
          i = to - 1
          continue
        }
      }
    }
    // "bis 5" is German "until five" (a time, read with the 5), not the Hindi twenty followed by a five
    const r = t.low === 'bis' && toks[i + 1]?.kind === 'num' ? null : readNumber(toks, i)
    if (r) {
      let j = r.next
      let unit: UnitWord | null = null
      let explicit = false
      let value = r.value
      let descriptor: string | undefined
      let unitTok = -1
      // "2x", "2 x", "2 *": a count
      const m = toks[j]
      if (
        m &&
        COUNT_MARKERS.has(m.low) &&
        !(
          toks[j + 1] &&
          readNumber(toks, j + 1) &&
          !UNIT_WORDS.has(toks[j + 1]!.low) &&
          toks[j + 2] &&
          UNIT_WORDS.has(toks[j + 2]!.low)
        )
      ) {
        explicit = true
        j++
        // "2x pockets potatoes", "2 x crates tomatoes": the pack word after a count marker is the count's unit
        const pack = toks[j]?.kind === 'word' ? unitAt(toks, j, true) : null
        if (pack && !pack.physical && CONTAINERS.has(pack.measure)) {
          unit = pack
          unitTok = j
          j++
          if (toks[j]?.low === 'of') j++
        }
      } else if (m && (m.low === 'x' || m.low === '×') && toks[j + 1]) {
        // "2 x 500g": a count of packs of a size
        explicit = true
        j++
      }
      if (!explicit) {
        if (toks[j]?.kind === 'word' && THICKNESS.has(toks[j]!.low) && unitAt(toks, j + 1, true)) {
          // "4 dünne Scheiben Leberkäse", "2 dicke Scheiben": how thick the slices are, between the count and them
          descriptor = toks[j]!.low
          unit = unitAt(toks, j + 1, true)
          unitTok = j + 1
          j += 2
        } else if (toks[j]?.kind === 'word' && DESCRIPTORS.has(toks[j]!.low)) {
          const u2 = unitAt(toks, j + 1, true)
          descriptor = toks[j]!.low
          if (u2) {
            unit = u2
            unitTok = j + 1
            j += 2
          }
        } else if (toks[j] && PAAV_WORDS.has(toks[j]!.low) && !lonePaav(toks, j)) {
          unit = PAAV
          value = value * 0.25
          unitTok = j
          j++
          // "do paav kilo": the kilo only restates what paav already means
          if (isKiloWord(toks[j])) j++
        } else {
          unit = unitAt(toks, j, true)
          if (!unit && toks[j]?.text === '-' && toks[j]!.glued && toks[j + 1]?.glued) {
            // "28-ounce", "2-quart"
            unit = unitAt(toks, j + 1, true)
            if (unit) j++
          }
          if (unit) {
            unitTok = j
            j++
            if (toks[j]?.text === '.' && toks[j]!.glued) j++
            if (toks[j]?.low === 'of' || toks[j]?.low === 'von') j++
          } else if (toks[j]?.text === '(' || toks[j]?.text === '-') {
            // "1 (10-ounce) package", "1 10-ounce can": the unit word after a parenthesised size
          }
        }
        if (toks[j]?.low === 'nos' || (toks[j]?.low === 'no' && toks[j]!.glued)) {
          if (!unit) {
            unit = UNIT_WORDS.get('nos')!
            unitTok = j
            j++
          }
        }
      }
      let container: UnitWord | undefined
      if (unit && (unit.physical || SIZE_MEASURES.has(unit.measure))) {
        const c = unitAt(toks, j, true)
        if (c && CONTAINERS.has(c.measure)) {
          container = c
          j++
        }
      }
      const last = toks[j - 1]!
      const g: QGroup = {
        ...NO_GROUP,
        value,
        unit,
        start: toks[i]!.start,
        end: last.end,
        from: i,
        to: j,
        explicit,
        negative: r.negative,
        numStart: toks[i]!.start,
        numEnd: toks[r.next - 1]!.end,
      }
      if (unitTok >= 0) {
        g.unitStart = toks[unitTok]!.start
        g.unitEnd = toks[unitTok]!.end
      }
      if (r.value2 !== undefined) g.value2 = unit === PAAV ? r.value2 * 0.25 : r.value2
      if (container) g.container = container
      if (descriptor) g.descriptor = descriptor
      if (r.article && !unit && !explicit) g.article = true
      if (!unit && !descriptor && !r.article) {
        // "2 28-ounce cans": a count of containers of a size (the size is read next, as its own group)
        const c = containerAfterSize(toks, j)
        if (c) g.unit = c
        else {
          // "2 garlic cloves", "2 maggi packet", "3 coke bottles": the unit after one or two item words
          const k = unitAfterWords(toks, j, used)
          if (k !== null) {
            g.unit = UNIT_WORDS.get(toks[k]!.low)!
            g.unitIndex = k
            g.unitStart = toks[k]!.start
            g.unitEnd = toks[k]!.end
            mark(k, k + 1)
          }
        }
      }
      if (unit === null && !explicit && toks[j]?.kind === 'num' && toks[i]?.kind === 'num') {
        // "1 10-ounce can": leave the outer count; the inner size is read on its own
      }
      groups.push(g)
      mark(i, j)
      i = j - 1
      continue
    }
    // a unit without a number: "dozen eggs", "paav tamatar", "kilo tamatar", "cup heavy cream"
    if (t.kind === 'word') {
      if (t.low === 'dozen' || t.low === 'darjan' || t.low === 'dutzend') {
        groups.push({
          ...NO_GROUP,
          value: 1,
          unit: UNIT_WORDS.get('dozen')!,
          start: t.start,
          end: t.end,
          from: i,
          to: i + 1,
          explicit: false,
          implied: true,
        })
        mark(i, i + 1)
        continue
      }
      const lead = i === 0 || (i === 1 && (toks[0]!.low === 'a' || toks[0]!.kind === 'sym'))
      const u = lead ? UNIT_WORDS.get(t.low) : undefined
      if (u && !AMBIGUOUS_LEAD.has(t.low) && toks[i + 1]?.kind === 'word' && groups.length === 0) {
        const from = i === 1 && toks[0]!.low === 'a' ? 0 : i
        groups.push({
          ...NO_GROUP,
          value: from === 0 && toks[0]!.low === 'a' ? 1 : NaN,
          unit: u,
          start: toks[from]!.start,
          end: t.end,
          from,
          to: i + 1,
          explicit: false,
          implied: true,
        })
        mark(from, i + 1)
        if (toks[i + 1]?.low === 'of') mark(i + 1, i + 2)
        continue
      }
      if (PAAV_WORDS.has(t.low) && !lonePaav(toks, i)) {
        // "paav kilo adrak": a quarter kilo, with the kilo said out loud
        const to = isKiloWord(toks[i + 1]) ? i + 2 : i + 1
        groups.push({
          ...NO_GROUP,
          value: 0.25,
          unit: PAAV,
          start: t.start,
          end: toks[to - 1]!.end,
          from: i,
          to,
          explicit: false,
          implied: true,
        })
        mark(i, to)
        i = to - 1
        continue
      }
      // "Pinch of salt", "Dash of pepper": a measure with no number
      if (
        (t.low === 'pinch' || t.low === 'dash' || t.low === 'handful') &&
        (i === 0 || toks[i - 1]?.low === 'a')
      ) {
        groups.push({
          ...NO_GROUP,
          value: NaN,
          unit: UNIT_WORDS.get(t.low)!,
          start: t.start,
          end: t.end,
          from: i,
          to: i + 1,
          explicit: false,
          implied: true,
        })
        mark(i, i + 1)
      }
    }
  }
  for (const g of groups) {
    // "1 Pfund" = 500 g, "20 dag" = 200 g, "2 Paar" = 4 pieces
    const f = g.unit?.factor
    if (f !== undefined) {
      g.value = Number.isNaN(g.value) ? f : g.value * f
      if (g.value2 !== undefined) g.value2 *= f
      g.unit = UNIT_WORDS.get(g.unit!.unit === 'pc' ? 'pc' : g.unit!.unit!)!
    }
    // "Basil-0.400g": a kilo amount written with three decimals and a gram sign means grams, not 0.4 g
    if (g.unit?.unit === 'g' && g.value > 0 && g.value < 1 && g.numStart !== undefined) {
      const digits = toks.find((t) => t.start === g.numStart)?.text ?? ''
      if (/^0[.,]\d{3}$/.test(digits)) g.value = Math.round(g.value * 1000)
    }
    if (g.implied && g.unitStart === undefined) {
      const t = toks[g.to - 1]!
      g.unitStart = t.start
      g.unitEnd = t.end
    }
  }
  return { groups: compoundMeasures(groups, toks), ignored, tokens: toks, used }
}

/** The smaller unit that completes a whole number of a bigger one ("1 kg 500 g", "2 l 250 ml"). */
const PART_OF: Partial<Record<string, string>> = { kg: 'g', l: 'ml' }
const JOINING = new Set(['+', '&'])
/** What adds two amounts of one thing: "5+5 kg". */
const SUMMING = new Set(['+'])

/**
 * "aloo 1 kg 500 g", "1kg+500g aloo", "ek kilo dhai sau gram": a whole number of kilos or litres and less than a
 * thousand of grams or millilitres right after it (nothing but a plus between), are one amount (1.5 kg).
 */
function compoundMeasures(groups: QGroup[], toks: Tok[]): QGroup[] {
  if (groups.length < 2) return groups
  const out: QGroup[] = []
  for (const g of groups) {
    const prev = out[out.length - 1]
    const big = prev?.unit?.unit
    if (
      prev &&
      big &&
      PART_OF[big] !== undefined &&
      g.unit?.unit === PART_OF[big] &&
      !g.unit.factor &&
      Number.isInteger(prev.value) &&
      prev.value > 0 &&
      prev.value2 === undefined &&
      g.value2 === undefined &&
      g.value > 0 &&
      g.value < 1000 &&
      toks.slice(prev.to, g.from).every((t) => JOINING.has(t.low))
    ) {
      prev.value += g.value / 1000
      prev.end = g.end
      prev.to = g.to
      continue
    }
    // "Onion 5+5 kg", "tomato 5kg + 2kg", "eggs 6+6": amounts added with a plus, in one unit (the first one bare
    // takes the second's), are their sum
    if (
      prev &&
      g.to - g.from >= 1 &&
      toks.slice(prev.to, g.from).length === 1 &&
      SUMMING.has(toks[prev.to]!.low) &&
      prev.value > 0 &&
      g.value > 0 &&
      prev.value2 === undefined &&
      g.value2 === undefined &&
      !prev.container &&
      !g.container &&
      !prev.implied &&
      !g.implied &&
      !prev.article &&
      !g.article &&
      !prev.unit?.factor &&
      !g.unit?.factor &&
      // ("tomato 5kg + 2kg onion" are two goods: words on both sides)
      !(toks[prev.from - 1]?.kind === 'word' && toks[g.to]?.kind === 'word') &&
      (prev.unit === null ? g.unit === null || prev.to - prev.from === 1 : g.unit?.unit === prev.unit.unit)
    ) {
      prev.value += g.value
      if (prev.unit === null && g.unit !== null) {
        prev.unit = g.unit
        prev.unitStart = g.unitStart
        prev.unitEnd = g.unitEnd
      }
      prev.end = g.end
      prev.to = g.to
      continue
    }
    out.push(g)
  }
  return out
}

/** What a line asks for, before the catalog is consulted. */
export interface LineQuantity {
  /** The order quantity; null when none was written (means one selling unit). */
  qty: number | null
  qty2?: number
  /** Shop unit of qty when it had one; null for a bare count. */
  unit: Unit | null
  /** Canonical unit word, also kitchen measures ("cup"); for evaluation and display. */
  measure: string | null
  descriptor?: string
  /** A weight or volume that may be the pack size ("1 amul butter 500g"), or the quantity if no count was given. */
  size: Quantity | null
  /** True when the count was written on its own and a weight/volume also appeared: size is a variant pick. */
  sizeIsVariant: boolean
  negative: boolean
  qtyStart?: number
  qtyEnd?: number
  unitStart?: number
  unitEnd?: number
  /**
   * Two bare numbers joined by an x ("Eggs 2x30", "eggs 30 x 2", "maggi 12x2"): the pieces in each of the `qty`
   * packs counted (the bigger number; the smaller is the count). The goods decide which it is: a pack of that
   * many pieces, else that many pieces in all.
   */
  perPack?: number
}

/**
 * "2x30", "30 x 2", "30 x2": two bare whole numbers, one of them marked a count by the x between them; the smaller
 * is how many, the bigger how many pieces in each (null when it is not so written).
 */
function timesPieces(counts: QGroup[], measures: QGroup[], toks: Tok[]): [QGroup, number] | null {
  if (measures.length > 0 || counts.length !== 2) return null
  const [a, b] = counts as [QGroup, QGroup]
  if (a.to !== b.from || a.unit || b.unit || a.value2 !== undefined || b.value2 !== undefined) return null
  if (a.negative || b.negative || a.implied || b.implied || a.article || b.article) return null
  const xAt = a.explicit ? a.to - 1 : b.explicit ? b.from : -1
  if (xAt < 0 || !['x', '×', '*'].includes(toks[xAt]?.low ?? '')) return null
  // (pieces in a pack are few: "milk 2x500" is two of 500 ml, read as before)
  const whole = (v: number) => Number.isInteger(v) && v > 1 && v <= 60
  if (!whole(a.value) || !whole(b.value)) return null
  const small = b.value < a.value ? b : a
  return [small, small === a ? b.value : a.value]
}

/** Decides which of the quantities in a line is the count and which is a pack size. */
export function assignQuantity(groups: QGroup[], _toks: Tok[]): LineQuantity {
  const valid = groups.filter((g) => !Number.isNaN(g.value) || g.unit)
  const counts = valid.filter((g) => !g.unit?.physical)
  const measures = valid.filter((g) => g.unit?.physical)
  // all fields from the start, in one order (those not set stay undefined), so every LineQuantity has one shape
  const out: LineQuantity = {
    qty: null,
    qty2: undefined,
    unit: null,
    measure: null,
    descriptor: undefined,
    size: null,
    sizeIsVariant: false,
    negative: false,
    qtyStart: undefined,
    qtyEnd: undefined,
    unitStart: undefined,
    unitEnd: undefined,
    perPack: undefined,
  }
  const times = timesPieces(counts, measures, _toks)
  if (times) {
    const [count, per] = times
    out.qty = count.value
    out.perPack = per
    out.size = { value: per, unit: 'pc' }
    out.sizeIsVariant = true
    const all = counts.map((g) => [g.numStart, g.numEnd]).flat()
    out.qtyStart = Math.min(...all.filter((x): x is number => x !== undefined))
    out.qtyEnd = Math.max(...all.filter((x): x is number => x !== undefined))
    return out
  }
  // "100 100 gram", "do do kilo": Hindi says "each" by saying the number twice, so the amount is said once. A
  // unit glued to the second number ("2 5kg", "2 2kg") is a count of packs of that size.
  const firstMeasure = measures[0]
  const twice =
    firstMeasure &&
    counts.findIndex(
      (c) =>
        firstMeasure.from === c.to &&
        !c.unit &&
        !c.explicit &&
        !c.implied &&
        !c.article &&
        c.value === firstMeasure.value &&
        c.value2 === undefined &&
        firstMeasure.value2 === undefined &&
        firstMeasure.unitStart !== firstMeasure.numEnd,
    )
  if (twice !== undefined && twice >= 0) counts.splice(twice, 1)
  const explicit = counts.find((g) => g.explicit)
  const count = explicit ?? counts.find((g) => !g.implied && !g.article) ?? counts[0]
  const measure = measures[0]
  const span = (g: QGroup) => {
    if (g.numStart !== undefined) {
      out.qtyStart = g.numStart
      out.qtyEnd = g.numEnd
    }
    if (g.unitStart !== undefined) {
      out.unitStart = g.unitStart
      out.unitEnd = g.unitEnd
    }
  }
  if (measure) out.size = { value: measure.value, unit: measure.unit!.unit! }
  // "Einmal Eier 10 Stück", "2 Packungen Eier 6 Stück", "2x eggs (6 pcs)": beside the count, a number of pieces is
  // the size of the pack counted, as a weight would be
  const pieces =
    count && !measure
      ? counts.find(
          (g) =>
            g !== count &&
            g.unit?.unit === 'pc' &&
            g.value > 1 &&
            Number.isInteger(g.value) &&
            g.value2 === undefined &&
            !g.negative,
        )
      : undefined
  if (pieces) out.size = { value: pieces.value, unit: 'pc' }
  if (count) {
    out.qty = Number.isNaN(count.value) ? null : count.value
    if (count.value2 !== undefined) out.qty2 = count.value2
    out.unit = count.unit?.unit ?? null
    out.measure =
      count.unit?.measure ??
      (measure && measure.start > count.start && !count.explicit && measure.from === count.to
        ? measure.unit!.measure
        : null)
    if (count.descriptor) out.descriptor = count.descriptor
    out.negative = !!count.negative
    out.sizeIsVariant = !!measure || !!pieces
    if (measure && measure.from === count.to && !count.unit && !count.explicit) {
      // "1 10-ounce can" style or "2 500g": the count is of the measured thing
      out.measure = measure.unit!.measure
    }
    span(count)
  } else if (measure) {
    out.qty = Number.isNaN(measure.value) ? null : measure.value
    if (measure.value2 !== undefined) out.qty2 = measure.value2
    out.unit = measure.unit!.unit
    out.measure = measure.unit!.measure
    out.negative = !!measure.negative
    if (measure.descriptor) out.descriptor = measure.descriptor
    if (measure.container) {
      // "1 litre bottle": one container of that size
      out.qty = 1
      out.unit = measure.container.unit
      out.sizeIsVariant = true
    }
    span(measure)
  }
  return out
}

/** Weights and volumes (including kitchen ones) that can be the size of a container. */
const SIZE_MEASURES = new Set([
  'g',
  'kg',
  'ml',
  'l',
  'mg',
  'ounce',
  'pound',
  'quart',
  'pint',
  'gallon',
  'inch',
  'cm',
])
const CONTAINERS = new Set([
  'pack',
  'bottle',
  'box',
  'jar',
  'can',
  'tin',
  'bag',
  'package',
  'piece',
  'pc',
  'slice',
  'stick',
  'strip',
  'loaf',
  'roll',
  'tray',
  'bunch',
  'head',
  'fillet',
  'cube',
  'sheet',
  'envelope',
  'tub',
  'net',
  'crate',
  'sack',
])
const AMBIGUOUS_LEAD = new Set([
  'can',
  'c',
  'no',
  'in',
  'l',
  'el',
  'tl',
  'glas',
  'dose',
  'ear',
  'link',
  'roll',
  'plate',
  'glass',
  'shot',
  'drop',
  'strip',
  'rib',
  'sheet',
  'pt',
  'gal',
  'qt',
  'lt',
  'each',
  'ea',
  'unit',
  'units',
  'tins',
  'head',
  'stick',
  'leaf',
  'box',
  'bag',
  'bottle',
  'jar',
  'cube',
  'scoop',
  'slice',
  'shot',
  'link',
  'tray',
  'bar',
  'ring',
  'g',
  // "gm bhaiya 2 kg aloo": good morning
  'gm',
  'd',
  'pak',
  'bund',
  'leaf',
  'leaves',
  'clove',
  'cloves',
  'fillet',
  'fillets',
  'strips',
  'slices',
  'sticks',
  'heads',
  'cubes',
])

/** German words of how thick slices are cut, said between a count and its slices. */
const THICKNESS = new Set([
  'dünne',
  'dünnen',
  'duenne',
  'duennen',
  'dunne',
  'dicke',
  'dicken',
  'feine',
  'feinen',
])

/** "28-ounce cans" / "500 g packets" right after a count: the container word, else null. */
function containerAfterSize(toks: Tok[], j: number): UnitWord | null {
  const n = toks[j]
  if (!n || n.kind !== 'num') return null
  const r = readNumber(toks, j)
  if (!r) return null
  let k = r.next
  if (toks[k]?.text === '-' && toks[k]!.glued) k++
  const u = unitAt(toks, k, true)
  if (!u || !(u.physical || SIZE_MEASURES.has(u.measure))) return null
  const c = unitAt(toks, k + 1, true)
  return c && CONTAINERS.has(c.measure) ? c : null
}

/** A count unit one or two words after a bare count ("2 garlic cloves"); its token index, else null. */
function unitAfterWords(toks: Tok[], j: number, used: Set<number>): number | null {
  for (let k = j; k < Math.min(toks.length, j + 3); k++) {
    const t = toks[k]!
    if (t.kind !== 'word' || used.has(k)) return null
    const u = UNIT_WORDS.get(t.low)
    if (u) {
      if (k === j || u.physical || !AFTER_ITEM_UNITS.has(u.measure)) return null
      const after = toks[k + 1]
      if (after && after.kind === 'word' && !['of', 'and', 'or', 'for', 'from', 'each'].includes(after.low))
        return null
      return k
    }
  }
  return null
}
const AFTER_ITEM_UNITS = new Set([
  'pack',
  'bottle',
  'box',
  'jar',
  'can',
  'tin',
  'bag',
  'package',
  'piece',
  'pc',
  'loaf',
  'clove',
  'sprig',
  'stalk',
  'bulb',
  'bunch',
  'envelope',
  'tray',
])

/** Every quantity in a piece of text, with spans: the reader used by recipe-style corpora and tools. */
export function readQuantitiesIn(text: string): QGroup[] {
  return readQuantities(tokenize(sanitize(text).text)).groups
}

/** Like readQuantitiesIn, on the text as given (spans index into it exactly; nothing is normalized). */
export function readQuantitySpans(text: string): QGroup[] {
  return readQuantities(tokenize(text)).groups
}
