// understand(text, index, context) -> what the customer wants: the intent, the order lines against the catalog,
// what could not be found, and what was refused (zero, negative, absurd quantities). Pure: no I/O, no clock.
import { cartLineByNumber } from './cart-line-number'
import { spokenPunctuation } from './spoken-punctuation'
import { piecesByWeight } from './pieces-by-weight'
import { withoutConditionalWish } from './conditional-wish'
import { halfAndHalfAsMixed } from './half-and-half'
import { saysNotArrived } from './not-arrived'
import { COLOURS, usualColour } from './usual-colour'
import { bargains } from './price-bargain'
import { clippedAloneOnlyInLists } from './clipped-alone'
import { pntOnlyForPunnets } from './pint-or-punnet'
import { asksWhatWasOrdered } from './order-contents'
import { convert, dimensionOf, packIs, type Quantity, type Unit } from '../units'
import type { Product } from '../domain'
import type { CatalogIndex } from './catalog-index'
import {
  detectLanguage,
  has,
  IF_YOU_HAVE,
  PHRASES,
  rawPhrase,
  strip,
  type Intent,
  type Language,
} from './intent'
import {
  FILLER,
  KINDS_OF_GOODS,
  GERMAN_ORDER_VERBS,
  GERMAN_PARTICLES,
  NEW_QUANTITY_WORDS_DE,
  NOTE_WORDS,
  VARIETY_OF,
  NUMBER_WORDS,
  SIBLINGS,
  SYNONYMS,
  UNIT_WORDS,
  WALA,
} from './lexicon'
import {
  matchItem,
  wholeNameOf,
  namesGoods,
  otherNamesOf,
  productsNamedLike,
  queryWords,
  sharedSubset,
  soundsLikeAnItem,
  type MatchOptions,
  type MatchResult,
} from './match'
import { HINDI_VERBS_BEFORE_DO, readQuantitiesIn, readQuantitySpans, type QGroup } from './quantity'
import { nameNumberTest } from './name-numbers'
import { dishNamed, toppedDish } from './made-to-order'
import {
  BRACKET_NOTE,
  isTalkWord,
  LIST_WORDS,
  MODIFIER_WORDS,
  readLines,
  WHEN_WORDS,
  type ReadLine,
} from './read'
import {
  complaintSubject,
  isComplaint,
  isPraiseOf,
  isParting,
  saysSomething,
  namesSender,
  sentenceAt,
  sentences,
  type Sentence,
} from './chatter'
import { hasDevanagari, transliterate, transliterateWithMap } from './devanagari'
import { addressInOrder, withoutAddressLines } from './address'
import { withoutHandOverTalk } from './fulfilment'
import { isGermanCatalog, plainRollSaid } from './german-words'
import { namesFruitOfMadeGoods } from './processed-goods'
import { categoryAlone, categoryNamed, categoryOfItem, onlyCategory } from './categories'
import { emojiToWords, fold, sanitize, stem, words } from './text'
import { clippedListItem } from './clipped-list-item'
import { eggTrays } from './egg-trays'
import { hindiVerbs } from './hindi-verbs'
import { asksHowToPay, PAY_LATER_HINT, PAYING_HINT, saysPaid, saysPayLater } from './asks'
import { SHOP_TOPIC_HINT, shopQuestion, type ShopQuestion } from './shop-questions'
import { withSlices } from './slices'
import { cutNote } from './cut-note'
import { quotedItem } from './quoted-item'

export interface ConversationContext {
  /** A numbered question the bot asked ("Which one? 1) .. 2) .."): a reply "2" or a name picks one. */
  pendingChoice?: { options: string[] }
  /** Helps "remove the butter", "make it 3 milk" resolve against the cart first. */
  cartSkus?: string[]
  /** The catalog page last shown: "more" / "next" / "3" then asks for a page. */
  catalogPage?: number
  /** The one product whose price or stock was just given: a quantity alone ("ok, 2 please") orders it. */
  askedSku?: string
  /** The product whose price was given just before askedSku's, asked about in a row: "1 kg each" orders both. */
  askedBefore?: string
  /** askedSku's amount in the cart was asked for ("how much should it be?"): a quantity alone sets it. */
  askedTotal?: boolean
  /** The products the last reply listed for a price or stock question: "1 of the small one" picks one. */
  shownSkus?: string[]
}

export type LineOp = 'add' | 'remove' | 'set'

export interface OrderLine {
  sku: string | null
  candidates: string[]
  qty: number
  unit: Unit
  text: string
  confidence: number
  op: LineOp
  /** A quantity was written for the line: "remove 1 bread" takes one off, "remove the bread" takes it all. */
  counted?: boolean
  /**
   * A container the shop sells no pack of and whose content no convention fixes ("1 peti tamatar"): qty is that
   * many packs, and the customer is asked how much they mean. `'piece'`: pieces of something sold only by
   * weight ("zwei Birnen"), asked about the same way. `'pieces-of-pack'`: pieces of something sold only in packs
   * of several ("3 Eier", "10 eggs" with 6-egg packs), which no whole number of packs makes: asked in packs.
   */
  container?: string
  /** A product in the cart whose quantity this line takes ("lieber die großen": as many as the small ones). */
  qtyOf?: string
  /**
   * A cart line's amount changed with no number said ("aloo thoda kam kar do", "a bit more onion", "etwas
   * weniger Kartoffeln"): which way; how much is the customer's to say (the conversation asks, the cart stays).
   */
  vague?: 'less' | 'more'
  /**
   * A cart line's amount multiplied, with no number said ("aloo double kar do", "make the onions double", "die
   * Kartoffeln bitte doppelt", "half the rice"): the cart line becomes this many times what it is.
   */
  scale?: number
  /**
   * The customer's own words for the item, without quantity, unit and the words that ask for it ("5 star" in
   * "5 star 2", "india gate basmati"): what a "which one?" question quotes back.
   */
  item?: string
  /**
   * How the customer wants loose goods ("tamatar 2 kg pakke hue", "aloo 3 kg bade wale", "Onion 10kg, big ones",
   * "bhindi 1 kg taazi wali", "paneer kata hua"): their words of size, ripeness, freshness or cutting, a note for
   * the shop (the goods stay the same product).
   */
  remark?: string
}

export interface Understanding {
  intent: Intent
  lines: OrderLine[]
  unmatched: string[]
  rejected: { text: string; reason: string }[]
  language: Language
  choice?: string
  priceQuery?: { sku: string | null; candidates: string[]; text: string }
  page?: number
  /** How many of the goods a pending "which one?" asks about, said while it is open ("sorry make it 3"). */
  pendingAmount?: { qty: number; unit: Unit }
  /** The shop's category a catalog question names ("what do you have in dairy?", "show me snacks"). */
  category?: string
  /** Something went wrong with goods or an order ("the mint is turning black"): for a person, not an order. */
  complaint?: boolean
  /** Goods taken out that the shop does not sell ("no coke then"): also in `unmatched`, for a reader with no cart. */
  notSold?: string[]
  /** The customer says the order is paid ("done, paid via gpay", "paise bhej diye"): news, not goods. */
  paid?: boolean
  /**
   * The customer asks to pay later or to have it put on the khata ("paise kal dunga", "udhaar likh lo", "I'll
   * pay tomorrow", "anschreiben bitte"): for the shopkeeper to agree to, never goods.
   */
  payLater?: boolean
  /** A question about the shop itself ("shop kab khulega", "do you deliver?"): answered from its settings. */
  shopQuestion?: ShopQuestion
  /**
   * What to give instead if goods ordered are not there ("falls keine Erdbeer dann Kirsch", "2 Brezeln, sonst
   * Laugenstangen", "if no coriander then mint"), in the customer's words: a wish for the shop, never goods added.
   */
  fallback?: string
  /**
   * A question the bot has no answer for ("Sind die Brötchen von heute?", "Geht das bis morgen früh?", "is the
   * bread fresh today?"): for a person at the shop to answer, never "did not understand".
   */
  question?: boolean
  /** "nee, passt nicht", "stimmt so nicht": the cart shown is not right, and nothing said yet of what to change. */
  notRight?: boolean
  /**
   * "just the dahi then", "only the bread", "sirf dahi", "nur das Brot": the lines name cart products with no
   * amount, and those are all the customer wants now; the rest of the cart and any open question go.
   */
  keepOnly?: boolean
  /**
   * A delivery address given inside the order's lines ("2 kg Kartoffeln liefern an Kirchgasse 2, 65183
   * Wiesbaden"): where to deliver, never goods.
   */
  address?: string
}

/** Largest quantity a line may ask for, per unit: beyond it the line is refused, not ordered. */
const MAX_QTY: Record<Unit, number> = {
  pc: 1000,
  pack: 1000,
  dozen: 100,
  kg: 1000,
  g: 1_000_000,
  l: 1000,
  ml: 1_000_000,
}

const INTENT_EMOJI: [RegExp, string][] = [
  [/[👍👌✅🆗✔☑🤝]/gu, ' ok '],
  [/🙏/gu, ' thanks '],
  [/👋/gu, ' hi '],
  [/[❌👎🚫]/gu, ' no '],
]

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  pehla: 1,
  pahla: 1,
  pehli: 1,
  erste: 1,
  ersten: 1,
  erstes: 1,
  second: 2,
  '2nd': 2,
  dusra: 2,
  doosra: 2,
  dusri: 2,
  zweite: 2,
  zweiten: 2,
  third: 3,
  '3rd': 3,
  teesra: 3,
  tisra: 3,
  teesri: 3,
  dritte: 3,
  dritten: 3,
  fourth: 4,
  '4th': 4,
  chautha: 4,
  vierte: 4,
  fifth: 5,
  '5th': 5,
  paanchwa: 5,
  funfte: 5,
}

function emptyResult(intent: Intent, language: Language): Understanding {
  return { intent, lines: [], unmatched: [], rejected: [], language }
}

/** Little words that carry no item in a short reply ("ja passt *so*", "*so ist* gut", "*that's all* good"). */
const REPLY_FILLER = new Set([
  ...GERMAN_PARTICLES,
  'euch',
  'dir',
  'ihnen',
  'vielmals',
  'des',
  'a',
  'so',
  'ist',
  'es',
  'alles',
  'dann',
  'sehr',
  'schon',
  'ganz',
  'recht',
  'wie',
  'gesagt',
  'besprochen',
  'mir',
  'uns',
  'wirklich',
  'echt',
  'doch',
  'thats',
  's',
  'looks',
  'sounds',
  'great',
  'bilkul',
  'haan',
  'sab',
  'bestellung',
  'order',
  'klingt',
  'sieht',
  'aus',
  'hort',
  'sich',
  'an',
])

/** Nothing but filler, punctuation and emoji left? */
/** Words a customer calls the shopkeeper by ("bhaiya", "uncle ji", "sir", "Chef"). */
const CALLING = new Set(
  'bhai bhaiya bhaiyya bhaiyaa bhaisaab bhaisahab bhaiyaji bhaiji ji jee sir sirji madam maam mam uncle aunty auntie didi dada sethji boss chef'.split(
    ' ',
  ),
)

/** "bhaiya?", "uncle ji", "sir": only the shopkeeper called, as one says hello to get their attention. */
function callsOut(folded: string): boolean {
  const ws = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  return ws.length > 0 && ws.some((w) => w !== 'ji' && w !== 'jee') && ws.every((w) => CALLING.has(w))
}

function contentless(s: string): boolean {
  return s
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => FILLER.has(w) || REPLY_FILLER.has(w) || CALLING.has(w))
}

/** The one product `kind` with `head` after it names, when its name has the head; else null. */
function namedWithHead(kind: string, head: string, index: CatalogIndex): string | null {
  const whole = matchItem(`${kind} ${head}`, index)
  if (whole.kind !== 'resolved') return null
  const p = index.products[index.bySku.get(whole.sku!) ?? -1]
  // (both the kind and the head are words of its name: "nahi, sirf bread" is no kind of bread)
  const h = fold(head)
  const k = fold(kind)
  const names = p ? [p.name, ...p.aliases].map((n) => fold(n)) : []
  return p && names.some((n) => n.includes(h)) && names.some((n) => n.includes(k)) ? p.sku : null
}

/** Does `kind` with `head` after it name one product whose name has the head, other than `kind` alone names? */
function headMakesIt(kind: string, head: string, index: CatalogIndex): boolean {
  const sku = namedWithHead(kind, head, index)
  if (sku === null) return false
  const alone = matchItem(kind, index)
  return alone.kind !== 'resolved' || alone.sku !== sku
}

// (a count may come before the next kind: "1 Erdbeer- und 1 Kirschmarmelade", "2 Erdbeer, 1 Kirsch Marmelade")
const COUNT_BEFORE = String.raw`(?:\d+\s*(?:x\s*)?|x\s*\d+\s+)?`
const HYPHEN_ELLIPSIS = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}{3,})-\s*(und|oder|u\.?|,|&|\+)(\s*${COUNT_BEFORE})(\p{L}{6,})(?![\p{L}])`,
  'giu',
)
const SHARED_HEAD = new RegExp(
  String.raw`(?<![\p{L}-])(\p{L}{3,})(\s+(?:und|oder|u\.?|&|\+)\s+|\s*,\s*)(${COUNT_BEFORE})(\p{L}{3,})\s+(\p{L}{4,})(?![\p{L}-])`,
  'giu',
)
const HEADING = /^(\s*)(\p{L}{4,})\s*:([^\n]+)/u

/**
 * German goods whose one head noun is said once for several kinds, each then read as that kind of it:
 * "Erdbeer- und Kirschmarmelade" (the hyphen stands for the head), "Erdbeer und Kirsch Marmelade", and a heading
 * over the list, "Marmelade: 1x Erdbeer, 1x Kirsch". Only where the kind with the head names a product the kind
 * alone does not ("Erdbeer" alone is the fresh strawberries), so "Äpfel und Birnen 2 kg" stays as it is.
 */
function withSharedHeads(text: string, index: CatalogIndex): string {
  // (German grammar, read against a German catalog only: the look-ups cost on every message)
  if (!isGermanCatalog(index)) return text
  if (text.includes('-'))
    text = text.replace(HYPHEN_ELLIPSIS, (m, kind: string, and: string, count: string, next: string) => {
      for (let i = 3; i <= next.length - 4; i++) {
        const head = next.slice(i)
        if (!index.vocab.has(fold(head))) continue
        return headMakesIt(kind, head, index) ? `${kind}${head.toLowerCase()} ${and}${count}${next}` : m
      }
      return m
    })
  text = text.replace(
    SHARED_HEAD,
    (m, kind: string, and: string, count: string, next: string, head: string) =>
      index.vocab.has(fold(head)) &&
      namedWithHead(next, head, index) !== null &&
      headMakesIt(kind, head, index)
        ? `${kind} ${head}${and}${count}${next} ${head}`
        : m,
  )
  const heading = HEADING.exec(text)
  if (heading && index.vocab.has(fold(heading[2]!))) {
    const head = heading[2]!
    let changed = false
    const rest = heading[3]!.replace(/(?<![\p{L}])(\p{L}{3,})(?![\p{L}])/gu, (w: string) => {
      if (!headMakesIt(w, head, index)) return w
      changed = true
      return `${w} ${head}`
    })
    if (changed) text = `${heading[1]}${' '.repeat(head.length + 1)}${rest}${text.slice(heading[0].length)}`
  }
  return text
}

export function understand(
  input: string,
  index: CatalogIndex,
  context: ConversationContext = {},
): Understanding {
  const known = (w: string) => index.vocab.has(w) || index.exact.has(w)
  const clean = withSharedHeads(
    priceWala(
      packNumbersAsDigits(
        hindiVerbs(
          halfAndHalfAsMixed(withoutConditionalWish(spokenPunctuation(sanitize(input).text))),
          known,
        ),
      ),
      index,
    ),
    index,
  )
  if (!hasDevanagari(clean)) {
    const weighed = piecesByWeight(clean, index)
    const u = varietySwapped(
      brandOfLastGoods(
        quotedTidily(understandText(weighed?.text ?? clean, index, context), (s) => s),
        index,
        context,
      ),
      index,
    )
    if (weighed)
      for (const l of u.lines) {
        const pieces = l.sku && l.op !== 'remove' ? weighed.remarks.get(l.sku) : undefined
        if (pieces) l.remark = l.remark ? `${pieces}, ${l.remark}` : pieces
      }
    return u
  }
  // Devanagari is read as the Hinglish it spells ("३ किलो टमाटर" -> "3 kilo tamaatar"), matched leniently; what is
  // quoted back (line text, unmatched items) is the customer's own Devanagari
  const u = understandDevanagari(clean, index, context)
  // a word the shop has nothing for, or a short message read as nothing at all ("चायपत्ती")
  const unread =
    u.unmatched.length > 0 ||
    (u.intent === 'other' && u.lines.length === 0 && clean.trim().split(/\s+/).length <= 3)
  return unread ? (compoundsApart(clean, u, index, context) ?? u) : u
}

const WALA_WORD = /(?<![\p{L}])(?:wala|wali|wale|vala|vali|vale|vaala|waala)(?![\p{L}])/u

/** Little words around a word of a swap that are no part of the goods ("nicht Kirsch sondern Erdbeer"). */
const SWAP_LITTLE = new Set(
  'die der das den dem des ein eine einen einem lieber doch dann nicht kein keine keinen sondern statt stattdessen bitte mal the a an rather instead not but'.split(
    ' ',
  ),
)

/**
 * "nicht Kirsch sondern Erdbeer", "doch Erdbeer statt Kirsch" with cherry jam in the cart: a word said in place of
 * one word of a cart line's name is that line's goods with the other word (strawberry jam), when the shop sells
 * them, not whatever the word alone names (fresh strawberries).
 */
function varietySwapped(u: Understanding, index: CatalogIndex): Understanding {
  const out = u.lines.filter((l) => l.op === 'remove' && l.sku !== null)
  const inn = u.lines.filter((l) => l.op !== 'remove' && l.sku !== null)
  if (out.length !== 1 || inn.length !== 1) return u
  const said = (l: OrderLine) =>
    fold(l.item ?? l.text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== '' && !SWAP_LITTLE.has(w))
  const gone = said(out[0]!)
  const comes = said(inn[0]!)
  const old = productOf(out[0]!.sku, index)?.product
  if (!old || gone.length !== 1 || comes.length !== 1) return u
  const name = fold(old.name).split(/\s+/)
  const at = name.indexOf(gone[0]!)
  if (at < 0) return u
  name[at] = comes[0]!
  const m = matchItem(name.join(' '), index)
  const p = m.kind === 'resolved' ? productOf(m.sku, index)?.product : undefined
  if (!p || p.sku === old.sku || p.sku === inn[0]!.sku || p.unit !== old.unit) return u
  const line = inn[0]!
  line.sku = p.sku
  line.candidates = []
  line.unit = p.unit
  line.confidence = m.confidence
  return u
}

/**
 * "paneer 250 gram", then "aur amul wala bhi 1": a which-one word with wala that names many goods of the shop
 * says which of the goods last put in the cart (the Amul paneer), when with those goods' name it is one product.
 */
function brandOfLastGoods(
  u: Understanding,
  index: CatalogIndex,
  context: ConversationContext,
): Understanding {
  const last = productOf(context.cartSkus?.at(-1), index)?.product
  if (!last) return u
  for (const l of u.lines) {
    if (l.sku !== null || l.candidates.length < 2 || l.op !== 'add' || !WALA_WORD.test(l.text)) continue
    const said = (l.item ?? l.text).replace(WALA_WORD, ' ').replace(/\s+/g, ' ').trim()
    for (const goods of [...last.aliases, last.name]) {
      const m = matchItem(`${said} ${goods}`, index)
      const p = m.kind === 'resolved' ? productOf(m.sku, index)?.product : undefined
      if (!p || p.sku === last.sku || p.unit !== l.unit) continue
      l.sku = p.sku
      l.candidates = []
      l.confidence = m.confidence
      break
    }
  }
  return u
}

function understandDevanagari(
  clean: string,
  index: CatalogIndex,
  context: ConversationContext,
): Understanding {
  const t = transliterateWithMap(clean)
  const u = understandText(t.text, index, context, 'hi-Deva')
  // the Latin reading is not what the customer wrote: the line's own Devanagari is quoted instead
  for (const l of u.lines) delete l.item
  return quotedTidily(u, t.original)
}

/** A Devanagari word of at least four letters; a place inside it where a second word may begin. */
const DEVA_WORD = /[\u0900-\u097F]{4,}/gu
const DEVA_STARTS_SYLLABLE = /[\u0904-\u0939\u0958-\u0961\u0972-\u097F]/u

/**
 * "चायपत्ती", "हरीमिर्च", "पारलेजी": two words written as one, as phone keyboards join them. When a word the
 * shop has nothing for reads as goods once set apart at one place (each part two letters or more), it is read so;
 * the first such place that leaves fewer things unmatched wins. Null when no place does.
 */
function compoundsApart(
  clean: string,
  u: Understanding,
  index: CatalogIndex,
  context: ConversationContext,
): Understanding | null {
  const said = u.unmatched.length > 0 ? u.unmatched.join(' ') : clean
  // each part alone must be something: goods, or a little word ("ji"); a part that is nothing ("ब्रो" of
  // "ब्रोकली") says the place is wrong, whatever the other part sounds like
  const something = (part: string, second: boolean) =>
    (second && FILLER.has(transliterate(part))) ||
    understandDevanagari(`1 ${part}`, index, {}).lines.length > 0 ||
    understandDevanagari(part, index, {}).intent !== 'other'
  let tried = 0
  for (const m of clean.matchAll(DEVA_WORD)) {
    const w = m[0]
    if (!said.includes(w) || FILLER.has(transliterate(w))) continue
    for (let p = 2; p <= w.length - 2; p++) {
      if (!DEVA_STARTS_SYLLABLE.test(w[p]!) || w[p - 1] === '\u094D') continue
      if (++tried > 24) return null
      const at = m.index ?? 0
      const apart = `${clean.slice(0, at)}${w.slice(0, p)} ${w.slice(p)}${clean.slice(at + w.length)}`
      const v = understandDevanagari(apart, index, context)
      // ("ठीकहै", "होगया?": a short reply written as one word is that reply)
      const reply =
        u.lines.length === 0 && u.intent === 'other' && v.lines.length === 0 && v.intent !== 'other'
      if (
        v.unmatched.length <= u.unmatched.length - (u.unmatched.length > 0 ? 1 : 0) &&
        // one goods of two words ("चाय पत्ती"), never two goods ("शकरकंद" is no sugar and onion)
        ((v.lines.length === u.lines.length + 1 &&
          v.lines.some((l) => l.text.includes(`${w.slice(0, p)} ${w.slice(p)}`))) ||
          reply) &&
        something(w.slice(0, p), false) &&
        something(w.slice(p), true)
      )
        return v
    }
  }
  return null
}

/**
 * What is quoted back, in the customer's own words (`own`), with the gaps left where talk was blanked out
 * ("main khud le jaunga 2 kg aloo", "paneer agar ho to 1") closed up.
 */
function quotedTidily(u: Understanding, own: (piece: string) => string): Understanding {
  const tidy = (s: string) => {
    const o = own(s)
    return /\s\s/.test(o) ? o.replace(/\s+/g, ' ').trim() : o
  }
  for (const l of u.lines) {
    l.text = tidy(l.text)
    if (l.item) l.item = tidy(l.item)
  }
  u.unmatched = u.unmatched.map(tidy)
  for (const r of u.rejected) r.text = tidy(r.text)
  if (u.priceQuery) u.priceQuery.text = tidy(u.priceQuery.text)
  if (u.address) u.address = tidy(u.address)
  return u
}

const PACK_NUMBERS: Record<string, number> = {
  vier: 4,
  sechs: 6,
  acht: 8,
  zehn: 10,
  zwolf: 12,
  zwoelf: 12,
  zwölf: 12,
  funfzehn: 15,
  fünfzehn: 15,
  zwanzig: 20,
  dreissig: 30,
  dreißig: 30,
}
const PACK_WORD =
  /(?<![\p{L}\p{N}])(\d{1,2}|vier|sechs|acht|zehn|zw[oö]e?lf|f[uü]e?nfzehn|zwanzig|drei(?:ss|ß)ig)er(?:[-\s]?(?:packs?|packungen|packung|kartons?|schachteln?))?(?![\p{L}])/giu

const MORE_OF_IT = /(?<!\p{L})(?:noch|dazu|mehr|aur|or|another|more|extra)(?!\p{L})/u

/** A bare number and wala after it, not of a unit: "20 wale lays", "lays 20 wala 2", "10 वाला पारले". */
const NUMBER_WALA =
  /(?<![\p{L}\p{N}.,₹$€/])(\d{1,4})(?=\s+(?:wala|wali|wale|vala|vali|vale|vaala|waala|वाला|वाली|वाले)(?![\p{L}\p{M}]))/gu

/**
 * "20 wale lays 2", "lays 20 wala": a number before wala that is the price of goods named in the message says
 * which goods (the ₹20 pack), as "20 rs wala" does; it is read as money, never as 20 packets. A number that is
 * no price of those goods stays as it was ("atta 10 wala" is the 10 kg atta).
 */
function priceWala(text: string, index: CatalogIndex): string {
  if (!/wal|val|वा/i.test(text) || !/\d/.test(text)) return text
  const said = new Set(
    fold(text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3),
  )
  return text.replace(NUMBER_WALA, (m, n: string) => {
    const price = Number(n) * 100
    const named = index.products.some(
      (p) =>
        p.price === price &&
        [p.name, ...p.aliases].some((name) =>
          fold(name)
            .split(/[^\p{L}]+/u)
            .some((w) => w.length >= 3 && said.has(w)),
        ),
    )
    return named ? `₹${n}` : m
  })
}

/**
 * Hindi number words a pack of so many is said in, typed or voice-typed ("maggi ka char wala pack", "मैगी का चार
 * वाला पैकेट"): read as the digits are.
 */
const HINDI_PACK_COUNTS: Record<string, number> = {
  char: 4,
  chaar: 4,
  chhe: 6,
  chhah: 6,
  chah: 6,
  aath: 8,
  das: 10,
  barah: 12,
  baarah: 12,
  barha: 12,
  चार: 4,
  छह: 6,
  छः: 6,
  छे: 6,
  आठ: 8,
  दस: 10,
  बारह: 12,
}
const HINDI_PACK_COUNT = Object.keys(HINDI_PACK_COUNTS).join('|')
const packCount = (n: string): string => String(HINDI_PACK_COUNTS[n.toLowerCase()] ?? n)
/** "4 wala pack", "4 वाला पैक", "char wala pack": a pack of so many pieces, said as "4er" is. */
const WALA_PACK = new RegExp(
  String.raw`(?<![\p{L}\p{N}\p{M}.,])(\d{1,2}|${HINDI_PACK_COUNT})\s+(?:wala|wali|wale|vala|vali|vale|vaala|waala|वाला|वाली|वाले)\s+(?:packs?|packets?|pkt|पैक|पैकेट)(?![\p{L}\p{M}])`,
  'giu',
)

/**
 * "maggi wala 4 pack", "maggi 4 pack wala", "4 packet wali maggi": a wala beside a count of packs says which
 * product (the one of four), as "4 wala pack" does; a count of packets with no wala stays how many ("4 pack maggi").
 */
const WALA_THEN_PACK =
  /(?<=(?:^|[^\p{L}])(?:wala|wali|wale|vala|vali|vale|vaala|waala|वाला|वाली|वाले))\s+([2-9]|1[0-9]|2[0-9])\s*(?:pack|पैक)(?![\p{L}\p{M}])/giu
const PACK_THEN_WALA =
  /(?<![\p{L}\p{N}.,])([3-9]|1[0-9]|2[0-9])\s*(?:packs?|packets?|pkt|पैक|पैकेट)\s+(?=(?:wala|wali|wale|vala|vali|vale|vaala|waala|वाला|वाली|वाले)(?![\p{L}\p{M}]))/giu

const PACK_HINT = /(?:\d|vier|sechs|acht|zehn|lf|zwanzig|ig)er/i

/** "Sixpack", "six-pack", "ein 4-Pack", "a twelve pack": the English word for a pack of so many, as "6er". */
const N_PACK = /(?<![\p{L}\p{N}])(?:(four|six|eight|twelve)[-\s]?|(\d{1,2})-)packs?(?![\p{L}])/giu
const N_PACK_NUMBERS: Record<string, number> = { four: 4, six: 6, eight: 8, twelve: 12 }

/**
 * "3 maggi pack of 4", "eggs pack of 30", "2 packets of 6 eggs": the pack named by how many pieces it holds, as
 * "4er" is. Not a pack of a weight or volume ("pack of 500 g").
 */
const PACK_OF =
  /(?<![\p{L}\p{N}])(?:packs?|packets?|pkts?|pckts?)\s+of\s+(\d{1,2}|four|six|eight|ten|twelve|twenty|thirty)(?![\p{L}\p{N}.,])(?:\s+(\p{L}+))?/giu
const PACK_OF_NUMBERS: Record<string, number> = {
  four: 4,
  six: 6,
  eight: 8,
  ten: 10,
  twelve: 12,
  twenty: 20,
  thirty: 30,
}
const PIECE_UNITS = new Set(['pc', 'pcs', 'piece', 'pieces', 'nos', 'no'])

/** "Sechserpack", "zehner", "ein Zwölferkarton": a pack of that many pieces, read as "6er" is. */
function packNumbersAsDigits(text: string): string {
  if (/ of /i.test(text))
    text = text.replace(PACK_OF, (m, n: string, next: string | undefined) => {
      const after = next?.toLowerCase()
      if (after && UNIT_WORD_SET.has(after) && !PIECE_UNITS.has(after)) return m
      const v = /^\d/.test(n) ? Number(n) : PACK_OF_NUMBERS[n.toLowerCase()]!
      return after && !PIECE_UNITS.has(after) ? `${v}er ${next}` : `${v}er`
    })
  // "maggi ka 4 wala pack", "मैगी का 4 वाला पैक": the same pack of four
  text = text.replace(WALA_PACK, (_m, n: string) => `${packCount(n)}er`)
  if (/wal|val|वा/i.test(text))
    text = text
      .replace(WALA_THEN_PACK, (_m, n: string) => ` ${n}er`)
      .replace(PACK_THEN_WALA, (_m, n: string) => `${n}er `)
  if (/pack/i.test(text))
    text = text.replace(
      N_PACK,
      (_m, word: string | undefined, n: string | undefined) =>
        `${n ?? N_PACK_NUMBERS[word!.toLowerCase()]}er`,
    )
  if (!PACK_HINT.test(text)) return text
  return text.replace(PACK_WORD, (m, n: string) => {
    const v = /^\d/.test(n) ? Number(n) : PACK_NUMBERS[n.toLowerCase().replace('oe', 'o').replace('ue', 'u')]
    return v === undefined ? m : `${v}er`
  })
}

// "2 kg onion if available", "paneer agar ho to 1", "Spargel, falls vorhanden": a condition on the order, not a
// question and not part of an item
const ONLY_IF =
  /(?<![\p{L}\p{N}])(?:if|agar|falls|wenn)\s+(?:yes|so|ja|haan|han|ha(?=\s)|(?:(?:you|u)\s+have\s+(?:it|them|some|any)|(?:(?:it|they)\s+(?:is|are)\s+)?(?:available|possible|in\s+stock|fresh|(?:hai|ho|h)\s+(?:to|toh)|(?:noch\s+)?(?:vorhanden|m(?:ö|o|oe)glich|da|verf(?:ü|u|ue)gbar|welche da sind)|ihr\s+(?:noch\s+)?(?:welche\s+)?(?:habt|hast))))(?![\p{L}\p{N}])/giu

/**
 * The text with each clause that `aside` picks blanked (spaces, so positions still point at the same words), when
 * another clause names goods; else the text as it is, and no asides. "2 kg onion, paid by gpay", "2 Brezeln bitte,
 * bis wann habt ihr offen?": the aside is neither an item nor "we don't have 'paid'"; a message that is only such
 * talk is kept whole, for understandText to answer as what it is.
 */
function withoutAsides(
  text: string,
  index: CatalogIndex,
  clause: RegExp,
  aside: (clause: string) => boolean,
): { text: string; asides: string[] } {
  const clauses = [...text.matchAll(clause)]
  if (clauses.length < 2) return { text, asides: [] }
  const picked = clauses.filter((c) => aside(c[0]))
  if (picked.length === 0 || !clauses.some((c) => !picked.includes(c) && namesSomeGoods(c[0], index)))
    return { text, asides: [] }
  let out = text
  for (const c of picked)
    out = out.slice(0, c.index) + ' '.repeat(c[0].length) + out.slice(c.index + c[0].length)
  return { text: out, asides: picked.map((c) => c[0]) }
}

/** "2 kg onion, paid by gpay", "1 bread. Paise bhej diye": news of paying beside the order (a clause naming no goods). */
function withoutPaidNews(text: string, index: CatalogIndex): string {
  if (!PAYING_HINT.test(text)) return text
  return withoutAsides(text, index, /[^,;\n.!?]+/g, (c) => saysPaid(c) && !namesSomeGoods(c, index)).text
}

/** "2 kg onion, do you deliver?": a question about the shop beside the order, kept to be answered with it. */
function shopQuestionBeside(text: string, index: CatalogIndex): { text: string; question?: ShopQuestion } {
  if (!SHOP_TOPIC_HINT.test(text)) return { text }
  const out = withoutAsides(text, index, /[^,;\n.!?]+[?]?/g, (c) => shopQuestion(c) !== null)
  return out.asides.length > 0 ? { text: out.text, question: shopQuestion(out.asides[0]!)! } : { text }
}

/**
 * "ek kilo kathal", "shakarkand do packet", "ब्रोकली एक": a quantity said in words, with its unit or after the
 * goods, orders as digits do ("ek baat batao" is no order).
 */
function amountInWords(text: string): boolean {
  return readLines(text, 10).some(
    (l) =>
      l.hasQuantity &&
      l.item.trim() !== '' &&
      (l.quantity.unit !== null || l.text.trim().startsWith(l.item.trim())),
  )
}

/** "kya paneer hai?": asked whether there is some, with the question word first and the copula last. */
const KYA_HAI = /^\s*kya \S+(?: \S+){0,2} (?:hai|h|hain)\s*\??\s*$/

/** Whether a clause has a word that names goods ("2 kg onion"; not "paid by gpay"). */
function namesSomeGoods(clause: string, index: CatalogIndex): boolean {
  return queryWords(itemText(fold(clause))).some((w) => namesGoods(w, index))
}

/**
 * "12 nahi 6 hi bhejo", "not 12, 6", "nicht 12, sondern 6", "6, not 12", "6 chahiye, 12 nahi": an amount said and
 * taken back beside the one meant. Hindi puts its "nahi" after what it denies, English and German their "not"
 * before it; what is denied is the old amount, and the sentence asks for only the other: the denied amount and its
 * negation read as "only" (padded, so positions still point at the same words).
 */
function oldAmountTakenBack(text: string): string {
  if (!oldAmountHint(text)) return text
  const only = (m: string, n1: string | undefined, u1: string | undefined, u2: string | undefined) => {
    const unit = n1 !== undefined ? u1 : u2
    // ("not 12 but 6": the word after the number may be the but)
    if (unit !== undefined && !UNIT_WORD_SET.has(fold(unit)) && !RATHER.has(fold(unit))) return m
    const word = /^\s|^[,;:-]/.test(m) ? ' only' : 'only'
    return word.length <= m.length ? word.padEnd(m.length, ' ') : m
  }
  return text
    .replace(
      DENIED_WITH_GOODS,
      (m, n: string, gap: string, unit: string, goods: string, no: string, at: number) => {
        if (!UNIT_WORD_SET.has(fold(unit)) || /\b(?:aur|and|or|bhi)\b/i.test(goods)) return m
        // ("2 kg aloo nahi 1 kg pyaz": other goods after the new amount are goods in place of these, not an amount)
        const after = fold(text.slice(at + m.length))
          .split(/[^\p{L}\p{N}.,½]+/u)
          .filter(Boolean)
          .slice(1)
        const own = new Set(fold(goods).split(/\s+/))
        if (
          !after.every((w, i) => own.has(w) || TAIL_AFTER_AMOUNT.has(w) || (i === 0 && UNIT_WORD_SET.has(w)))
        )
          return m
        const blank = ' '.repeat(n.length + gap.length + unit.length)
        return `${blank}${goods} ${'only'.padEnd(no.length, ' ')} `
      },
    )
    .replace(DENIED_BEFORE_NEW, (m, n1?: string, u1?: string, _n2?: string, u2?: string) =>
      only(m, n1, u1, u2),
    )
    .replace(NEW_BEFORE_DENIED, (m, n1?: string, u1?: string, _n2?: string, u2?: string) =>
      only(m, n1, u1, u2),
    )
}
/**
 * The bare counts taken back in the text ("12" of "12 nahi 6"): a count of pieces said of goods sold in packs of
 * several ("12 eggs" of 6-egg packs) makes the count put in its place pieces too.
 */
function deniedCounts(text: string): number[] {
  if (!oldAmountHint(text)) return []
  const out: number[] = []
  for (const re of [DENIED_BEFORE_NEW, NEW_BEFORE_DENIED]) {
    for (const m of text.matchAll(re)) {
      const n = m[1] ?? m[3]
      const unit = m[1] !== undefined ? m[2] : m[4]
      if (n !== undefined && /^[\d½]/.test(n) && (unit === undefined || RATHER.has(fold(unit))))
        out.push(Number(n.replace(',', '.')))
    }
  }
  return out
}
/** Words that may follow an amount meant, after a Hindi no: verbs of giving, "hi" (only), politeness. */
const TAIL_AFTER_AMOUNT = new Set(
  'chahiye chaiye chahie kar karo kardo karna do de dedo dena bhej bhejo bhejna bhejiye dijiye hi bhaiya bhai ji please pls plz wala wale ka ki ke'.split(
    ' ',
  ),
)
const RATHER = new Set('but sondern balki aber rather eher lieber just only nur sirf bas'.split(' '))
/** Hindi number words an amount taken back may be said in ("ek tray nahi do tray", "ek kilo pyaz nahi dedh"). */
const HI_AMOUNT_WORDS =
  'ek|do|teen|tin|char|chaar|paanch|panch|chhe|saat|aath|nau|das|dedh|dhai|dhaai|adha|aadha|sava|savaa|pauna'
const OLD_AMOUNT_HINT = new RegExp(
  String.raw`\d\D*(?:nahi|nahin|nai|nhi|not|nicht|kein|keine)\b|(?:not|nicht|kein|keine)\D*\d.*\d|\b(?:${HI_AMOUNT_WORDS})\s.*\b(?:nahi|nahin|nai|nhi)\s`,
  'iu',
)
/** Every way of OLD_AMOUNT_HINT has a word of no in it: most texts have none, and are passed over at once. */
const NO_WORD_HINT = /n(?:ahi|ai|hi|ot|icht)|kein/iu
function oldAmountHint(text: string): boolean {
  return NO_WORD_HINT.test(text) && OLD_AMOUNT_HINT.test(text)
}
const NUM = String.raw`(\d+(?:[.,]\d+)?|½)`
/** An amount before a Hindi no: digits or a Hindi number word. */
const HI_NUM = String.raw`(\d+(?:[.,]\d+)?|½|(?:${HI_AMOUNT_WORDS})(?=\s))`
/** The new amount after a Hindi no: digits, or a Hindi number word before a unit ("do tray", "dedh kilo"). */
const NEW_AMOUNT = String.raw`(?=\d|(?:${HI_AMOUNT_WORDS})\s+(?:kilo|kg|kilogram|kgs|gram|grams|gm|gms|g|litre|liter|ltr|packet|packets|pkt|tray|peti|dozen|darjan|gaddi|bori|pav|paav|pao|piece|pc|pcs|nag|dabba|bottle|bottal)(?![\p{L}]))`
const HI_NOT = String.raw`(?:nahi|nahin|nai|nhi)`
const EN_DE_NOT = String.raw`(?:not|nicht|kein|keine)`
/** "12 nahi 6", "not 12, 6", "nicht 12 sondern 6", "no 2 kg, just 3 kg": the denied amount, a new one after it. */
const DENIED_BEFORE_NEW = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}.,])${HI_NUM}\s*(\p{L}+)?\s+${HI_NOT}|(?<![\p{L}])${EN_DE_NOT}\s+${NUM}\s*(\p{L}+)?)(?![\p{L}\p{N}])\s*[,;:-]?\s*(?:(?:but|sondern|balki|aber|rather|eher|lieber|just|only|nur|sirf|bas)(?![\p{L}])\s*)?${NEW_AMOUNT}`,
  'giu',
)
/**
 * "1 kg pyaz nahi 2 kg", "ek kilo aloo nahi dedh kilo": amount, goods, then Hindi's no and the amount meant; the
 * denied amount is blanked and the no read as "only", the goods kept where they are ("pyaz only 2 kg").
 */
const DENIED_WITH_GOODS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])${HI_NUM}(\s*)(\p{L}+)(\s+\p{L}+(?:\s+\p{L}+)?)\s+(${HI_NOT})\s+${NEW_AMOUNT}`,
  'giu',
)
/** "6, not 12", "6 please, not 12", "6 chahiye, 12 nahi": the denied amount last, a new one before it. */
const NEW_BEFORE_DENIED = new RegExp(
  String.raw`(?<=\d.*?)(?:\s*[,;:-]\s*|\s+)(?:(?:and|but|aber|und|par)\s+)?(?:${EN_DE_NOT}\s+${NUM}\s*(\p{L}+)?|${NUM}\s*(\p{L}+)?\s+${HI_NOT})(?![\p{L}\p{N}])(?=[\s.!]*$)`,
  'giu',
)

// "dhaniya free me daal dena", "some coriander for free": a kirana throws in a few herbs for nothing, and the
// customer asks for them so; "free" alone stays, as names have it ("Sugar Free Gold", "Fat Free Milk")
const FOR_FREE =
  /(?<![\p{L}\p{N}])(?:free (?:me|mein|main|mai|mei)|for free|muft(?: (?:me|mein|main|mai|mei))?|gratis|umsonst|kostenlos|complimentary)(?![\p{L}\p{N}])/giu

/**
 * The sentences of a question, each keeping its own question mark: "atta hai?" asks because of it (the mark
 * stays with what it asks, and itemText drops it from the item).
 */
// (a comma between digits is a decimal one: "dann bitte 1,5 kg")
const ASKING_CHUNKS = /(?<=\?)|(?<!\d),|,(?!\d)|[;\n!]|\.\s|\s[-–]\s/
/** German thanks and goodbyes a message closes with, in pieces of their own ("vielen Dank", "tschüss"), folded. */
const THANKS_AND_BYE = new Set(
  'danke dank vielen herzlichen herzlich besten tausend tschuss tschuess tschau ciao adieu pfiat servus bye'.split(
    ' ',
  ),
)
/** Words of approval and yes, said before an order ("Super,", "great,", "Prima!", "badhiya,"). */
const APPROVAL = new Set(
  'super great cool perfect perfectly awesome excellent wonderful lovely brilliant fantastic amazing sweet nice fine good okay ok okey alright right sure yes yeah yep haan han ji achha acha accha badhiya badiya mast theek thik sahi prima perfekt toll gut klasse wunderbar spitze top herrlich schon schoen danke thanks ja jo genau jaa jau jou joa joah freilich logo'.split(
    ' ',
  ),
)

/**
 * Words of a note to the shop between the lines of a supplier's list: how the goods should be ("Send ripe ones only",
 * "good quality pls", "fresh stock only"), the paperwork wanted ("GST bill pls", "invoice with GST number") or a
 * reply asked for ("Kindly confirm", "pls acknowledge"). One of them must be said; the rest may be NOTE_WORDS.
 */
const SHOP_NOTE = new Set(
  'fresh freshest ripe firm quality stock grade premium best good ones only always every time items goods gst invoice invoices bill bills receipt challan tax number confirm confirmation acknowledge ack revert reply'.split(
    ' ',
  ),
)
/** Words of asking to be told, around "availability" under a list ("let me know if anything is not available"). */
const ASKING_ON = new Set(
  'let me us know inform tell share update send confirm check if whether anything something any item items what which is are not isnt arent the a of and or you your u please pls plz kindly'.split(
    ' ',
  ),
)
/** Words around a bare number that says how many ("actually 3", "3 please", "i need 3 of them"). */
const HOW_MANY_TALK = new Set(
  'actually sorry ok okay oh no nahi please pls plz i we need want would like just only then of them those these make it that chahiye bitte doch lieber'.split(
    ' ',
  ),
)
/**
 * The one whole number of a reply that is only such a number and HOW_MANY_TALK, when it is no option's number
 * (a number alone that is one is the choice) or words are said with it; null otherwise.
 */
function howManyOnly(folded: string, options: number): number | null {
  const ws = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const nums = ws.filter((w) => /^\d+$/.test(w) || (w in NUMBER_WORDS && !HOW_MANY_TALK.has(w)))
  if (nums.length !== 1 || !ws.every((w) => w === nums[0] || HOW_MANY_TALK.has(w))) return null
  const n = /^\d+$/.test(nums[0]!) ? Number(nums[0]) : NUMBER_WORDS[nums[0]!]
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 999) return null
  return n > options || ws.length > 1 ? n : null
}
/** What is left of "hold on", "hang on" once the verb is taken out: a particle, never goods. */
const PAUSE_PARTICLE = new Set(['on'])
/** Little words inside such a note ("invoice with GST number", "the bill along with the items"). */
const SHOP_NOTE_LITTLE = new Set('a an the with along of and no same as usual for all'.split(' '))

/** Is this uncounted piece a note to the shop (SHOP_NOTE) that names no goods? */
function shopNote(item: string, index: CatalogIndex): boolean {
  const ws = fold(item)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  return (
    ws.some((w) => SHOP_NOTE.has(w)) &&
    ws.every((w) => SHOP_NOTE.has(w) || NOTE_WORDS.has(w) || SHOP_NOTE_LITTLE.has(w) || FILLER.has(w)) &&
    matchItem(item, index).kind === 'none'
  )
}

/** Is this uncounted piece only words of `kind` (and filler), with at least one of them? */
function onlyWordsOf(kind: ReadonlySet<string>, item: string): boolean {
  const ws = fold(item)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  return ws.length > 0 && ws.some((w) => kind.has(w)) && ws.every((w) => kind.has(w) || FILLER.has(w))
}

/**
 * German words of talk around an order, none of them goods: being there, coming, whether it works, "that's it"
 * ("bin um 9 da", "komme gegen 9 vorbei", "geht das?", "das wärs", "wäre super", "aber"), and the little words a
 * polite wish is framed with ("wäre super, wenn ihr mir …", "falls möglich"), folded.
 */
const GERMAN_TALK = new Set(
  'wenn falls dass mir uns ich du wir ihr sie es das dies man bin bist ist sind war waren ware waere waer wars waers wares warst gehts geht klappt klappts passt komme kommt kommen vorbei da dort hier um gegen ab bis aber und oder dann nur mal doch auch noch schon so ja nicht moglich moeglich lieb nett super toll prima okay ok alles gerne gern'.split(
    ' ',
  ),
)

/** "fine, just the dahi then", "ok only bread", "nahi, sirf dahi", "dann nur das Brot": keeping, not adding. */
const JUST_THESE =
  /^(?:(?:ok|okay|fine|alright|no|nope|nahi|nai|theek hai|thik hai|chalo|achha|acha|then|so|dann|gut|ok dann|na gut|also|ach|oh|na|nee|eben|halt)[,.!]*\s+)*(?:just|only|sirf|bas|nur)\s+(?=\S)/iu

/**
 * The lines of a message that keeps only some of the cart: every line a cart product named with no amount (a
 * number makes it "only 2 bread", a new quantity).
 */
function keepsOnly(
  text: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const cart = context.cartSkus ?? []
  if (cart.length === 0 || /\d/.test(text)) return null
  const said = text.trim()
  // "die Kartoffeln hab ich noch, also nur Spargel": cart goods taken out first, then the ones kept
  const cut = said.search(/[,.;][^,.;]*$/u)
  const tail = cut > 0 ? said.slice(cut + 1).trim() : said
  const m = JUST_THESE.exec(tail)
  if (!m) return null
  if (tail !== said) {
    const before = readOrder(said.slice(0, cut), index, context, language)
    if (!before.lines.every((l) => l.op === 'remove' && l.sku !== null && cart.includes(l.sku))) return null
    if (before.unmatched.length > 0) return null
  }
  const rest = tail.slice(m[0].length)
  const r = readOrder(rest, index, context, language)
  if (r.lines.length === 0 || r.unmatched.length > 0 || r.rejected.length > 0) return null
  if (!r.lines.every((l) => l.sku !== null && cart.includes(l.sku) && !l.counted && l.op !== 'remove'))
    return null
  return { ...r, keepOnly: true }
}

const IF_YOU_HAVE_RE = new RegExp(`(?<![\\p{L}])${IF_YOU_HAVE}(?![\\p{L}])`, 'giu')

/** The text with its words of asking whether there is some blanked ("if you have", "do you have", "hai?"). */
/** "have you got", "you got", "got any": asking whether there is some, with "got". */
const HAVE_YOU_GOT =
  /(?<![\p{L}])(?:(?:have|has) )?(?:you|u|ya) got(?: any)?(?![\p{L}])|(?<![\p{L}])got any(?![\p{L}])/giu

function withoutAsking(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length)
  return text.replace(new RegExp(ASKS_IF_THERE.source, 'gu'), blank).replace(rawPhrase('availability'), blank)
}

/** Is the item nothing but an amount ("1kg", "5 kg", "2", or nothing at all)? */
function amountOnly(item: string): boolean {
  return queryWords(item).every((w) => /^\d/.test(w) || UNIT_WORD_SET.has(w) || NUMBER_WORDS_SET.has(w))
}

/** The one weight or volume said in a question ("5 kg wala", "the 500 g one"), as a pack size. */
function askedSize(text: string): Quantity | null {
  const sizes = readQuantitiesIn(text).filter(
    (g) => g.unit?.physical && g.unit.unit && !Number.isNaN(g.value),
  )
  if (sizes.length !== 1) return null
  // (a Pfund or dag is already grams here: readQuantities applies the factor)
  return { value: sizes[0]!.value, unit: sizes[0]!.unit!.unit! }
}
const ASKS_IF_THERE = /(?<![\p{L}\p{N}])(?:hai|h|hain|he) ?\?/u

/**
 * "paise kal dunga", "udhaar likh lo", "2 kg aloo, khate mein likh do", "anschreiben bitte": paying later or on
 * the khata is said apart from the goods; the rest of the message is read as usual.
 */
// Words that say the goods are not there: "keine", "nicht da", "aus", "alle", "ausverkauft", "not", "nahi".
const ABSENT = String.raw`(?:kein|keine|keinen|keins|keiner|nicht|nix|aus|alle|ausverkauft|vergriffen|weg|leer|not|no|none|out|unavailable|nahi|nahin|nai|khatam|khatm)`
const CLAUSE = String.raw`[^,.;!?\n]`
/**
 * What to give if the goods are not there, said after them: "falls keine Erdbeer dann Kirsch", "wenn nicht da,
 * dann die kleinen", "falls aus dann 2 Laugenstangen", "if not available then mint", "agar nahi ho to dahi";
 * "sonst Laugenstangen", "otherwise mint", "warna dahi"; or before its condition: "oder Kirsch, wenn keine Erdbeer
 * da ist".
 */
const FALLBACK = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:falls|wenn|if|agar)\s+(?:${CLAUSE}{0,40}?\s)?${ABSENT}(?![\p{L}])${CLAUSE}{0,40}?(?:\s*,\s*|\s+)(?:dann|then|to|toh|nimm|nehme ich|send|take)(?![\p{L}])|(?:sonst|ansonsten|andernfalls|otherwise|else|warna|nahi to|nahi toh)(?!\s+(?:noch|nichts|nix|alles|immer|auch|so|wie|gerne|gern|nothing|all)(?![\p{L}])))\s*(${CLAUSE}+)|(?<![\p{L}\p{N}])(?:oder|or)\s+(?:lieber\s+|halt\s+|auch\s+)?(${CLAUSE}+?)\s*,?\s*(?:falls|wenn|if)\s+(?:${CLAUSE}{0,40}?\s)?${ABSENT}(?![\p{L}])${CLAUSE}*`,
  'giu',
)

/** The text with a fallback beside goods blanked, and the fallback as said; null when there is none. */
function withoutFallback(text: string, index: CatalogIndex): { text: string; said: string } | null {
  if (!/\b(?:falls|wenn|if|agar|sonst|ansonsten|andernfalls|otherwise|else|warna|oder|or)\b/i.test(text))
    return null
  let said = ''
  const out = text.replace(FALLBACK, (m, after?: string, before?: string) => {
    const goods = after ?? before ?? ''
    if (said || !namesSomeGoods(goods, index)) return m
    said = m.trim()
    return ' '.repeat(m.length)
  })
  FALLBACK.lastIndex = 0
  // only beside goods ordered: "falls keine Erdbeer da sind, dann eben Kirsch" alone is the order itself
  if (!said || !namesSomeGoods(out, index)) return null
  return { text: out, said }
}

/**
 * The goods wanted and what to give instead, said as a condition alone: "if no mother dairy milk send amul taaza 10
 * pkt", "if no coriander then mint 5 bunch", "if there is no paneer, give tofu 1 kg". The goods named first are wanted
 * (in the amount said for either), the others are what to give if they are not there: `goods` is what to order
 * (null when they are in the cart already, and only the fallback is news), `said` the whole wish for the shop.
 */
function preferredWithFallback(
  text: string,
  index: CatalogIndex,
  context: ConversationContext,
): { goods: string | null; said: string; lacking?: string } | null {
  const m = CONDITIONAL_ORDER.exec(text.trim()) ?? CONDITIONAL_ORDER_HINDI.exec(text.trim())
  if (!m) return null
  const wanted = m[1]!.trim()
  const instead = m[2]!.trim()
  if (!namesSomeGoods(instead, index)) return null
  const first = matchItem(itemText(wanted), index)
  if (first.kind === 'none') return { goods: instead, said: text.trim(), lacking: wanted }
  const said = text.trim()
  const sku = first.kind === 'resolved' ? first.sku : null
  if (sku && context.cartSkus?.includes(sku)) return { goods: null, said }
  // (nor when "which one?" is open on them: "2 amul taaza doodh", then "agar amul taaza nahi hai to gold bhej do")
  const asked = context.pendingChoice?.options ?? []
  if (first.candidates.length > 0 && first.candidates.every((c) => asked.includes(c)))
    return { goods: null, said }
  // (how many or how much of the others: their pack size is theirs, "amul paneer 200g 4" is four)
  const q = readLines(instead, 1)[0]?.quantity
  const amount = q?.qty ? `${q.qty}${q.unit ? ` ${q.unit}` : ''}` : ''
  const own = readQuantitySpans(wanted).length > 0
  return { goods: own || amount === '' ? wanted : `${wanted} ${amount}`, said }
}
const CONDITIONAL_ORDER = new RegExp(
  String.raw`^(?:if|agar)\s+(?:there\s+is\s+|there'?s\s+|you\s+have\s+|u\s+have\s+)?(?:no|not|none)\s+(${CLAUSE}+?)(?:\s+(?:is\s+)?(?:available|there|in\s+stock))?\s*(?:,\s*(?:then\s+)?(?:send\s+|give\s+|take\s+)?|\s+then\s+(?:send\s+|give\s+|take\s+)?|\s+(?:send|give|take)\s+)(${CLAUSE}+?)\s*(?:instead|pls|please|plz)?[.!]*$`,
  'iu',
)

/**
 * The same in Hindi word order, the goods before their "not": "agar amul taaza nahi hai to gold bhej do", "dhaniya na
 * mile toh pudina de dena", "अगर तूर दाल नहीं है तो मूंग दाल" (read transliterated), "agar gold khatam ho to taaza
 * chalega". The verb after the others ("bhej do", "de dena", "chalega") is no part of their name.
 */
const CONDITIONAL_ORDER_HINDI = new RegExp(
  String.raw`^(?:(?:agar|agr|yadi)\s+)?(${CLAUSE}+?)\s+(?:nahi|nahin|nai|nhi|na|khatam|khatm)(?:\s+(?:hai|hain|he|h|ho|hon|hoga|hogi|mile|mila|mili|milta|milti|available|stock\s+mein|dukaan\s+mein|ho\s+gaya|ho\s+gayi))*\s*,?\s*(?:to|toh|tho|tab|phir|fir)\s+(${CLAUSE}+?)(?:\s+(?:bhi|bhej|bhejo|bhejna|bhejdo|bhejiye|bhejdena|bhej\s+dijiye|de|do|dena|dedo|dedena|dijiye|dijie|dijiyega|le|lo|lena|lana|aana|chalega|chalegi|chal|jayega|jaega|please|pls|plz))*[.!]*$`,
  'iu',
)

/** A yes said with its no: "passt nicht", "stimmt so nicht", "nicht richtig", "not right", "sahi nahi". */
const NEGATED_YES =
  /(?<![\p{L}])(?:(?:passt|stimmt|geht|ist gut|klappt)(?: (?:so|das|doch|aber|leider|noch))* (?:nicht|nich|net|ned)|nicht (?:richtig|korrekt|ok|okay|gut|so)|(?:not|isn'?t|is not) (?:right|correct|ok|okay|good)|(?:sahi|theek|thik) nahi)(?![\p{L}])/u

/** Question words, which ask with no question mark: "wann kann ich abholen", "wo seid ihr". */
const QUESTION_WORDS = new Set(
  [
    ...'wann wie was wo wohin woher warum wieso weshalb welche welcher welches welchen'.split(' '),
    ...'when what where why which how kab kaise kahan kyun kyu kaun'.split(' '),
    // (how much, how many, which one, where, as Hinglish opens a question: "kitne baje tak mil jayega")
    ...'kitna kitne kitni kaunsa konsa kaunsi konsi kidhar kahaan kaha kyon'.split(' '),
  ].map((w) => fold(w)),
)

/** Does the message ask something: a question mark at its end, or a question word first, and some words? */
function asksSomething(text: string): boolean {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (words.length < 2) return false
  // (with no question mark, only a question word opens one: "hat sich erledigt", "war lecker" are statements)
  return /\?(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u.test(text) || QUESTION_WORDS.has(words[0]!)
}

/** Where a message's clauses part: a line, a sentence's end, a comma, or an "and" between two of them. */
const CLAUSES = /[\n.!?,;]+|\s(?:and|aur|und|&|\+)\s/iu

function understandText(
  input: string,
  index: CatalogIndex,
  context: ConversationContext,
  script?: 'hi-Deva',
): Understanding {
  const numbered = cartLineByNumber(input, index, context.cartSkus ?? [])
  if (numbered)
    return {
      ...emptyResult('order', detectLanguage(input)),
      lines: [
        {
          sku: numbered.sku,
          candidates: [],
          qty: 1,
          unit: numbered.unit,
          text: input.trim(),
          confidence: 0.95,
          op: 'remove',
          item: numbered.name,
        },
      ],
    }
  const u = understandMessage(input, index, context, script)
  // "can you do a better price on the onion bags?": the owner's to agree, whatever goods it names; beside counted
  // goods the order is read, also when the bargain is a clause after it ("2 kg tomato, rate kam karo")
  if (
    bargains(input) &&
    !input.split(CLAUSES).some((piece) => !bargains(piece) && ordersCountedGoods(piece, index))
  )
    return emptyResult('human', u.language)
  // "alles am Stück bitte", "bitte dünn geschnitten" after the goods: a note for the shop, as a fallback is
  if (u.lines.length === 0 && !u.fallback) {
    const note = cutNote(input)
    if (note) return { ...emptyResult('order', u.language), fallback: note }
  }
  // "nee, passt nicht": the cart is not right; "Sind die Brötchen von heute?", "Geht das bis morgen früh?": a
  // question nothing else here answers
  const readAsNothing =
    u.intent === 'other' &&
    u.lines.length === 0 &&
    u.unmatched.length === 0 &&
    !u.complaint &&
    !u.paid &&
    !u.payLater &&
    !u.shopQuestion
  // "dairy", "snacks?", "personal care": a category of the shop said alone, which no goods answered, asks for it
  const category = readAsNothing ? categoryAlone(input, index) : null
  if (category) return { ...emptyResult('catalog', u.language), category }
  if (readAsNothing && NEGATED_YES.test(fold(input))) u.notRight = true
  else if (readAsNothing && asksSomething(input)) u.question = true
  // "2 Brezeln, sind die von heute?", "4 Semmeln. Kann ich um 5 abholen?": the order is taken, and a question
  // beside it that names no goods and that nothing here answers goes to the shop
  else if (u.intent === 'order' && u.lines.length > 0 && !u.shopQuestion && questionBeside(input, index))
    u.question = true
  // "2 kg tomato, rate kam karo": the order is taken and the bargain beside it goes to the owner
  if (u.intent === 'order' && u.lines.length > 0 && bargains(input)) u.question = true
  clippedAloneOnlyInLists(u, input, index)
  pntOnlyForPunnets(u, index)
  if (u.lines.length > 0)
    u.lines = kindInsteadOfCart(
      varietiesInList(
        countInOtherPack(withSlices(withRemarks(u.lines, input, index), index), index, context),
        index,
      ),
      index,
      context,
    )
  return u
}

/**
 * "das Hack bitte nur vom Rind", "lieber Rinderhack" with mixed mince in the cart: in a German shop, an uncounted
 * change to goods not in the cart whose compound name ends in the kind of one cart product of the same category and
 * unit (Rinder-hack, Hack-fleisch gemischt) swaps them, as many as the cart had.
 */
function kindInsteadOfCart(
  lines: OrderLine[],
  index: CatalogIndex,
  context: ConversationContext,
): OrderLine[] {
  const cart = context.cartSkus ?? []
  const l = lines.length === 1 ? lines[0]! : undefined
  if (!l?.sku || l.op !== 'set' || l.counted || l.qtyOf || cart.includes(l.sku) || !isGermanCatalog(index))
    return lines
  const meant = productOf(l.sku, index)!.product
  const own = queryWords([meant.name, ...meant.aliases].join(' ')).filter((w) => w.length >= 4)
  const kinds = cart.filter((sku) => {
    const c = productOf(sku, index)?.product
    if (!c || c.unit !== meant.unit || c.category !== meant.category) return false
    const theirs = queryWords([c.name, ...c.aliases].join(' ')).filter((w) => w.length >= 4)
    return theirs.some((w) => own.some((o) => o !== w && (o.endsWith(w) || w.endsWith(o))))
  })
  if (kinds.length !== 1) return lines
  return [
    { ...l, qty: 1, qtyOf: kinds[0]! },
    { ...l, sku: kinds[0]!, qty: 1, op: 'remove', counted: false },
  ]
}

/**
 * "1 Glas Kirschmarmelade und 1 Glas Erdbeer", "zwei Gläser Marmelade, einmal Kirsch und einmal Erdbeer": in a
 * German shop, a variety said alone right after goods of its kind is that kind's variety (the jam, not the punnet of
 * strawberries), when the word names the variety and not the goods it found; goods of a kind counted in all and
 * then split into varieties that add up to the count are those varieties only.
 */
function varietiesInList(lines: OrderLine[], index: CatalogIndex): OrderLine[] {
  if (lines.length < 2 || !isGermanCatalog(index)) return lines
  const out = lines.map((l) => ({ ...l }))
  for (let i = 1; i < out.length; i++) {
    const l = out[i]!
    const before = out[i - 1]!
    const said = queryWords(quotedItem(l.text)).filter((w) => !FILLER.has(w) && !UNIT_WORD_SET.has(w))
    if (l.op !== 'add' || before.op !== 'add' || !l.sku || said.length !== 1) continue
    const w = said[0]!
    const found = productOf(l.sku, index)!.product
    if (queryWords([found.name, ...found.aliases].join(' ')).includes(w)) continue
    const kinds = before.sku ? [before.sku] : before.candidates
    const variety = index.products.find(
      (p) =>
        p.sku !== l.sku &&
        queryWords(p.name).includes(w) &&
        kinds.some((k) => k === p.sku || varietyOf(k, p.sku, index)),
    )
    if (variety)
      Object.assign(l, { sku: variety.sku, candidates: [], unit: variety.unit, container: undefined })
  }
  // "zwei Gläser Marmelade, einmal Kirsch und einmal Erdbeer": the count in all is the varieties after it
  return out.filter((h, i) => {
    if (h.sku !== null || h.candidates.length < 2 || h.op !== 'add') return true
    let sum = 0
    let k = i + 1
    for (; k < out.length && out[k]!.sku && h.candidates.includes(out[k]!.sku!); k++) sum += out[k]!.qty
    return !(k - i - 1 >= 2 && sum === h.qty)
  })
}

/**
 * "Eier bitte 10 statt 6" with the 6er pack in the cart, "die Eier doch nur 6" with the 10er: a count of pieces no
 * whole number of the cart's packs makes, but another pack of the same goods does, is that pack, in place of the
 * cart's when the count is set, beside it when added.
 */
function countInOtherPack(
  lines: OrderLine[],
  index: CatalogIndex,
  context: ConversationContext,
): OrderLine[] {
  const cart = context.cartSkus ?? []
  if (cart.length === 0 || !lines.some((l) => l.container === 'pieces-of-pack')) return lines
  return lines.flatMap((l) => {
    const here =
      l.container === 'pieces-of-pack' && l.op !== 'remove' && l.sku && cart.includes(l.sku)
        ? productOf(l.sku, index)
        : undefined
    const others = here ? sizesOfKind(index, here.p).filter((p) => p !== here.p) : []
    const fit =
      others.length > 0
        ? wholePacks(
            others.map((p) => index.products[p]!.sku),
            index,
            (size) => (size.unit === 'pc' && size.value > 1 ? l.qty / size.value : null),
          )
        : null
    if (!here || !fit) return [l]
    const to: OrderLine = { ...l, sku: fit.sku, qty: fit.packs, unit: 'pack', container: undefined }
    if (l.op !== 'set') return [to]
    return [
      to,
      {
        ...l,
        sku: here.product.sku,
        qty: 1,
        unit: 'pack',
        op: 'remove',
        counted: false,
        container: undefined,
      },
    ]
  })
}

/**
 * The lines of loose goods with the customer's words of how they want them (`remark`), looked for in the line's
 * own text and up to the next line or the end of its message line ("Tomato 5kg, medium size").
 */
function withRemarks(lines: OrderLine[], input: string, index: CatalogIndex): OrderLine[] {
  const said = [...fold(input).matchAll(/\p{L}+(?:-\p{L}+)?/gu)].map((m) => m[0])
  if (!said.some((w) => GRADE_WORDS.has(w) || HUA.has(w))) return lines
  let from = 0
  const at = lines.map((l) => {
    const i = input.indexOf(l.text, from)
    if (i >= 0) from = i + l.text.length
    return i
  })
  return lines.map((l, k) => {
    const start = at[k]!
    const p = l.sku === null ? undefined : index.bySku.get(l.sku)
    if (start < 0 || p === undefined || l.op !== 'add' || index.sizes[p]) return l
    const nl = input.indexOf('\n', start + l.text.length)
    const next = at.slice(k + 1).find((n) => n > start) ?? input.length
    const end = Math.min(next, nl < 0 ? input.length : nl)
    const product = index.products[p]!
    const own = new Set(fold(`${product.name} ${product.aliases.join(' ')}`).split(/[^\p{L}]+/u))
    const remark = gradeSaid(input.slice(start, Math.max(end, start + l.text.length)), own)
    return remark ? { ...l, remark } : l
  })
}

/** The words of a piece that say how goods should be ("pakke hue", "big ones", "not too ripe"), or null. */
function gradeSaid(piece: string, own: ReadonlySet<string>): string | null {
  const ws = [...piece.matchAll(/\p{L}+(?:-\p{L}+)?/gu)].map((m) => m[0])
  const spans: string[] = []
  let span: string[] = []
  let graded = false
  const close = () => {
    while (span.length > 0 && GRADE_LEADING.has(fold(span[span.length - 1]!))) span.pop()
    if (graded && span.length > 0) spans.push(span.join(' '))
    span = []
    graded = false
  }
  ws.forEach((w, i) => {
    const f = fold(w)
    // the word before hua is its participle, whatever it is: "kata hua", "chhile hue"
    const participle = HUA.has(fold(ws[i + 1] ?? '')) && !own.has(f) && !GRADE_AROUND.has(f)
    const grade = (GRADE_WORDS.has(f) && !own.has(f)) || participle
    if (grade || (GRADE_AROUND.has(f) && (span.length > 0 || GRADE_LEADING.has(f)))) {
      span.push(w)
      graded ||= grade
    } else close()
  })
  close()
  return spans.length > 0 ? spans.join(', ') : null
}

/** A sentence of its own that asks (a question mark closes it), names no goods, and is no question of paying. */
function questionBeside(text: string, index: CatalogIndex): boolean {
  return text.split(/(?<=\?)|[,;\n!]|\.\s/).some((c) => {
    const folded = fold(c)
    // ("how long will it take", "kab tak aayega", "eta?": asking when is a question with or without its mark;
    // "2 Brote, 4 Brezeln. Was macht das zusammen?": the cart shown answers a question of the total)
    const asks = WHEN_ASKED.test(folded) || (/\?\s*$/.test(c) && asksSomething(c) && !has('status', folded))
    return asks && !namesSomeGoods(c, index) && shopQuestion(c) === null && !asksHowToPay(c)
  })
}

/** Asking when or how long: "how long will it take", "when will it come", "eta", "kitna time", "wie lange". */
const WHEN_ASKED =
  /\b(?:how long|how much time|when (?:will|can|would|do|does|is|are)|eta|kitna (?:time|samay|der)|kitni der|kab tak|kab (?:aayega|ayega|aaega|aega|milega|aayegi|ayegi|pahunchega|bhejoge|bhejenge)|wie lange|wann (?:kommt|kommen|ist|sind|wird|werden|kann|konnen|koennen))\b/

function understandMessage(
  input: string,
  index: CatalogIndex,
  context: ConversationContext,
  script?: 'hi-Deva',
): Understanding {
  const instead = withoutFallback(input, index)
  if (instead) {
    const u = understandText(instead.text, index, context, script)
    // (the language of the whole message: the fallback's words are the customer's too)
    if (u.lines.length > 0) return { ...u, fallback: instead.said, language: script ?? detectLanguage(input) }
  }
  const wish = preferredWithFallback(input, index, context)
  // ("if no amul taaza send mother dairy milk 1L x 4" where no Amul Taaza is sold: the others, and the shop lacks
  // the first)
  if (wish?.lacking) {
    const u = understandText(wish.goods!, index, context, script)
    if (u.lines.length > 0) return { ...u, unmatched: [...u.unmatched, wish.lacking] }
  } else if (wish) {
    const u = wish.goods === null ? null : understandText(wish.goods, index, context, script)
    if (u === null) return { ...emptyResult('order', script ?? detectLanguage(input)), fallback: wish.said }
    if (u.lines.length > 0 && u.lines.every((l) => l.sku !== null || l.candidates.length > 0))
      return { ...u, fallback: wish.said, language: script ?? detectLanguage(input) }
  }
  const later = withoutPayLater(input, index)
  if (!later) return readMessage(input, index, context, script)
  const u = readMessage(later, index, context, script)
  u.payLater = true
  // the message was only that: no goods the shop lacks ("we don't have: paise"), no order announced
  if (u.lines.length === 0 && ['order', 'other'].includes(u.intent))
    return { ...u, intent: 'other', unmatched: [] }
  return u
}

/** Blanks credit phrases inside a clause that names goods ("2 kilo aloo udhaar likh lo"). */
const CREDIT_IN_LINE =
  /(?<![\p{L}\p{N}])(?:(?:mere|mera|meri|hamare|my|on|in|auf|aufs)\s+)?(?:khate|khaate|khata|khaata|udhaar|udhar|account|credit|hisaab|hisab|tab|konto)(?:\s+(?:mein|me|main|pe|par|per|on|se))?\s+(?:likh|likho|likhna|likhiye|daal|daalo|dal|dalo|jod|jodo|chadha|chadhao|de|dena|dedo|write|put|add|charge|schreiben)(?:\s+(?:lo|do|dena|lena|dijiye|dijie|na|please|pls|bitte|it|that|this))*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:on\s+credit|(?:bitte\s+)?anschreiben(?:\s+bitte)?)(?![\p{L}\p{N}])/giu

/**
 * The text with what says paying later or on the khata blanked (spaces), or null when nothing does: a clause of
 * its own ("2 kg aloo, paise kal dunga"), a credit phrase inside a line of goods, or the whole message.
 */
function withoutPayLater(text: string, index: CatalogIndex): string | null {
  if (!PAY_LATER_HINT.test(text)) return null
  // each clause that says it and names no goods ("2 kg aloo, paise kal dunga", "haan, udhaar likh lo")
  let out = text.replace(/[^,;\n.!?]+/g, (c) =>
    saysPayLater(c) && !namesSomeGoods(c, index) ? ' '.repeat(c.length) : c,
  )
  if (CREDIT_IN_LINE.test(out)) out = out.replace(CREDIT_IN_LINE, (m) => ' '.repeat(m.length))
  CREDIT_IN_LINE.lastIndex = 0
  if (out !== text) return out
  return saysPayLater(text) ? ' '.repeat(text.length) : null
}

/** Is what comes before this point on its line only a greeting ("Hi ", "Good morning, ")? */
function afterGreeting(text: string, at: number): boolean {
  const before = fold(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))
    .replace(/[\s,!.:-]+$/u, '')
    .trim()
  return before !== '' && has('greeting', before) && strip('greeting', before).trim() === ''
}

/** Asking for a phone call: "call me", "pls ring me before coming", "give me a call". */
const CALL_ME =
  /(?:please |pls |plz )?(?:call|ring|phone) (?:me|us|you|u)\b|give (?:me|us) a (?:call|ring)|please call/g

/** Does the text have a line that counts goods the shop sells ("2 kg aloo", "Tomato 5 kg")? */
function ordersCountedGoods(text: string, index: CatalogIndex): boolean {
  return readLines(text, 10).some(
    (l) => l.hasQuantity && queryWords(l.item).some((w) => namesGoods(w, index)),
  )
}

function readMessage(
  input: string,
  index: CatalogIndex,
  context: ConversationContext,
  script?: 'hi-Deva',
): Understanding {
  // blanked, not cut, so positions still point at the same words (quotedTidily closes the gap)
  const blank = (m: string) => ' '.repeat(m.length)
  const beside = shopQuestionBeside(
    withoutPaidNews(
      oldAmountTakenBack(input.replace(ONLY_IF, blank).replace(FOR_FREE, blank).replace(PRICE_REMARK, blank)),
      index,
    ),
    index,
  )
  const text = beside.text
  const language = script ?? detectLanguage(text)
  const loose = language === 'hi-Deva'
  if (text.trim() === '') return emptyResult('other', language)
  let intentText = text
  for (const [re, word] of INTENT_EMOJI) intentText = intentText.replace(re, word)
  const folded = fold(intentText).replace(/\s+/g, ' ').trim()

  // An answer to "Which one? 1) .. 2) ..".
  if (context.pendingChoice && context.pendingChoice.options.length > 0) {
    const choice = answerChoice(folded, text, index, context.pendingChoice.options, loose)
    if (choice) return { ...emptyResult('order', language), choice }
    // "sorry make it 3", "actually 3", "nahi 3 chahiye" while "which one?" is open: how many of what is asked
    // about, read as a change of the line it will be
    const asked = { ...context, cartSkus: [context.pendingChoice.options[0]!] }
    const edit = bareQuantityEdit(text, folded, index, asked, language)
    const line = edit?.lines.length === 1 ? edit.lines[0]! : null
    if (line?.op === 'set' && !line.vague && !line.scale)
      return { ...emptyResult('order', language), pendingAmount: { qty: line.qty, unit: line.unit } }
    // "actually 3", "3 please", "i need 3", "3 of them": a number that answers no option, with only words of
    // wanting, politeness and correction around it, is how many too
    const many = howManyOnly(folded, context.pendingChoice.options.length)
    const asked1 = productOf(context.pendingChoice.options[0]!, index)
    if (many !== null && asked1)
      return { ...emptyResult('order', language), pendingAmount: { qty: many, unit: asked1.product.unit } }
  }

  // Paging through the catalog the bot just showed.
  if (context.catalogPage !== undefined) {
    const m = /^(?:page\s*)?(\d{1,3})$/.exec(folded)
    if (m) return { ...emptyResult('catalog', language), page: Number(m[1]) }
    if (
      /^(?:more|next|next page|aur|aur dikhao|aage|weiter|mehr|naechste|nachste|show more)[.!]*$/.test(folded)
    ) {
      return { ...emptyResult('catalog', language), page: context.catalogPage + 1 }
    }
  }

  // "Tomato 5 kg / Pls call me before coming / Carrot 2 kg": asking for a call beside counted goods is how to
  // deliver them, not a wish to leave the bot; the order is read
  // ("… and I want to talk to the owner" still is)
  if (
    has('human', folded) &&
    (has('human', folded.replace(CALL_ME, ' ')) || !ordersCountedGoods(text, index))
  )
    return emptyResult('human', language)
  // "done, paid via gpay", "maine paise bhej diye", "ist überwiesen": news of paying, not goods and not a yes
  if (
    saysPaid(text) &&
    !readLines(text, 10).some((l) => l.hasQuantity && queryWords(l.item).some((w) => namesGoods(w, index)))
  )
    return { ...emptyResult('other', language), paid: true }
  // "Wann kommt wieder frischer Spargel rein?", "when will mangoes come?", "paneer kab aayega?": when goods come
  // (back) in is asked about the goods, as "do you have …" is, not about an order
  const back = goodsComingBack(folded, index, loose, language)
  if (back) return back
  const andThat =
    context.askedSku || context.shownSkus?.length ? askedAboutToo(folded, index, loose, language) : null
  if (andThat) return andThat
  if ((has('status', folded) || asksWhatWasOrdered(text)) && !hasCountedGoods(text, index))
    return emptyResult('status', language)
  // "shop kab khulega", "do you deliver?", "delivery charge kitna hai": about the shop, not goods
  const aboutShop = shopQuestion(text)
  if (aboutShop && !hasOrderLines(text, index))
    return { ...emptyResult('other', language), shopQuestion: aboutShop }

  const isPrice = has('price', folded)
  // "atta hai?", "kya 5 kg wala atta hai?", "fresh paneer hain?": goods asked after with a questioning "hai" (not
  // "order ready hai?", "payment ho gaya hai?", which name no goods)
  const isAvail =
    has('availability', folded) ||
    (ASKS_IF_THERE.test(folded) &&
      text.split(ASKING_CHUNKS).some((c) => ASKS_IF_THERE.test(fold(c)) && namesSomeGoods(c, index)))
  if (has('catalog', folded) && (!isPrice || queryWords(itemText(strip('catalog', folded))).length === 0)) {
    const category = categoryNamed(text, index)
    return category ? { ...emptyResult('catalog', language), category } : emptyResult('catalog', language)
  }
  // "dairy products?", "your snacks list", "sabzi ka saman": a category of the shop and words of asking about it
  const onlyCat = onlyCategory(text, index)
  if (onlyCat) return { ...emptyResult('catalog', language), category: onlyCat }
  // "2 kg sugar, 1 bread - how much total?": a price question about nothing in particular next to order lines is
  // an order (the summary carries the total); "price of 1 kg tomato" stays a price question.
  let orderText = text
  // the sentences of a price or availability question, and the item it is about: the rest of the one that asks
  const chunks = isPrice || isAvail ? text.split(ASKING_CHUNKS) : []
  const asked = chunks
    .filter(
      (chunk) =>
        has('price', fold(chunk)) || has('availability', fold(chunk)) || ASKS_IF_THERE.test(fold(chunk)),
    )
    .map((chunk) => itemText(strip('availability', strip('price', fold(chunk)))))
    .filter((item) => queryWords(item).length > 0)
  if (isPrice || isAvail) {
    if (asked.length === 0) {
      orderText = text
        .replace(rawPhrase('price'), (m) => ' '.repeat(m.length))
        .replace(rawPhrase('availability'), (m) => ' '.repeat(m.length))
    }
  }
  // "tomato 5kg, onion 3kg. Let me know the availability", "pls confirm availability" under a list: the question
  // names no goods of its own, so it asks about the goods listed, which are ordered
  if ((isPrice || isAvail) && asked.length > 0 && !isPrice) {
    const asking = chunks.filter(
      (chunk) => has('availability', fold(chunk)) || ASKS_IF_THERE.test(fold(chunk)),
    )
    const aboutNothing = asked.every(
      (item) =>
        fold(item)
          .split(/[^\p{L}]+/u)
          .every((w) => w === '' || ASKING_ON.has(w) || SHOP_NOTE.has(w) || FILLER.has(w)) &&
        matchItem(item, index).kind === 'none',
    )
    if (aboutNothing) {
      let blanked = text
      for (const chunk of asking) blanked = blanked.replace(chunk, ' '.repeat(chunk.length))
      if (hasOrderLines(blanked, index)) orderText = blanked
    }
  }
  const ordersToo =
    (orderText !== text &&
      readLines(orderText, 20).some((l) => l.hasQuantity && matchItem(l.item, index).kind !== 'none')) ||
    // "kya 3 kilo pyaz mil jayega?", "do you have 2 kg onion?": asking for a quantity of goods orders them
    (isAvail &&
      !isPrice &&
      chunks.some(
        (chunk) =>
          (has('availability', fold(chunk)) || ASKS_IF_THERE.test(fold(chunk))) &&
          hasOrderLines(withoutAsking(chunk), index),
      ))
  // "2 kg aloo hai?", "if you have paneer send 1": the asking is no part of the order it asks for (without the
  // mark, "2 kg aloo hai" says what there is)
  if (ordersToo && orderText === text)
    orderText = text
      .replace(new RegExp(ASKS_IF_THERE.source, 'gu'), (m) => ' '.repeat(m.length))
      .replace(IF_YOU_HAVE_RE, (m) => ' '.repeat(m.length))
      // "have you got sugar 5 kg?": the asking is no question around the goods it asks for
      .replace(HAVE_YOU_GOT, (m) => ' '.repeat(m.length))
  if ((isPrice || isAvail) && !ordersToo) {
    const item = asked[0] ?? ''
    // "how much for 1kg?", "price for 5 kg?", "and for 2?" right after the shop gave one product's price: that
    // product's price again, not goods named "1kg"
    const asked1 = context.askedSku
    if (isPrice && asked1 && index.bySku.has(asked1) && amountOnly(item)) {
      const result = emptyResult('price', language)
      result.priceQuery = {
        sku: asked1,
        candidates: [],
        text: index.products[index.bySku.get(asked1)!]!.name,
      }
      return result
    }
    // an amount with no goods and nothing asked about before: a price question about nothing in particular
    if (isPrice && item !== '' && amountOnly(item)) return emptyResult('price', language)
    // "kya 5 kg wala atta hai?", "is the 10 kg atta available": the pack size said picks the pack asked about
    const size = askedSize(text)
    let m =
      packAskedAbout(
        chunks.find(
          (c) => has('price', fold(c)) || has('availability', fold(c)) || ASKS_IF_THERE.test(fold(c)),
        ),
        item,
        index,
      ) ?? matchItem(item, index, size ? { loose, size } : { loose })
    // "gibt es den Spargel auch geschält?": how it is to be made is no part of the goods asked about
    if (m.kind === 'none') {
      const plain = item
        .split(/\s+/)
        .filter((w) => !onlyDescribes(w))
        .join(' ')
      if (plain !== item && plain !== '') {
        const again = matchItem(plain, index, size ? { loose, size } : { loose })
        if (again.kind !== 'none') m = again
      }
    }
    // "habt ihr noch Spargel? dann bitte 1 kg", "do you have onions? 2 kg then": a quantity with no item of its
    // own, after asking whether there is some, orders what was asked about
    // "was kostet der Bergkäse? Ich hätte gern 300 g": after a price question, an amount said with a verb of
    // wanting (or "dann") orders it too
    const rest = chunks
      .filter(
        (chunk) =>
          !has('availability', fold(chunk)) && !has('price', fold(chunk)) && !ASKS_IF_THERE.test(fold(chunk)),
      )
      // "Guten Tag, was kostet …": the hello is no part of what is wanted
      .filter((chunk) => !(has('greeting', fold(chunk)) && !/\d/.test(chunk)))
      .join(' ')
    const restFolded = fold(rest)
    const wantsIt =
      WANTING_DE.test(restFolded) ||
      has('orderVerb', restFolded) ||
      /(?<![\p{L}])(?:dann|then|to|toh)(?![\p{L}])/u.test(restFolded)
    if ((isAvail || wantsIt) && m.kind !== 'none') {
      const said = readQuantitiesIn(rest).filter((g) => !Number.isNaN(g.value) && !g.article)
      // (with the size asked about: "do you have amul butter 500g? if yes send 2")
      const sized = size ? ` ${size.value} ${size.unit}` : ''
      if (said.length === 1 && namesNoItem(strip('greeting', restFolded))) {
        const ordered = readOrder(`${rest.trim()} ${item}${sized}`, index, context, language)
        if (ordered.lines.length === 1) return ordered
      }
      // "habt ihr noch Radieschen? dann 2 Bund bitte und 1 Butter": in a list, the one piece that is only an
      // amount is the goods asked about, and the other pieces are read as usual
      if (said.length > 1) {
        const pieces = rest.split(LIST_PIECES).filter((p) => p.trim() !== '')
        const bare = pieces.flatMap((piece, at) =>
          amountsIn(piece).length === 1 && namesNoItem(strip('greeting', fold(piece))) ? [at] : [],
        )
        // (the size only from the question: the other pieces say their own)
        const askedIn = askedSize(chunks.filter((c) => !rest.includes(c)).join(' '))
        const sizedHere = askedIn ? ` ${askedIn.value} ${askedIn.unit}` : ''
        if (pieces.length > 1 && bare.length === 1) {
          const joined = pieces.map((p, at) =>
            at === bare[0] ? `${p.trim()} ${item}${sizedHere}` : p.trim(),
          )
          const ordered = readOrder(joined.join(', '), index, context, language)
          if (ordered.lines.length === pieces.length) return ordered
        }
      }
    }
    // "2 Brötchen, habt ihr auch Dinkelbrot?", "4 Brezn. Gibts heute Spargel?", "2 kg onion, do you have paneer?":
    // goods counted in a piece of their own beside the question are ordered, and the question is answered too
    // (a list with a question on a line of its own under it stays the question, for the shop to answer first)
    if (
      m.queryWords.length > 0 &&
      !text.trim().includes('\n') &&
      readLines(rest, 20).some((l) => l.hasQuantity && namesSomeGoods(l.item, index))
    ) {
      const ordered = readOrder(rest, index, context, language)
      if (ordered.intent === 'order' && ordered.lines.length > 0) {
        ordered.priceQuery = { sku: m.sku, candidates: m.candidates, text: item || m.queryWords.join(' ') }
        return ordered
      }
    }
    // "kya haal hai", "kya baat hai": the frame of "kya paneer hai" around words that name no goods is talk
    const talkInFrame =
      !isPrice &&
      m.kind === 'none' &&
      KYA_HAI.test(folded) &&
      !queryWords(item).some((w) => namesGoods(w, index))
    // "show me snacks", "which vegetables do you have", "price of vegetables?": goods named by the shop's
    // category, not by a product, are that part of the catalog
    const category = m.kind === 'none' && item !== '' && !/\d/.test(text) ? categoryOfItem(item, index) : null
    if (category) return { ...emptyResult('catalog', language), category }
    if ((m.queryWords.length > 0 || isPrice) && !talkInFrame) {
      const result = emptyResult('price', language)
      if (m.queryWords.length > 0) {
        const range = m.kind !== 'none' && ASKS_WHICH.test(folded) ? rangeOf(item, m, index) : []
        result.priceQuery =
          range.length >= 2
            ? { sku: null, candidates: range, text: item }
            : { sku: m.sku, candidates: m.candidates, text: item || m.queryWords.join(' ') }
        if (m.kind === 'none') result.unmatched.push(item)
      }
      return result
    }
  }

  // "lieber doch die 6er", "nimm die 500er": a pack named by its size, with no item, is another pack of a cart
  // product; before "lieber 2", which it would otherwise be read as
  const packInstead = packNamedInstead(text, folded, index, context, language)
  if (packInstead) return packInstead
  // "make it the big one", "bada wala kar do", "I want the 500g one instead": another size of a cart product
  const described = sizeDescribedInstead(text, folded, index, context, language)
  if (described) return described
  // "sorry, meinte je 2 kg" after Äpfel and Birnen: the amount is each cart line's, not only the last's
  if ((context.cartSkus?.length ?? 0) > 1 && EACH_WORDS.test(folded)) {
    const each = bareQuantityEdit(text, folded, index, context, language)
    if (each && each.lines.length > 1) return each
  }
  // "Dann nehme ich zwei Schalen", "ok, 2 Gläser davon": an amount said with a pack word or a verb of taking,
  // and no item, is for the product just asked about or the cart's last line; without this it passes for a yes
  if (
    (context.askedSku || (context.cartSkus?.length ?? 0) > 0) &&
    takesAnAmount(text, folded) &&
    !packNamesOther(text, index, context)
  ) {
    const r =
      quantityForAsked(text, folded, index, context, language) ??
      amountForLastLine(text, folded, index, context, language, deniedCounts(input))
    if (r) return r
  }

  // "milk was not delivered today", "doodh nahi aaya", "die Milch kam heute nicht": news that goods did not come,
  // with no amount said, asks after an order (or is a complaint with none), never orders those goods again
  if (!/\d/.test(text) && saysNotArrived(text)) return emptyResult('status', language)

  // Short replies: only confirm / cancel / thanks / greeting phrases and filler.
  const residual = [
    'arrived',
    'done',
    'confirm',
    'cancel',
    'negative',
    'thanks',
    'greeting',
    'orderVerb',
  ].reduce((s, k) => strip(k as keyof typeof PHRASES, s), folded)
  // "nichts mehr, danke. Schönes Wochenende!": a parting wish is a short reply too
  const empty = contentless(emojiToWords(residual))
  const parting = !empty && isParting(residual)
  if (parting || empty) {
    // "that's all", "bas itna hi", "das wäre alles": the order is complete, which is a confirmation
    // ("alles gut angekommen" is news that the goods came: its "alles" and "gut" are no "that's all" and no yes)
    const news = strip('arrived', folded)
    if (has('done', news) && !has('cancel', strip('done', news))) return emptyResult('confirm', language)
    if (has('cancel', folded)) return emptyResult('cancel', language)
    // "ich hätte gern für morgen folgendes:", "ich bräuchte was": the "gern" of a verb of wanting is no yes
    const wants = WANTING_DE.test(folded)
    // "hello ji", "bhaiya ji", "thank you ji": after another word "ji" is respect, not a yes ("ji" alone, "ji haan",
    // "haan ji" still are)
    const respectful = news.replace(/(?<=\p{L}\s+)ji(?![\p{L}\p{N}])/gu, ' ')
    // "nee, passt nicht", "stimmt so nicht", "that's not right": a yes said with its no is none
    const confirm =
      has('confirm', wants ? respectful.replace(/\bgerne?\b/g, ' ') : respectful) && !NEGATED_YES.test(folded)
    const thanks = has('thanks', folded) || has('arrived', folded)
    if (has('negative', folded) && !confirm) return emptyResult('cancel', language)
    // "ok thanks" closes a chat, but with a cart waiting for a yes it is the yes
    if (
      confirm &&
      thanks &&
      /^(?:ok(?:ay)?|k|fine|alright|theek|thik)\b/.test(folded) &&
      (context.cartSkus?.length ?? 0) === 0
    )
      return emptyResult('thanks', language)
    // ("ye saaman bhej do", "ये सामान भेज दो": with nothing in the cart, the bhej do of a word for goods in
    // general announces the list to come; it is no yes)
    if (
      wishesGoodsInGeneral(folded, context) ||
      ((has('orderVerb', strip('thanks', strip('confirm', news))) || wants) && !confirm)
    )
      return emptyResult('order', language)
    // "place order" with nothing in the cart yet: the order is announced, its goods still to come
    if (
      confirm &&
      (context.cartSkus?.length ?? 0) === 0 &&
      /\bplace\b/.test(folded) &&
      /\border\b/.test(folded)
    )
      return emptyResult('order', language)
    if (confirm) return emptyResult('confirm', language)
    if (thanks || parting) return emptyResult('thanks', language)
    if (has('greeting', folded) || callsOut(folded)) return emptyResult('greeting', language)
    return emptyResult('other', language)
  }

  // "the mint is turning black", "Milch war sauer", "aloo kharab tha": with no quantity said, a complaint is for
  // a person, whatever else the message says
  const said = sentences(text)
  // "the mint was black, send fresh 4 bunch": a quantity with no item after a complaint asks for more of what
  // the complaint was about
  const refill = refillAfterComplaint(text, said)
  if (refill) {
    const out = readOrder(refill, index, context, language)
    if (out.lines.length > 0) return out
  }
  if (!/\d/.test(text) && said.some((s) => s.kind === 'complaint'))
    return { ...emptyResult('other', language), complaint: true }
  const everything = wholeCartScaled(text, folded, index, context, language)
  if (everything) return everything
  // "mach 3 draus", "make it 3", "lieber 2": a new quantity and no item changes the line last added.
  const bare = bareQuantityEdit(text, folded, index, context, language, deniedCounts(input))
  if (bare) return bare
  // "do you have paneer?" ... "ok give me 2": a quantity alone orders what the shop just gave the price of
  const forAsked = quantityForAsked(text, folded, index, context, language)
  if (forAsked) return forAsked
  // "do you have amul butter?" (two shown) ... "1 of the small one", "the 100 g one", "2 of the big ones"
  const picked = pickedFromShown(text, folded, index, context, language)
  if (picked) return picked
  const askedToo = askedInList(text, index, context, language)
  if (askedToo) return askedToo
  // "10 Brötchen und 2 Joghurt. Statt Joghurt lieber 2 Milch", "2 Brezeln, 1 Butter, ach nee, statt Butter 2 Milch":
  // the order first, then a sentence that swaps goods of that same order
  const within = swapWithinOrder(ordersToo ? orderText : text, index, context, language)
  if (within) return within
  // "statt Milch lieber Zucker", "Zucker statt Milch", "bread instead of milk", "doodh ki jagah dahi"
  // ("you sent 4kg instead of 5kg tomato": what came instead of what was ordered is a complaint, no swap)
  const swap =
    /instead of/i.test(text) && isComplaint(fold(text)) ? null : swapParts(ordersToo ? orderText : text)
  // "lieber 2 statt 3 Brötchen", "3 kg Äpfel statt 2", "statt 3 lieber 2 Brezeln": one side is only a quantity,
  // so the item stays and its quantity changes
  const requantity = swap ? quantitySwap(swap, index, context, language) : null
  if (requantity) return requantity
  if (swap) {
    const out = readOrder(swap.add, index, context, language)
    const gone = readOrder(swap.remove, index, context, language)
    // (each side read alone names a cart product alone: that says which it is there, not here)
    for (const l of [...out.lines, ...gone.lines]) if (l.scale === 1) l.scale = undefined
    const from = gone.lines.length === 1 ? gone.lines[0]! : null
    const to = out.lines.length === 1 ? out.lines[0]! : null
    if (
      from?.sku &&
      to?.sku &&
      to.sku !== from.sku &&
      context.cartSkus?.includes(from.sku) &&
      amountsIn(swap.add).length === 0
    ) {
      // "statt Erdbeer lieber Kirsch", "doodh ki jagah dahi": one for the other, as many as the cart had
      to.op = 'set'
      to.qtyOf = from.sku
      out.lines.push({ ...from, op: 'remove', counted: false })
    } else for (const l of gone.lines) out.lines.unshift({ ...l, op: 'remove' })
    out.unmatched.push(...gone.unmatched)
    if (out.lines.length > 0) return out
  }
  const kept = keepsOnly(text, index, context, language)
  if (kept) return kept
  const result = readOrder(ordersToo ? orderText : text, index, context, language)
  // "2 Brezeln bitte, bis wann habt ihr offen?": the question beside the order is answered too
  if (beside.question && result.lines.length > 0) result.shopQuestion = beside.question
  // "ach, lieber die großen", "doch lieber das kleine": another size of a product in the cart takes its place
  otherSizeInstead(result, text, index, context)
  // "mustard" with sunflower oil in the cart: that kind of the cart's goods instead
  const variant = variantOfCart(result, text, index, context, language)
  if (variant) return variant
  // "ye saaman bhej do", "send the stuff" with goods in the cart and nothing else named: the goods are the cart's,
  // and sending them is the yes
  if (
    sendsTheCart(folded, context) &&
    result.lines.every((l) => l.sku === null) &&
    ![...result.lines.map((l) => l.text), ...result.unmatched].some((item) =>
      queryWords(item).some((w) => namesGoods(w, index)),
    )
  )
    return emptyResult('confirm', language)
  // "news", "weather today", "music", "news updates": a bare mention with no quantity and no verb of ordering is
  // goods only when a word of it names goods; otherwise it is talk the shop cannot answer, not "we don't have news"
  if (
    !/\d/.test(text) &&
    // "ek laks", "do packet": a count said in words is a quantity too
    !result.lines.some((l) => l.counted) &&
    !amountInWords(text) &&
    result.rejected.length === 0 &&
    result.lines.length + result.unmatched.length === 1 &&
    result.lines.every((l) => l.sku === null) &&
    !has('orderVerb', folded) &&
    // ("want few things", "need a few items": a wish for goods in general announces an order, below)
    !wishesGoodsInGeneral(folded, context) &&
    !(context.cartSkus?.length || context.pendingChoice) &&
    ![...result.lines.map((l) => l.text), ...result.unmatched].some((item) =>
      queryWords(item).some((w) => namesGoods(w, index)),
    )
  )
    return { ...result, lines: [], unmatched: [], intent: 'other' }
  // "Carrots 5kg pls, and the mint from yesterday was not fresh": an order with a complaint beside it
  if (result.lines.length > 0 && said.some((s) => s.kind === 'complaint')) result.complaint = true
  // "2 maggi and no coke": goods taken out that the shop does not sell are not goods it lacks
  if (result.lines.length > 0 && result.notSold)
    result.unmatched = result.unmatched.filter((u) => !result.notSold!.includes(u))
  if (result.lines.length > 0 || result.rejected.length > 0) return result
  // "3 eggs were broken": a complaint with a number in it
  if (said.some((s) => s.kind === 'complaint')) return { ...result, intent: 'other', complaint: true }
  // "coke cancel karo", "no coke then" with a cart: taking out goods the shop does not sell leaves the cart as it
  // is (cancelling the whole cart for it lost the customer's other goods)
  if (
    has('cancel', folded) &&
    context.cartSkus?.length &&
    result.unmatched.some((item) =>
      queryWords(strip('cancel', fold(item))).some((w) => !WHOLE_ORDER.has(w) && !AROUND_CANCEL.has(w)),
    )
  )
    return { ...result, intent: 'order', unmatched: [] }
  if (has('cancel', folded)) return { ...result, intent: 'cancel', unmatched: [] }
  // "no coke then", "dann doch ohne Cola" with a cart: nothing to take out, and nothing the shop must say it lacks
  if (
    context.cartSkus?.length &&
    result.notSold &&
    result.unmatched.every((u) => result.notSold!.includes(u))
  )
    return { ...result, intent: 'order', unmatched: [] }
  // "need some stuff for tonight", "kuch saman chahiye", "ich brauche ein paar Sachen": goods wished for by a word
  // for goods in general, with nothing in the cart yet: an order announced, its goods still to come
  if (
    wishesGoodsInGeneral(folded, context) &&
    // (what did not match names no goods: "buy some groceries", "few")
    !result.unmatched.some((item) => queryWords(item).some((w) => namesGoods(w, index)))
  )
    return { ...result, intent: 'order', unmatched: [] }
  // nothing but questions, talk and sign-offs: what did not match was never an item
  const talk = said.some((s) => s.kind !== null && s.kind !== 'signoff')
  if (talk && said.every((s) => s.kind !== null)) result.unmatched = []
  if (result.unmatched.length > 0) {
    const orderish =
      has('orderVerb', folded) ||
      text.includes('\n') ||
      /\d/.test(text) ||
      amountInWords(text) ||
      result.unmatched.length > 1 ||
      result.unmatched.some((item) => soundsLikeAnItem(item, index))
    if (orderish) return result
    return { ...result, intent: 'other', unmatched: [] }
  }
  // "ich bräuchte für Samstag", "wir hätten gern fürs Wochenende": an order announced, its goods still to come
  // ("ich wollte mich für den Kuchen bedanken", "wollte nur sagen …": wanting to say something orders nothing)
  if (
    WANTING_DE.test(folded) &&
    !has('confirm', folded.replace(/\bgerne?\b/g, ' ')) &&
    !saysSomething(folded)
  )
    return { ...result, intent: 'order', unmatched: [] }
  // a question or a statement is not a yes for a word inside it ("what time is it right now")
  // "super Kuchen gestern!", "great bread yesterday": praise of goods is no yes for its "super"
  const praise = said.some((s) => s.kind === 'statement' && isPraiseOf(fold(text.slice(s.start, s.end))))
  if (
    has('confirm', folded) &&
    (!talk || startsWith('confirm', folded)) &&
    !praise &&
    !NEGATED_YES.test(folded)
  )
    return { ...result, intent: 'confirm' }
  // "Liebe Grüße, Anna", "LG Peter", "Best regards, Ravi": a message that only signs off closes the talk as thanks do
  if (
    has('thanks', folded) ||
    has('arrived', folded) ||
    (said.length > 0 && said.every((s) => s.kind === 'signoff'))
  )
    return { ...result, intent: 'thanks' }
  // "Die Croissants waren der Hammer", "the bread yesterday was really good": praise is thanked for, never a
  // "did not understand"
  if (praise && result.lines.length === 0 && result.unmatched.length === 0)
    return { ...result, intent: 'thanks' }
  if (has('greeting', folded)) return { ...result, intent: 'greeting' }
  // "ek order dena tha", "an order please": the order announced, its goods still to come
  // ("Torten auf Bestellung?", "macht ihr Kuchen auf Vorbestellung?", "do you make cakes to order?": asking
  // whether goods are made to order announces none; the question goes to the shop)
  const ordered = folded.includes('?') ? folded.replace(MADE_TO_ORDER, ' ') : folded
  if (/(?<![\p{L}])(?:order|bestellung)(?![\p{L}])/u.test(ordered)) return { ...result, intent: 'order' }
  // "geschält bitte", "pakke wale dena" with a cart: how its goods are to be, a note on the order (the cart is shown)
  if ((context.cartSkus?.length ?? 0) > 0 && result.unmatched.length === 0 && onlyDescribes(text))
    return { ...result, intent: 'order' }
  return { ...result, intent: 'other' }
}

const PRICE_WORDS = new Set([
  'price',
  'prices',
  'rate',
  'rates',
  'cost',
  'bhav',
  'bhaav',
  'daam',
  'dam',
  'kitna',
  'kitne',
  'kitni',
  'kya',
  'hua',
  'hai',
  'total',
  'preis',
  'kostet',
  'kosten',
  'much',
  'how',
  'what',
  'is',
  'kaise',
  'kaisa',
  'kese',
  'diye',
  'diya',
  'rupay',
  'rupaye',
  'bhav',
  'bhaav',
  'chal',
  'raha',
  'batao',
  'lagaye',
  'lagaya',
  'me',
  'mein',
  'hoga',
  'hogi',
  'honge',
  'padega',
  'lagega',
  'rahe',
  'rhe',
  'ho',
])

/** Asking which of the goods there are, not whether or at what price: "which oils do you have", "kaunsa atta hai". */
const ASKS_WHICH =
  /(?<![\p{L}])(?:which|kaun ?s[aei]|kon ?s[aei]|kaunse|konse|welche[nrs]?|was fu(?:e)?r|(?:what|which) (?:kind|kinds|type|types|sort|sorts|brand|brands|variety|varieties)|(?:kind|kinds|type|types|sorts|brands|varieties) of)(?![\p{L}])|^\s*what [\p{L}-]+(?: [\p{L}-]+)? (?:do|does|have|has)(?![\p{L}])/u

/**
 * Every product named with all the words asked about, the one the reader took first: the range the shop has of
 * them ("which oils": the sunflower and the mustard oil, not the likeliest one alone).
 */
function rangeOf(item: string, m: MatchResult, index: CatalogIndex): string[] {
  const words = queryWords(item)
  if (words.length === 0) return []
  const named = words.map((w) => new Set(productsNamedLike(index, w)))
  const common = [...named[0]!].filter((s) => named.every((n) => n.has(s)))
  const first = m.sku ? [m.sku] : m.candidates
  return [...new Set([...first.filter((s) => common.includes(s)), ...common])]
}

/**
 * "which atta do you have", "what kind of rice do you sell", "kaunsa tel hai aapke paas", "welche Milch habt ihr":
 * the words asking which of the goods there are, not the goods (the answer lists them all)
 */
const WHICH_OF_IT = new Set([
  'which',
  'kind',
  'kinds',
  'type',
  'types',
  'sort',
  'sorts',
  'brand',
  'brands',
  'variety',
  'varieties',
  'options',
  'of',
  'all',
  'kaunsa',
  'kaunse',
  'kaunsi',
  'konsa',
  'konse',
  'konsi',
  'kaun',
  'kon',
  'sa',
  'se',
  'si',
  'welche',
  'welchen',
  'welcher',
  'welches',
  'sorten',
  'marken',
  'fuer',
  'für',
  'fur',
])

/** The little words that say when with the day after them. */
const BEFORE_WHEN: ReadonlySet<string> = new Set([
  'on',
  'for',
  'by',
  'till',
  'until',
  'am',
  'bis',
  'zum',
  'fur',
  'fuer',
  'für',
])

/** Spans of time a question about goods is asked for, besides the words of when ("this season"). */
const ASKED_WHEN = new Set(['season', 'saison'])
function itemText(s: string): string {
  const ws = s.split(/\s+/)
  return ws
    .filter((w, i) => {
      const bare = w.replace(/[^\p{L}\p{N}]/gu, '')
      // "ek peti tamatar kitne ki hai", "one kilo onion price": a number word before a unit is an amount too
      if (NUMBER_WORDS_SET.has(bare) && UNIT_WORD_SET.has((ws[i + 1] ?? '').replace(/[^\p{L}\p{N}]/gu, '')))
        return false
      // "aloo kitne ka kilo hai": the unit a price is asked per is not part of the item
      return (
        w &&
        !FILLER.has(bare) &&
        !PRICE_WORDS.has(bare) &&
        !WHICH_OF_IT.has(bare.toLowerCase()) &&
        !UNIT_WORD_SET.has(bare) &&
        // "gibt es heute Brezeln?": the day asked about is not part of the item, nor the little word before it
        // ("mangoes on sunday?", "Spargel bis Samstag?")
        !WHEN_WORDS.has(bare) &&
        !(BEFORE_WHEN.has(bare) && WHEN_WORDS.has((ws[i + 1] ?? '').replace(/[^\p{L}\p{N}]/gu, ''))) &&
        !ASKED_WHEN.has(bare) &&
        !/^\d+(?:[.,]\d+)?$/.test(bare) &&
        // "amul butter 500g": a size written onto its number (the size is read apart, askedSize)
        !UNIT_WORD_SET.has(bare.replace(/^\d+(?:[.,]\d+)?/, ''))
      )
    })
    .join(' ')
    .replace(/[^\p{L}\p{N}\s'&-]/gu, '')
    .trim()
}

/** Asking when something comes (back) in, in German, English and Hinglish (folded). */
const WHEN_BACK = new RegExp(
  [
    '(?:^|\\s)(?:ab )?wann (?:kommt|kommen|gibt es|gibt[\\u0027\\u2019 ]?s|habt ihr|hast du|haben sie|kriegt ihr|bekommt ihr|bekommen sie)(?![\\p{L}])',
    '^(?:\\p{L}+ )?(?:kommt|kommen|gibt es|gibt[\\u0027\\u2019 ]?s) (?:[\\p{L}-]+ )*?(?:wieder|noch|rein|bald)(?![\\p{L}])[^?]*\\?',
    '(?:^|\\s)when (?:will|do|does|is|are|would|can|should)(?: [\\p{L}-]+){1,5} (?:come|coming|arrive|arriving|back|in stock|available|restocked|get|getting)(?![\\p{L}])',
    // "any paneer?", "any fresh mangoes this week?", "any milk left?": whether there is some (only goods: "any
    // update?" is no such question)
    '^(?:(?:and|so|ok|hi|hello|also) )?any(?: [\\p{L}-]+){1,5} ?\\?',
    '(?:^|\\s)kab (?:tak )?(?:aayega|ayega|aayegi|ayegi|aaenge|ayenge|aaega|aaegi|aega|milega|milegi|milenge|aa raha|aa rahe|aa rahi)(?![\\p{L}])',
  ].join('|'),
  'u',
)
/** The words of such a question around the goods asked about. */
const WHEN_BACK_FRAME = new Set(
  (
    'wann ab kommt kommen rein herein wieder endlich denn noch mal bald gibt gibts es s habt hast haben ihr du ' +
    'sie kriegt bekommt bekommen diese dieser diesem diesen nachste naechste nachsten naechsten woche ' +
    'wochenende saison jahr frisch frische frischer frisches frischen neu neue neuer neues neuen ' +
    'when will do does is are would can should you u the be back in stock come coming arrive arriving ' +
    'available restocked get getting again next new fresh week season any some left still now tonight ' +
    'kab tak aayega ayega aayegi ayegi aaenge ayenge aaega aaegi aega milega milegi milenge aa raha rahe rahi ' +
    'phir fir wapas se naya naye nayi taaza taza ' +
    // where and what day: "aaj doodh kab aayega dukaan pe", "wann kommt bei euch im Laden wieder Spargel"
    'dukaan dukan shop store laden markt pe par mein me main aaj kal today tomorrow heute morgen bei euch im your'
  ).split(' '),
)
/** Words that make such a question one about the order: "wann kommt die Bestellung", "order kab aayega". */
const WHEN_BACK_ORDER = new Set(
  'order orders bestellung lieferung delivery parcel paket sachen saman samaan it driver bote fahrer'.split(
    ' ',
  ),
)

/**
 * A question of when goods come (back) in, or whether there are any: an availability question about them (price, with the goods as the
 * priceQuery), like "do you have …". Null when it names no goods, or names the order ("wann kommt die
 * Bestellung?" stays a status question).
 */
function goodsComingBack(
  folded: string,
  index: CatalogIndex,
  loose: boolean,
  language: Language,
): Understanding | null {
  // ("2 kg aloo kab milega?": a quantity makes it about an order)
  if (/\d/.test(folded) || !WHEN_BACK.test(folded)) return null
  const ws = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (ws.some((w) => WHEN_BACK_ORDER.has(w))) return null
  const item = itemText(ws.filter((w) => !WHEN_BACK_FRAME.has(w) && !WHEN_WORDS.has(w)).join(' '))
  if (queryWords(item).length === 0) return null
  const m = matchItem(item, index, { loose })
  if (m.kind === 'none' && !queryWords(item).some((w) => namesGoods(w, index))) return null
  const result = askedAbout(m, item, language)
  if (m.kind === 'none') result.unmatched.push(item)
  return result
}

/** A price (and stock) question about the goods `item` names, as matched. */
function askedAbout(m: MatchResult, item: string, language: Language): Understanding {
  const result = emptyResult('price', language)
  result.priceQuery = { sku: m.sku, candidates: m.candidates, text: item }
  return result
}

/**
 * "und der Bergkäse?", "und die Butter", "and the cheese?", "what about eggs", "aur chawal?", "ok and for toor?": the
 * question just answered, of other goods.
 */
const AND_THAT =
  /^(?:(?:ok|okay|achha|acha|accha)\s+)?(?:und was ist mit|und mit|what about|how about|and|und|aur|or|oder|ya)\s+(?:(?:for|fur|fuer|für)\s+)?(?:(?:der|die|das|den|dem|des|the|your|euer|eure|ihr|ihre)\s+)?([\p{L}][\p{L} -]{1,40}?)\s*\??\s*$/u

const ASKING_FOR = new Set(
  'bitte auch noch dazu mal gern gerne ein eine einen nehm nehme nimm pls plz please also too bhi dena do'.split(
    ' ',
  ),
)
/**
 * Right after the shop gave a price or said it has goods, other goods said alone after an "and" ask the same of
 * them ("und der Bergkäse?"): a price question about them, not one of them ordered.
 */
function askedAboutToo(
  folded: string,
  index: CatalogIndex,
  loose: boolean,
  language: Language,
): Understanding | null {
  const said = AND_THAT.exec(folded)
  if (!said) return null
  const item = said[1]!.trim()
  // ("und die Milch bitte auch", "und noch Brezeln": asking for them, not about them)
  if (item.split(/\s+/).some((w) => ASKING_FOR.has(w))) return null
  const m = matchItem(item, index, { loose })
  if (m.kind === 'none') return null
  return askedAbout(m, item, language)
}

function hasOrderLines(text: string, index: CatalogIndex): boolean {
  return readLines(text, 10).some((l) => l.hasQuantity && matchItem(l.item, index).kind === 'resolved')
}

/**
 * Goods counted with a number that the catalog has, which one of them still open ("2 maggi" with two packs of
 * Maggi): a question of when beside them ("2 maggi bhejo, kab tak aayega?") does not make the message a status
 * question alone. ("show me where i can find a train": an "a" is too weak a count for a name it only comes near.)
 */
function hasCountedGoods(text: string, index: CatalogIndex): boolean {
  return readLines(text, 10).some((l) => {
    if (!l.hasQuantity) return false
    const kind = matchItem(l.item, index).kind
    if (kind !== 'ambiguous' || !/\d/.test(l.text)) return kind === 'resolved'
    return queryWords(l.item).some((w) => namesGoods(w, index))
  })
}

function answerChoice(
  folded: string,
  text: string,
  index: CatalogIndex,
  options: string[],
  loose = false,
): string | undefined {
  const num =
    /^(?:no\.?\s*|number\s*|option\s*|#)?(\d{1,2})\s*[.)]?\s*(?:wala|wali|one|vala|please|pls)?[.!]*$/.exec(
      folded,
    )
  if (num) {
    const n = Number(num[1])
    if (n >= 1 && n <= options.length) return options[n - 1]
  }
  // "500 wala", "the 100 one", "die 250er": a number past the list that is one option's pack size
  const sized = SIZE_BY_NUMBER.exec(folded)
  if (sized && folded.split(/\s+/).length <= 4) {
    const bySize = packsSized(options, Number(sized[1]!.replace(',', '.')), index)
    if (bySize.length === 1) return bySize[0]
  }
  if (num) return undefined
  for (const w of folded.split(/[^\p{L}\p{N}]+/u)) {
    const n = ORDINALS[w]
    if (n !== undefined) return n <= options.length ? options[n - 1] : undefined
  }
  const restrict = new Set<number>()
  for (const sku of options) {
    const p = index.bySku.get(sku)
    if (p !== undefined) restrict.add(p)
  }
  if (restrict.size === 0) return undefined
  const described =
    byDescription(folded, index, [...restrict]) ??
    // "dahi bada wala", "das große Brot", "the small butter": the goods every option is, named with the description
    byDescription(withoutSharedWords(folded, options, index), index, [...restrict])
  if (described !== undefined) return index.products[described]!.sku
  const line = readLines(text, 3)[0]
  const measured = readQuantitiesIn(text).find((g) => g.unit?.physical && !Number.isNaN(g.value))
  const size =
    line?.quantity.size ?? (measured ? { value: measured.value, unit: measured.unit!.unit! } : null)
  // "sarson wala", "the mustard one": the word that says which, without the words that point at it
  const said = (line?.item ?? text)
    .split(/\s+/)
    .filter((w) => !WALA_SET.has(fold(w)) && !/^(?:one|ones)$/i.test(w))
    .join(' ')
  const m = matchItem(said || text, index, { restrict, size, loose })
  if (m.kind === 'resolved' && m.sku) return m.sku
  // among the options, words found in one option's name only are that option ("sarson" of "sarson tel")
  if (m.kind === 'ambiguous' && m.candidates.length === 1) return m.candidates[0]
  // (also words that alone would be other goods: "mustard" is no Mustard Oil, but of two oils it is that one)
  const words = queryWords(said)
  if (words.length > 0) {
    const named = options.filter((sku) => {
      const p = productOf(sku, index)?.product
      const own = new Set(p ? queryWords(`${p.name} ${p.aliases.join(' ')}`) : [])
      return words.every((w) => own.has(w))
    })
    if (named.length === 1) return named[0]
  }
  if (size) {
    // "the 500g one": only the size was said
    const bySize = [...restrict].filter((p) => {
      const s = index.sizes[p]
      return !!s && packIs(s, size)
    })
    if (bySize.length === 1) return index.products[bySize[0]!]!.sku
  }
  return undefined
}

// "the big one", "chhota wala", "das kleine", "the cheaper one": an answer that describes the option instead of
// naming it. Only a short answer made of such words (and filler) counts; "big onion" is an item, read below.
const BIGGER = new Set([
  'big',
  'bigger',
  'biggest',
  'large',
  'larger',
  'largest',
  'jumbo',
  'bada',
  'badi',
  'bade',
  'bara',
  'badaa',
  'gross',
  'grosse',
  'grosses',
  'grossere',
  'grosseres',
  'grosste',
  'grosstes',
  // the other German endings: "zwei von den großen", "mit dem größeren"
  ...'grossen grosser grossem grosseren grosserer grossten grosster'.split(' '),
  ...'groass groasse groasses groasser grouss grousse grousses'.split(' '),
  'max',
])
const SMALLER = new Set([
  'small',
  'smaller',
  'smallest',
  'little',
  'mini',
  'chhota',
  'chota',
  'chhoti',
  'choti',
  'chhote',
  'chote',
  'klein',
  'kleine',
  'kleines',
  'kleinere',
  'kleineres',
  'kleinste',
  'kleinstes',
  ...'kleinen kleiner kleinem kleineren kleinerer kleinsten kleinster'.split(' '),
  // Bavarian and Austrian: "a kloans", "des kloane"
  ...'kloa kloan kloans kloane kloaner kloanes kloana'.split(' '),
  'min',
])
const CHEAPER = new Set([
  'cheap',
  'cheaper',
  'cheapest',
  'sasta',
  'sasti',
  'saste',
  'sastha',
  'gunstig',
  'gunstiger',
  'gunstige',
  'gunstigere',
  'billig',
  'billiger',
  'billige',
  'billigere',
  ...'gunstigen gunstigeren gunstigsten billigen billigeren billigsten'.split(' '),
])
const DEARER = new Set([
  'expensive',
  'costly',
  'costlier',
  'premium',
  'mehnga',
  'mehenga',
  'mahanga',
  'mehngi',
  'mehengi',
  'teuer',
  'teurer',
  'teure',
  'teurere',
  ...'teuren teureren teuersten'.split(' '),
])
const DESCRIBING_FILLER = new Set([
  'the',
  'one',
  'a',
  ...WALA,
  'pack',
  'packet',
  'der',
  'die',
  'das',
  'den',
  'please',
  'pls',
  'bitte',
  'ji',
  'dena',
  'do',
  'de',
  'size',
  'grosse',
  'i',
  'want',
  'take',
  'nehme',
  'ich',
  'give',
  'me',
  'send',
])

/** The folded text without the words every option's name or aliases have (the goods they all are). */
function withoutSharedWords(folded: string, options: readonly string[], index: CatalogIndex): string {
  let shared: ReadonlySet<string> | null = null
  for (const sku of options) {
    const p = productOf(sku, index)?.product
    const own = new Set<string>(p ? queryWords(`${p.name} ${p.aliases.join(' ')}`) : [])
    const before: ReadonlySet<string> | null = shared
    shared = before ? new Set<string>([...before].filter((w: string) => own.has(w))) : own
  }
  const common: ReadonlySet<string> = shared ?? new Set<string>()
  if (common.size === 0) return folded
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !common.has(stem(w)))
    .join(' ')
}

function byDescription(folded: string, index: CatalogIndex, options: number[]): number | undefined {
  const ws = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (ws.length === 0 || ws.length > 5) return undefined
  let want: 'big' | 'small' | 'cheap' | 'dear' | null = null
  for (const w of ws) {
    const kind = BIGGER.has(w)
      ? 'big'
      : SMALLER.has(w)
        ? 'small'
        : CHEAPER.has(w)
          ? 'cheap'
          : DEARER.has(w)
            ? 'dear'
            : null
    if (kind) {
      if (want && want !== kind) return undefined
      want = kind
    } else if (!DESCRIBING_FILLER.has(w) && !FILLER.has(w)) return undefined
  }
  if (!want) return undefined
  const price = (p: number) => index.products[p]!.price
  let value: (p: number) => number | null = price
  if (want === 'big' || want === 'small') {
    // sizes compared in one unit; all options must have one of the same kind
    const first = index.sizes[options[0]!]
    if (!first) return undefined
    const sized = (p: number) => {
      const s = index.sizes[p]
      return s ? convert(s, first.unit) : null
    }
    // every option sized, but not in one kind ("Maggi 70 g" and "Maggi 4 pack"): the bigger pack costs more
    value = options.every((p) => index.sizes[p]) && options.some((p) => sized(p) === null) ? price : sized
  }
  const values = options.map(value)
  if (values.some((v) => v === null)) return undefined
  const best =
    want === 'big' || want === 'dear' ? Math.max(...(values as number[])) : Math.min(...(values as number[]))
  const at = values.flatMap((v, i) => (v === best ? [i] : []))
  return at.length === 1 ? options[at[0]!] : undefined
}

/** Does the folded text open with a phrase of this kind? */
function startsWith(kind: keyof typeof PHRASES, folded: string): boolean {
  const r = PHRASES[kind]
  r.lastIndex = 0
  return r.exec(folded)?.index === 0
}

/** Words that ask to change a quantity, with no item needed when the cart has one line in mind. */
const BARE_SET =
  /(?<![\p{L}])(?:je|jeweils|beide|beides|doch|draus|daraus|eher|besser|sagen wir|machen wir|(?<=^\s*)mach(?= (?:(?:mal|doch|lieber|eher|bitte) )*(?:\d|(?:eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf)(?![\p{L}])))|make (?:it|that|them)|change (?:it |that )?to|lieber|nur|only|just|sirf|bas|kar do|kardo|karo|instead|meinte|meinten|meant|i mean|correction|korrektur|actually|sorry|oops|wait|warte|wart|hoppla|verschrieben|vertippt|typo|mistake|galti|galati|eigentlich|reicht|reichen|genugt|genuegt|enough|kaafi|kafi)(?![\p{L}])/u
/** Saying an amount is enough sets the line to it: "eins reicht doch", "2 reichen", "one is enough", "ek kaafi hai". */
/** The no that opens a correction ("nope, 6", "nee, lieber 2"). */
const SAYING_NO = new Set('no nope nah nahi nahin nai nein nee ne na'.split(' '))
/** The words of "sagen wir 5", "machen wir lieber 5", "eher 5", "mach mal 5" around the new amount. */
const SAYING_AMOUNT = new Set('sagen machen mach wir eher besser mal'.split(' '))
const ENOUGH_WORDS = new Set('reicht reichen genugt genuegt doch enough is kaafi kafi hai'.split(' '))

function bareQuantityEdit(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
  denied: readonly number[] = [],
): Understanding | null {
  const last = context.cartSkus?.at(-1)
  // "ne doch 3", "nee, 3", "nein doch lieber 2": a no, then only a number, takes back the line last added
  const saidNo = NO_THEN_AMOUNT.test(folded.trim().replace(/^(?:(?:ach|oh|och|ah|aeh|ahm)[\s,.!]+)+/, ''))
  // "eins weniger", "one less", "2 kam": that many off the line last added
  const less = LESS.test(folded) && !TO_AMOUNT.test(folded)
  if (!last || !(BARE_SET.test(folded) || saidNo || less)) return null
  // ("das reicht" is "that is enough", never ten)
  const enough = folded
    .split(/[^\p{L}]+/u)
    .some((w) => ENOUGH_WORDS.has(w) && w !== 'doch' && w !== 'is' && w !== 'hai')
  const groups = (enough ? amountsIn(text) : readQuantitiesIn(text)).filter(
    (g) => !Number.isNaN(g.value) && !g.article,
  )
  if (groups.length !== 1) return null
  const rest = folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (w) =>
        w &&
        !OP_WORDS.has(w) &&
        !/^\d/.test(w) &&
        !UNIT_WORD_SET.has(w) &&
        // "mach zwei draus": the number said as a word
        !(w in NUMBER_WORDS) &&
        !ENOUGH_WORDS.has(w) &&
        !SAYING_NO.has(w) &&
        !SAYING_AMOUNT.has(w),
    )
    .join(' ')
  const each = EACH_WORDS.test(folded)
  const said = rest
    .split(' ')
    .filter((w) => !(each && EACH_WORDS.test(w)))
    .join(' ')
  if (queryWords(itemText(strip('set', said))).length > 0) return null
  const g = groups[0]!
  // "sorry, meinte je 2 kg", "jeweils 3", "2 kg each" after two goods: each cart line of that kind of amount (by
  // weight for a weight, by the piece for a count) is set to it, not only the last
  if (each && (context.cartSkus?.length ?? 0) > 1) {
    const gu = g.unit?.unit ?? null
    const byWeight = gu !== null && gu !== 'pc' && gu !== 'pack'
    const out = emptyResult('order', language)
    for (const sku of context.cartSkus!) {
      const p = index.products[index.bySku.get(sku) ?? -1]
      if (!p || ['pc', 'pack'].includes(p.unit) === byWeight) continue
      out.lines.push(...(quantityLine(sku, g, text, 'set', index, language)?.lines ?? []))
    }
    if (out.lines.length > 1) return out
  }
  // "ach mach 3 Kästen" with a crate of beer and a bag of ice: the container said names the cart line sold in it
  const held = cartLineInContainer(g, context.cartSkus!, index) ?? last
  const op = less ? 'remove' : 'set'
  return quantityLine(held, inPiecesAsDenied(g, held, denied, index), text, op, index, language)
}

/** The last cart line whose product is named with the container of the amount (Kasten, Glas, Bund, Flasche). */
function cartLineInContainer(g: QGroup, cart: readonly string[], index: CatalogIndex): string | null {
  const measure = g.unit?.measure
  if (!measure || GENERIC_COUNTS.has(measure) || !PACK_MEASURES.has(measure) || measure === 'pc') return null
  const words = WORDS_OF_MEASURE.get(measure) ?? []
  for (let k = cart.length - 1; k >= 0; k--) {
    const p = productOf(cart[k]!, index)?.product
    if (!p) continue
    const named = fold(`${p.name} ${p.aliases.join(' ')}`).split(/[^\p{L}]+/u)
    if (named.some((w) => words.includes(w))) return cart[k]!
  }
  return null
}

/**
 * "make that 1 dozen" after eggs and then sugar by the kilo, "actually 3 kg" after onions and then bread: an amount
 * whose measure the last line cannot take is for the latest line that can (a weight or volume for goods sold
 * loose by it, a dozen or pieces for goods counted in pieces); null when the last line can take it, or none can.
 */
function cartLineOfMeasure(g: QGroup, cart: readonly string[], index: CatalogIndex): string | null {
  const said = g.unit?.unit
  if (!said || said === 'pack') return null
  const dim = dimensionOf(said)
  const takes = (p: Product) =>
    dim === 'count'
      ? dimensionOf(p.unit) === 'count' && (p.unit !== 'pack' || p.size?.unit === 'pc')
      : p.unit !== 'pack' && dimensionOf(p.unit) === dim
  const products = cart.map((sku) => productOf(sku, index)?.product)
  const lastProduct = products.at(-1)
  if (!lastProduct || takes(lastProduct)) return null
  for (let k = products.length - 2; k >= 0; k--) if (products[k] && takes(products[k]!)) return cart[k]!
  return null
}

/**
 * "12 nahi 6" of eggs in 6-egg packs: the 12 taken back was eggs, so the 6 put in its place is eggs too (one pack,
 * not six); a bare count, when it and a count taken back are both whole numbers of the product's packs.
 */
function inPiecesAsDenied(g: QGroup, sku: string, denied: readonly number[], index: CatalogIndex): QGroup {
  const size = productOf(sku, index)?.product.size
  if (g.unit || !size || size.unit !== 'pc' || size.value <= 1) return g
  const whole = (n: number) => n > 0 && n % size.value === 0
  return whole(g.value) && denied.some(whole) ? { ...g, value: g.value / size.value } : g
}
/** Words that share an amount out to each of several goods: "je", "jeweils", "each", "beide". */
const EACH_WORDS = /(?<![\p{L}])(?:je|jeweils|each|beide|beides|both)(?![\p{L}])/u

const PACK_BY_SIZE = /(?<![\p{L}\p{N}.,])(\d{1,4})er(?![\p{L}\p{N}])/gu
const SIZE_WALA = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,4})\s*(\p{L}+)\s+(?:${WALA.join('|')})(?![\p{L}])`,
  'u',
)

/**
 * "Nee, lieber doch die 6er" with a 10er pack of eggs in the cart, "dann die 500er" with 250 g butter: the one
 * cart product whose kind the shop also sells in a pack of the size named is swapped for that pack, as many as
 * the cart had (`qtyOf`). Null when the message names an item, or no cart product has such a sibling.
 */
function packNamedInstead(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const cart = context.cartSkus ?? []
  if (cart.length === 0) return null
  // "500 g wala kar do", "नहीं, 1 लीटर वाला": a size said with "wala" names the pack as "die 500er" does
  const wala = SIZE_WALA.exec(folded)
  const walaUnit = wala ? UNIT_WORDS.get(wala[2]!) : undefined
  if (!walaUnit?.unit && !PACK_HINT.test(text)) return null
  const named = walaUnit?.unit ? [wala!] : [...text.matchAll(PACK_BY_SIZE)]
  if (named.length !== 1) return null
  const n = Number(named[0]![1])
  // "doch lieber zwei 6er": a count before the pack says how many of it, instead of as many as the cart had
  // ("aur ek 1 litre wala": a count word before a size said with wala counts too)
  const before = (walaUnit?.unit ? folded.slice(0, named[0]!.index) : fold(text.slice(0, named[0]!.index)))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const countWord = before.at(-1) ?? ''
  const count = /^\d{1,2}$/.test(countWord) ? Number(countWord) : (NUMBER_WORDS[countWord] ?? null)
  const more = MORE_OF_IT.test(folded)
  const rest = folded
    .replace(walaUnit?.unit ? SIZE_WALA : PACK_BY_SIZE, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (w) =>
        w &&
        !OP_WORDS.has(w) &&
        !UNIT_WORD_SET.has(w) &&
        !/^\d/.test(w) &&
        !(count && w === countWord) &&
        !(more && MORE_OF_IT.test(w)),
    )
    .join(' ')
  if (queryWords(itemText(strip('set', strip('negative', rest)))).length > 0) return null
  const fits = (size: Quantity, cartSize: Quantity) =>
    walaUnit?.unit
      ? convert({ value: n * (walaUnit.factor ?? 1), unit: walaUnit.unit }, size.unit) === size.value
      : size.value === n && (size.unit === cartSize.unit || size.unit === 'pc')
  const swaps: { from: string; to: string }[] = []
  for (const sku of cart) {
    const here = productOf(sku, index)
    if (!here?.size || fits(here.size, here.size)) continue
    for (const p of sizesOfKind(index, here.p))
      if (p !== here.p && fits(index.sizes[p]!, here.size))
        swaps.push({ from: sku, to: index.products[p]!.sku })
  }
  // "noch einen 6er dazu" over a 6er in the cart: more of that very pack
  const same = cart.filter((sku) => {
    const here = productOf(sku, index)
    return !!here?.size && fits(here.size, here.size)
  })
  if (swaps.length === 0 && same.length === 1 && MORE_OF_IT.test(folded)) {
    const result = emptyResult('order', language)
    const line = { candidates: [], unit: 'pack' as Unit, text: text.trim(), confidence: 0.85 }
    result.lines.push({ ...line, sku: same[0]!, qty: count ?? 1, op: 'add' })
    return result
  }
  // "6 Eier" then "die 6er Packung", "the 500 g one" over a 500 g butter in the cart: the pack the cart has,
  // named again, says which it is, never six packs: as many as the cart has (`qtyOf` itself)
  if (swaps.length === 0 && same.length === 1 && !count) {
    const result = emptyResult('order', language)
    const line = { candidates: [], unit: 'pack' as Unit, text: text.trim(), confidence: 0.85 }
    result.lines.push({ ...line, sku: same[0]!, qty: 1, op: 'set', qtyOf: same[0]! })
    return result
  }
  if (swaps.length !== 1) return null
  // "aur ek 1 litre wala", "noch einen 10er dazu" over a 6er: that pack besides, not instead
  if (more) {
    const result = emptyResult('order', language)
    const line = { candidates: [], unit: 'pack' as Unit, text: text.trim(), confidence: 0.85 }
    result.lines.push({ ...line, sku: swaps[0]!.to, qty: count ?? 1, op: 'add' })
    return result
  }
  const swapped = swapOfCart(swaps[0]!.from, swaps[0]!.to, text, language)
  // "doch lieber zwei 6er": that many, not as many as the cart had
  if (count) {
    const first = swapped.lines[0]!
    first.qty = count
    delete first.qtyOf
  }
  return swapped
}

/**
 * Another product takes the place of a cart product: set to as many as the cart had (`qtyOf`), the old one
 * removed. What the size and kind changes ("die 6er", "the big one", "mustard") all come to.
 */
function swapOfCart(from: string, to: string, text: string, language: Language): Understanding {
  const result = emptyResult('order', language)
  const line = { candidates: [], unit: 'pack' as Unit, text: text.trim(), confidence: 0.85 }
  result.lines.push({ ...line, sku: to, qty: 1, op: 'set', qtyOf: from })
  result.lines.push({ ...line, sku: from, qty: 1, op: 'remove', counted: false })
  return result
}

/** Words of changing around a size said of the cart ("make it", "change to", "instead", "kar do", "lieber"). */
const CHANGING = new Set(
  'make it change to instead actually rather switch swap no kar karo kardo lieber doch nimm nehmen stattdessen'.split(
    ' ',
  ),
)

/**
 * "actually make it the big one", "the bigger one please", "bada wala kar do", "I want the 500g one instead" with a
 * product in the cart that the shop sells in other sizes: that size takes its place, as many as the cart had.
 * Only a message made of nothing but the description and words of changing counts; the cart's last such product
 * is the one meant.
 */
function sizeDescribedInstead(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const cart = context.cartSkus ?? []
  if (cart.length === 0) return null
  const ws = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (ws.length === 0 || ws.length > 8) return null
  const kept = ws.filter((w) => !CHANGING.has(w) && !OP_WORDS.has(w))
  const described = describes(kept)
  // (the quantity reader only runs for a message that can be nothing but a size)
  if (!described && !sizeOnly(kept)) return null
  const size = askedSize(text)
  if (!described && !size) return null
  for (const sku of [...cart].reverse()) {
    const here = productOf(sku, index)
    if (!here?.size) continue
    const members = sizesOfKind(index, here.p)
    if (members.length < 2) continue
    const pick = size
      ? members.filter((p) => packIs(index.sizes[p]!, size))
      : [byDescription(kept.join(' '), index, members)].filter((p) => p !== undefined)
    if (pick.length !== 1 || pick[0] === here.p) continue
    // "and one more 1 litre", "noch einen großen dazu": that size besides, not instead
    if (MORE_OF_IT.test(folded)) {
      const at = ws.findIndex((w) => w === 'more' || w === 'another' || w === 'noch' || w === 'aur')
      const before = at > 0 ? ws[at - 1]! : ''
      const count = /^\d{1,2}$/.test(before) ? Number(before) : (NUMBER_WORDS[before] ?? 1)
      const result = emptyResult('order', language)
      result.lines.push({
        sku: index.products[pick[0]!]!.sku,
        candidates: [],
        qty: count,
        unit: 'pack',
        text: text.trim(),
        confidence: 0.85,
        op: 'add',
      })
      return result
    }
    return swapOfCart(sku, index.products[pick[0]!]!.sku, text, language)
  }
  return null
}

/** Is every word a size or price description or its filler ("the big one", "bada wala")? */
function describes(ws: string[]): boolean {
  return (
    ws.some((w) => BIGGER.has(w) || SMALLER.has(w)) &&
    ws.every((w) => BIGGER.has(w) || SMALLER.has(w) || DESCRIBING_FILLER.has(w) || FILLER.has(w))
  )
}

/** Is every word a number, a unit or describing filler ("the 500g one", "500 gram wala", "the half litre ones")? */
function sizeOnly(ws: string[]): boolean {
  return ws.every(
    (w) =>
      /^\d/.test(w) ||
      NUMBER_WORDS_SET.has(w) ||
      UNIT_WORD_SET.has(w) ||
      DESCRIBING_FILLER.has(w) ||
      FILLER.has(w),
  )
}

/**
 * One line for a product named by the conversation rather than the message (the cart's last line, the product
 * just priced): the quantity said, in its weight or volume unit, else counted in the product's own unit.
 */
function quantityLine(
  sku: string,
  g: QGroup,
  text: string,
  op: LineOp,
  index: CatalogIndex,
  language: Language,
): Understanding | null {
  const p = index.bySku.get(sku)
  const product = p !== undefined ? index.products[p] : undefined
  if (!product) return null
  const count: Unit = product.unit === 'pc' || product.unit === 'pack' ? product.unit : 'pc'
  // ("make it 12 pieces" of eggs in 6-egg packs: twelve eggs, two packs; "2 pcs" of them stays two packs, as
  // people say "pcs" for packets too)
  const pieces =
    g.unit?.unit === 'pc' &&
    product.unit === 'pack' &&
    product.size?.unit === 'pc' &&
    product.size.value > 1 &&
    g.value % product.size.value === 0
  const unit: Unit = pieces
    ? 'pc'
    : g.unit?.unit && g.unit.unit !== 'pack' && g.unit.unit !== 'pc'
      ? g.unit.unit
      : count
  const result = emptyResult('order', language)
  result.lines.push({
    sku,
    candidates: [],
    qty: g.value,
    unit,
    text: text.trim(),
    confidence: 0.9,
    op,
    item: undefined,
    // an added line says its count was written (only removals read it; a set line never carried it)
    counted: op === 'add' || op === 'remove' ? true : undefined,
    // "dann bitte 4 Scheiben" of goods sold by weight: slices, whose weight the scale says, never 4 kg
    container: g.unit?.measure === 'slice' && dimensionOf(product.unit) === 'mass' ? 'piece' : undefined,
    qtyOf: undefined,
    vague: undefined,
    scale: undefined,
  })
  return result
}

/** The endings of a Hinglish verb of doing for someone: "daal do", "rakh dena", "bana dijiye". */
const GIVE_AFTER = new Set(['do', 'dena', 'dedo', 'dijiye', 'dijiyega', 'dijie', 'de', 'dein', 'den'])
/** Does the folded text name no item once quantities, units, yes words, verbs of taking and edit words are gone? */
function namesNoItem(folded: string): boolean {
  // "super, dann 1 davon", "ok danke, 2 Gläser": a yes or thanks beside the amount names nothing
  const ws = strip('thanks', strip('confirm', folded)).split(/[^\p{L}\p{N}]+/u)
  const rest = ws
    .filter(
      (w, i) =>
        w &&
        // "aadha kilo aur daal do": a Hinglish verb before "do" / "dena" is the verb ("daal" is also lentils)
        !(HINDI_VERBS_BEFORE_DO.has(w) && GIVE_AFTER.has(ws[i + 1] ?? '')) &&
        !OP_WORDS.has(w) &&
        !/^\d/.test(w) &&
        !UNIT_WORD_SET.has(w) &&
        !NUMBER_WORDS_SET.has(w) &&
        !YES_WORDS.has(w) &&
        !GERMAN_ORDER_VERBS.has(w),
    )
    .join(' ')
  return queryWords(itemText(rest)).length === 0
}

/**
 * "Dann hätte ich gerne eins und 6 Semmeln", "2 davon und 4 Brezeln": right after the shop gave one product's
 * price or stock, the piece of a list that is only an amount is that product; the other pieces are read as usual.
 */
/** Where a list is cut into its pieces: commas, semicolons, "and" in the three languages. */
const LIST_PIECES = /\s*(?:(?<!\d),|,(?!\d)|[;+&]|(?<![\p{L}])(?:und|and|aur|sowie)(?![\p{L}]))\s*/iu

function askedInList(
  text: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const sku = context.askedSku
  if (!sku || text.includes('\n')) return null
  const pieces = text.split(LIST_PIECES).filter(Boolean)
  if (pieces.length < 2) return null
  const bare = pieces.flatMap((piece, at) => {
    const groups = amountsIn(piece)
    return groups.length === 1 && namesNoItem(fold(piece)) ? [{ piece, at, g: groups[0]! }] : []
  })
  if (bare.length !== 1) return null
  const { piece, at, g } = bare[0]!
  // ("Tomato 2 boxes + 5 kg": an amount after a plus and counted goods is more of those goods, no answer)
  if (at > 0 && text.includes('+') && amountsIn(pieces[at - 1]!).length > 0) {
    const k = pieces.slice(0, at + 1).reduce((from, p) => text.indexOf(p, from) + p.length, 0) - piece.length
    if (/\+\s*$/u.test(text.slice(0, k))) return null
  }
  const out = readOrder(pieces.filter((_, i) => i !== at).join(', '), index, context, language)
  const asked = quantityLine(sku, g, piece, 'add', index, language)
  if (out.lines.length === 0 || !asked) return null
  out.lines.unshift(...asked.lines)
  return out
}

/**
 * The amounts a message says; Hindi "das" (ten) is left out, since a German "das" is far likelier in a message with
 * no item ("Könnten Sie das bitte liefern?").
 */
function amountsIn(text: string): QGroup[] {
  return readQuantitiesIn(text).filter(
    (g) =>
      !Number.isNaN(g.value) &&
      !g.article &&
      !(g.numStart !== undefined && /^das$/i.test(text.slice(g.numStart, g.numEnd))),
  )
}

/** A product's name without its size: words that say how big, numbers and units ("Bauernbrot groß 1000 g"). */
function nameWithoutSize(name: string): string {
  return queryWords(name)
    .filter(
      (w) => !/\d/.test(w) && !UNIT_WORD_SET.has(w) && !BIG.test(w) && !SMALL.test(w) && !MIDDLE.test(w),
    )
    .join(' ')
}

/**
 * Is the cart product another variety of the goods wanted: of the same kind, unit and size, with a name that has
 * the same words but one ("Marmelade Erdbeer 250 g" and "Marmelade Kirsch 250 g", "Fortune Sunflower Oil 1 l" and
 * "Fortune Mustard Oil 1 l")? Names of one word each share nothing and are other goods.
 */
function varietyOf(sku: string, wantSku: string, index: CatalogIndex): boolean {
  const here = productOf(sku, index)
  const there = productOf(wantSku, index)
  const p = here?.product
  const want = there?.product
  if (!p || !want || p.sku === want.sku || p.unit !== want.unit || p.category !== want.category) return false
  const a = here.size
  const b = there.size
  if ((a === null) !== (b === null) || (a && b && convert(a, b.unit) !== b.value)) return false
  const mine = nameWithoutSize(p.name).split(' ')
  const theirs = nameWithoutSize(want.name).split(' ')
  if (mine.length !== theirs.length || mine.length < 2) return false
  return mine.filter((w) => !theirs.includes(w)).length === 1
}

/** A German definite article opening the message, little words before it: "das Brot …", "ach nee, die Brezn …". */
const THE_GOODS =
  /^[\s,.!]*(?:(?:ach|oh|nee|ne|nein|doch|und|aber|also|sorry|ok|okay|hm+|äh|aeh)[\s,.!]+)*(?:das|die|den|der|dat)\s+\p{L}/u

/**
 * "ach, lieber die großen" with small breads in the cart: a change to one size of a product whose other size is in
 * the cart swaps them, keeping the cart's quantity unless a new one is said (`qtyOf`).
 */
function otherSizeInstead(
  result: Understanding,
  text: string,
  index: CatalogIndex,
  context: ConversationContext,
): void {
  const line = result.lines[0]
  if (result.lines.length !== 1 || !line?.sku) return
  // "tel sarson wala" with sunflower oil in the cart: uncounted goods said with wala say which of them, as a word
  // of changing does (not with a word of adding: "sarson wala tel bhi")
  const folded = fold(text)
  const which =
    line.op === 'add' &&
    !line.counted &&
    folded.split(/[^\p{L}]+/u).some((w) => WALA_SET.has(w)) &&
    !ADDING.test(folded) &&
    !/(?<![\p{L}])(?:bhi|also|too|noch|auch)(?![\p{L}])/u.test(folded)
  // "das Brot doch groß", "die Brezn lieber klein": the cart's goods named with the article and a size word
  const theSized =
    line.op === 'add' &&
    !line.counted &&
    amountsIn(text).length === 0 &&
    THE_GOODS.test(folded) &&
    folded.split(/[^\p{L}]+/u).some((w) => BIGGER.has(w) || SMALLER.has(w))
  if (line.op !== 'set' && !which && !theSized) return
  const cart = context.cartSkus ?? []
  if (cart.includes(line.sku)) return
  const want = productOf(line.sku, index)?.product
  if (!want) return
  const family = nameWithoutSize(want.name)
  const siblings = cart.filter((sku) => {
    const p = productOf(sku, index)?.product
    return !!p && p.unit === want.unit && p.name !== want.name && nameWithoutSize(p.name) === family
  })
  // "Die Marmelade lieber Kirsch" with Erdbeer in the cart, "actually mustard oil instead" with sunflower: another
  // variety of the same goods, its name the same but for one word, in the same kind and size
  if (siblings.length === 0 && family !== '')
    siblings.push(...cart.filter((sku) => varietyOf(sku, want.sku, index)))
  // "Avocados - make it a box instead", "the onions as a bag": the packed form of loose or single goods in the cart
  // (never as many boxes as there were avocados: the amount said, or one)
  let packedForm = false
  if (siblings.length === 0 && family !== '' && line.op === 'set') {
    const forms = cart.filter((sku) => {
      const p = productOf(sku, index)?.product
      return (
        !!p &&
        p.unit !== want.unit &&
        (p.unit === 'pack' || want.unit === 'pack') &&
        nameWithoutSize(p.name) === family
      )
    })
    packedForm = forms.length === 1
    if (packedForm) siblings.push(forms[0]!)
  }
  // "chawal basmati wala" with loose Sona Masoori rice in the cart: the kind said (chawal, the cart product's word)
  // and a word that says which of that kind; the product it names is of the same kind, though sold otherwise
  if (siblings.length === 0 && which && line.item)
    siblings.push(...cart.filter((sku) => sku !== want.sku && sameKindSaid(line.item!, sku, want, index)))
  if (family === '' || siblings.length !== 1) return
  line.op = 'set'
  const { qtyOf: _none, ...rest } = line
  result.lines.push({ ...rest, sku: siblings[0]!, op: 'remove', counted: false })
  if (amountsIn(text).length === 0 && !packedForm) line.qtyOf = siblings[0]
}

/** Does a word of `said` name both the cart product `sku` and `want` (itself or by its English synonym)? */
function sameKindSaid(said: string, sku: string, want: Product, index: CatalogIndex): boolean {
  const p = productOf(sku, index)?.product
  if (!p || p.category !== want.category) return false
  const words = (q: Product) => new Set(queryWords([q.name, ...q.aliases].join(' ')))
  const mine = words(p)
  const theirs = words(want)
  const names = (own: Set<string>, w: string) =>
    own.has(w) || (SYNONYMS[w] ?? []).some((s) => queryWords(s).every((x) => own.has(x)))
  return queryWords(said).some((w) => names(mine, w) && names(theirs, w))
}

/**
 * "mustard" (or "mustard wala", "the mustard one") with Fortune Sunflower Oil in the cart, and nothing else said: a
 * word that names no product alone but, with the kind of goods of a cart product, names another product of that
 * kind, swaps them (as many as the cart had). Only a message of that one piece, with no amount.
 */
function variantOfCart(
  result: Understanding,
  text: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const cart = context.cartSkus ?? []
  if (cart.length === 0 || /\d/.test(text) || result.lines.length > 0 || result.unmatched.length !== 1)
    return null
  const said = whichWords(result.unmatched[0]!).filter((w) => !CHANGING.has(w) && !DESCRIBING_FILLER.has(w))
  if (said.length === 0 || said.length > 2) return null
  const found: { from: string; to: string }[] = []
  for (const sku of cart) {
    const here = productOf(sku, index)
    if (!here) continue
    const kind = queryWords(nameWithoutSize(here.product.name)).at(-1)
    if (!kind || said.includes(kind)) continue
    const m = matchItem(`${said.join(' ')} ${kind}`, index)
    if (m.kind !== 'resolved' || !m.sku || m.sku === sku || cart.includes(m.sku)) continue
    const other = productOf(m.sku, index)
    if (other && queryWords(nameWithoutSize(other.product.name)).at(-1) === kind)
      found.push({ from: sku, to: m.sku })
  }
  if (found.length !== 1) return null
  return swapOfCart(found[0]!.from, found[0]!.to, text, language)
}

/** One amount said with a pack or measure word, a word of adding or a verb of taking ("nehme ich zwei", "2 Schalen"). */
function takesAnAmount(text: string, folded: string): boolean {
  const groups = amountsIn(text)
  if (groups.length !== 1) return false
  return (
    (groups[0]!.unit !== null && !groups[0]!.implied) ||
    // "noch zwei", "2 mehr", "noch 2 davon"
    ADDING.test(folded) ||
    has('orderVerb', folded) ||
    // "theek hai 1 bhej do", "acha 2 bhej dena": "bhej do" alone is a yes, with an amount it sends that much
    /(?<![\p{L}])bhej (?:do|dena|dijiye)(?![\p{L}])/u.test(folded) ||
    folded.split(/[^\p{L}]+/u).some((w) => GERMAN_ORDER_VERBS.has(w))
  )
}

/**
 * "and 6 rolls" after apple juice, "ek tray" after bread: the amount's pack or count word is another product's own
 * name, so the amount is that product's, not the last line's.
 */
function packNamesOther(text: string, index: CatalogIndex, context: ConversationContext): boolean {
  const g = amountsIn(text)[0]
  if (!g?.unit || g.unitStart === undefined || g.unitEnd === undefined) return false
  if (GENERIC_COUNTS.has(g.unit.measure)) return false
  const sku = wholeNameOf(index, fold(text.slice(g.unitStart, g.unitEnd)))
  return sku !== null && sku !== (context.askedSku ?? context.cartSkus?.at(-1))
}

/**
 * "Dann nehme ich zwei Schalen", "3 Gläser bitte", "noch 2 Flaschen": an amount and no item, with a cart, is for
 * the line last added: a word of adding adds to it, else it says how much of it. A weight for goods counted in
 * pieces is no such amount ("2 kg" after "3 Brezeln" names nothing the line can take).
 */
function amountForLastLine(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
  denied: readonly number[] = [],
): Understanding | null {
  const lastAdded = context.cartSkus?.at(-1)
  if (!lastAdded || ASKING_TO_WAIT.test(folded)) return null
  const groups = amountsIn(text)
  if (groups.length !== 1) return null
  const g = groups[0]!
  // ("ach mach 3 Kästen" after a crate of beer and a bag of ice: the line sold in the container said)
  const last =
    cartLineInContainer(g, context.cartSkus!, index) ??
    cartLineOfMeasure(g, context.cartSkus!, index) ??
    lastAdded
  const product = productOf(last, index)?.product
  if (!product) return null
  const said = g.unit?.unit
  if (said && dimensionOf(said) !== 'count' && dimensionOf(product.unit) === 'count') return null
  if (!namesNoItem(folded)) return null
  return quantityLine(
    last,
    inPiecesAsDenied(g, last, denied, index),
    text,
    // ("eine Schale weniger", "one jar less": that many off)
    LESS.test(folded) && !TO_AMOUNT.test(folded) ? 'remove' : ADDING.test(folded) ? 'add' : 'set',
    index,
    language,
  )
}

/** "einen Moment bitte", "eine Sekunde", "one moment": the customer asks the shop to wait; its one is no amount. */
const ASKING_TO_WAIT =
  /(?<![\p{L}])(?:ein|einen|eine|one|a|ek)\s+(?:moment|momentchen|augenblick|sekunde|sek|sec|second|minute|min|minit)(?![\p{L}])/u

const YES_WORDS = new Set([
  'ok',
  'okay',
  'yes',
  'haan',
  'han',
  'ji',
  'thik',
  'theek',
  'hai',
  'ja',
  'jo',
  'gut',
  'dann',
  'then',
  'sure',
  'accha',
  'acha',
  'achha',
])

/**
 * "1 kg each", "2 of each", "dono 1 kg", "je 2" right after the prices of two products asked about in a row: that
 * amount of both. Only an amount and words of each (no goods named).
 */
function eachOfAsked(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const before = context.askedBefore
  if (
    !before ||
    before === context.askedSku ||
    !(EACH_WORDS.test(folded) || BOTH_MORE.test(folded)) ||
    !namesNoItem(folded)
  )
    return null
  const groups = readQuantitiesIn(text).filter((g) => !Number.isNaN(g.value) && g.value > 0)
  if (groups.length !== 1) return null
  const result = emptyResult('order', language)
  for (const sku of [before, context.askedSku!]) {
    const line = quantityLine(sku, groups[0]!, text, 'add', index, language)?.lines
    if (line?.length !== 1) return null
    result.lines.push(line[0]!)
  }
  return result
}
/** Words of both said in Hindi and German besides EACH_WORDS: "dono 1 kg", "von beiden 2", "har ek 1 kg". */
const BOTH_MORE = /(?<![\p{L}])(?:dono|donon|von beiden|har ek)(?![\p{L}])/u

/** A quantity and no item, right after the shop gave one product's price or stock: that product, that many. */
function quantityForAsked(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const sku = context.askedSku
  if (!sku) return null
  const both = eachOfAsked(text, folded, index, context, language)
  if (both) return both
  // ("the 1 kg one": a one right after a size stands for the product)
  let groups = readQuantitiesIn(text).filter(
    (g, i, all) =>
      !Number.isNaN(g.value) &&
      !(
        i > 0 &&
        /^one$/i.test(text.slice(g.start, g.end)) &&
        g.start - all[i - 1]!.end <= 1 &&
        all[i - 1]!.unit
      ),
  )
  // "ok send 1 of the 1 kg one": the product's own size said beside the count names it, it is no amount
  // ("1 de do 10 wala" after the 10 kg atta's price: its size or price with wala, no unit said, names it too)
  const found = productOf(sku, index)
  const size = found?.size
  const product = found?.product
  if (groups.length === 2 && found) {
    const names = (g: QGroup) =>
      g.unit
        ? !!size && packIs(size, { value: g.value, unit: g.unit.unit! })
        : (g.value === size?.value || g.value * 100 === product?.price) &&
          /^\s*(?:wala|wali|wale|vala|vali|vale|vaala|waala)(?![\p{L}])/u.test(text.slice(g.end))
    const count = groups.filter((g) => !names(g))
    if (count.length === 1 && !count[0]!.unit) groups = count
    // "200 gm wala 2" after loose paneer's price, "1 kg wala 2" after the small dahi's: the size with wala names the
    // one pack of the same goods in that size
    const sized = groups.length === 2 ? groups.find((g) => g.unit && !names(g)) : undefined
    const pack =
      sized &&
      count.length === 2 &&
      /^\s*(?:wala|wali|wale|vala|vali|vale)(?![\p{L}])/u.test(text.slice(sized.end))
        ? packOfSameGoods(found.p, { value: sized.value, unit: sized.unit!.unit! }, index)
        : undefined
    const counted = count.find((g) => g !== sized && !g.unit)
    if (pack !== undefined && counted && namesNoItem(folded))
      return quantityLine(pack, counted, text, 'add', index, language)
  }
  if (groups.length !== 1) return null
  if (!namesNoItem(folded)) return null
  // "was kostet der Spargel?" with Spargel in the cart, then "ok dann doch nur ein halbes Kilo", "then just 500 g":
  // a word of setting says how much of the line there should be, not how much more
  const restated = context.cartSkus?.includes(sku) && BARE_SET.test(folded) && !ADDING.test(folded)
  const op = context.askedTotal || restated ? 'set' : 'add'
  return quantityLine(sku, groups[0]!, text, op, index, language)
}

/** The one product of that pack size whose name shares a word with the product at p ("Amul Malai Paneer 200 g"). */
function packOfSameGoods(p: number, size: Quantity, index: CatalogIndex): string | undefined {
  const goods = queryWords(nameWithoutSize(index.products[p]!.name))
  const hits = index.products.filter((q, k) => {
    const s = index.sizes[k]
    return k !== p && !!s && packIs(s, size) && queryWords(q.name).some((w) => goods.includes(w))
  })
  return hits.length === 1 ? hits[0]!.sku : undefined
}

/**
 * A reply to a list of products the shop just showed that points at one of them by size, size word, order or its
 * own words, with or without a count: that product, so many (one when no count is said). Not a bare number (the
 * list had none) nor a message that names other goods.
 */
function pickedFromShown(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const options = context.shownSkus
  if (!options || options.length < 2 || !/\p{L}/u.test(folded) || folded.length > 80) return null
  // the count is a small bare number that is no shown pack's size ("1 of the small one", "2 of the 500 g")
  const sizes = options.map((o) => index.sizes[index.bySku.get(o) ?? -1]?.value)
  // (or of pieces or packs: "die Zehner bitte, 2 Stück", "the big one, 2 packets")
  const counted = (g: QGroup) =>
    !g.unit ||
    (!g.unit.physical && g.unit.factor === undefined && (g.unit.unit === 'pc' || g.unit.unit === 'pack'))
  const count = readQuantitiesIn(text).find(
    (g) => counted(g) && !Number.isNaN(g.value) && g.value > 0 && g.value <= 50 && !sizes.includes(g.value),
  )
  const rest = count ? `${text.slice(0, count.start)} ${text.slice(count.end)}`.trim() : text
  const said = fold(rest)
    .replace(/(?<![\p{L}])(?:of|von|mein se|me se|main se)(?![\p{L}])/gu, ' ')
    .trim()
  const sku = answerChoice(said, rest, index, options)
  if (!sku) {
    const fit = piecesOfShownPacks(text, folded, index, options)
    return fit
      ? quantityLine(fit.sku, { ...COUNT_OF_ONE, value: fit.packs }, text, 'add', index, language)
      : null
  }
  const lines = readLines(text, 3)
  if (lines.length > 1) return null
  // other goods named are those goods, but a word of size alone says which of the shown ("zwei von den kleinen"
  // after two egg packs is no small bread)
  const named = lines[0] ? matchItem(lines[0].item, index) : null
  if (
    named?.kind === 'resolved' &&
    !options.includes(named.sku!) &&
    byDescription(
      said,
      index,
      options.map((o) => index.bySku.get(o) ?? -1),
    ) === undefined
  )
    return null
  return quantityLine(sku, count ?? COUNT_OF_ONE, text, 'add', index, language)
}
const COUNT_OF_ONE: QGroup = { value: 1, unit: null, start: 0, end: 0, from: 0, to: 0, explicit: false }

/**
 * "dann bitte 10 Stück", "12 Stück bitte" after the shop listed its 6er and 10er eggs: pieces that whole packs of
 * one of the shown sizes make are those packs (the fewest), as "20 Eier" is in an order.
 */
function piecesOfShownPacks(
  text: string,
  folded: string,
  index: CatalogIndex,
  options: readonly string[],
): { sku: string; packs: number } | null {
  const groups = readQuantitiesIn(text)
  const g = groups.length === 1 ? groups[0]! : undefined
  if (!g || g.unit?.unit !== 'pc' || g.unit.physical || !namesNoItem(folded)) return null
  return wholePacks(options, index, (size) =>
    size.unit === 'pc' && size.value > 1 ? g.value / size.value : null,
  )
}

const SWAP_BEFORE = /(?<![\p{L}])(?:statt|anstatt|anstelle von|instead of)(?![\p{L}])/iu
// "ande 6 nahi 12 kar do", "tamatar 2 kilo nahin 3 kilo": a no between two amounts takes the first back
const SWAP_AFTER =
  /(?<![\p{L}])(?:ki jagah|ke badle|ke bajaye)(?![\p{L}])|(?<=\d\s*\p{L}*)\s+(?:nahi|nahin|nai)[\s,]+(?=\d)/iu

// "keine Butter sondern Joghurt", "nicht die Brezeln, sondern Laugenstangen": what is not wanted, then what is
const NOT_BUT =
  /^[\s,.!]*(?:(?:nee|ne|nö|noe|nein|ach|oh|sorry|doch|lieber|also|bitte|äh|aeh)[\s,.!]+)*(?:doch\s+)?(?:kein|keine|keinen|keiner|keins|nicht(?:\s+(?:die|den|das|der))?)\s+(.+?)[\s,]+sondern\s+(?:lieber\s+|doch\s+|bitte\s+)?(.+?)[\s.!]*$/iu

const SWAP_NOT = /(?<=\d\s*\p{L}*)[\s,]+(?:not|nicht)[\s,]+(?=\d)/iu
const SWAP_NOT_WORD = /(?<![\p{L}])n(?:ot|icht)[\s,]+\d/iu
const SWAP_AFTER_WORD = /jagah|badle|bajaye|nahi|nai/i

// "tausch die Brezeln gegen Laugenstangen", "ersetz die Butter durch Joghurt", "swap the milk for curd", "replace
// bread with buns": a verb of swapping first, then what goes out and what comes in
const SWAP_VERB_FIRST =
  /^[\s,.!]*(?:(?:bitte|und|dann|ach|doch|ok|okay|also|please|pls|can you|could you|kannst du|koennt ihr|könnt ihr)[\s,]+)*(?:tausch|tausche|tauscht|tauschen|ersetz|ersetze|ersetzt|ersetzen|wechsel|wechsle|wechselt|swap|replace|exchange)(?:[\s,]+(?:mir|uns|bitte|doch|mal|noch|the|my))*\s+(.+?)\s+(?:gegen|durch|for|with)\s+(.+?)(?:\s+(?:aus|um|ein|bitte|please|pls))*[\s.!?]*$/iu
// "die Brezeln gegen Laugenstangen tauschen", "Butter durch Joghurt ersetzen": the verb last
const SWAP_VERB_LAST =
  /^(.+?)\s+(?:gegen|durch)\s+(.+?)\s+(?:tauschen|austauschen|umtauschen|eintauschen|ersetzen|wechseln|auswechseln)(?![\p{L}])[^\n]*$/iu

/** Splits a substitution into what goes out and what comes in, or null when the message is not one. */
function swapParts(text: string): { remove: string; add: string } | null {
  if (text.includes('\n')) return null
  const verb = /tausch|ersetz|wechs|swap|replace|exchange/i.test(text)
    ? (SWAP_VERB_FIRST.exec(text) ?? SWAP_VERB_LAST.exec(text))
    : null
  // ("kannst du die Brezeln gegen …": the asking words are no goods)
  if (verb)
    return {
      remove: verb[1]!.replace(
        /^(?:(?:kannst|konnt|koennt|könnt|du|ihr|sie|bitte|mal|can|could|you)\s+)+/iu,
        '',
      ),
      add: verb[2]!,
    }
  // "nee keine Butter sondern 2 Joghurt", "doch nicht die Brezeln, sondern Laugenstangen"
  const but = /sondern/i.test(text) ? NOT_BUT.exec(text) : null
  if (but) return { remove: but[1]!, add: but[2]! }
  const before = SWAP_BEFORE.exec(text)
  if (before) {
    const head = text.slice(0, before.index)
    const tail = text.slice(before.index + before[0].length)
    // "statt Milch lieber Zucker" / "instead of milk, bread": the swap word opens the message
    if (queryWords(itemText(fold(head))).length === 0 && readQuantitiesIn(head).length === 0) {
      const cut = /(?<![\p{L}])(?:lieber|bitte|doch|nehme ich|send|give me|please)(?![\p{L}])|[,;]/iu.exec(
        tail,
      )
      if (!cut) return null
      return { remove: tail.slice(0, cut.index), add: tail.slice(cut.index + cut[0].length) }
    }
    // "Zucker statt Milch", "bread instead of milk"
    return { remove: tail, add: head }
  }
  // (a plain test first: the look-behinds below are slow, and most messages have none of these words)
  const after = SWAP_AFTER_WORD.test(text) ? SWAP_AFTER.exec(text) : null
  if (after) return { remove: text.slice(0, after.index), add: text.slice(after.index + after[0].length) }
  // "mushrooms 8 not 10", "oyster 1kg not 2kg", "2 Brot, nicht 3": English and German say the new amount first
  const not = SWAP_NOT_WORD.test(text) ? SWAP_NOT.exec(text) : null
  if (not) return { remove: text.slice(not.index + not[0].length), add: text.slice(0, not.index) }
  return null
}

/** "statt"/"instead of" opening a sentence of its own after the goods, with only little words between. */
const SWAP_OPENS_SENTENCE = new RegExp(
  String.raw`[.!?;,\n]\s*(?:(?:ach|oh|oder|ne|nee|nein|noe|doch|sorry|aeh|ah|ahm|und|aber|bitte|lieber|also|so|no|wait|or|and|but|actually|please|pls)[\s,.!]+)*(?:statt|anstatt|anstelle von|instead of)(?![\p{L}])`,
  'iu',
)

/**
 * An order, then a sentence that swaps goods of it ("10 Brötchen, 2 Joghurt. Statt Joghurt lieber 2 Milch",
 * "2 milk, 1 bread, instead of bread 2 buns"): the order's line of the goods taken out goes, what comes in takes
 * its place (as many as that line had unless an amount is said). Null when the swap is of no goods of the order.
 */
function swapWithinOrder(
  text: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  if (!/statt|instead/i.test(text)) return null
  const at = SWAP_OPENS_SENTENCE.exec(fold(text))
  if (!at) return null
  const head = text.slice(0, at.index + 1)
  if (queryWords(itemText(fold(head))).length === 0) return null
  const sw = /(?:statt|anstatt|anstelle von|instead of)$/i.exec(fold(text.slice(0, at.index + at[0].length)))
  const tail = text.slice(at.index + at[0].length)
  // what goes out ends at "lieber", "doch", a comma, or where the amount of what comes in starts
  const cut =
    /(?<![\p{L}])(?:lieber|bitte|doch|nehme ich|nimm|send|give me|please)(?![\p{L}])|[,;:]|(?=(?<![\p{L}\p{N}])(?:\d|ein|eine|einen|zwei|drei|vier|funf|fünf|sechs|one|two|three|four|five|six)(?![\p{L}]))/iu.exec(
      tail,
    )
  if (!sw || !cut || cut.index === 0) return null
  const order = readOrder(head, index, context, language)
  const gone = readOrder(tail.slice(0, cut.index), index, context, language)
  const out = readOrder(tail.slice(cut.index + cut[0].length), index, context, language)
  const from = gone.lines.length === 1 ? gone.lines[0]! : null
  const to = out.lines.length === 1 ? out.lines[0]! : null
  const i = from?.sku ? order.lines.findIndex((l) => l.sku === from.sku && (l.op ?? 'add') === 'add') : -1
  if (!from?.sku || !to?.sku || to.sku === from.sku) return null
  const amount = amountsIn(tail.slice(cut.index + cut[0].length)).length > 0
  if (i >= 0) {
    const old = order.lines[i]!
    order.lines.splice(i, 1, amount ? { ...to, op: old.op } : { ...to, qty: old.qty, op: old.op })
  } else if (context.cartSkus?.includes(from.sku)) {
    // "3 Brezeln, statt Joghurt lieber Milch" with Joghurt in the cart: the swap is of the cart's goods
    order.lines.push(amount ? { ...to, op: 'add' } : { ...to, op: 'set', qtyOf: from.sku }, {
      ...from,
      op: 'remove',
      counted: false,
    })
  } else return null
  order.unmatched.push(...out.unmatched)
  return order
}

/** A swap of one quantity for another of the same item: the item's line set to the quantity that comes in. */
function quantitySwap(
  swap: { remove: string; add: string },
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const itemless = (s: string) => queryWords(itemText(strip('set', fold(s)))).length === 0
  const amount = (s: string) => readQuantitiesIn(s).filter((g) => !Number.isNaN(g.value) && !g.article)
  const addBare = itemless(swap.add)
  // "make it 8 not 10", "6 nahi 12 kar do": no item on either side changes the line last added
  if (addBare && itemless(swap.remove))
    return bareQuantityEdit(swap.add, fold(swap.add), index, context, language)
  if (addBare === itemless(swap.remove)) return null
  const named = readOrder(addBare ? swap.remove : swap.add, index, context, language)
  if (named.lines.length !== 1) return null
  const line = named.lines[0]!
  if (addBare) {
    const [g, ...more] = amount(swap.add)
    if (!g || more.length > 0) return null
    line.qty = g.value
    if (g.unit?.unit && g.unit.unit !== 'pc' && g.unit.unit !== 'pack') line.unit = g.unit.unit
  } else if (amount(swap.remove).length !== 1) return null
  line.op = 'set'
  return named
}

const DEFINITE = new Set(['der', 'die', 'das', 'den', 'dem', 'the'])
const LEAD_IN = new Set(['und', 'dann', 'bitte', 'ach', 'also', 'and', 'ok', 'okay', 'so'])
/** Does the (folded) line open with a definite article and the goods, and count them after? */
function theThenAmount(folded: string): boolean {
  const ws = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  let i = 0
  while (i < ws.length && LEAD_IN.has(ws[i]!)) i++
  // "Käse bitte 300 g", "milch bitte nur 2": German's "bitte" between the goods and their count restates them as
  // the article does
  if (!DEFINITE.has(ws[i] ?? '')) return goodsPleaseAmount(ws, i)
  const next = ws[i + 1]
  if (next === undefined || /^\d/.test(next) || next in NUMBER_WORDS) return false
  return ws.slice(i + 2).some((w) => /^x?\d/.test(w) || (w in NUMBER_WORDS && w !== 'das' && w !== 'do'))
}

/** From ws[i]: one or two words of goods, "bitte", then a count (the goods named without a number before it). */
function goodsPleaseAmount(ws: string[], i: number): boolean {
  const at = ws.indexOf('bitte', i + 1)
  if (at === -1 || at - i > 2) return false
  const count = (w: string | undefined) =>
    w !== undefined && (/^x?\d/.test(w) || (w in NUMBER_WORDS && w !== 'das' && w !== 'do'))
  if (ws.slice(i, at).some(count)) return false
  return count(ws[at + 1]) || (ws[at + 1] === 'nur' && count(ws[at + 2]))
}

/** "bread ek hi karna", "doodh do hi": a number word and Hindi "hi" (only) after it, that much and no more. */
function amountThenOnly(folded: string): boolean {
  if (!folded.includes(' hi')) return false
  const ws = folded.split(/[^\p{L}\p{N}]+/u)
  const amount = (w: string | undefined) => w !== undefined && (w in NUMBER_WORDS || /^\d/.test(w))
  // (a unit between them: "kele ek darjan hi", "pyaz do kilo hi")
  return ws.some(
    (w, j) => w === 'hi' && (amount(ws[j - 1]) || (UNIT_WORD_SET.has(ws[j - 1] ?? '') && amount(ws[j - 2]))),
  )
}

/** A Hinglish verb of giving or wanting that ends a clause: "de do", "bhej dena", "chahiye", "le lunga". */
const GIVING_AT_END =
  /\s(?:de do|dedo|de dena|de dijiye|bhej do|bhejo|bhej dena|bhej dijiye|chahiye|chaiye|chahie|lunga|lenge)(?:\s+(?:bhaiya|bhai|ji|please|pls|plz))*[\s.!]*$/

function lineOp(folded: string, context: ConversationContext): LineOp | null {
  // "no, just 1 bread", "nahi sirf 2", "nein, nur 1 Brot": a no before a quantity corrects the line, it does not
  // take it away
  if (NO_THEN_AMOUNT.test(folded)) return (context.cartSkus?.length ?? 0) > 0 ? 'set' : null
  // "nahi maggi 4", "no, bread 3", "nein, Brezeln 6": a no, then goods and their amount, is the no of a correction
  // too (a no said of goods comes after them in Hindi, "maggi nahi", and has no amount in English, "no maggi")
  if (NO_THEN_GOODS_AMOUNT.test(folded)) return (context.cartSkus?.length ?? 0) > 0 ? 'set' : null
  if (has('remove', folded)) return 'remove'
  // "pyaz nahi chahiye", "onion nahi": Hindi puts the no after the item
  if (NO_AFTER.test(folded)) return 'remove'
  if (
    /^(?:(?:doch|dann|und|bitte|lieber|also|but|and|aber|lekin|magar|par|actually|sorry|oops|hmm+|arre+y?|wait|ok|okay|eigentlich|ach|acha|achha|accha)[\s,]+)*(?:no|without|ohne|kein|keine|keinen|mat|nahi)\s(?!(?:wait|hold on|hang on|sorry|actually|i mean|i meant|make|change|ruko|matlab)\b)/.test(
      folded,
    )
  )
    return 'remove'
  if (
    /\b(?:make (?:it|that|them)|change|instead|update|badal|andern|statt|erhohen|erhoehen|reduzieren|verringern)\b/.test(
      folded,
    )
  )
    return 'set'
  const inCart = (context.cartSkus?.length ?? 0) > 0
  // "potatoes from 20 kg to 25 kg", "Kartoffeln von 2 auf 3 kg": from one amount to another is a change
  if (inCart && FROM_TO_AMOUNT.test(folded)) return 'set'
  // "make the onions 3 kg", "reduce the rice to 2 kg": with a cart, a verb that sets how much, whatever stands
  // between it and the quantity ("make me a coffee" with nothing ordered yet is an order)
  if (inCart && /\b(?:make|reduce|increase)\b/.test(folded)) return 'set'
  // "aloo 1 kilo hi rakhna", "pyaz 2 kilo rakho", "kam karke 1 kilo kar do": keeping an amount, or only that much
  if (
    inCart &&
    (/\b(?:rakh|rakho|rakhna|rakhiye|rakhein|rakhen|rakhiyega|rakhenge|karke)\b|\d\s*\S*\s+hi\b/.test(
      folded,
    ) ||
      amountThenOnly(folded))
  )
    return 'set'
  // "bei den Brötchen bitte 6", "beim Brot nur 1": the item named with "bei" is one already in the cart
  if (inCart && /^(?:(?:und|dann|bitte|also|ach)\s+)*(?:bei|beim)\s/.test(folded)) return 'set'
  if (inCart && has('set', folded)) return 'set'
  if (ADDING.test(folded)) return 'add'
  // "das Dinkelbrot bitte zweimal", "den Saft bitte 3 mal", "the maggi 4 please": with a cart, goods named with the
  // definite article and then counted are a line already there, restated
  if (inCart && theThenAmount(folded)) return 'set'
  // "die Brezeln auf 4 bitte", "Milch auf 2 Liter": the new amount of a line in the cart
  if (inCart && AUF_AMOUNT.test(folded)) return 'set'
  // "ach, mach doch 4 Brötchen", "mach mal 3 Brezeln", "doch lieber 2 Milch": with a cart, German "mach" and a
  // "doch" before the number restate a line (a word of adding above wins: "mach noch 2 dazu")
  if (inCart && (/\b(?:mach|machs|macht|machen|machst)\b/.test(folded) || DOCH_AMOUNT.test(folded)))
    return 'set'
  // "actually 6 kg onion", "sorry, I meant 3 kg": a correction restates a line (an item not yet in the cart
  // is simply added); a word of adding above wins ("sorry, 1 more bread")
  if (inCart && CORRECTING.test(folded)) return 'set'
  return null
}

/**
 * "leave the milk at the door", "drop 2 bread at my flat", "pls drop | 2 bread": "drop" and "leave" said of goods
 * delivered, which the piece alone cannot tell (the place, or the amount after a verb that ends the piece, is read
 * apart from it), so its whole message line is looked at.
 */
function deliveredNotDropped(text: string, start: number, piece: string): boolean {
  if (!/\b(?:drop|leave)\b/.test(piece)) return false
  const from = text.lastIndexOf('\n', start) + 1
  const line = fold(text.slice(from).split('\n', 1)[0]!)
  return (
    LEFT_SOMEWHERE.test(line) ||
    (/\b(?:drop|leave)\s*$/.test(piece) && !has('remove', fold(text.slice(start).split('\n', 1)[0]!)))
  )
}
const LEFT_SOMEWHERE =
  /^(?:\S+\s+){0,2}(?:drop|leave)\b(?:\s+\S+){0,4}?\s+(?:at|with|outside|near|by|in|on|to|inside|downstairs|upstairs)\b/

const FROM_TO_AMOUNT = /\b(?:from|von)\s+\d[\d.,]*\s*\p{L}{0,6}\s+(?:to|auf)\s+\d/u
// ("mat bhejna" is not here: "mat" alone is goods too, "yoga mat")
/** What is left of "rehne do" / "mat bhejna" at the end of an item once its verb was read as filler. */
const MADE_TO_ORDER = /\b(?:auf|nach) (?:vor)?bestellung\b|\b(?:made )?to order\b|\bon order\b/g
/**
 * "Brezeln will ich jetzt keine", "die Butter brauchen wir diesmal nicht": German puts the verb of wanting second,
 * after the goods, with its person and any little words of when; with the no gone, what is left of it is no goods.
 */
const WANTING_AFTER_DE =
  /\s+(?:brauch(?:e|en|t)?|will|wollen|m(?:o|oe|ö)chte(?:n)?|nehm(?:e|en)?|krieg(?:e|en)?)(?:\s+(?:ich|wir))?(?:\s+(?:doch|jetzt|dann|eigentlich|heute|morgen|also|aber|erst\s*mal|mehr|lieber|wohl|halt|nun|diesmal|dieses\s+mal|diese\s+woche|vorerst|gar|(?:am\s+|diesen\s+|n(?:ä|ae|a)chsten\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|wochenende)))*(?:\s+(?:keine|keinen|keins|kein|nicht|nichts)(?:\s+mehr)?)?[\s.!]*$/iu
const LEFT_OUT = /\s+(?:rehne|rahne|rehene|jane|jaane|mat)\s*$/i
// "pyaz rehne do", "pyaz jaane do", "bread mat bhejna": leave it out, said after the item (a "mat" alone stays
// goods; "aloo le jane do", let me take it, is no leaving out)
const NO_AFTER =
  /\s+(?:not\s+(?:needed|required|wanted|necessary)(?:\s+(?:today|tomorrow|now|anymore|this\s+time))?|(?:nahi|nahin|nai)(?:\s+(?:cha+h?i+y?e|chaiye|bhejo|bhejna|bhejiye|dena|dijiye|do|lana|lao|dalna))?|(?:rehne|rahne|rehene|(?<!\ble\s+)(?:jane|jaane))\s+(?:do|dijiye|dena)|mat\s+(?:bhejo|bhejna|bhejiye|dena|dijiye|do|lana|lao|dalna|daalna))(?:\s+(?:bhaiya|bhai|ji|please|pls|plz))*[\s.!]*$/i
/**
 * A no, then goods and a trailing amount, and nothing else: "nahi maggi 4", "no, bread 3 only", "nein, Brezeln 6".
 * Hinglish closes the correction with the verb that sets it, said once or after a no said twice ("nahi pyaz 2
 * kar do", "nahi nahi aloo 3 kilo rakho", "nahi doodh do packet kar dijiye"): a no of the correction, not of the goods.
 */
// after a number word only a unit makes it an amount: "nahi doodh do packet" is one, "nahi doodh ek aur de do" (one
// more milk) is not, as any word after it would be
const HI_AMOUNT_UNITS = [...UNIT_WORDS.keys()]
  .filter((w) => /^\p{L}+$/u.test(w))
  .sort((a, b) => b.length - a.length)
  .join('|')
const NO_THEN_GOODS_AMOUNT = new RegExp(
  String.raw`^(?:(?:no|nope|nah|nahi|nahin|nai|nein|nee)\b[\s,.!]*)+(?!(?:no|not|nahi|nahin|nai|mat|kein|keine|keinen|without|ohne|more|mehr)\b)\p{L}[\p{L}\s-]{0,40}?\s(?:\d+(?:[.,]\d+)?\s*(?:\p{L}{1,6}\.?)?|(?:${HI_AMOUNT_WORDS})\s+(?:${HI_AMOUNT_UNITS})\.?)(?:\s+(?:hi|only|bas|please|pls|plz|chahiye|chaiye|chahie|bhejo|dena|bitte|nur|kar|karo|kardo|karna|karke|de|do|dedo|dijiye|dijie|rakh|rakho|rakhna|rakhiye|bhej|bhejdo|bhai|bhaiya|ji))*[\s.!]*$`,
  'u',
)
/** A no, goods, an amount and "more" closing the line with no more than a verb of giving: "nahi doodh ek aur de do". */
const NO_THEN_MORE_GOODS = new RegExp(
  String.raw`^(?:(?:no|nope|nah|nahi|nahin|nai|nein|nee)\b[\s,.!]*)+(?!(?:no|not|nahi|nahin|nai|mat|kein|keine|keinen|without|ohne)\b)\p{L}[\p{L}\s-]{0,40}?\s(?:\d+(?:[.,]\d+)?|${HI_AMOUNT_WORDS}|one|two|three|four|five|six)\s+(?:(?:${HI_AMOUNT_UNITS})\.?\s+)?(?:aur|or|more|extra|mehr)(?:\s+(?:please|pls|plz|chahiye|chaiye|chahie|bhejo|bhej|dena|de|do|dedo|dijiye|dijie|bhejdo|send|bhai|bhaiya|ji|bitte))*[\s.!]*$`,
  'u',
)
const NO_THEN_AMOUNT = new RegExp(
  `^(?:(?:no|nope|nah|nahi|nahin|nai|nein|nee|ne|na)\\b[\\s,.!]*)+(?:(?:just|only|sirf|bas|nur|doch|lieber|ach|make it|then)[\\s,]+)*(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`,
)
const ADDING =
  /\b(?:add|also|more|aur|extra|dazu|noch|mehr|drauf|obendrauf|drauflegen|drauftun|draufpacken)\b/
/**
 * What the customer thinks of the price, said first and closed by a comma or a stop, before what they want then:
 * "too costly, make it 1 kg", "that's too much. 1 kg only", "bahut mehenga hai, 1 kilo hi do", "zu teuer, nur 1 kg".
 */
const PRICE_REMARK =
  /^\s*(?:(?:oh|arre|arey|uff|hmm|ok|okay|acha|achha|ach|na|nee)[\s,!.]+)*(?:(?:that['’]?s|thats|it['’]?s|its|this is|that is|ye|yeh|wo|woh|das ist|ist|is|zu|bahut|bohot|bohat|too|very|so|kaafi|thoda|a bit|echt|schon|ganz schön)\s+)*(?:too much|costly|expensive|pricey|mehenga|mehnga|mahanga|teuer|zu viel)(?:\s+(?:hai|h|yaar|yar|bhai|bhaiya|ist|man|na|for me))*\s*[,.!;:-]+(?=\s*\S)/iu

/** How sure the matcher is of goods named by their whole name or an alias. */
const EXACT = 0.97

/** Words that ask for more of goods already in the cart: "also sugar", "aur chini", "noch Zucker", "another bread". */
function addsToIt(folded: string): boolean {
  return (
    ADDING.test(folded) ||
    MORE_OF_IT.test(folded) ||
    /\b(?:bhi|auch|again|phir|nochmal|ek aur)\b/.test(folded)
  )
}
/** A line that opens by taking back what was just said: "sorry 5 kg atta", "I mean 3", "nahi nahi 2", "äh, ich meine". */
const SELF_CORRECTION =
  /^(?:(?:no|nahi|nein|oh|uh|um|ah|h|ahh|aeh|ah|ach)[\s,]+)*(?:(?:nein|nee|neee|ne|noe|no|na|quatsch)[\s,]+(?:doch|lieber|eher)\b|quatsch\b|sorry|i mean|i meant|meant|correction|oops|no wait|wait|galti se|galati se|glti se|galat likh(?:a|e|i)?|by mistake|mistake|typo|matlab|nahi nahi|ich meine|ich meinte|korrektur|pardon|(?:ah|aeh|ahm|aehm|also|ich mein|bzw|beziehungsweise)[\s,.]+(?=\d))\b/
/**
 * The same, said just before the line: "2 kg pyaz nahi nahi | 3 kg pyaz", "2 Brot, äh, ich meine | 3 Brot"; a
 * hesitation too ("2 Brot äh | 3 Brot"), which corrects only a line of the same goods.
 */
const CORRECTION_BEFORE =
  /(?:(?<![\p{L}])(?:nein|nee|neee|ne|noe|no|na)[\s,]+(?:doch|lieber|eher)(?:\s+(?:doch|lieber|eher|nur|bitte))*|(?<![\p{L}])(?:quatsch|ah|aeh|ahm|aehm|also|ich mein)|sorry|i mean|i meant|correction|oops|no wait|matlab|nahi nahi|ich meine|ich meinte|korrektur)[\s,.:;!-]*$/u
/** A German verb of wanting in the first person, either word order ("ich bräuchte", "hätte ich gern"). */
/** Words for goods in general, not for any goods (folded). */
const GOODS_IN_GENERAL: ReadonlySet<string> = new Set(
  (
    'stuff things thing items item groceries grocery provisions ration saman samaan saamaan saaman ' +
    'cheezein cheezen cheeze cheez chize chizen chije sachen dinge einkaufe lebensmittel'
  ).split(' '),
)
/** A verb of wanting or getting goods, in the three languages (folded). */
const WISHED =
  /(?<![\p{L}])(?:need|needed|want|wanted|require|required|order|get|buy|send|deliver|chahiye|chahie|chaiye|chaahiye|mangwana|mangwani|mangana|mangani|bhejna|bhejni|bhejo|bhej|lena|leni|dena|dedo|dijiye|brauche|brauchen|brauchte|braeuchte|brauchten|braeuchten|mochte|moechte|mochten|moechten|bestellen|bestelle|haette|hatte|haetten|hatten)(?![\p{L}])/u

/** "need some stuff", "kuch saman chahiye": goods wished for by a word for goods in general, nothing in the cart yet. */
function wishesGoodsInGeneral(folded: string, context: ConversationContext): boolean {
  return (
    !context.cartSkus?.length &&
    // an open question (an offer in place of goods sold out) is answered: "yes send the items" takes the offer
    !context.pendingChoice &&
    !folded.includes('?') &&
    WISHED.test(folded) &&
    folded.split(/[^\p{L}]+/u).some((w) => GOODS_IN_GENERAL.has(w))
  )
}

/** A verb of sending the goods (folded): "bhej do", "de dijiye", "send", "deliver". */
const SENT =
  /(?<![\p{L}])(?:send|deliver|bhejo|bhej|bhejna|bhejdo|bhejiye|dena|dedo|de|dijiye|dijie)(?![\p{L}])/u
/**
 * "ye saaman bhej do", "send the items" with goods in the cart: the cart's goods, sent, which is the yes; not with
 * a word of more ("aur saaman bhejo", "some more stuff") nor as a question, nor with a question open.
 */
function sendsTheCart(folded: string, context: ConversationContext): boolean {
  return (
    (context.cartSkus?.length ?? 0) > 0 &&
    !context.pendingChoice &&
    !folded.includes('?') &&
    !/\d/.test(folded) &&
    SENT.test(folded) &&
    !addsToIt(folded) &&
    !/(?<![\p{L}])(?:kuch|some|any|koi|naya|new|other|dusra|doosra)(?![\p{L}])/u.test(folded) &&
    folded.split(/[^\p{L}]+/u).some((w) => GOODS_IN_GENERAL.has(w))
  )
}

const WANTING_DE =
  /\b(?:(?:ich|wir|i)\s+(?:\p{L}+\s+)?(?:hatte|haette|hatten|haetten|hett|mochte|moechte|mochten|moechten|brauchte|braeuchte|brauchten|braeuchten|brauche|brauchen|wurde|wuerde|wurden|wuerden|wollte|wollten|bestelle|bestellen)|(?:hatte|haette|hett|mochte|moechte|brauchte|braeuchte|wurde|wuerde|wollte) (?:ich|wir|i))\b/u
const AUF_AMOUNT = new RegExp(`\\bauf\\s+(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`)
const DOCH_AMOUNT = new RegExp(
  `\\bdoch\\s+(?:(?:lieber|nur|bitte|eher)\\s+)*(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`,
)
const CORRECTING =
  /\b(?:actually|meant|said|correction|sorry|no wait|wait|oops|galti|galati|glti|galat likh(?:a|e|i)?|mistake|typo|meinte|eigentlich|warte|wart|moment|hoppla|verschrieben|vertippt|korrektur)\b/

const UNIT_WORD_SET: ReadonlySet<string> = new Set(UNIT_WORDS.keys())
const NUMBER_WORDS_SET: ReadonlySet<string> = new Set(Object.keys(NUMBER_WORDS))

/**
 * Whether `kind` and `which`, cut apart by a quantity, are one item: "rice 5 kg sona masoori", "oil 1 mustard"
 * (what kind of goods, how much, then which), or "milk 2 amul taaza 1l", "butter 1 amul 500g" (how many of the
 * kind, then which by its pack size). The whole names a product (or a few, the pack size choosing among them),
 * every word of `kind` is a word of each ("rice" of "Sona Masoori Rice", "oil" of "Fortune Mustard Oil"), and
 * `which` on its own names nothing else. "bread 2 milk" and "aloo 2 kg pyaz" stay two items: "bread" is no word
 * of a milk.
 */
function aroundQuantity(kind: ReadLine, which: ReadLine, index: CatalogIndex, loose: boolean): boolean {
  if (!which.hasQuantity || which.sep !== '' || !kind.item || !which.item) return false
  const kq = kind.quantity
  const wq = which.quantity
  const wAt = wq.qtyStart ?? wq.unitStart
  if (wAt === undefined) return false
  if (kind.hasQuantity) {
    // a count after the kind, and only a pack size after which: "milk 2 | amul taaza 1l"
    if (kq.qty === null || kq.unit !== null || kq.size || (kq.qtyStart ?? 0) < kind.itemEnd) return false
    if (!wq.size || wq.qty !== wq.size.value || wAt < which.itemEnd) return false
  } else if (wAt > which.itemStart) return false
  const kindWords = queryWords(kind.item)
  if (kindWords.length === 0 || kindWords.length > 2) return false
  const size = wq.size ?? undefined
  const joined = matchItem(`${kind.item} ${which.item}`, index, { size, loose })
  const named =
    joined.kind === 'resolved' ? [joined.sku!] : joined.kind === 'ambiguous' ? joined.candidates : []
  if (named.length === 0 || named.length > 3) return false
  const everyOne = named.every((sku) => {
    const p = index.products[index.bySku.get(sku)!]!
    const own = new Set(queryWords([p.name, ...p.aliases].join(' ')))
    // ("doodh 1 litre mother dairy wala": the kind in the customer's language, the name in English)
    return kindWords.every(
      (w) => own.has(w) || (SYNONYMS[w] ?? []).some((s) => queryWords(s).every((x) => own.has(x))),
    )
  })
  if (!everyOne) return false
  const alone = matchItem(which.item, index, { size, loose })
  return alone.kind !== 'resolved' || named.includes(alone.sku!)
}

const AND_SEPS = new Set(['and', 'aur', 'und', '&', '+', 'n'])

/** Words of stopping something, left out of the item only in a line that removes: "doodh band kar do", "stop the
 * milk" ("Rubber Band" and "Stop Cock" stay names in an order). */
const STOPPING_WORDS = new Set(['band', 'stop', 'sending', 'delivering', 'abbestellen'])
/** Words for the whole order and of not wanting, which a cancel may say ("cancel everything", "kuch mat bhejo"). */
const WHOLE_ORDER = new Set(
  'mat mt na nahi nahin nai no not dont don kein keine keinen nicht never everything anything nothing something it that this them those all whole entire cart items item things stuff lot sab sabkuch kuch kuchh koi saara sara saare sare poora pura pure alles nichts etwas komplett ganze ganz gesamte saman samaan'.split(
    ' ',
  ),
)

/**
 * Little words beside a word of cancelling that name no goods: "nee, lass gut sein", "ach, vergiss es, doch nichts"
 * take the whole cart back, as "lass mal" does.
 */
const AROUND_CANCEL = new Set(
  'ach nee ne nein doch gut sein mal dann lieber halt eben gar nix ja ok okay oh please pls bitte then just also einfach'.split(
    ' ',
  ),
)

/** Words that bring in what replaces goods just taken out: "dafür", "stattdessen", "instead", "uski jagah". */
const IN_ITS_PLACE =
  /^\W*(?:und |and |aur |or |but |aber |par )?(?:dafur|dafuer|stattdessen|instead|in its place|(?:uski|iski|uske|iske|us ki|is ki) (?:jagah|badle)|badle mein)(?![\p{L}])/u

const OP_WORDS = new Set([
  // a reason said in place of the edit: "die Kartoffeln hab ich noch zuhause", "we already have butter"
  'hab',
  'habe',
  'haben',
  'habs',
  'zuhause',
  'daheim',
  'genug',
  'already',
  'still',
  'have',
  'got',
  // "forget the milk", "skip the bread", "doodh chhod do", "vergiss das Brot": verbs of leaving goods out
  'forget',
  'skip',
  'drop',
  'leave',
  'scratch',
  'omit',
  'exclude',
  'strike',
  'chhod',
  'chod',
  'chhodo',
  'chodo',
  'vergiss',
  // "aber keine Zwiebeln", "lekin pyaz nahi": a but that turns to the change, no part of the goods
  'aber',
  'lekin',
  'magar',
  // "aloo kam karke 1 kilo kar do", "1 kilo hi rakhna": the line's new amount
  'karke',
  'rakhna',
  'rakho',
  'rakhiye',
  // "ande 6 aur badha do": more of it
  'badha',
  'badhao',
  'badhado',
  'badhana',
  'remove',
  'delete',
  'take',
  'out',
  'off',
  'minus',
  'hata',
  'hatao',
  'hatado',
  'nikal',
  'nikalo',
  'nikaldo',
  'entfernen',
  'streichen',
  'weg',
  'weglassen',
  'make',
  'change',
  'instead',
  'update',
  'badal',
  'badlo',
  'cancel',
  'andern',
  'statt',
  'nur',
  'kam',
  'karo',
  'kardo',
  'no',
  'dont',
  "don't",
  'want',
  'more',
  // German edits put the verb and its particles around the item: "die Butter bitte wieder rausnehmen"
  'wieder',
  'raus',
  'rausnehmen',
  'rausmachen',
  'raustun',
  'wegnehmen',
  'wegmachen',
  'loschen',
  'doch',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'lieber',
  'draus',
  'daraus',
  'mach',
  'machen',
  'macht',
  'nicht',
  'mehr',
  // the verb first and its particle last: "nimm die Milch raus", "tu die Butter weg", "lass das Brot weg"
  'nimm',
  'nehmt',
  'tu',
  'tue',
  'tut',
  'lass',
  'lasst',
  'streich',
  'streicht',
  'schmeiss',
  // "mach bei den Brötchen 6 draus", "beim Brot nur 1": the line to change
  'bei',
  'beim',
  // "die Milch muss raus", "die Butter kann weg", "raus damit", "ohne Milch bitte"
  'muss',
  'kann',
  'soll',
  'damit',
  'ohne',
  'without',
  // "die Brezeln auf 5 erhöhen", "Kartoffeln auf 2 kg reduzieren"
  ...NEW_QUANTITY_WORDS_DE,
])

/**
 * The order clauses of a message that complains, with the complaint's goods put after each clause that says a
 * quantity and names nothing, after the quantity ("the mint was black, send fresh 4 bunch" → "send fresh 4 bunch
 * mint"); null when
 * there is no complaint about named goods, or every clause after it names its own item.
 */
function refillAfterComplaint(text: string, said: Sentence[]): string | null {
  let subject: string | null = null
  let filled = false
  const parts: string[] = []
  for (const s of said) {
    const clause = text.slice(s.start, s.end)
    // praise too: "the bread was good, send 2 more", "der Kuchen war super, bitte nochmal 2 Stück"
    if (s.kind === 'complaint' || (s.kind === 'statement' && isPraiseOf(fold(clause)))) {
      subject = complaintSubject(fold(clause)) ?? subject
      continue
    }
    const qs = subject && readLines(clause).length === 0 ? readQuantitySpans(clause) : []
    const last = qs.filter((g) => !Number.isNaN(g.value)).at(-1)
    if (subject && last) {
      // right after the quantity: "2 packet doodh aur bhej do" keeps the quantity and the item on one line
      parts.push(`${clause.slice(0, last.end)} ${subject}${clause.slice(last.end)}`.trim())
      filled = true
    } else parts.push(clause.trim())
  }
  return filled ? parts.join('\n') : null
}

function readOrder(
  written: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding {
  // "… liefern an Kirchgasse 2, 65183 Wiesbaden": the address is where to, and neither street nor town is goods
  const delivery = addressInOrder(written)
  // "2 kg onion, 1 bread, will pick up at 6": how the order is handed over is talk, never an item
  // ("a flat white": a word of delivery talk the catalog names goods with is no talk there)
  const talkInName = talkInNameTest(index)
  const talkless = withoutHandOverTalk(delivery?.text ?? written, (clause) =>
    readLines(clause, 5, { talkInName }).some(
      (l) => l.hasQuantity || matchItem(l.item, index).kind !== 'none',
    ),
  )
  // "Flat 12, Green Park" on a line of its own: where to deliver, not what ("12 Park Street" has no goods in it)
  const text = withoutAddressLines(talkless, (line) =>
    readLines(line, 5, { talkInName }).some((l) => l.hasQuantity && matchItem(l.item, index).kind !== 'none'),
  )
  const result: Understanding = emptyResult('order', language)
  if (delivery?.address) result.address = delivery.address
  const loose = language === 'hi-Deva'
  const cart = new Set<number>()
  for (const sku of context.cartSkus ?? []) {
    const p = index.bySku.get(sku)
    if (p !== undefined) cart.add(p)
  }
  // "oops, 3 bread", "sorry - 2 kg onion": a correction said before the lines sets every line that says no
  // operation of its own
  const wholeFolded = fold(text)
  // "no, just 1 bread", "nahi sirf 2 bread": the no is a correction of what follows, for every line
  // "nahi, doodh ek aur de do", "no, bread 2 more": the no answers the shop, and the goods are wanted, that many more
  const noThenMore = NO_THEN_MORE_GOODS.test(wholeFolded.trim())
  const noThenAmount =
    !noThenMore && (NO_THEN_AMOUNT.test(wholeFolded.trim()) || NO_THEN_GOODS_AMOUNT.test(wholeFolded.trim()))
  const lineDefault: LineOp =
    (context.cartSkus?.length ?? 0) > 0 &&
    (((CORRECTING.test(wholeFolded) || DOCH_AMOUNT.test(wholeFolded)) && !ADDING.test(wholeFolded)) ||
      noThenAmount)
      ? 'set'
      : 'add'
  let op: LineOp = lineDefault
  let removedByNo = false
  // the last piece ended in a Hindi verb of taking out ("pyaz hatao"): its clause is over, what follows is not taken out
  let removalEnded = false
  let opLine = -1
  // where the last line pushed came from, to join a name split around its quantity
  let lastLineNo = -1
  let lastStart = 0
  const packName = packNameTest(index)
  const read = unitBeforeCount(
    packWordsAsItems(
      notesAfterQuantity(
        varietiesOfOneNoun(
          sharedWeight(
            distribute(
              packWordBeforeCount(
                readLines(text, 80, {
                  nameNumber: nameNumberTest(index),
                  packName,
                  talkInName,
                }),
                text,
              ),
            ),
            index,
          ),
          index,
        ),
        text,
        index,
      ),
      text,
      index,
      packName,
    ),
    text,
    index,
  )
  const said: Sentence[] = sentences(text)
  for (let i = 0; i < read.length; i++) {
    let rl = read[i]!
    // "steak and cheese", "salt & pepper": two pieces that together name one product are one line.
    const next = read[i + 1]
    if (next && AND_SEPS.has(next.sep) && !next.hasQuantity && next.item) {
      const joined = matchItem(`${rl.item} ${next.item}`, index)
      if (
        (joined.kind === 'resolved' && joined.confidence >= 0.9) ||
        // "two large onion and pepper pizzas": on a menu, what names nothing before "and" tops the dish after it
        (toppedDish(rl.item, next.item, index) !== null && matchItem(rl.item, index).kind === 'none')
      ) {
        rl = {
          ...rl,
          item: `${rl.item} ${next.item}`,
          text: text.slice(rl.start, next.end).trim(),
          end: next.end,
        }
        i++
      }
    } else if (
      next &&
      next.lineNo === rl.lineNo &&
      !rl.hasQuantity &&
      next.hasQuantity &&
      (next.sep === '' || next.sep === ',') &&
      fold(next.item) === 'instead'
    ) {
      // "lemons x 20 instead", "lemons 20 instead": the word of changing after the amount is no goods of its own
      rl = {
        ...next,
        item: rl.item,
        itemStart: rl.itemStart,
        itemEnd: rl.itemEnd,
        start: rl.start,
        text: text.slice(rl.start, next.end).trim(),
      }
      i++
    } else if (next && next.lineNo === rl.lineNo && aroundQuantity(rl, next, index, loose)) {
      // "rice 5 kg sona masoori", "oil 1 mustard", "milk 2 amul taaza 1l": one item said around its quantity
      const quantity = rl.hasQuantity
        ? { ...rl.quantity, size: next.quantity.size, sizeIsVariant: next.quantity.sizeIsVariant }
        : next.quantity
      rl = {
        ...next,
        item: `${rl.item} ${next.item}`,
        quantity,
        start: rl.start,
        text: text.slice(rl.start, next.end).trim(),
      }
      i++
    }
    if (next && next.lineNo === rl.lineNo && i + 1 < read.length && refinesLine(rl, read[i + 1]!, index)) {
      // "need 5kg atta, aashirvaad only", "1 oil - fortune wala": which of it, not another item
      const more = read[i + 1]!
      rl = {
        ...rl,
        item: `${rl.item} ${whichWords(more.item).join(' ')}`,
        text: text.slice(rl.start, more.end).trim(),
        end: more.end,
      }
      i++
    }
    const lineFolded = fold(rl.text)
    // "remove the butter and the milk": an operation carries over to the rest of its line, not to the next line
    if (rl.lineNo !== opLine) {
      op = lineDefault
      removedByNo = false
      removalEnded = false
    }
    opLine = rl.lineNo
    const own = deliveredNotDropped(text, rl.start, lineFolded)
      ? null
      : noThenMore
        ? 'add'
        : noThenAmount && i === 0
          ? null
          : lineOp(lineFolded, context)
    // "remove the butter and the milk" carries on; "bread nahi, 2 onion": a no said after its item is that item's
    const carried: LineOp = op
    op = own ?? op
    // "no bread, 2 onion": a no said of one item does not take a quantity said for another ("remove 1 bread and 2
    // onion" still removes both: the verb is said for the rest of the line)
    if (own === null && carried === 'remove' && removedByNo && rl.hasQuantity) op = lineDefault
    // "doch keine Butter, dafür 2 Joghurt", "butter hatao, uski jagah 2 dahi", "no butter, instead 2 curd": what
    // comes in place of the removed goods is added
    if (own === null && carried === 'remove' && IN_ITS_PLACE.test(lineFolded)) op = 'add'
    // "rehne do, 3 kilo tamatar de do", "aloo chhod do 2 kg pyaz bhej do": Hindi ends each clause with its verb, so
    // a piece that ends in its own verb of giving is ordered; the removal before it was its own clause
    // ("pyaz hata do aur aloo bhi": goods named bare with "bhi", also, share the verb before them)
    if (
      own === null &&
      carried === 'remove' &&
      (GIVING_AT_END.test(lineFolded) ||
        (removalEnded && (rl.hasQuantity || !/\sbhi[\s.!]*$/.test(lineFolded))))
    )
      op = lineDefault
    removalEnded = own === 'remove' && REMOVING_AT_END.test(lineFolded)
    if (own !== null) removedByNo = own === 'remove' && !has('remove', lineFolded)
    const opHere: LineOp = op
    if (own === 'remove' && NO_AFTER.test(lineFolded) && !has('remove', lineFolded)) op = carried
    // "onion nahi": the no after the item is the line's operation, not part of the item
    let item = (
      own === 'remove'
        ? rl.item.replace(NO_AFTER, '').replace(LEFT_OUT, '').replace(WANTING_AFTER_DE, '')
        : rl.item
    )
      .split(/\s+/)
      .filter((w) => !OP_WORDS.has(fold(w)) && !(own === 'remove' && STOPPING_WORDS.has(fold(w))))
      .join(' ')
    // "aloo thoda kam kar do", "a bit more onion": a change of a cart line's amount with no number in it
    // ("die Brezeln will ich nicht mehr": a removal's "mehr" is no more of it)
    const vague = !rl.hasQuantity && cart.size > 0 && own !== 'remove' ? vagueChange(lineFolded) : null
    if (vague)
      item = item
        .split(/\s+/)
        .filter((w) => !VAGUE_WORDS.has(fold(w)))
        .join(' ')
    const scale = !rl.hasQuantity && cart.size > 0 && !vague ? scaleOfCartLine(item, cart, index) : null
    if (scale) item = scale.item
    // "Das Dinkelbrot bitte geschnitten", "the bread sliced please", "pyaz kata hua dena": a cart product named
    // again, uncounted, with how it is to be made, is said of the cart line and keeps its amount
    // (the reader leaves such words after the item out of its text: read up to the next piece or the line's end)
    const prepared =
      !rl.hasQuantity && cart.size > 0 && !vague && !scale
        ? preparation(fold(pieceToEnd(text, rl, read[i + 1])))
        : null
    if (rl.hasQuantity && queryWords(item).length === 0) item = clippedListItem(item, rl.text, index) ?? item
    if (queryWords(item).length === 0) continue
    // "please leave it at the door": "leave" is no coriander leaves; a leaf word alone, uncounted, names no herb
    if (!rl.hasQuantity && queryWords(item).every((w) => HERB_PARTS.has(w) || HERB_PARTS.has(`${w}s`)))
      continue
    // "pooja ke liye 1 ghee", "bachon ke liye: 2 lays": what it is for, said first, is no item
    if (!rl.hasQuantity && /(?:^|\s)(?:ke|ki|k)\s+liye?$/iu.test(item.trim())) continue
    // "Koramangala branch", "the basil is not fresh", "3 eggs were broken", "is the bread from today?", "tell me
    // a joke", "Thanks, Ravi": who is ordering, what went wrong, questions and talk are not items; a sentence
    // that asks for goods ("can you send 2 kg tomato?") is read, and so is anything with a quantity in it
    // ("moin. 10 Brezn", "hi. 2 Brote": a hello closed by a full stop that the line's text starts with is its own
    // sentence; the line is read in the sentence of its goods)
    const opening = sentenceAt(said, rl.start)
    const sentence =
      opening?.kind === 'greeting' && opening.end < rl.end ? sentenceAt(said, rl.end - 1) : opening
    // "2 kg onion and the basil is rotten": only the piece that complains is left out
    if (sentence?.kind === 'complaint' && isComplaint(lineFolded)) continue
    if (!rl.hasQuantity && namesSender(lineFolded)) continue
    // "doch kein Obst", "remove the dairy": a kind of goods taken out is every cart line of that category
    const kind = opHere === 'remove' && cart.size > 0 ? categoryOfItem(item, index) : null
    let ofKind = kind ? [...cart].filter((p) => index.products[p]!.category === kind) : []
    // "doch kein Brot" over a big bread and rolls in the category "Brot": a word that is also the name of some of
    // the cart's goods takes out those (all of them: "doch keine Brote"), not every line of the category it shares
    // its name with
    const named = ofKind.length > 1 ? namedInCart(item, index, cart).filter((p) => ofKind.includes(p)) : []
    if (named.length > 0) ofKind = named
    if (ofKind.length > 0) {
      for (const p of ofKind) result.lines.push(removal(index, p, rl.text))
      continue
    }
    // "Vegetables:", "Fruits", "Dairy -": a heading over part of the list names a kind of goods, not an item
    if (!rl.hasQuantity && headsPartOfList(item, index)) continue
    // "Veg order for Juhu", "Weekly requirement - Bandra" over a list: a heading that names the list and nothing
    // the shop sells; "Item | Qty | Unit", "Sr\tItem\tQty\tUnit": the heading row of a table pasted from a
    // spreadsheet
    if (
      !rl.hasQuantity &&
      read.some((o) => o.hasQuantity) &&
      (namesTheList(lineFolded) || headsColumns(item)) &&
      matchItem(item, index).kind === 'none'
    )
      continue
    // "Hie, pliz send for Maltos" over a list: a name after "for" (or after a list word and its colon: "Order:
    // Whitefield") that the catalog and the dictionary do not know is whom the list is for (a restaurant, a branch);
    // the shop's own goods by that name are still ordered
    // ("Order for Hotel Sai Palace", "today's order for Cafe Mocha" before the list, on its own: the order
    // announced, with whom it is for)
    const before = text.slice(Math.max(0, rl.itemStart - 24), rl.itemStart)
    if (
      !rl.hasQuantity &&
      ((read.some((o) => o.hasQuantity) &&
        /(?<![\p{L}])(?:for|(?:order|list|requirement|indent)s?\s*[:–—-])\s*$/iu.test(before.slice(-16))) ||
        /(?<![\p{L}])(?:order|list|requirement|indent)s?\s+for\s*$/iu.test(before)) &&
      /^\p{Lu}/u.test(text.slice(rl.itemStart, rl.itemEnd)) &&
      matchItem(item, index).kind === 'none' &&
      !queryWords(item).some((w) => namesGoods(w, index))
    )
      continue
    // "Gm. order for tmrw", "GM, onion 10kg": a greeting said short, alone before a full stop or a comma, is no goods
    if (
      !rl.hasQuantity &&
      /^\s*[,.!:-]/u.test(text.slice(rl.itemEnd)) &&
      has('greeting', fold(item)) &&
      strip('greeting', fold(item)).trim() === '' &&
      matchItem(item, index).kind === 'none'
    )
      continue
    // "Hi Ravi", "Hello Sam, tomato 5kg", "Good morning Priya": a name or two right after a greeting that opens
    // the line, that the catalog and the dictionary do not know, is whom the greeting is for
    if (!rl.hasQuantity && afterGreeting(text, rl.itemStart) && queryWords(item).length <= 2) {
      if (matchItem(item, index).kind === 'none' && !queryWords(item).some((w) => namesGoods(w, index)))
        continue
    }
    if (sentence?.kind === 'signoff' && isParting(fold(text.slice(sentence.start, sentence.end)))) continue
    // "Super, dann bitte 2 kg Spargel", "great, 2 bread then", "Perfekt! 3 Brötchen": a word of approval before
    // the order is no item the shop lacks
    // ("theek hai 1 bhej do" with nothing in the cart: a count after the yes names no goods either)
    if (onlyWordsOf(APPROVAL, item) && matchItem(item, index).kind === 'none') continue
    // "2 Brezeln, vielen Dank & MfG Müller", "danke und tschüss": thanks and goodbye between the separators
    if (onlyWordsOf(THANKS_AND_BYE, item) && matchItem(item, index).kind === 'none') continue
    // "GST bill pls", "Send ripe ones only", "Kindly confirm" between the lines of a list: a note to the shop on how
    // the goods should be, the paperwork or a reply, no goods the shop lacks
    if (!rl.hasQuantity && read.some((o) => o.hasQuantity) && shopNote(item, index)) continue
    // "hold on, make the rice 3 kg": the verb said with a preposition and nothing else names no goods
    if (
      !rl.hasQuantity &&
      queryWords(item).every((w) => PAUSE_PARTICLE.has(w)) &&
      matchItem(item, index).kind === 'none'
    )
      continue
    // "8 Semmeln bitte, bin um 9 da", "2 Bleche Datschi, geht das?", "4 Croissants, das wärs": German talk beside
    // counted goods is no item the shop lacks ("das" there is the article, not the Hindi ten)
    if (
      (language === 'de' || isGermanCatalog(index)) &&
      onlyWordsOf(GERMAN_TALK, rl.hasQuantity ? (/\d/.test(rl.text) ? '' : rl.text) : item) &&
      read.some((o, j) => j !== i && o.hasQuantity) &&
      matchItem(item, index).kind === 'none'
    )
      continue
    if (sentence?.kind) {
      // a quantity in talk is the talk's ("who is coming at ten?", "I have 2 kids"), unless it asks for goods
      if (!rl.hasQuantity || (sentence.kind !== 'signoff' && !sentence.ordering)) continue
    }
    const bad = badQuantity(rl)
    if (bad) {
      result.rejected.push({ text: rl.text, reason: bad })
      continue
    }
    // "2 Packungen Eier, die 10er", "2 Bauernbrote, die großen": a piece of only which size, with no count, right
    // after goods of several sizes, says which of them they are
    const undecided = result.lines.at(-1)
    if (
      undecided?.sku === null &&
      undecided.candidates.length >= 2 &&
      read[i - 1]?.lineNo === rl.lineNo &&
      (!rl.hasQuantity || PACK_BY_SIZE_ONLY.test(fold(rl.text))) &&
      saysWhichSize(rl.text)
    ) {
      const pick = answerChoice(fold(rl.text), rl.text, index, undecided.candidates)
      if (pick) {
        undecided.sku = pick
        undecided.candidates = []
        continue
      }
    }
    const size = rl.quantity.size
    let m: MatchResult | null = null
    // "1 großes Brot statt 2 kleine": a size adjective chooses among all the sizes, not only the one in the cart;
    // so does a number naming the pack ("makhan 500 wala kar do" with the 100 g butter in the cart)
    const sizeSaid =
      BIG.test(lineFolded) ||
      SMALL.test(lineFolded) ||
      MIDDLE.test(lineFolded) ||
      SIZE_BY_NUMBER.test(lineFolded)
    if (cart.size > 0 && !sizeSaid) {
      const inCart = matchItem(item, index, { restrict: cart, size, loose })
      // "change milk to 1 litre packet", "butter 500g wala": a pack size the cart's product is not, said of it,
      // is another pack of it (the swap is made below), not that much of the cart's pack
      const cartPack = inCart.kind === 'resolved' ? productOf(inCart.sku, index)?.size : null
      const otherPack = !!size && !!cartPack && !packIs(cartPack, size) && packsOfSize(index, size).size > 0
      // "pav" with bread in the cart: goods named exactly, by their own name or alias, are those goods, not a cart
      // product the word reaches only by a synonym
      const exact =
        inCart.kind === 'resolved' && inCart.confidence < EXACT
          ? matchItem(item, index, { size, loose })
          : null
      if (exact?.kind === 'resolved' && exact.confidence >= EXACT && exact.sku !== inCart.sku) m = exact
      else if (inCart.kind === 'resolved' && !otherPack) m = inCart
    }
    m ??= matchItem(item, index, { size, loose })
    // "ein halbes Kilo Kirschen" where the shop's only cherries are jam: goods it lacks, not the jam
    if (m.kind === 'resolved') {
      const p = productOf(m.sku, index)?.product
      if (p && namesFruitOfMadeGoods(item, p)) m = { ...m, kind: 'none', sku: null, candidates: [] }
    }
    // "1 india gate basmati": a word of address talk inside a name ("gate") cut the item short, and the whole of
    // it names a product
    // as written ("five star", read as "5 star"), unless words of an operation were taken out of it
    let itemSaid = rl.item === item ? text.slice(rl.itemStart, rl.itemEnd) : item
    // a part of the item that names goods where the whole names nothing (what the item said then is that part)
    const namedPart = (part: string | null | undefined): MatchResult | null => {
      const hm = part ? matchItem(part, index, { size, loose }) : null
      return hm && hm.kind !== 'none' ? hm : null
    }
    if (m.kind !== 'resolved' && rl.modifiers !== '') {
      // "india gate 2 packet bhej do": the rest of the name ends where its quantity begins
      const rest = rl.modifiers.split(/(?<![\p{L}])\d/u)[0]!.trim()
      const whole = matchItem(`${item} ${rest}`, index, { size, loose })
      // "1 india gate": asked about as a whole too, when the address word is no topping ("with", "extra")
      const named =
        whole.kind === 'resolved' ||
        (whole.kind === 'ambiguous' &&
          whole.confidence >= m.confidence &&
          !MODIFIER_WORDS.has(fold(rl.modifiers.split(/\s+/u)[0] ?? '')))
      if (named) {
        m = whole
        itemSaid = `${itemSaid} ${rest}`.trim()
        // (the pack said after it is of the whole: "Parsley flat leaf 5 bunch" is no plain Parsley Bunch)
        item = `${item} ${rest}`
        rl = { ...rl, text: text.slice(rl.start, rl.end).trim() }
      } else if (m.kind === 'ambiguous' && !MODIFIER_WORDS.has(fold(rest.split(/\s+/u)[0] ?? ''))) {
        // "1 india gate classic": asked about as "india" it would be quoted short; the words after the cut that
        // still name what it asks about are the customer's name for it ("india gate")
        // (a word some name has, that keeps the match as sure: "home" of "home delivery" is not one)
        let more = ''
        let sure = m.confidence
        for (const w of rest.split(/\s+/u)) {
          if (!index.vocab.has(stem(fold(w)))) break
          const longer = matchItem(`${item} ${more} ${w}`, index, { size, loose })
          if (longer.kind === 'none' || longer.confidence < sure) break
          sure = longer.confidence
          more = `${more} ${w}`
        }
        if (more) {
          itemSaid = `${itemSaid}${more}`
          const end = text.indexOf(more.trim(), rl.itemEnd)
          if (end >= 0) rl = { ...rl, text: text.slice(rl.start, end + more.trim().length).trim() }
        }
      }
    }
    // "Garlic 2 kg peeled", "Cucumber 3kg english", "Mint leaves 5 bunch": in a line that names its item first,
    // words that only describe the goods (and "leaves" beside a herb) are a note when the whole names nothing;
    // the first word, or in a line that starts with its quantity, they are the name's ("2 brown bread")
    const qAt = rl.quantity.qtyStart ?? rl.quantity.unitStart
    if (m.kind === 'none' && qAt !== undefined) {
      // where each item word stands in the message: a note comes after the quantity
      let cursor = rl.itemStart
      const written = item.split(/\s+/u).map((w) => {
        const at = text.indexOf(w, cursor)
        if (at >= 0) cursor = at + w.length
        return { w, at }
      })
      const plain = written
        .filter(({ w }, i) => {
          const f = fold(w)
          // only in a line that names its item first, and never its first word ("Garlic 2 kg peeled", "Tomato
          // Hybrid 10 kg"; "2 brown bread" is a name)
          return !HERB_PARTS.has(f) && !(NOTE_WORDS.has(f) && i > 0 && written[0]!.at < qAt)
        })
        .map(({ w }) => w)
        .join(' ')
      if (written.length > 1 && plain !== '' && plain.split(' ').length < written.length) {
        const bare = matchItem(plain, index, { size, loose })
        if (bare.kind !== 'none') m = bare
      }
    }
    // "aloo thode chhote wale", "pyaz achhe wale dena", "tamatar pakke hue": Hinglish says which ones after the
    // goods, with wala or hua; when the whole names nothing, those words are a note for the shop, not the name
    if (m.kind === 'none') {
      const ws = item.split(/\s+/u)
      let end = ws.length
      // the word before hua is its participle, whatever it is: "paneer kata hua", "matar chhile hue"
      while (end > 1 && DESCRIBING_HI.has(fold(ws[end - 1]!)))
        end -= HUA.has(fold(ws[end - 1]!)) && end > 2 ? 2 : 1
      const said = fold(rl.text).split(/[^\p{L}]+/u)
      const heads: string[] = []
      if (
        end < ws.length &&
        (said.some((w) => WALA_SET.has(w) || HUA.has(w)) ||
          ws.slice(end).every((w) => QUALITY_HI.has(fold(w))))
      )
        heads.push(ws.slice(0, end).join(' '))
      // any one word before wala says which as well, after the goods or before them: "baingan bharte wala",
      // "seb kashmiri wale", "achhe wale tamatar", "desi wale ande"
      const which = said.filter((w, j) => j > 0 && WALA_SET.has(w)).map((w) => said[said.indexOf(w) - 1])
      if (ws.length >= 2 && which.includes(fold(ws[ws.length - 1]!))) heads.push(ws.slice(0, -1).join(' '))
      if (ws.length >= 2 && which.includes(fold(ws[0]!))) heads.push(ws.slice(1).join(' '))
      // said before the goods too: "achchhe tamatar", "pake hue kele", "taaze bade aloo"
      let start = 0
      // "chhile hue matar", "kati hui bhindi": a participle and its hua before the goods
      while (
        start < ws.length - 1 &&
        (DESCRIBING_HI.has(fold(ws[start]!)) || HUA.has(fold(ws[start + 1] ?? '')))
      )
        start += HUA.has(fold(ws[start + 1] ?? '')) ? 2 : 1
      if (start > 0) heads.push(ws.slice(start).join(' '))
      for (const head of heads) {
        const hit = namedPart(head)
        if (hit) {
          m = hit
          itemSaid = head
          break
        }
      }
    }
    // "2 Körner, 4 normale": a word of plainness counted alone is the plain roll ("die normalen" points back)
    if (m.kind === 'none' && rl.hasQuantity && isGermanCatalog(index)) {
      const said = queryWords(item)
      const plain = said.length === 1 ? plainRollSaid(index, said[0]!) : null
      if (plain !== null)
        m = { ...m, kind: 'resolved', sku: index.products[plain]!.sku, candidates: [], confidence: 0.9 }
    }
    // "2 kg sugar for the party", "5 eggs for my son", "2 lays bachon ke liye": what or whom it is for, after
    // counted goods, is no part of them when the whole names nothing and the words before it do ("look for new
    // emails" counts nothing)
    if (m.kind === 'none' && rl.hasQuantity) {
      const cut = PURPOSE.exec(item)
      const head = cut && cut.index > 0 ? item.slice(0, cut.index).trim() : null
      const hit = namedPart(head)
      if (hit) {
        m = hit
        itemSaid = head!
      }
    }
    // "Chef says pls send romaine 10", "manager wants 5 kg onion", "Sous chef asked for romaine": who wants the
    // goods and the verb of wanting, said before them, are talk when the words after the verb name goods
    if (m.kind === 'none') {
      const after = afterWantVerb(item)
      const hit = namedPart(after)
      if (hit) {
        m = hit
        itemSaid = after!
      }
    }
    // "Bandra: tomato 5 kg", "For Juhu - onion 2 kg", "Kitchen 2: mint 5 bunch": a label before a colon or a dash
    // (a branch, a kitchen, whom the goods are for) that names nothing is no part of the goods after it, when
    // those name goods ("Onion: red 5 kg" names the red onions as a whole and is matched above)
    if (m.kind === 'none') {
      const raw = text.slice(rl.itemStart, rl.itemEnd)
      const cut = /^[^:\n]*?[\p{L}\p{N}]\s*(?::|\s[-–—]\s)\s*(?=\p{L})/u.exec(raw)
      const label = cut ? raw.slice(0, cut[0].length).replace(/[\s:\-–—]+$/u, '') : ''
      const head = cut ? raw.slice(cut[0].length) : ''
      const hit = cut && matchItem(label, index).kind === 'none' ? namedPart(head) : null
      if (hit) {
        m = hit
        itemSaid = head
        item = head
      }
    }
    // "red onion" where the shop sells "Onion" and "Onion White": a colour the catalog does not name for goods it
    // names plain and in another colour is the plain one's
    if (m.kind === 'none') m = plainOfColour(item, index, { size, loose }) ?? m
    // "large iced vanilla latte", "2 thin crust pepperoni pizzas", "a steak burrito": the words around a dish
    // made to order (sold by the piece, no pack size) say how to make it
    // ("a large dark roast drip coffee": among the products its words touch, the one whose whole name is said)
    if (m.kind !== 'resolved') {
      const dish = dishNamed(item, index)
      const sku = dish ? index.products[dish.product]!.sku : null
      if (sku !== null && (m.kind === 'none' || m.candidates.includes(sku)))
        m = { kind: 'resolved', sku, candidates: [], confidence: 0.8, queryWords: m.queryWords }
    }
    // "2 Gläser Marmelade (Kirsch)", "amul butter (small)": the reader leaves notes in brackets out of the item;
    // when the item names several products, the note may say which (by its words, or as a size adjective below)
    const note =
      m.kind === 'ambiguous'
        ? (BRACKET_NOTE.exec(text.slice(rl.start, rl.end))?.[1] ??
          NOTE_AFTER.exec(text.slice(rl.end))?.[1] ??
          '')
        : ''
    if (m.kind === 'ambiguous') {
      if (note) {
        const restrict = new Set(m.candidates.map((sku) => index.bySku.get(sku)!))
        const noted = matchItem(`${item} ${note}`, index, { restrict, size, loose })
        if (noted.kind === 'resolved') m = noted
      }
    } else if (m.kind === 'resolved') {
      // "Garlic (peeled) 2kg": a note in brackets that names a kind of the item ("Garlic Peeled") is that kind
      const bracket =
        BRACKET_NOTE.exec(text.slice(rl.start, rl.end))?.[1] ?? NOTE_AFTER.exec(text.slice(rl.end))?.[1]
      if (bracket) {
        const noted = matchItem(`${item} ${bracket}`, index, { size, loose })
        const named = productOf(noted.sku, index)?.product.name
        if (
          noted.kind === 'resolved' &&
          noted.sku !== m.sku &&
          noted.confidence >= 0.9 &&
          queryWords(bracket).every((w) => queryWords(named ?? '').includes(w))
        )
          m = noted
      }
    }
    // "3 Lux soap": one single bar among multi-packs of it is what nearly everyone means; the cart shows it
    if (m.kind === 'ambiguous' && !size) {
      const single = singleAmongMultipacks(m.candidates, index)
      if (single)
        m = { ...m, kind: 'resolved', sku: single, candidates: [], confidence: Math.max(m.confidence, 0.8) }
    }
    // "Potato 10kg medium" with "Potato" by the kilo and a "Potato 10kg bag": a weight said of goods sold loose
    // and in packs of them is weighed out loose, whether or not a pack holds that much
    if (m.kind === 'ambiguous') m = weighedOut(m, rl.quantity, index) ?? m
    // "Onion 10kg" with Onion Red and Onion White: the usual colour, the cheapest
    if (m.kind === 'ambiguous') m = usualColour(item, m, index) ?? m
    // "2 amul taaza 1 ltr", "2 x 1 ltr amul taaza": the pack size said picks among the products the words name
    if (m.kind === 'ambiguous' && size) {
      const bySize = m.candidates.filter((sku) => {
        const p = index.bySku.get(sku)
        const s = p === undefined ? null : index.sizes[p]
        return !!s && packIs(s, size)
      })
      if (bySize.length === 1)
        m = {
          ...m,
          kind: 'resolved',
          sku: bySize[0]!,
          candidates: [],
          confidence: Math.max(m.confidence, 0.85),
        }
    }
    // "amul butter (100 wala)", "atta the 10 one", "Milch, die 1er": a bare number naming the pack size
    if (m.kind === 'ambiguous') {
      const named = SIZE_BY_NUMBER.exec(lineFolded)
      const n = named ? Number(named[1]!.replace(',', '.')) : NaN
      if (named) {
        const bySize = packsSized(m.candidates, n, index)
        if (bySize.length === 1) {
          m = {
            ...m,
            kind: 'resolved',
            sku: bySize[0]!,
            candidates: [],
            confidence: Math.max(m.confidence, 0.8),
          }
          // "amul butter 500 wala": that number was the pack's, not how many
          if (rl.quantity.qty === n && !rl.quantity.unit)
            rl = withCountBeside(rl, named.index, named[0].length)
        }
      }
    }
    // "chai patti 250 wala", "the 500 one" with one product of that name: the number still names its pack, never
    // how many (250 packs of tea); so does a number too big to be a count of packs ("chai 500 wala")
    if (m.kind === 'resolved' && rl.quantity.qty !== null && !rl.quantity.unit) {
      const named = SIZE_BY_NUMBER.exec(lineFolded)
      const n = named ? Number(named[1]!.replace(',', '.')) : NaN
      if (named && rl.quantity.qty === n && (packsSized([m.sku!], n, index).length === 1 || n >= 50))
        rl = withCountBeside(rl, named.index, named[0].length)
    }
    if (m.kind === 'ambiguous' && cart.size > 0 && !sizeSaid) {
      const inCart = m.candidates.filter((sku) => cart.has(index.bySku.get(sku) ?? -1))
      if (inCart.length === 1) m = { ...m, kind: 'resolved', sku: inCart[0]!, candidates: [] }
      // "doch keine Brote", "no breads" over a big and a small bread in the cart: a plural taken out, uncounted,
      // is every one of them in the cart
      else if (
        inCart.length > 1 &&
        opHere === 'remove' &&
        !rl.hasQuantity &&
        saidPlural(item, inCart, index)
      ) {
        for (const sku of inCart) result.lines.push(removal(index, index.bySku.get(sku)!, rl.text))
        continue
      }
    }
    // "3 packet doodh, 2 chhote 1 bada", "amul butter 2, ek bada ek chhota": a piece of only a count and a word of
    // size, after goods of several sizes, is that size of them
    // ("butter 1 big 1 small": after a line already of one size, the other sizes of its goods; a word of size is
    // never goods of its own, though one letter from some: "small" is not "Shimla Mirch")
    if (m.kind !== 'resolved' && result.lines.length > 0 && onlySizeWords(item)) {
      const split = result.lines.findLast((l) => l.sku === null && l.candidates.length >= 2)
      const last = result.lines.at(-1)
      const lastP = last?.sku ? index.bySku.get(last.sku) : undefined
      const options = split
        ? idsOf(split.candidates, index)
        : read[i - 1]?.lineNo === rl.lineNo && lastP !== undefined
          ? sizesOfKind(index, lastP)
          : []
      const d = options.length >= 2 ? byDescription(fold(item), index, options) : undefined
      if (d !== undefined)
        m = { ...m, kind: 'resolved', sku: index.products[d]!.sku, candidates: [], confidence: 0.9 }
    }
    if (m.kind === 'none') {
      // "milk bread eggs", "aloo pyaz tamatar": a list with no separators, each piece a product; a quantity
      // said for the list is each one's ("aloo pyaz 1-1 kilo", "adrak lehsun 100 100 gram", "aloo pyaz 1 kg")
      const parts = segmentItems(item, index, loose)
      if (parts) {
        for (const p of parts) {
          // each piece read as a line of its own with the list's quantity: "1 kg each" of a loose product is a kilo
          const { qty, unit } = packChoice(rl, p.text, p.match, index).qty ?? lineQuantity(rl, p.match, index)
          result.lines.push({
            sku: p.match.sku,
            candidates: [],
            qty,
            unit,
            text: p.text,
            confidence: Number((p.match.confidence * 0.9).toFixed(2)),
            op: opHere,
            item: undefined,
            counted: undefined,
            container: undefined,
            qtyOf: undefined,
            vague: undefined,
            scale: undefined,
          })
        }
        continue
      }
      // "2 Eier-Packungen", "3 Milchflaschen": a German compound whose last part is a pack word is that many packs
      // of the goods its first part names ("2 Packungen Eier")
      const compound = packCompound(item, index)
      if (compound) {
        const piece = pieceToEnd(text, rl, read[i + 1])
        const again = readOrder(piece.replace(compound.word, compound.said), index, context, language)
        if (again.lines.length === 1 && again.unmatched.length === 0) {
          result.lines.push({ ...again.lines[0]!, text: rl.text, op: opHere })
          continue
        }
      }
      // "2 kg tamatar, pakke hue", "1 kg Zwiebeln, klein geschnitten", "2 kg tomatoes, not too ripe": an uncounted
      // piece after a line of the same message line, made only of words that describe goods, is a note on it
      // ("ok dann bitte geschält", "pakke wale dena" alone, with a cart: a note on the cart's goods)
      const before = read[i - 1]
      if (
        !rl.hasQuantity &&
        ((before !== undefined && before.lineNo === rl.lineNo && result.lines.length > 0) ||
          (read.length === 1 && cart.size > 0)) &&
        onlyDescribes(rl.item)
      )
        continue
      result.unmatched.push(rl.item)
      if (opHere === 'remove') (result.notSold ??= []).push(rl.item)
      continue
    }
    // "2 Packungen Eier, die 10er": which size, said after the line where the reader leaves it out
    if (m.kind === 'ambiguous' && m.candidates.length >= 2) {
      const tail = pieceToEnd(text, rl, read[i + 1]).slice(rl.end - rl.start)
      const pick =
        /\p{L}/u.test(tail) && saysWhichSize(tail)
          ? answerChoice(fold(tail), tail, index, m.candidates)
          : undefined
      if (pick) m = { ...m, kind: 'resolved', sku: pick, candidates: [] }
    }
    // "Eggs 2x30" of eggs sold by the piece or in packs of another size: sixty eggs, made as the goods are sold
    const per = rl.quantity.perPack
    if (per !== undefined && rl.quantity.qty !== null) {
      const hit = m.kind === 'resolved' ? productOf(m.sku, index) : undefined
      if (!hit?.size || !packIs(hit.size, { value: per, unit: 'pc' }))
        rl = {
          ...rl,
          quantity: {
            ...rl.quantity,
            qty: rl.quantity.qty * per,
            size: null,
            sizeIsVariant: false,
            perPack: undefined,
          },
        }
    }
    const packed = packChoice(rl, item, m, index, note)
    m = packed.m
    // ("eine Tüte Brötchen, 10 Stück": the pieces counted are the amount, no container left to ask about)
    const counted = countInBrackets(pieceToEnd(text, rl, read[i + 1]), rl, m, index)
    if (counted) packed.container = undefined
    const amount = counted ?? packed.qty ?? lineQuantity(rl, m, index)
    const qty = amount.qty
    let unit = amount.unit
    // "Tomato 10", "pyaz 2", "Onion x 5": a bare count of loose goods sold by weight, where no piece is meant
    // (below), is that many of the shop's selling unit, as the trade and the conversation read it
    const piece = !packed.qty && opHere === 'add' && countOfWeighed(rl, m, index, language)
    const sells = productOf(m.sku, index)?.product.unit
    if (
      !packed.qty &&
      !piece &&
      rl.hasQuantity &&
      rl.quantity.unit === null &&
      unit === 'pc' &&
      sells &&
      dimensionOf(sells) !== 'count'
    )
      unit = sells
    const limitReason = tooLarge(qty, unit)
    if (limitReason) {
      result.rejected.push({ text: rl.text, reason: limitReason })
      continue
    }
    // "one less bread", "1 bread kam karo", "ein Brot weniger": a counted line with a word of less takes that
    // many off
    // (and "aloo aadha kilo kam kar do", whose "kar do" would set it: less by that much, not to it; "kam karke 1
    // kilo kar do", "reduce to 1 kg" say what it should be)
    const lineOpHere =
      (opHere === 'add' || (opHere === 'set' && !TO_AMOUNT.test(lineFolded))) &&
      rl.hasQuantity &&
      cart.size > 0 &&
      LESS.test(lineFolded)
        ? 'remove'
        : opHere
    // "oil 2 ltr fortune sunflower": a name split around its quantity names one product twice; one line, with
    // the quantity said
    const prev = result.lines.at(-1)
    // the same product: the same sku, or one named for sure and the other asking about it among its options
    const sameProduct =
      prev &&
      ((m.sku !== null && (prev.sku === m.sku || (prev.sku === null && prev.candidates.includes(m.sku)))) ||
        (m.sku === null && prev.sku !== null && m.candidates.includes(prev.sku)))
    if (
      prev &&
      sameProduct &&
      prev.op === lineOpHere &&
      lastLineNo === rl.lineNo &&
      (!prev.counted || !rl.hasQuantity)
    ) {
      if (prev.sku === null) {
        prev.sku = m.sku
        prev.candidates = []
        prev.confidence = m.confidence
      }
      if (!prev.counted) {
        prev.qty = qty
        prev.unit = unit
        if (rl.hasQuantity) prev.counted = true
      }
      prev.text = text.slice(lastStart, rl.end).trim()
      continue
    }
    // "1 kg atta... sorry 5 kg atta", "2 bread, I mean 3 bread", "2 Brot, äh, ich meine 3 Brot": a line that opens
    // with a correction replaces the line of this message it corrects
    if (
      SELF_CORRECTION.test(lineFolded) ||
      CORRECTION_BEFORE.test(fold(text.slice(Math.max(0, rl.start - 24), rl.start)))
    ) {
      const sku = m.sku
      // (whatever the taking back made of the earlier line: "2 kg pyaz nahi nahi" is no removal)
      const corrected = result.lines.findIndex((l) =>
        sku !== null
          ? l.sku === sku || (l.sku === null && l.candidates.includes(sku))
          : l.sku !== null
            ? m.candidates.includes(l.sku)
            : l.candidates.some((c) => m.candidates.includes(c)),
      )
      if (corrected >= 0) result.lines.splice(corrected, 1)
    }
    lastLineNo = rl.lineNo
    lastStart = rl.start
    result.lines.push({
      sku: m.sku,
      candidates: m.candidates,
      qty,
      unit,
      text: rl.text,
      confidence: m.confidence,
      op: lineOpHere,
      item: itemSaid,
      // every line with all fields, in one order (unset ones undefined): lines of varying field sets made the
      // code reading them deoptimise ("wrong map") again and again over a long input
      counted: rl.hasQuantity ? true : undefined,
      container: packed.container ? packed.container : piece && lineOpHere === 'add' ? 'piece' : undefined,
      qtyOf: undefined,
      vague: vague && m.sku !== null && cart.has(index.bySku.get(m.sku)!) ? vague : undefined,
      scale:
        m.sku !== null && cart.has(index.bySku.get(m.sku)!)
          ? scale
            ? scale.times
            : (prepared && !nameHasWord(m.sku, prepared, index)) ||
                // "5kg rice" then "sona masoori", "the sugar": a cart product named again alone, uncounted and
                // with no word of adding, says which it is, not one more of it
                (read.length === 1 &&
                  !rl.hasQuantity &&
                  !vague &&
                  lineOpHere === 'add' &&
                  !addsToIt(lineFolded))
              ? 1
              : undefined
          : undefined,
    })
    // "anderthalb Kästen Pils": the half crate beside the whole ones, as single bottles
    if (packed.singles) {
      const line = result.lines.at(-1)!
      result.lines.push({
        ...line,
        sku: packed.singles.sku,
        candidates: [],
        qty: packed.singles.qty,
        unit: 'pc',
      })
    }
  }
  butNoInCart(read, result, index, cart)
  if (result.lines.length > 1 && language !== 'en' && language !== 'de') removedTogether(text, result)
  if (result.lines.length > 1) dropSplitLines(result.lines)
  return result
}

/** A Hinglish verb of taking out that ends its clause: "hata do", "nikal do", "rehne do", "mat bhejna", "cancel". */
const REMOVING_AT_END =
  /\s(?:hata(?:o| do| dena| dijiye)|nikal(?:o| do| dena| dijiye)|(?:rehne|rahne|jane|jaane) (?:do|dena|dijiye)|chh?od(?:o| do| dena| dijiye)|cancel(?: kar(?:o| do| dena| dijiye))?|mat (?:bhejo|bhejna|bhejiye|dena|dalna|daalna)|(?:nahi|nahin|nai) (?:chahiye|chaiye|chahie))(?:\s+(?:bhaiya|bhai|ji|please|pls|plz))*[\s.!]*$/
/** What joins goods of one Hindi list: "aur", "or", "bhi", commas, "&". */
const HINDI_JOINER = /^[\s,&+]*(?:(?:aur|or|and|bhi)[\s,&+]*)*$/

/**
 * "pyaz aur aloo hata do", "dahi, paneer dono nikal do": Hindi says its verb once, after all the goods it is said
 * of, so goods named bare before a removal at the end of the clause, joined to it by "aur" or commas,
 * are taken out too (read left to right they were added). Only goods named bare: "2 kg pyaz aur aloo hata do" keeps
 * the counted onions.
 */
/**
 * Is goods' name said in the plural: the word said is a plural form (German -e/-en/-n/-s, English -s) of a word
 * every one of the products has in its name or aliases, or itself a plural alias ("Brote", "breads", "Semmeln")?
 */
function saidPlural(item: string, skus: readonly string[], index: CatalogIndex): boolean {
  const said = fold(item)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3)
  const names = skus.map((sku) => {
    const p = index.products[index.bySku.get(sku)!]!
    return new Set(fold([p.name, ...p.aliases].join(' ')).split(/[^\p{L}]+/u))
  })
  return said.some((w) =>
    ['e', 'en', 'n', 's', 'es'].some((end) => {
      if (!w.endsWith(end) || w.length - end.length < 3) return false
      const one = w.slice(0, -end.length)
      return names.every((n) => n.has(one))
    }),
  )
}

/** The cart lines a item's words name as goods (by name or alias), not as a category. */
function namedInCart(item: string, index: CatalogIndex, cart: ReadonlySet<number>): number[] {
  const m = matchItem(item, index)
  if (m.kind === 'none') return []
  const skus = new Set(m.kind === 'resolved' && m.sku ? [m.sku] : m.candidates)
  return [...cart].filter((p) => skus.has(index.products[p]!.sku))
}

function removedTogether(text: string, result: Understanding): void {
  const lines = result.lines
  for (let i = lines.length - 1; i > 0; i--) {
    const l = lines[i]!
    if (l.op !== 'remove' || !REMOVING_AT_END.test(fold(l.text))) continue
    let end = text.indexOf(l.text)
    for (let j = i - 1; j >= 0 && end >= 0; j--) {
      const o = lines[j]!
      if (o.op !== 'add' || o.counted || o.sku === null) break
      const at = text.lastIndexOf(o.text, end)
      if (at < 0 || !HINDI_JOINER.test(fold(text.slice(at + o.text.length, end)))) break
      o.op = 'remove'
      end = at
    }
  }
}

/**
 * "2 kg tomato but no onion", "tomato 5 kg but no mint today": goods of the cart taken out after a but, in the
 * middle of a line, are taken out of the order (a topping of a dish made to order is no line of the cart).
 */
function butNoInCart(read: ReadLine[], result: Understanding, index: CatalogIndex, cart: Set<number>): void {
  for (const rl of read) {
    const said = BUT_NO.exec(fold(rl.modifiers))
    if (!said) continue
    if (cart.size === 0) continue
    const m = matchItem(said[1]!, index, { restrict: cart })
    if (m.kind !== 'resolved' || m.sku === null) continue
    if (result.lines.some((l) => l.sku === m.sku && l.op === 'remove')) continue
    const p = index.products[index.bySku.get(m.sku)!]!
    result.lines.push({
      sku: m.sku,
      candidates: [],
      qty: 1,
      unit: p.unit,
      text: said[0],
      confidence: m.confidence,
      op: 'remove',
      item: said[1],
      counted: undefined,
      container: undefined,
      qtyOf: undefined,
      vague: undefined,
      scale: undefined,
    })
  }
}
/** "but no onion", "but without the mint today": what is taken out after a but. */
const BUT_NO =
  /^but\s+(?:no|not|without)\s+(?:the\s+|any\s+)?([\p{L}\s-]+?)(?:\s+(?:today|tomorrow|this time|please|pls|plz))*\s*$/u

/**
 * "Eier-Packungen", "Milchflaschen", "Brotlaibe": one written word, a compound of goods the catalog names and a
 * pack word after them; the word and how to say it apart ("Packungen Eier"). Only for an item that matched nothing.
 */
function packCompound(item: string, index: CatalogIndex): { word: string; said: string } | null {
  const word = item.trim()
  if (word.length < 8 || /\s/.test(word)) return null
  const folded = fold(word)
  for (let at = 3; at <= folded.length - 4; at++) {
    const unit = UNIT_WORDS.get(folded.slice(at))
    if (!unit || unit.physical || unit.factor !== undefined) continue
    const head = word.slice(0, at).replace(/-$/, '')
    if (matchItem(head, index).kind === 'none') continue
    return { word, said: `${word.slice(at)} ${head}` }
  }
  return null
}

/** "die 10er", "the 6er": a pack named by its size and nothing else of a number. */
const PACK_BY_SIZE_ONLY = /^(?:\p{L}+\s+)*\d{1,4}er(?:\s+\p{L}+)*$/u
/** Is the piece only which size: a pack by its size ("die 10er") or words of size and filler ("die großen")? */
function saysWhichSize(text: string): boolean {
  const folded = fold(text)
  let said = /\d{1,4}er(?![\p{L}\p{N}])/u.test(folded)
  for (const w of folded.replace(/\d{1,4}er(?![\p{L}\p{N}])/gu, ' ').split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue
    if (BIGGER.has(w) || SMALLER.has(w) || CHEAPER.has(w) || DEARER.has(w)) said = true
    else if (!DESCRIBING_FILLER.has(w) && !FILLER.has(w) && !UNIT_WORD_SET.has(w)) return false
  }
  return said
}

/** Product indexes of these SKUs. */
const idsOf = (skus: readonly string[], index: CatalogIndex) =>
  skus.map((sku) => index.bySku.get(sku)).filter((p) => p !== undefined)

/** Is the (item) text only words of size, price and filler: "große", "1 kleines", "chhota wala", "big one"? */
function onlySizeWords(item: string): boolean {
  let said = false
  for (const w of fold(item).split(/[^\p{L}\p{N}]+/u)) {
    if (!w || /^\d/.test(w) || NUMBER_WORDS_SET.has(w)) continue
    if (BIGGER.has(w) || SMALLER.has(w) || CHEAPER.has(w) || DEARER.has(w)) said = true
    else if (!DESCRIBING_FILLER.has(w) && !FILLER.has(w)) return false
  }
  return said
}

/**
 * "3 Bauernbrote, 2 große und 1 kleines", "ein Bauernbrot, ein kleines": goods of several sizes, then pieces of only
 * a count and a size word that add up to its count, are those pieces; the undecided line goes.
 */
function dropSplitLines(lines: OrderLine[]): void {
  for (let i = lines.length - 2; i >= 0; i--) {
    const whole = lines[i]!
    if (whole.sku !== null || whole.candidates.length < 2 || whole.op !== 'add') continue
    let sum = 0
    let j = i + 1
    for (; j < lines.length; j++) {
      const part = lines[j]!
      if (!part.sku || !whole.candidates.includes(part.sku) || part.op !== 'add' || part.unit !== whole.unit)
        break
      if (!onlySizeWords(part.text)) break
      sum += part.qty
    }
    if (j > i + 1 && Math.abs(sum - whole.qty) < 1e-9) lines.splice(i, 1)
  }
}

/**
 * A count of pieces of something the shop sells only by weight ("zwei Birnen", "3 Äpfel", "5 lemons", "2 Stück
 * Spargel"): a German or English customer counts fruit in pieces, but the shop prices it by the kilo, so how
 * much that is is the customer's to say (the conversation asks). Hindi and Hinglish keep the trade's reading,
 * where a bare number of loose produce is kilos ("pyaz 2", "आलू दो"); an English singular ("2 onion") is read so
 * too, a plural ("2 onions") is a count.
 */
/** Produce bought whole, one piece heavier than a kilo (singular stems as queryWords gives them). */
const BOUGHT_WHOLE: ReadonlySet<string> = new Set(
  (
    'watermelon melon muskmelon cantaloupe honeydew papaya pineapple pumpkin jackfruit coconut cabbage ' +
    'cauliflower pawpaw butternut tarbooz tarbuj kharbooja kharbuja papita ananas kaddu kathal nariyal'
  ).split(' '),
)

function countOfWeighed(rl: ReadLine, m: MatchResult, index: CatalogIndex, language: Language): boolean {
  if (m.kind !== 'resolved' || !rl.hasQuantity) return false
  const q = rl.quantity
  if (q.qty === null || !Number.isInteger(q.qty) || q.size) return false
  if (q.unit !== null && q.unit !== 'pc') return false
  const p = productOf(m.sku, index)?.product
  if (!p || dimensionOf(p.unit) !== 'mass') return false
  // "Watermelon 2", "papaya x1", "tarbooz 2": produce bought whole, each heavier than a kilo, is counted in pieces
  // in any language (two kilos would be less than one); how many kilos that is the conversation asks
  // (said by another of its names too: "Paw paw 2", "Sweet melon 3" of the shop's Papaya, Muskmelon)
  const whole = (w: string) => BOUGHT_WHOLE.has(w)
  if (q.qty <= 20 && (queryWords(rl.item).some(whole) || queryWords(p.name).some(whole))) return true
  if (language === 'hi' || language === 'hi-Deva') return false
  if (language === 'de' || isGermanCatalog(index) || q.unit === 'pc') return true
  const last = rl.item.trim().split(/\s+/).pop() ?? ''
  return /[a-z]s$/i.test(last) && !/(?:ss|us|is)$/i.test(last)
}

/**
 * "Basil 100 g italian", "Parsley 1 bunch curly", "Onion 10 kg approx", "Tomato 10kg not too ripe": a line that
 * names its item first and ends with a few words after its only quantity was cut there as if a new item began.
 * When those words name no goods (no product, nor a word the catalog or the food dictionary uses for goods), they
 * are a note on the line before: how the goods should be, said in a short phrase of up to four words.
 */
const categoryWords = new WeakMap<CatalogIndex, Set<string>>()
/**
 * Does this uncounted piece only name a kind of goods, as a heading over part of the list does ("Vegetables:",
 * "Fruits", "Exotic veg", "Dairy")? Its words are all the catalog's category words or the trade's words for kinds
 * of goods, and no product is named by them.
 */
function headsPartOfList(item: string, index: CatalogIndex): boolean {
  let cats = categoryWords.get(index)
  if (!cats) {
    cats = new Set()
    for (const p of index.products)
      for (const w of fold(p.category ?? '').split(/[^\p{L}]+/u)) if (w.length > 2) cats.add(stem(w))
    categoryWords.set(index, cats)
  }
  const ws = fold(item)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  if (ws.length === 0 || ws.length > 3) return false
  if (!ws.every((w) => KINDS_OF_GOODS.has(w) || cats.has(stem(w)) || w === 'and')) return false
  // a category that is also what some products are called ("Bread" over Brown and White Bread) is asked about
  const m = matchItem(item, index).kind
  return m === 'none' || (m === 'ambiguous' && ws.every((w) => KINDS_OF_GOODS.has(w) || w === 'and'))
}

/**
 * "red onion", "onion red" with "Onion" and "Onion White" sold: the catalog names the goods plain and in another
 * colour, so the plain one is the usual colour, the one said. None when the catalog names no other colour of them
 * ("brown bread" in a shop with only "Bread" stays unfound).
 */
function plainOfColour(item: string, index: CatalogIndex, options: MatchOptions): MatchResult | null {
  const ws = item.split(/\s+/u).filter(Boolean)
  const said = ws.filter((w) => COLOURS.has(fold(w)))
  if (said.length !== 1 || ws.length < 2) return null
  const rest = ws.filter((w) => !COLOURS.has(fold(w))).join(' ')
  const bare = matchItem(rest, index, options)
  const plain = productOf(bare.sku, index)
  if (bare.kind !== 'resolved' || !plain || queryWords(plain.product.name).some((w) => COLOURS.has(w)))
    return null
  for (const c of COLOURS) {
    if (c === fold(said[0]!)) continue
    const other = matchItem(`${rest} ${c}`, index)
    const p = productOf(other.sku, index)
    if (other.kind === 'resolved' && p && p.p !== plain.p && queryWords(p.product.name).includes(c))
      return { ...bare, confidence: Math.min(bare.confidence, 0.85) }
  }
  return null
}

/**
 * The loose product among the candidates when a weight or volume was said and every other candidate is a pack of
 * it (its name plus sizes and pack words: "Potato" and "Potato 10kg bag"), else null. "mushroom 2kg" among
 * "Oyster Mushroom" by the kilo and "Button Mushroom 200g punnet" is still asked about.
 */
function weighedOut(m: MatchResult, q: ReadLine['quantity'], index: CatalogIndex): MatchResult | null {
  if (q.unit === null || q.qty === null || !loose(q.unit)) return null
  const weighed = m.candidates.filter((sku) => {
    const p = productOf(sku, index)
    return p && loose(p.product.unit) && dimensionOf(p.product.unit) === dimensionOf(q.unit!)
  })
  if (weighed.length === 0) return null
  const packOf = (sku: string, loose: string) => {
    const base = queryWords(productOf(loose, index)!.product.name)
    return queryWords(productOf(sku, index)?.product.name ?? '')
      .filter((w) => !base.includes(w))
      .every((w) => /\d/.test(w) || UNIT_WORD_SET.has(w) || UNIT_WORD_SET.has(`${w}s`))
  }
  // "Onion 10 kg" with Onion Red and Onion White by the kilo and an Onion Bag 10 kg: which of the loose ones is
  // asked, and the bag is none of them even when it holds that much
  const packOfIt = (sku: string) => weighed.includes(sku) || weighed.some((w) => packOf(sku, w))
  // (goods counted by the piece, of no weight, are not what a weight asks for: Spring Onion Bunch for "onion 10 kg")
  const unweighable = (sku: string) => {
    const p = productOf(sku, index)
    return !!p && p.product.unit === 'pc' && (!p.size || dimensionOf(p.size.unit) !== dimensionOf(q.unit!))
  }
  if (!m.candidates.every((sku) => packOfIt(sku) || unweighable(sku))) return null
  if (weighed.length > 1) return weighed.length === m.candidates.length ? null : { ...m, candidates: weighed }
  return { ...m, kind: 'resolved', sku: weighed[0]!, candidates: [], confidence: Math.max(m.confidence, 0.8) }
}

/**
 * Does this piece name the list as a whole ("Veg order for Juhu", "Order list", "Weekly requirement - Bandra", "Order -
 * Whitefield")? A list word that begins the piece as a verb ("order dragonfruit") does not.
 */
function namesTheList(folded: string): boolean {
  const ws = folded.split(/[^\p{L}]+/u).filter(Boolean)
  const at = ws.findIndex((w) => LIST_WORDS.has(w))
  // ("Order - Whitefield", "Requirement: Juhu": the list word, a dash or colon and the place it is for)
  return (
    at > 0 ||
    (at === 0 && (ws.length === 1 || LIST_HEAD_NEXT.has(ws[1]!) || /^[^\p{L}]*\p{L}+\s*[-–—:]/u.test(folded)))
  )
}
const LIST_HEAD_NEXT = new Set(['for', 'list', 'of', 'from', 'no', 'number', 'details', 'fur', 'von'])

/** The words of a table's column headings: what each cell of a row says of its goods. */
const COLUMN_WORDS = new Set(
  (
    'item items qty qnty qtty quantity quantities unit units uom description desc product products particulars ' +
    'name names sr sno slno sl s no nos rate rates price prices amount total remarks remark notes note size weight'
  ).split(' '),
)
function headsColumns(item: string): boolean {
  const ws = words(item)
  return ws.length > 0 && ws.every((w) => COLUMN_WORDS.has(w))
}

/** Words that say a brand is wanted, around the brand's name ("aashirvaad only", "sirf tata", "nur von X"). */
const BRAND_TALK = new Set(['brand', 'company', 'make', 'only', 'sirf', 'bas', 'nur', 'von', 'marke'])
const whichWords = (item: string) => queryWords(item).filter((w) => !BRAND_TALK.has(w))

/**
 * "need 5kg atta, aashirvaad only", "1 oil - fortune wala", "Milch, nur Weihenstephan": a piece after an item, with
 * no amount of its own, whose words are all words of the name of the product the item names (or of one of those
 * it could name), says which of it is meant: it refines that item and is no new one.
 */
function refinesLine(item: ReadLine, more: ReadLine, index: CatalogIndex): boolean {
  if (more.hasQuantity || !more.item || AND_SEPS.has(more.sep)) return false
  const ws = whichWords(more.item)
  if (ws.length === 0 || ws.length > 3) return false
  const m = matchItem(item.item, index)
  const skus = m.sku ? [m.sku] : m.candidates
  const named = (sku: string) => {
    const name = queryWords(productOf(sku, index)?.product.name ?? '')
    return ws.every((w) => name.includes(w))
  }
  if (!skus.some(named)) return false
  return matchItem(`${item.item} ${ws.join(' ')}`, index).kind !== 'none'
}

/** Longer than this, words after a quantity are more than a note on it ("not too ripe", "same as last time"). */
const NOTE_MAX_WORDS = 4

function notesAfterQuantity(read: ReadLine[], text: string, index: CatalogIndex): ReadLine[] {
  const out: ReadLine[] = []
  for (const rl of read) {
    const prev = out[out.length - 1]
    const words = rl.item.split(/\s+/u)
    const qAt = rl.quantity.qtyStart ?? rl.quantity.unitStart
    if (
      prev &&
      !prev.hasQuantity &&
      prev.lineNo === rl.lineNo &&
      rl.sep === '' &&
      rl.hasQuantity &&
      // a bare count counts the words after it ("two extra shots"); after a unit they can only be a note
      rl.quantity.measure !== null &&
      qAt !== undefined &&
      qAt < rl.itemStart &&
      words.length <= NOTE_MAX_WORDS &&
      ((matchItem(rl.item, index).kind === 'none' && !words.some((w) => namesGoods(fold(w), index))) ||
        varietyOfGoodsBefore(prev.item, rl.item, index) ||
        onlyDescribesUnnamed(rl.item, index))
    ) {
      out[out.length - 1] = {
        ...prev,
        quantity: rl.quantity,
        hasQuantity: true,
        text: text.slice(prev.start, rl.end).trim(),
        end: rl.end,
        modifiers: rl.item,
      }
      continue
    }
    // "2 kg tomatoes, only the red ones", "Tomaten 2 kg, die festen bitte", "aloo 2 kilo, bade wale", "avocado 6,
    // ripe ones please": a piece cut off by a comma that points back at the goods just counted ("ones", "wale",
    // a German article with no noun) or limits them ("not too ripe", "nur …") and names no goods is a note on them
    const pointing =
      prev &&
      prev.hasQuantity &&
      !rl.hasQuantity &&
      prev.lineNo === rl.lineNo &&
      (rl.sep === ',' || rl.sep === 'aber' || rl.sep === 'lekin' || rl.sep === 'magar') &&
      words.length <= NOTE_MAX_WORDS
        ? describesGoodsBefore(rl.text)
        : null
    if (
      prev &&
      pointing !== null &&
      matchItem(prev.item, index).kind !== 'none' &&
      // ("the red ones" is no Red Capsicum: the ones are the goods before)
      (pointing === 'back' ||
        (matchItem(rl.item, index).kind === 'none' && !words.some((w) => namesGoods(fold(w), index))))
    ) {
      out[out.length - 1] = {
        ...prev,
        text: text.slice(prev.start, rl.end).trim(),
        end: rl.end,
        modifiers: prev.modifiers ? `${prev.modifiers} ${rl.item}` : rl.item,
      }
      continue
    }
    out.push(rl)
  }
  return out
}

/**
 * "apple 5kg shimla", "Parsley 1 bunch curly" with Capsicum called "shimla mirch" and Curry Leaves: one word after
 * the amount, after goods the catalog names, that is no name of goods in itself but only the first part of one
 * (or one letter from such a part), is which of the goods before it (a note), not other goods; a word that ends a
 * name ("tomato 2 kg onion", "Cherry Tomato") is goods.
 */
function varietyOfGoodsBefore(goods: string, word: string, index: CatalogIndex): boolean {
  const said = queryWords(word)
  if (said.length !== 1) return false
  const alone = matchItem(word, index)
  const p = alone.kind === 'resolved' ? productOf(alone.sku, index)?.product : undefined
  if (!p || matchItem(goods, index).kind !== 'resolved') return false
  const typed = alone.queryWords[0] ?? said[0]!
  const heads = [p.name, ...p.aliases].map((n) =>
    queryWords(n).filter((w) => !/\d/.test(w) && !UNIT_WORD_SET.has(w)),
  )
  // its own word in the names, or the one it was taken for ("curly" for "curry")
  const inNames = heads.flat()
  const meant = inNames.includes(typed)
    ? typed
    : inNames.find((w) => w[0] === typed[0] && w.length === typed.length)
  if (meant === undefined) return false
  if (heads.some((ws) => ws.at(-1) === meant) || SIBLINGS.get(meant) !== undefined) return false
  // ("Onion 10 kg spring" with Spring Onion: said together they name those other goods)
  const joined = matchItem(`${word} ${goods}`, index)
  return joined.kind === 'none' || joined.sku === matchItem(goods, index).sku
}

/** Words that point back at goods just named ("the red ones", "bade wale") or limit them ("not too", "nur"). */
/** Words that stand for goods just named ("the red ones", "bade wale"), and words that limit them ("not too"). */
const POINTING_BACK = new Set('ones one wale wali wala waale waali vale vali'.split(' '))
const LIMITING = new Set('not none nicht only just nur sirf bas'.split(' '))
const GERMAN_ARTICLES = new Set(['die', 'der', 'das', 'den', 'dem'])

/**
 * Whether a piece's words stand for goods just named ('back') or limit them ('limit'); a German article stands for
 * them when an adjective, written small, follows it ("die festen", "nur die roten"), not a noun ("die Kohlrabi" is
 * goods the shop may lack).
 */
function describesGoodsBefore(text: string): 'back' | 'limit' | null {
  const ws = text.split(/[^\p{L}]+/u).filter(Boolean)
  let limit = false
  for (let i = 0; i < ws.length; i++) {
    const w = fold(ws[i]!)
    const next = ws[i + 1]
    if (POINTING_BACK.has(w) || (GERMAN_ARTICLES.has(w) && next && next[0] !== next[0]!.toUpperCase()))
      return 'back'
    if (LIMITING.has(w)) limit = true
  }
  return limit ? 'limit' : null
}

const LESS = /\b(?:less|fewer|minus|kam|weniger)\b/
/** The amount said is what the line should come to: "kam karke 1 kilo kar do", "reduce to 1 kg", "auf 2 Kilo". */
const TO_AMOUNT = /\b(?:kar ?ke|karke|to|auf|bis)\b/
/** Words of less and more without an amount: "thoda kam", "a bit more", "zyada", "etwas weniger". */
const VAGUE_LESS = /\b(?:less|fewer|kam|weniger)\b/
const VAGUE_MORE =
  /\b(?:zyada|jyada|jada|zada|zyaada|jyaada|more|mehr)\b|\bthod[aei] (?:aur|or)\b|\b(?:aur|or) thod[aei]\b/
const VAGUE_WORDS: ReadonlySet<string> = new Set(
  'less fewer few couple paar kam weniger zyada jyada jada zada zyaada jyaada more mehr thoda thodi thode bit little some etwas bisschen bissel bissl bisserl a aur or kar karo kardo karna do dena daal dal dalo dal do please pls bitte'.split(
    ' ',
  ),
)

/** Words that multiply an amount: "double", "doppelt", "dugna", "twice", "triple", "half", "die Hälfte". */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ...'double doubled twice doppelt doppelte doppelten doppelter verdoppeln verdoppelt verdopple dugna duguna dugni doguna dogna'
    .split(' ')
    .map((w): [string, number] => [w, 2]),
  ...'triple tripled thrice dreifach dreifache dreifachen tigna tiguna'
    .split(' ')
    .map((w): [string, number] => [w, 3]),
  ...'half halve halved halbieren halbiert halbiere halfte haelfte'
    .split(' ')
    .map((w): [string, number] => [w, 0.5]),
])
/** Words of the multiplying sentence around the goods: "make the onions double", "doppelt so viel Käse". */
const SCALE_TALK = new Set(
  'make it them that the so viel viele vielen menge much amount quantity mach machen mal kar karo kardo do dena bitte please pls die der das den von of as'.split(
    ' ',
  ),
)

/** Words for the whole cart: "alles", "von allem", "beides", "everything", "sab". */
const WHOLE_CART = new Set(
  'alles allem all everything both beide beides sab sabhi saara sara saare sare'.split(' '),
)

/**
 * "alles doppelt bitte", "von allem das Doppelte", "double everything", "sab double kar do": one multiplying word
 * said of the whole cart, and nothing else, multiplies every line of it.
 */
function wholeCartScaled(
  text: string,
  folded: string,
  index: CatalogIndex,
  context: ConversationContext,
  language: Language,
): Understanding | null {
  const cart = context.cartSkus
  if (!cart?.length) return null
  const ws = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (!ws.some((w) => WHOLE_CART.has(w))) return null
  const times = ws.map((w) => SCALE_WORDS.get(w)).filter((x) => x !== undefined)
  if (times.length !== 1) return null
  if (!ws.every((w) => WHOLE_CART.has(w) || SCALE_WORDS.has(w) || SCALE_TALK.has(w))) return null
  const out = emptyResult('order', language)
  for (const sku of cart) {
    const p = productOf(sku, index)?.product
    if (!p) continue
    out.lines.push({
      sku,
      candidates: [],
      qty: 1,
      unit: p.unit,
      text: text.trim(),
      confidence: 0.9,
      op: 'add',
      item: undefined,
      counted: undefined,
      container: undefined,
      qtyOf: undefined,
      vague: undefined,
      scale: times[0]!,
    })
  }
  return out.lines.length > 0 ? out : null
}

/**
 * "aloo double kar do", "make the onions double", "die Kartoffeln bitte doppelt", "half the rice": an uncounted line
 * with one multiplying word and goods the cart has; the goods and how many times. Not a name that has the word
 * ("double roti" is bread).
 */
function scaleOfCartLine(
  item: string,
  cart: ReadonlySet<number>,
  index: CatalogIndex,
): { item: string; times: number } | null {
  const words = item.split(/\s+/)
  const times = words.map((w) => SCALE_WORDS.get(fold(w))).filter((x) => x !== undefined)
  if (times.length !== 1) return null
  const whole = matchItem(item, index)
  if (whole.kind === 'resolved') {
    const scaleWord = words.find((w) => SCALE_WORDS.has(fold(w)))!
    if (nameHasWord(whole.sku!, scaleWord, index)) return null
  }
  const rest = words.filter((w) => !SCALE_WORDS.has(fold(w)) && !SCALE_TALK.has(fold(w))).join(' ')
  const m = matchItem(rest, index)
  const inCart = (m.kind === 'resolved' ? [m.sku!] : m.candidates).filter((sku) =>
    cart.has(index.bySku.get(sku) ?? -1),
  )
  return inCart.length === 1 ? { item: rest, times: times[0]! } : null
}

/** German words that describe goods, without their adjective ending: "schön reif", "klein", "frische". */
const DESCRIBING_DE = new Set(
  'reif unreif schon schoen klein gross frisch dunn duenn dick fein grob weich fest hart mehlig festkochend knackig jung gut'.split(
    ' ',
  ),
)
/** Little words around a description: "not too ripe", "ripe ones please", "bhi", "dena". */
const DESCRIBING_LITTLE = new Set(
  'not none too very ones one please pls the a bhi dena do de chahiye nicht zu sehr ganz recht nur bitte dann ok'.split(
    ' ',
  ),
)
/**
 * Is the piece only words that describe goods (how ripe, big, fresh, cut), in the three languages? "pakke hue",
 * "achhe wale", "kata hua", "schön reif", "klein geschnitten", "not too ripe", "ripe ones please".
 */
function onlyDescribes(item: string): boolean {
  const ws = fold(item)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  if (ws.length === 0 || ws.length > 5 || ws.every((w) => DESCRIBING_LITTLE.has(w))) return false
  return ws.every(
    (w, i) =>
      NOTE_WORDS.has(w) ||
      DESCRIBING_HI.has(w) ||
      DESCRIBING_LITTLE.has(w) ||
      PREPARED_EN.has(w) ||
      PARTICIPLE_DE.test(w) ||
      DESCRIBING_DE.has(w) ||
      DESCRIBING_DE.has(w.replace(/(?:en|er|es|em|e)$/, '')) ||
      // the word before hua is its participle, whatever it is: "kata hua", "chhile hue"
      HUA.has(ws[i + 1] ?? ''),
  )
}

/**
 * "tamatar 1 kg taaze wale", "bhindi 1 kg ekdum fresh": words that only describe goods, none of them spelt as the
 * catalog spells a word of its names, even when one sounds like a name ("taaze" and Amul Taaza); "2 packet taaza"
 * names the milk.
 */
function onlyDescribesUnnamed(item: string, index: CatalogIndex): boolean {
  return onlyDescribes(item) && !queryWords(item).some((w) => index.vocab.has(w))
}

/** The text of a piece up to where the next piece starts or its line ends, words the reader left out with it. */
/** A count of pieces in brackets: "(10 Stück)", "(ca. 6 Stk.)", "(4)". */
const PIECES_IN_BRACKETS =
  /\(\s*(?:ca\.?\s*|je\s*|circa\s*)?(\d{1,3})\s*(?:st(?:ü|u|ue)ck|stk\.?|st\.|stck|pcs|pieces|pc)?\s*\)/iu
/** Containers a shop fills with goods sold by the piece: a bag of rolls, a box of pastries, a tray of buns. */
const FILLED_CONTAINERS = new Set(['bag', 'box', 'tray', 'tub', 'pack', 'package', 'packet'])

/**
 * "ne Tüte Brötchen (10 Stück)", "1 Karton Croissants (6 Stk)": goods sold by the piece, asked for in a container
 * the shop does not sell them in, with the pieces counted in brackets, are that many pieces (per container).
 */
function countInBrackets(
  piece: string,
  rl: ReadLine,
  m: MatchResult,
  index: CatalogIndex,
): { qty: number; unit: Unit } | null {
  const measure = rl.quantity.measure
  if (!measure || !FILLED_CONTAINERS.has(measure)) return null
  const n = piecesPerContainer(piece, rl)
  const p = m.kind === 'resolved' ? productOf(m.sku, index)?.product : undefined
  if (n === null || !p || p.unit !== 'pc' || (p.size && dimensionOf(p.size.unit) !== 'count')) return null
  // (a container the shop sells as goods, "Tüte" for its carrier bag, holds no other goods here)
  const said = fold(piece.includes('(') ? piece.slice(0, piece.indexOf('(')) : piece).split(/[^\p{L}]+/u)
  const words = [...(WORDS_OF_MEASURE.get(measure) ?? []), ...said.filter((w) => UNIT_WORDS.has(w))].map(fold)
  const named = fold(`${p.name} ${p.aliases.join(' ')}`).split(/[^\p{L}]+/u)
  if (named.some((w) => words.some((c) => w.endsWith(c)))) return null
  const containers = rl.quantity.qty ?? 1
  return { qty: containers * n, unit: 'pc' }
}

/** Pieces counted after a container's goods: "Tüte Brötchen, 10 Stück", "2 Tüten Weckle à 6 Stück", "- 5 Stk". */
const PIECES_AFTER =
  /(?:[,;:–—-]|\s(?:à|a|je|jeweils|zu|mit|with|of))\s*(?:so\s+|ca\.?\s*|circa\s+|etwa\s+|ungefähr\s+|je\s+)?(\d{1,3})\s*(?:st(?:ü|u|ue)ck|stk\.?|st\.|stck|pcs|pieces|pc)\b[\s.!,;]*(?:bitte|pls|please)?[\s.!,;]*(?:und|and|plus|dazu)?[\s,;]*$/iu
/** Pieces counted between a container and its goods: "eine Tüte mit 10 Brötchen", "a box of 6 rolls". */
const PIECES_WITHIN = /^\p{L}+\s+(?:mit|with|of)\s+(?:so\s+|ca\.?\s*|circa\s+|etwa\s+)?(\d{1,3})\s+\p{L}/iu

/**
 * How many pieces one container holds, said with the goods: in brackets ("(10 Stück)"), after them ("Tüte
 * Brötchen, 10 Stück", "à 6 Stück", "mit 8 Stück", which the reader may have taken for the goods' size) or between
 * the container and the goods ("eine Tüte mit 10 Brötchen").
 */
function piecesPerContainer(piece: string, rl: ReadLine): number | null {
  const n =
    PIECES_IN_BRACKETS.exec(piece) ??
    PIECES_AFTER.exec(piece) ??
    PIECES_WITHIN.exec(piece.slice(Math.max(0, (rl.quantity.unitStart ?? rl.start) - rl.start)))
  if (n) return Number(n[1])
  const size = rl.quantity.size
  return size && size.unit === 'pc' && Number.isInteger(size.value) ? size.value : null
}

function pieceToEnd(text: string, rl: ReadLine, next: ReadLine | undefined): string {
  const nl = text.indexOf('\n', rl.start)
  const end = next && next.lineNo === rl.lineNo ? next.start : nl < 0 ? text.length : nl
  return text.slice(rl.start, Math.max(rl.end, end))
}

/** Words of how goods are to be made, past participles the German and Hinglish forms do not show. */
const PREPARED_EN = new Set(
  'sliced chopped diced grated peeled cut minced shredded cleaned washed halved quartered deseeded skinned'.split(
    ' ',
  ),
)
const PARTICIPLE_DE = /^(?:ab|an|auf|aus|durch|klein|vor|zer)?ge\p{L}{2,}(?:t|en)$/u
/**
 * The word that says how goods are to be made, if the (folded) line says so: an English or German past
 * participle (`sliced`, `geschnitten`, `gerieben`), a Hinglish one before `hua` (`kata hua`), or `in Scheiben` /
 * `am Stück` / `in slices`. A cheap test first: most lines have none of these.
 */
function preparation(folded: string): string | null {
  const ws = folded.split(/[^\p{L}]+/u)
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    if (w.length < 3) continue
    if (PREPARED_EN.has(w) || PARTICIPLE_DE.test(w)) return w
    if (i > 0 && HUA.has(w)) return ws[i - 1]!
    if ((w === 'scheiben' || w === 'slices') && ws[i - 1] === 'in') return w
    if ((w === 'stuck' || w === 'stueck') && ws[i - 1] === 'am') return w
  }
  return null
}

/** Which way a cart line's amount is changed when no number is said, if the line says so. */
function vagueChange(folded: string): 'less' | 'more' | null {
  if (VAGUE_LESS.test(folded)) return 'less'
  if (VAGUE_MORE.test(folded)) return 'more'
  return null
}
/** "Mint leaves", "dhaniya patta": the part of a herb that is sold, said beside the herb's name. */
/** Hinglish words that say which ones of loose goods: size, ripeness, freshness, quality, and wala / hua. */
const WALA_SET: ReadonlySet<string> = new Set(WALA)
const HUA = new Set(['hua', 'hue', 'hui', 'huye', 'huae'])
/**
 * Words that say how loose goods should be: size, ripeness, freshness, quality (English and Hinglish). Not kinds or
 * colours ("desi", "lal", "green"), which name goods as often as they describe them.
 */
const GRADE_WORDS: ReadonlySet<string> = new Set([
  ...'big small medium large jumbo ripe semi-ripe unripe raw firm soft tender hard fresh premium best'.split(
    ' ',
  ),
  ...'bada bade badi chhota chhote chhoti chota chote choti mota mote moti patla patle patli'.split(' '),
  ...'pakka pakke pakki paka pake kachcha kachche kachchi kacha kache naram narm sakht'.split(' '),
  ...'taaza taaze taazi taza taze tazi achha achhe achhi accha acche acchi achchha achchhe achchhi badhiya'.split(
    ' ',
  ),
  ...PREPARED_EN,
  // how the butcher cuts it: "dünn geschnitten", "fein aufgeschnitten", "in dünnen Scheiben"
  ...'geschnitten aufgeschnitten geklopft gehackt gewurfelt gewuerfelt geschnetzelt dunn duenn fein dick grob klein dunnen duennen dicken feinen'.split(
    ' ',
  ),
])
/** Words that go with those and are part of what was said: "bade wale", "pakke hue", "big ones", "not too". */
const GRADE_AROUND: ReadonlySet<string> = new Set([
  ...WALA,
  ...HUA,
  ...'ones one size sized quality grade not none too very only sirf thoda thode thodi ekdum bilkul zyada jyada scheiben sehr ganz schneiden aufschneiden klopfen'.split(
    ' ',
  ),
])
/** Of those, the ones that only lead into a grade word ("not too ripe", "ekdum taaze"), never end what was said. */
const GRADE_LEADING: ReadonlySet<string> = new Set(
  'not none too very only sirf thoda thode thodi ekdum bilkul zyada jyada'.split(' '),
)

/**
 * How good or fresh, and how much so: said after the goods with no wala too ("1 kg tamatar taaze", "aloo ekdum
 * badhiya"), unlike a colour or a size ("mirch lal" may be other goods).
 */
const QUALITY_HI: ReadonlySet<string> = new Set([
  ...'achha achhe achhi accha acche acchi achchha achchhe achchhi badhiya taaza taaze taazi taza taze tazi fresh'.split(
    ' ',
  ),
  // the same with j for z, as most type it (ताजा without the nukta, "taja paneer")
  ...'taaja taaje taaji taja taje taji'.split(' '),
  // "ekdum taaze tamatar", "bilkul fresh paneer", "bahut achhe aloo"
  ...'ekdum ekdam ekdom bilkul bahut bohot bahot kaafi'.split(' '),
])
const DESCRIBING_HI = new Set([
  ...WALA,
  ...HUA,
  ...'thoda thode thodi chhota chhote chhoti chota chote choti bada bade badi mota mote moti patla patle patli'.split(
    ' ',
  ),
  ...QUALITY_HI,
  ...'naya naye nayi nae'.split(' '),
  ...'pakka pakke pakki paka pake kachcha kachche kachchi kacha kache hara hare hari lal laal'.split(' '),
  ...'saaf sukha sukhe naram narm sakht medium'.split(' '),
])
/** Verbs of wanting and of passing a request on, in the three languages. */
const WANT_VERB =
  /(?<=\S\s+)(?:send|sends|want|wants|wanted|need|needs|needed|ask|asks|asked|require|requires|required|requested|says|said|bola|boli|bole|chahte|chahti|mangaya|mangwaya|will|möchte|mochte|braucht|brauchen|bestellt|sagt|schick|schicke|schickt|schicken)\s+(?:for\s+|nach\s+)?(?=\S)/giu

/** The words after the last verb of wanting that has someone before it ("chef wants romaine" → "romaine"). */
function afterWantVerb(item: string): string | null {
  let rest: string | null = null
  for (const m of item.matchAll(WANT_VERB)) rest = item.slice(m.index + m[0].length)
  return rest && rest.trim() !== '' ? rest.trim() : null
}

/**
 * Where what or whom the goods are for begins: "for the party", "für die Oma", "zum Einkochen", "zur Suppe",
 * "bachon ke liye" (the word before).
 */
const PURPOSE = /(?:^|\s)(?:(?:for|f(?:ü|u|ue)r|zum|zur)\s|\S+\s+(?:ke|ki|k)\s+liye?(?:\s|$))/iu

const HERB_PARTS = new Set(['leaves', 'leaf', 'patta', 'patte', 'patti', 'blatter', 'blaetter'])
/**
 * The line once its number turned out to name the pack ("500 wala"): counted by the one other small whole number
 * said beside it ("amul butter 500 wala 2", "2 chai patti 250 wala" → 2), else uncounted.
 */
function withCountBeside(rl: ReadLine, sizeAt: number, sizeLength: number): ReadLine {
  const folded = fold(rl.text)
  const rest = folded.slice(0, sizeAt) + ' '.repeat(sizeLength) + folded.slice(sizeAt + sizeLength)
  const counts = [...rest.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,2})(?![\p{L}\p{N}.,])/gu)]
  const n = counts.length === 1 ? Number(counts[0]![1]) : 0
  return n > 0
    ? { ...rl, quantity: { ...rl.quantity, qty: n } }
    : { ...rl, quantity: { ...rl.quantity, qty: null }, hasQuantity: false }
}

/** The products among `skus` whose pack size is the bare number said ("500 wala": 500 g or 500 ml). */
function packsSized(skus: readonly string[], n: number, index: CatalogIndex): string[] {
  return skus.filter((sku) => {
    const p = index.bySku.get(sku)
    const s = p === undefined ? null : index.sizes[p]
    return !!s && Math.abs(s.value - n) < 1e-9
  })
}

const SIZE_BY_NUMBER =
  /(?:\bthe |\bdie |\bder |\bdas )?\b(\d+(?:[.,]\d+)?)(?: |er\b|-)?(?:wala|wali|wale|waala|waali|waale|vala|vali|vaala|vaali|vaale|one|er)\b/

/** Hinglish "the one" right after a size: "200 gm wala", "1 litre wali", "5 kilo waala". */
const ONE_OF_SIZE = /^\s*(?:wala|wali|wale|waala|waali|waale|vala|vali|vale|vaala|vaali|vaale)(?![\p{L}])/u

/** Container words that name a countable pack of something also sold loose: "2 box tomatoes", "1 bag potato". */
const PACK_MEASURES = new Set([
  'box',
  'bag',
  'tub',
  'pack',
  'package',
  'tray',
  'crate',
  'sack',
  'net',
  'bunch',
  'head',
  'jar',
  'bottle',
  'can',
  'tin',
  'pc',
  'piece',
])
/** Containers whose content is fixed by no convention: a crate of tomatoes, a sack of rice, a box of mangoes. */
const UNSIZED_CONTAINERS = new Set(['crate', 'sack', 'box', 'bag', 'net'])
/**
 * The trade says a crate or a box of tomatoes, a sack or a bag of onions, for the same bulk pack: a product named
 * with one is what the other asks for ("2 crates tomato" is Tomato Box 10 kg, "1 bori pyaz" Onion Bag 25 kg).
 */
const KINDRED_CONTAINERS: ReadonlyMap<string, string> = new Map([
  ['crate', 'box'],
  ['box', 'crate'],
  ['sack', 'bag'],
  ['bag', 'sack'],
])
/** Counted forms of produce with no fixed weight: a bunch of mint, a head of lettuce. */
const UNWEIGHED_FORMS = new Set(['bunch', 'head'])
/** Every word for a pack measure ("crate": kiste, peti, crate …), to find a product named with another one. */
const WORDS_OF_MEASURE: ReadonlyMap<string, string[]> = (() => {
  const out = new Map<string, string[]>()
  for (const [w, u] of UNIT_WORDS) if (w.length > 2) out.set(u.measure, [...(out.get(u.measure) ?? []), w])
  return out
})()
/**
 * "ande ki tray kitne ki hai", "egg tray price": a pack word asked about with the goods names the product that is
 * that pack, when there is one (the unit asked per is otherwise no part of the item).
 */
function packAskedAbout(chunk: string | undefined, item: string, index: CatalogIndex): MatchResult | null {
  if (!chunk) return null
  for (const w of fold(chunk).split(/[^\p{L}]+/u)) {
    const measure = UNIT_WORDS.get(w)?.measure
    if (!measure || !NAMED_PACKS.has(measure)) continue
    const m = matchItem(`${item} ${w}`.trim(), index)
    const p = productOf(m.kind === 'resolved' ? m.sku : null, index)
    if (p && fold(`${p.product.name} ${p.product.aliases.join(' ')}`).includes(w.replace(/e?s$/, '')))
      return m
  }
  return null
}

/**
 * A pack or count word that is all of a product's name or alias, or means it ("tray" for the egg tray aliased
 * "tray", "rolls" for Brötchen): said with a count and no goods, it names that product.
 */
const talkPairsCache = new WeakMap<CatalogIndex, Map<string, boolean>>()
/**
 * "flat white", "india gate", "tower fan": the catalog's names (and the other names of its goods: "bell pepper")
 * that have a word of delivery talk beside another word, as pairs of stemmed words (true when the pair is a whole name or alias: "Flat White"), made once per
 * index; the reader keeps such a pair as goods.
 */
function talkInNameTest(index: CatalogIndex): (word: string, next: string) => 'whole' | 'part' | null {
  let pairs = talkPairsCache.get(index)
  if (!pairs) {
    pairs = new Map()
    for (const ws of [...index.phraseKeys.map((key) => key.split(' ')), ...otherNamesOf(index)]) {
      for (let i = 0; i + 1 < ws.length; i++)
        if (isTalkWord(ws[i]!) || isTalkWord(ws[i + 1]!))
          pairs.set(`${ws[i]} ${ws[i + 1]}`, ws.length === 2 || pairs.get(`${ws[i]} ${ws[i + 1]}`) === true)
      // a supplier names the goods first and their kind after ("Parsley flat 3" for Flat Leaf Parsley): a word of
      // the name after its talk word, said right before it, keeps that word as goods
      for (let i = 0; i + 1 < ws.length; i++) {
        if (!isTalkWord(ws[i]!)) continue
        for (let j = i + 1; j < ws.length; j++) {
          const turned = `${ws[j]} ${ws[i]}`
          if (!isTalkWord(ws[j]!) && !pairs.has(turned)) pairs.set(turned, true)
        }
      }
    }
    talkPairsCache.set(index, pairs)
  }
  const found = pairs
  return (word, next) => {
    if (found.size === 0) return null
    const whole = found.get(`${stem(fold(word))} ${stem(fold(next))}`)
    return whole === undefined ? null : whole ? 'whole' : 'part'
  }
}

function packNameTest(index: CatalogIndex): (measure: string, word: string) => boolean {
  return (measure, word) => {
    if (GENERIC_COUNTS.has(measure)) return false
    return wholeNameOf(index, word) !== null
  }
}

/**
 * "theek hai ek tray", "ok 2 trays": a line whose words before a pack word that names a product are no goods at
 * all (talk the reader could not tell from an item) is that many of the product the pack word names.
 */
function packWordsAsItems(
  read: ReadLine[],
  text: string,
  index: CatalogIndex,
  packName: (measure: string, word: string) => boolean,
): ReadLine[] {
  return read.map((rl) => {
    const q = rl.quantity
    if (!rl.hasQuantity || !q.measure || q.unitStart === undefined || q.unitEnd === undefined) return rl
    const word = text.slice(q.unitStart, q.unitEnd)
    if (!packName(q.measure, fold(word))) return rl
    if (queryWords(rl.item).some((w) => namesGoods(w, index))) return rl
    if (matchItem(rl.item, index, { loose: true }).kind !== 'none') return rl
    return {
      ...rl,
      item: word,
      itemStart: q.unitStart,
      itemEnd: q.unitEnd,
      // counted in packs: "2 tray" is two trays, not two eggs of one
      quantity: { ...q, unit: 'pack', measure: 'pack', unitStart: undefined, unitEnd: undefined },
    }
  })
}

/**
 * "pack 2 tomato", "pkt 3 coriander", "box 2 lemons": a pack word alone before a count, with the goods after it,
 * is the count's unit ("2 pack tomato"); the reader had cut it off as an item of its own.
 */
function packWordBeforeCount(read: ReadLine[], text: string): ReadLine[] {
  let out: ReadLine[] | null = null
  for (let i = 0; i + 1 < read.length; i++) {
    const rl = read[i]!
    const next = read[i + 1]!
    const q = next.quantity
    if (
      rl.hasQuantity ||
      next.lineNo !== rl.lineNo ||
      next.sep !== '' ||
      !next.hasQuantity ||
      q.unit !== null ||
      q.qty === null ||
      q.qtyStart === undefined ||
      q.qtyEnd === undefined ||
      next.item.trim() === ''
    )
      continue
    const word = rl.item.trim().replace(/[.:]$/, '')
    // (a word of three letters at least: Swiss "no a Butter" is one more butter, not a number of them)
    if (word.length < 3 || /\s/.test(word) || !UNIT_WORDS.has(fold(word))) continue
    const reread = readLines(`${text.slice(q.qtyStart, q.qtyEnd)} ${word} zz`)[0]?.quantity
    if (!reread || reread.unit === null || reread.qty !== q.qty) continue
    out ??= read.slice()
    const at = out.indexOf(rl)
    out.splice(at, 2, {
      ...next,
      start: rl.start,
      text: text.slice(rl.start, next.end).trim(),
      quantity: {
        ...reread,
        qtyStart: q.qtyStart,
        qtyEnd: q.qtyEnd,
        unitStart: rl.itemStart,
        unitEnd: rl.itemEnd,
      },
    })
  }
  return out ?? read
}

/**
 * "oil bottle 2", "ghee dabba 1", "sunflower oil litre 2", "Tomaten Kiste 2": the list style item, unit, count.
 * The reader takes the unit word for a word of the item, which then names nothing for sure; when the item without
 * it names one product, the unit word is the count's (read as "2 bottle"). A name that ends in such a word
 * ("Water Bottle", "Lunch Box") still matches as written and is left alone.
 */
function unitBeforeCount(read: ReadLine[], text: string, index: CatalogIndex): ReadLine[] {
  return read.map((rl) => {
    const q = rl.quantity
    if (!rl.hasQuantity) return oneContainerOf(rl, text, index)
    if (q.unit !== null || q.qty === null || q.qtyStart === undefined || q.qtyEnd === undefined) return rl
    const countFirst = q.qtyEnd <= rl.itemStart
    if (q.qtyStart < rl.itemEnd && !countFirst) return rl
    const said = text.slice(rl.itemStart, rl.itemEnd)
    // the unit word is the item's last word, or (count first) a word the reader left after the item
    const after = countFirst ? /^\s+(\p{L}+)\.?\s*$/u.exec(text.slice(rl.itemEnd, rl.end)) : null
    const inItem = after ? null : /(?<=\S\s+)(\p{L}+)\.?\s*$/u.exec(said)
    const word = after?.[1] ?? inItem?.[1]
    if (!word || !UNIT_WORDS.has(fold(word))) return rl
    const without = inItem ? said.slice(0, inItem.index).trimEnd() : said
    const unitStart = inItem
      ? rl.itemStart + inItem.index
      : rl.itemEnd + after!.index + after![0].indexOf(word)
    if (countFirst) {
      // "1 kela darjan", "2 aloo kilo", "2 Äpfel Kilo": the count first and the unit word after the goods, when
      // that word is in no name of what the goods match ("Radieschen Bund", "Egg Tray" keep their word)
      if (text.slice(q.qtyEnd, rl.itemStart).trim() !== '') return rl
      if (!unitWordOfGoods(`${without} ${word}`, without, word, index)) return rl
    } else if (matchItem(rl.item, index).kind === 'resolved' || matchItem(without, index).kind !== 'resolved')
      return rl
    const reread = readLines(`${text.slice(q.qtyStart, q.qtyEnd)} ${word} zz`)[0]?.quantity
    if (!reread || reread.unit === null || reread.qty !== q.qty) return rl
    return {
      ...rl,
      item: without,
      itemEnd: rl.itemStart + without.length,
      quantity: {
        ...reread,
        qtyStart: q.qtyStart,
        qtyEnd: q.qtyEnd,
        unitStart,
        unitEnd: unitStart + word.length,
      },
    }
  })
}

/** Hindi's "of": "ghee ka dabba", "doodh ki thaili", "chawal ke bore". */
const GENITIVE_HI = /(?<=\S)\s+(?:ka|ki|ke)\s+(\p{L}+)\.?\s*$/u

/**
 * "ghee ka dabba", "doodh ki thaili", "atta ki bori": uncounted goods "of" a container word are one of it, when
 * the goods alone name something and no name of theirs has the word. A weight or volume ("aloo ka kilo") is no
 * container: that is how a price is asked.
 */
function oneContainerOf(rl: ReadLine, text: string, index: CatalogIndex): ReadLine {
  const said = text.slice(rl.itemStart, rl.itemEnd)
  const of = GENITIVE_HI.exec(said)
  const unit = of ? UNIT_WORDS.get(fold(of[1]!)) : undefined
  if (!of || !unit?.unit || unit.physical || unit.factor !== undefined) return rl
  const word = of[1]!
  const without = said.slice(0, of.index).trimEnd()
  if (!unitWordOfGoods(rl.item, without, word, index)) return rl
  const reread = readLines(`1 ${word} zz`)[0]?.quantity
  if (!reread || reread.unit === null || reread.qty !== 1) return rl
  const unitStart = rl.itemStart + of.index + of[0].lastIndexOf(word)
  return {
    ...rl,
    item: without,
    itemEnd: rl.itemStart + without.length,
    hasQuantity: true,
    quantity: {
      ...reread,
      qtyStart: unitStart,
      qtyEnd: unitStart + word.length,
      unitStart,
      unitEnd: unitStart + word.length,
    },
  }
}

/**
 * Is `word` the unit of the goods said without it, rather than part of a name? The goods must name something
 * without it, and neither what the whole item names nor what the goods alone name has the word ("Radieschen
 * Bund", "Egg Tray" keep it).
 */
function unitWordOfGoods(whole: string, without: string, word: string, index: CatalogIndex): boolean {
  const named = matchItem(whole, index)
  if (named.kind === 'resolved' && nameHasWord(named.sku!, word, index)) return false
  const part = matchItem(without, index)
  return (
    part.kind !== 'none' &&
    ![part.sku, ...part.candidates].some((sku) => sku && nameHasWord(sku, word, index))
  )
}

/** Whether a product's name or one of its aliases has this word ("Radieschen Bund": "bund"). */
function nameHasWord(sku: string, word: string, index: CatalogIndex): boolean {
  const p = index.bySku.get(sku)
  const product = p === undefined ? undefined : index.products[p]
  if (!product) return false
  const w = fold(word)
  return [product.name, ...product.aliases].some((n) =>
    fold(n)
      .split(/[^\p{L}]+/u)
      .includes(w),
  )
}

/** Count words that say nothing of what is counted. */
const GENERIC_COUNTS = new Set(['pc', 'piece', 'pack', 'package', 'packet', 'pack-of'])

/** Pack words a product's own name may carry ("Egg Tray 30", "Tomato Box 5 kg"); "pack" and "piece" say nothing. */
const NAMED_PACKS = new Set([...PACK_MEASURES].filter((w) => !['pack', 'package', 'pc', 'piece'].includes(w)))
const BIG =
  /(?<![\p{L}])(?:gross|grosse|grosses|grossen|grosser|groass|groasse|large|big|bada|badi|bade|jumbo|family)(?![\p{L}])/u
/** "ein mittleres Brot": the middle one of three or more sizes; of two, the customer is asked. */
const MIDDLE =
  /(?<![\p{L}])(?:mittel|mittlere|mittleres|mittleren|mittlerer|medium|normal|normales|normale)(?![\p{L}])/u
const SMALL =
  /(?<![\p{L}])(?:klein|kleine|kleines|kleinen|kleiner|kloa|kloans|kloane|small|chhota|chota|chhoti|choti|mini)(?![\p{L}])/u

/** Words that say how a product is packed, not what it is: "im Glas", "in a jar", "in der Dose". */
const PACKED_IN = new Set(['im', 'in', 'der', 'a', 'au', 'en', 'loose', 'lose'])

/** Measures that count small units of produce, as opposed to bulk containers. */
const COUNTED_FORMS = new Set(['bunch', 'pack', 'tub', 'head', 'pc', 'piece'])

/**
 * Is this name what was said plus only a small counted form ("Mint Packet 100g", "Lettuce Head", "Lemon each")?
 * The name's own words are read as written: the matcher drops "each" as filler, but in a name it is the form.
 */
function countedFormOf(name: string, said: string[]): boolean {
  const written = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !/\d/.test(w))
  const rest = written.filter((w) => {
    const q = queryWords(w)
    return q.length === 0 || !said.includes(q[0]!)
  })
  if (rest.length === 0 || !said.every((w) => queryWords(name).includes(w))) return false
  return rest.every((w) => {
    const u = UNIT_WORDS.get(w) ?? UNIT_WORDS.get(`${w}s`) ?? UNIT_WORDS.get(`${w}es`)
    return u !== undefined && COUNTED_FORMS.has(u.measure)
  })
}

/**
 * Is this name what was said plus only pack words, sizes and words of packing ("Tomato Box 5 kg", "Potato Bag
 * 10kg", "Mint Bunch")? Not another kind of the goods ("Tomato Cherry 250g punnet" for "tomatoes").
 */
function packFormOf(name: string, said: string[]): boolean {
  const written = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !/\d/.test(w))
  return written.every((w) => {
    const q = queryWords(w)
    if (q.length === 0 || said.includes(q[0]!) || PACKED_IN.has(w)) return true
    return UNIT_WORD_SET.has(w) || UNIT_WORD_SET.has(`${w}s`) || UNIT_WORD_SET.has(`${w}es`)
  })
}

/** Products sold by the piece or the pack (one set per index). */
function countable(index: CatalogIndex): Set<number> {
  return sharedSubset(index, 'countable', () => {
    const set = new Set<number>()
    for (let p = 0; p < index.products.length; p++) {
      const u = index.products[p]!.unit
      if (u === 'pc' || u === 'pack') set.add(p)
    }
    return set
  })
}

const kindCache = new WeakMap<CatalogIndex, Map<string, number[]>>()
/**
 * The products sold in a size whose names are the same but for it ("Amul Butter 100 g" and "… 500 g", "Eier 6er" and
 * "Eier 10er"): p's own kind, p included, in catalog order. One table per index, read the first time a cart
 * product's size is changed, for both ways of changing it (a pack named by its size, a size described).
 */
function sizesOfKind(index: CatalogIndex, p: number): number[] {
  let byKind = kindCache.get(index)
  if (!byKind) {
    byKind = new Map()
    for (let q = 0; q < index.products.length; q++) {
      if (!index.sizes[q]) continue
      const kind = nameWithoutSize(index.products[q]!.name)
      if (kind === '') continue
      const list = byKind.get(kind)
      if (list) list.push(q)
      else byKind.set(kind, [q])
    }
    kindCache.set(index, byKind)
  }
  if (!index.sizes[p]) return []
  return byKind.get(nameWithoutSize(index.products[p]!.name)) ?? []
}

const sizeCache = new WeakMap<CatalogIndex, Map<string, Set<number>>>()
/** Countable products whose pack size is this size (cached per index and size). */
function packsOfSize(index: CatalogIndex, size: { value: number; unit: Unit }): Set<number> {
  let bySize = sizeCache.get(index)
  if (!bySize) {
    bySize = new Map()
    sizeCache.set(index, bySize)
  }
  const key = `${size.value} ${size.unit}`
  let set = bySize.get(key)
  if (!set) {
    set = new Set()
    for (const p of countable(index)) {
      const s = index.sizes[p]
      if (s && packIs(s, size)) set.add(p)
    }
    if (bySize.size < 200) bySize.set(key, set)
  }
  return set
}

function productOf(sku: string | null | undefined, index: CatalogIndex) {
  const p = sku ? index.bySku.get(sku) : undefined
  return p === undefined ? undefined : { p, product: index.products[p]!, size: index.sizes[p] ?? null }
}

const loose = (u: Unit) => dimensionOf(u) !== 'count'

/**
 * The one pack, smaller than the unit the loose product `cur` is weighed or measured by, whose name is the goods
 * said plus only brand or line words, sizes and pack words ("Amul Malai Paneer 200 g" for "paneer"); no word of the
 * food dictionary besides the goods ("Cherry Tomato 250 g" is other goods). Undefined when none or several.
 */
function smallPackOf(
  item: string,
  said: readonly string[],
  cur: NonNullable<ReturnType<typeof productOf>>,
  index: CatalogIndex,
) {
  if (said.length === 0) return undefined
  const found = matchItem(item, index, { restrict: countable(index) })
  const skus = found.kind === 'resolved' ? [found.sku!] : found.kind === 'ambiguous' ? found.candidates : []
  const per = { value: 1, unit: cur.product.unit }
  let pick: ReturnType<typeof productOf> = undefined
  for (const sku of skus) {
    const x = productOf(sku, index)
    if (!x?.size || x.product.unit !== 'pack' || dimensionOf(x.size.unit) !== dimensionOf(per.unit)) continue
    const v = convert(x.size, per.unit)
    if (v === null || v >= 1) continue
    const words = queryWords(x.product.name)
    if (!said.every((w) => words.includes(w))) continue
    if (words.some((w) => !said.includes(w) && SIBLINGS.has(w))) continue
    if (pick) return undefined
    pick = x
  }
  return pick
}

/**
 * The smallest of these products when every one is a pack of several pieces ("Eggs 6 pc", "Eggs Tray 30 pc") and
 * one is the smallest, else undefined.
 */
function smallestPiecePack(skus: readonly string[], index: CatalogIndex) {
  let best: ReturnType<typeof productOf> = undefined
  let tie = false
  for (const sku of skus) {
    const x = productOf(sku, index)
    if (!x?.size || x.size.unit !== 'pc' || x.size.value <= 1 || loose(x.product.unit)) return undefined
    if (!best || x.size.value < best.size!.value) [best, tie] = [x, false]
    else if (x.size.value === best.size!.value) tie = true
  }
  return tie ? undefined : best
}

/**
 * Pack words and pack sizes choose between a loose product and its packs, as a trade customer means them:
 * "2 box tomatoes" and "Potato 4x10kg" are packs when the shop has them, "2 5kg tomato" is 10 kg when it has
 * only loose ones, "half box" of a 5 kg box is 2.5 kg loose, "großes Brot" is the biggest of the breads asked
 * about, "20 Eier" from 10er packs is two packs.
 */
/** Single pieces ordered beside whole packs ("anderthalb Kästen": one crate and ten bottles). */
interface PackSingles {
  sku: string
  qty: number
}

/** Whether a whole number (two or more) of the shop's packs makes up the size said ("2 x 10kg" of a 1 kg pack). */
function packsMakeUp(pack: Quantity, said: Quantity): boolean {
  const inPack = convert(said, pack.unit)
  if (inPack === null || pack.value <= 0) return false
  const packs = inPack / pack.value
  return packs > 1 && Math.abs(packs - Math.round(packs)) < 1e-6
}

function packChoice(
  rl: ReadLine,
  item: string,
  m: MatchResult,
  index: CatalogIndex,
  note = '',
): { m: MatchResult; qty?: { qty: number; unit: Unit }; container?: string; singles?: PackSingles } {
  const q = rl.quantity
  // size adjectives pick among the sizes on offer
  if (m.kind === 'ambiguous' && m.candidates.length > 1) {
    const folded = fold(note === '' ? rl.text : `${rl.text} ${note}`)
    const want = BIG.test(folded) ? 1 : SMALL.test(folded) ? -1 : MIDDLE.test(folded) ? 0.5 : 0
    // the candidates' sizes only when a size adjective was said (rarely)
    const sized = want === 0 ? [] : m.candidates.map((sku) => productOf(sku, index)).filter((x) => x?.size)
    if (want !== 0 && sized.length === m.candidates.length) {
      const dim = dimensionOf(sized[0]!.size!.unit)
      if (sized.every((x) => dimensionOf(x!.size!.unit) === dim)) {
        const val = (x: (typeof sized)[number]) => convert(x!.size!, sized[0]!.size!.unit) ?? 0
        const bySize = [...sized].sort((a, b) => (want === 0.5 ? 1 : want) * (val(b) - val(a)))
        const pick =
          want === 0.5 ? (bySize.length % 2 === 1 ? bySize[(bySize.length - 1) / 2] : undefined) : bySize[0]
        if (pick) m = { ...m, kind: 'resolved', sku: pick.product.sku, candidates: [], confidence: 0.85 }
      }
    }
  }
  // one candidate whose name is what was said plus only how it is packed ("Leberwurst" for "Leberwurst im
  // Glas"), or plus the kind of goods the words said are a variety of ("Iceberg" for "Iceberg Lettuce",
  // "Mozzarella" for "Mozzarella Cheese"): that one. "pineapple" is still not "Pineapple Soda".
  if (m.kind === 'ambiguous' && m.candidates.length === 1) {
    const name = queryWords(productOf(m.candidates[0], index)?.product.name ?? '')
    const said = new Set(m.queryWords)
    const rest = name.filter((w) => !said.has(w))
    // (only the variety said: "india gate basmati" names a brand's line, which is asked about)
    const kinds = m.queryWords.every((w) => VARIETY_OF.has(w))
      ? m.queryWords.flatMap((w) => VARIETY_OF.get(w) ?? [])
      : []
    if (
      m.queryWords.every((w) => name.includes(w)) &&
      rest.every(
        (w) => UNIT_WORD_SET.has(w) || UNIT_WORD_SET.has(`${w}s`) || PACKED_IN.has(w) || kinds.includes(w),
      )
    )
      m = { ...m, kind: 'resolved', sku: m.candidates[0]!, candidates: [], confidence: 0.8 }
  }
  if (!rl.hasQuantity) return { m }
  const said = q.measure
  const count = q.qty ?? 1
  // "Mushrooms 10 pkt" with oyster mushrooms by the kilo and button mushrooms in punnets: a pack word said of goods
  // sold both loose and packed is the one packed product among them
  if (
    m.kind === 'ambiguous' &&
    said &&
    PACK_MEASURES.has(said) &&
    q.unit &&
    dimensionOf(q.unit) === 'count'
  ) {
    const packed = m.candidates.filter((sku) => {
      const p = productOf(sku, index)
      return p && !loose(p.product.unit)
    })
    if (packed.length === 1 && packed.length < m.candidates.length)
      m = { ...m, kind: 'resolved', sku: packed[0]!, candidates: [], confidence: Math.max(m.confidence, 0.8) }
  }
  // "coriander 10", "Coriander x10" with Coriander Bunch and Coriander Loose by the kilo: a bare count said of goods
  // sold both loose and in one small counted form (a bunch, a head, a packet) is that many of the form, as when the
  // loose goods alone were found (below); a bulk pack (a box, a bag) is not guessed
  if (m.kind === 'ambiguous' && q.unit === null && !q.size && q.qty !== null && Number.isInteger(q.qty)) {
    const counted = m.candidates.filter((sku) => {
      const p = productOf(sku, index)
      return p && !loose(p.product.unit)
    })
    const form = productOf(counted.length === 1 ? counted[0] : null, index)
    if (form && counted.length < m.candidates.length && countedFormOf(form.product.name, m.queryWords))
      return {
        m: {
          ...m,
          kind: 'resolved',
          sku: form.product.sku,
          candidates: [],
          confidence: Math.max(m.confidence, 0.8),
        },
        qty: { qty: count, unit: form.product.unit },
      }
  }
  // "atta ki bori", "2 bori atta", "1 Sack Kartoffeln" of goods packed in several sizes: a sack is the bulk
  // container, so of the shop's packs it is the biggest (a bag or a box is no such word: which one is asked)
  if (m.kind === 'ambiguous' && said === 'sack') {
    const biggest = biggestPack(m.candidates, index)
    if (biggest)
      m = { ...m, kind: 'resolved', sku: biggest, candidates: [], confidence: Math.max(m.confidence, 0.8) }
  }
  // "ein halbes Roggenbrot" of the 1 kg and the 500 g loaf: half of a counted thing the shop sells whole and in
  // half its size is one of the half-sized one
  if (m.kind === 'ambiguous' && count === 0.5 && (q.unit === null || dimensionOf(q.unit) === 'count')) {
    const half = halfSized(m.candidates, index)
    const hit = productOf(half, index)
    if (half && hit)
      return {
        m: { ...m, kind: 'resolved', sku: half, candidates: [], confidence: Math.max(m.confidence, 0.8) },
        qty: { qty: 1, unit: hit.product.unit },
      }
  }
  // "1 crate eggs", "ek peti ande", "1 tray ande": trays of 30 eggs, whatever pack the goods were matched to
  if (q.unit && dimensionOf(q.unit) === 'count') {
    const trays = eggTrays(said, count, m, index)
    if (trays) return trays
  }
  // "20 Eier" from 10er packs, "ein Dutzend Eier" from 6er packs: a count that is a whole number of packs
  if (q.unit === null || q.unit === 'dozen' || (q.unit === 'pc' && said !== 'pack-of' && said !== 'pack')) {
    const pieces = q.unit === 'dozen' ? count * 12 : count
    const fit = wholePacks(m.kind === 'ambiguous' ? m.candidates : [m.sku!], index, (size) =>
      size.unit === 'pc' && size.value > 1 ? pieces / size.value : null,
    )
    if (fit)
      return {
        m: { ...m, kind: 'resolved', sku: fit.sku, candidates: [] },
        qty: { qty: fit.packs, unit: 'pack' },
      }
    // "3 Eier", "10 eggs" with only 6-egg packs: that many packs would be six times too much, and guessing a
    // number of packs is the customer's call; the line stays as written (that many packs) and is asked about
    const inPieces = q.unit === null || (q.unit === 'pc' && said === 'pc')
    // "3 anda", "4 eggs" with a 6-egg pack and a 30-egg tray: fewer pieces than the smallest pack holds are pieces
    // of it (as with one pack size: how many packs is asked), never a question of tray or pack
    let one =
      m.kind === 'resolved'
        ? productOf(m.sku, index)
        : inPieces && !q.size
          ? smallestPiecePack(m.candidates, index)
          : undefined
    // (fewer than the smallest pack holds: "7 Eier" from 6er and 10er packs is asked which)
    if (m.kind === 'ambiguous' && one && count < one.size!.value)
      m = { ...m, kind: 'resolved', sku: one.product.sku, candidates: [] }
    else if (m.kind === 'ambiguous') one = undefined
    // "ein 10er Eier", "zwei 6er Eier": the pack named by its size is what is counted
    const packNamed = !!q.size && !!one?.size && packIs(one.size, q.size)
    if (inPieces && !packNamed && one?.size && one.size.unit === 'pc' && one.size.value > 1 && count > 0) {
      const sells = one.product.unit
      return {
        m,
        qty: { qty: count, unit: sells === 'pc' || sells === 'pack' ? sells : 'pc' },
        container: 'pieces-of-pack',
      }
    }
  }
  // "2 Liter Milch" from 1 l and 500 ml packs, "1 kg butter" from 500 g ones: the same for a weight or a volume;
  // an amount no pack size makes exactly ("750 g butter" from 100 g and 500 g) is still asked about
  if (m.kind === 'ambiguous' && q.unit !== null && loose(q.unit) && q.qty !== null && !q.sizeIsVariant) {
    const amount = { value: count, unit: q.unit }
    const fit = wholePacks(m.candidates, index, (size) => {
      const v = dimensionOf(size.unit) === dimensionOf(amount.unit) ? convert(amount, size.unit) : null
      return v === null ? null : v / size.value
    })
    if (fit)
      return {
        m: { ...m, kind: 'resolved', sku: fit.sku, candidates: [], confidence: 0.85 },
        qty: { qty: fit.packs, unit: 'pack' },
      }
  }
  // "1 tray eggs", "2 Kiste Äpfel": the pack word itself may be part of a product's name
  if (
    said &&
    NAMED_PACKS.has(said) &&
    q.unitStart !== undefined &&
    q.unit &&
    dimensionOf(q.unit) === 'count'
  ) {
    const written = rl.text.slice(q.unitStart - rl.start, q.unitEnd! - rl.start)
    // "ek peti ande" finds "Egg Crate 210", "1 bori chawal" a "Rice Sack": any word for the same pack
    let named: MatchResult | null = null
    let hit: ReturnType<typeof productOf> = undefined
    const kin = KINDRED_CONTAINERS.get(said)
    for (const word of [
      written,
      ...(WORDS_OF_MEASURE.get(said) ?? []),
      ...(kin ? (WORDS_OF_MEASURE.get(kin) ?? []) : []),
    ]) {
      const tried = matchItem(`${item} ${word}`, index, { restrict: countable(index) })
      const found = productOf(tried.kind === 'resolved' ? tried.sku : null, index)
      const namedText = found && fold(`${found.product.name} ${found.product.aliases.join(' ')}`)
      // ("onion 1 sack 50 kg" with only a 25 kg sack: a size said that the named pack is not is not that pack)
      const otherSize = !!q.size && !!found?.size && !packIs(found.size, q.size)
      const stemmed = fold(word).replace(/e?s$/, '')
      if (
        found &&
        !otherSize &&
        found.product.sku !== m.sku &&
        namedText!.includes(stemmed) &&
        // "Club-Mate Kiste 20 Flaschen": a pack word after a count in the name says what the pack holds, not
        // what it is ("2 Flaschen Mate" are two bottles)
        !heldInName(found.product.name, stemmed)
      ) {
        named = tried
        hit = found
        break
      }
    }
    if (named && hit) {
      const base = productOf(m.sku, index)
      // "half box": part of a pack of a known size is that much of the loose product
      if (!Number.isInteger(count) && base && loose(base.product.unit) && hit.size) {
        const v = convert({ value: count * hit.size.value, unit: hit.size.unit }, base.product.unit)
        if (v !== null) return { m, qty: { qty: Math.round(v * 1000) / 1000, unit: base.product.unit } }
      }
      // "nen halben Kasten Bier", "half a crate of Mate": part of a pack of so many pieces is that many single
      // ones, when the shop sells them singly
      // ("anderthalb Kästen Pils", "1,5 Kisten Mate": the whole packs, and the half as that many single ones)
      const whole = Math.floor(count)
      if (count > 1 && whole !== count && hit.size?.unit === 'pc' && hit.size.value > 1) {
        const pieces = (count - whole) * hit.size.value
        const one =
          productOf(m.kind === 'resolved' && m.sku !== hit.product.sku ? m.sku : null, index) ??
          productOf(m.kind === 'ambiguous' ? singleAmongMultipacks(m.candidates, index) : null, index)
        if (Number.isInteger(pieces) && one && one.product.unit === 'pc' && !isMultipack(index, one.p))
          return {
            m: { ...named, candidates: [] },
            qty: { qty: whole, unit: hit.product.unit },
            singles: { sku: one.product.sku, qty: pieces },
          }
      }
      if (count < 1 && hit.size?.unit === 'pc' && hit.size.value > 1) {
        const pieces = count * hit.size.value
        const single =
          m.kind === 'resolved'
            ? m.sku
            : m.kind === 'ambiguous'
              ? singleAmongMultipacks(m.candidates, index)
              : null
        const one = productOf(single, index)
        if (Number.isInteger(pieces) && one && one.product.unit === 'pc' && !isMultipack(index, one.p))
          return {
            m: { ...m, kind: 'resolved', sku: one.product.sku, candidates: [] },
            qty: { qty: pieces, unit: 'pc' },
          }
      }
      return { m: { ...named, candidates: [] }, qty: { qty: count, unit: hit.product.unit } }
    }
  }
  const cur = productOf(m.sku, index)
  if (!cur) return { m }
  // "bread 800 gram wala 1", "1 litre wala doodh 2" with only a 400 g bread and a 500 ml milk: a size said with
  // wala names the pack wanted, and one the shop does not have is asked about (with the packs it has), never
  // turned into a weight or another pack
  if (
    q.unit === null &&
    q.sizeIsVariant &&
    q.size &&
    cur.size &&
    dimensionOf(cur.size.unit) === dimensionOf(q.size.unit) &&
    !packIs(cur.size, q.size) &&
    WALA_WORD.test(rl.text)
  ) {
    // (of one size only, the goods are not had in the size said: the shop says so rather than pick its own)
    const sizes = m.candidates.length > 1 ? m.candidates : []
    return {
      m: { ...m, kind: sizes.length > 0 ? 'ambiguous' : 'none', sku: null, candidates: sizes },
      qty: { qty: q.qty ?? 1, unit: cur.product.unit },
    }
  }
  // "Sugar 2 x 10kg", "oil 3 x 5 l" with only a 1 kg pack and a 1 l bottle: so many of a size the shop has no pack
  // of is that much in all (20 kg), as a weight said alone is ("Sugar 5kg"), never two of its 1 kg pack; only when
  // the shop's packs make up the size said: "paneer 3 x 200g" with a 1 kg pack is three of that pack, not 600 g
  if (
    q.unit === null &&
    q.sizeIsVariant &&
    q.size &&
    loose(q.size.unit) &&
    q.qty !== null &&
    Number.isInteger(q.qty) &&
    q.qty >= 1 &&
    cur.size &&
    dimensionOf(cur.size.unit) === dimensionOf(q.size.unit) &&
    !packIs(cur.size, q.size) &&
    packsMakeUp(cur.size, q.size)
  )
    return { m, qty: { qty: q.qty * q.size.value, unit: q.size.unit } }
  // "Mint × 5", "lettuce 2": a bare count of something sold by the kilo, when the shop sells it counted too (a
  // bunch, a packet, a punnet, a head), is a count of that; big containers (box, bag, sack) are not guessed
  if (q.unit === null && !q.size && q.qty !== null && Number.isInteger(q.qty) && loose(cur.product.unit)) {
    // its name is what was said plus a counted form ("mint" → Mint Bunch), or the loose product's own name plus
    // one, whichever of its names was said ("lettuce" for Iceberg Lettuce → Iceberg Lettuce Head, "cilantro" for
    // Coriander → Coriander Bunch)
    const forms: [string, string[]][] = [
      [item, m.queryWords],
      [cur.product.name, queryWords(cur.product.name)],
    ]
    for (const [text, words] of forms) {
      const counted = matchItem(text, index, { restrict: countable(index) })
      const pack = productOf(counted.kind === 'resolved' ? counted.sku : null, index)
      if (pack && countedFormOf(pack.product.name, words))
        return { m: { ...counted, candidates: [] }, qty: { qty: count, unit: pack.product.unit } }
    }
  }
  // "1 paneer", "dahi 2" with paneer weighed out by the kilo and one brand's 200 g pack of it: a bare count of
  // loose goods the shop also sells in one small pack (less than the unit it weighs by) is that many packs, as a
  // shop assistant hands them over; a pack of another kind of the goods ("Cherry Tomato 250 g" for "2 tomato") is
  // not theirs, nor is a bulk pack ("Tomato Box 10 kg")
  if (q.unit === null && !q.size && q.qty !== null && Number.isInteger(q.qty) && loose(cur.product.unit)) {
    // (by the words said, or by the goods the loose product is named for: "curd" of "Dahi" is "Dahi 400 g")
    const small =
      smallPackOf(item, m.queryWords, cur, index) ??
      smallPackOf(
        cur.product.name,
        queryWords(cur.product.name).filter((w) => SIBLINGS.has(w)),
        cur,
        index,
      )
    if (small)
      return {
        m: { ...m, kind: 'resolved', sku: small.product.sku, candidates: [], confidence: 0.8 },
        qty: { qty: count, unit: small.product.unit },
      }
  }
  // "6er Eier": one pack of six when the product is that pack, six pieces of a loose one
  if (said === 'pack-of' && !q.sizeIsVariant && q.size) {
    if (cur.product.unit === 'pack' || (cur.size && cur.size.unit === 'pc'))
      return { m, qty: { qty: 1, unit: cur.product.unit } }
    return { m, qty: { qty: q.size.value, unit: 'pc' } }
  }
  // "2 box tomatoes", "1 head lettuce": a pack word asks for the countable product when the match is loose
  if (
    said &&
    PACK_MEASURES.has(said) &&
    q.unit &&
    dimensionOf(q.unit) === 'count' &&
    loose(cur.product.unit)
  ) {
    // by the words said, or by the loose product's own name ("4 gaddi pudina" → Mint Bunch, named for "Mint")
    let packs = matchItem(item, index, { restrict: countable(index) })
    let pack = productOf(packs.kind === 'resolved' ? packs.sku : null, index)
    // ("2 box tomatoes" with Tomato by the kilo and Tomato Cherry 250g punnet: the punnet is other goods, a kind
    // the customer did not say; only the goods, as said or as the loose product is named, plus pack words and sizes
    // are their pack: "1 Schale Tomaten" is Tomato Box 5 kg)
    if (pack && !packFormOf(pack.product.name, [...m.queryWords, ...queryWords(cur.product.name)]))
      pack = undefined
    // "Lemon 20 pcs", "lemons 12 nos" with loose lemons and Lemon Bag 5 kg: pieces are pieces of the goods, never
    // that many of a bulk pack; only a form counted by the piece (a head, a bunch, "Lemon each") is one
    const inPieces = said === 'pc' || said === 'piece'
    const byThePiece = (p: NonNullable<ReturnType<typeof productOf>>) =>
      p.product.unit === 'pc' && (!p.size || dimensionOf(p.size.unit) === 'count')
    if (pack && inPieces && !byThePiece(pack)) pack = undefined
    // "onion 1 sack 50 kg", "tomato 2 box of 5 kg" with only a 25 kg sack and a 10 kg box: a size said that the
    // shop's pack is not is not that pack (so many of that size of the loose goods, below)
    const otherSize = (p: NonNullable<ReturnType<typeof productOf>>) =>
      !!q.size && !!p.size && dimensionOf(q.size.unit) === dimensionOf(p.size.unit) && !packIs(p.size, q.size)
    if (pack && otherSize(pack)) pack = undefined
    if (!pack) {
      const byName = matchItem(cur.product.name, index, { restrict: countable(index) })
      const found = productOf(byName.kind === 'resolved' ? byName.sku : null, index)
      if (
        found &&
        countedFormOf(found.product.name, queryWords(cur.product.name)) &&
        (!inPieces || byThePiece(found)) &&
        !otherSize(found)
      ) {
        packs = byName
        pack = found
      }
    }
    // "onion red 1 bag", "2 bags red onions" with Onion Red by the kilo and an Onion Bag 10 kg: the colour said is
    // the goods' usual one (the cheapest, as "onion" alone is read), and the shop's bag of the goods holds those; a
    // special colour ("onion white 1 bag") is not in it
    if (!pack) {
      const plain = item
        .split(/\s+/u)
        .filter((w) => !NOTE_WORDS.has(fold(w)))
        .join(' ')
      const usual = plain !== '' && plain !== item ? usualColour(plain, matchItem(plain, index), index) : null
      if (usual?.sku === cur.product.sku) {
        let bare = matchItem(plain, index, { restrict: countable(index) })
        // (of the goods' counted forms, the one that is the goods plus only its pack: not Spring Onion Bunch)
        if (bare.kind === 'ambiguous') {
          const forms = bare.candidates.filter((sku) =>
            packFormOf(productOf(sku, index)?.product.name ?? '', queryWords(plain)),
          )
          if (forms.length === 1) bare = { ...bare, kind: 'resolved', sku: forms[0]!, candidates: [] }
        }
        const found = productOf(bare.kind === 'resolved' ? bare.sku : null, index)
        if (
          found &&
          packFormOf(found.product.name, queryWords(plain)) &&
          (!inPieces || byThePiece(found)) &&
          !otherSize(found)
        ) {
          packs = bare
          pack = found
        }
      }
    }
    // "3 bag potato", "Onions x 2 sacks" with Potato Bag 10 kg and Potato Bag 25 kg: the pack word asks for one of
    // the goods' packs, and which size is the customer's to say (never that many kilos of the loose ones)
    if (!pack && !inPieces && packs.kind === 'ambiguous' && Number.isInteger(count)) {
      const goods = [...m.queryWords, ...queryWords(cur.product.name)]
      const forms = packs.candidates.filter((sku) => {
        const p = productOf(sku, index)
        return !!p && p.product.unit === 'pack' && packFormOf(p.product.name, goods)
      })
      // the ones named with the word said, or a word for the same container, when some are ("2 bags" of bags
      // and boxes)
      const kin = KINDRED_CONTAINERS.get(said)
      const words = [...(WORDS_OF_MEASURE.get(said) ?? []), ...(kin ? (WORDS_OF_MEASURE.get(kin) ?? []) : [])]
      const named = forms.filter((sku) => {
        const name = fold(productOf(sku, index)!.product.name).split(/[^\p{L}]+/u)
        return name.some((w) => words.includes(w))
      })
      let choice = named.length > 0 ? named : forms
      // "2 bags potato 25kg": the size said picks among them (none of that size: read on below)
      if (q.size) {
        const size = q.size
        choice = choice.filter((sku) => {
          const ps = productOf(sku, index)?.size
          return !!ps && packIs(ps, size)
        })
      }
      if (choice.length === 1) {
        const one = productOf(choice[0], index)!
        return {
          m: { ...packs, kind: 'resolved', sku: one.product.sku, candidates: [] },
          qty: { qty: count, unit: 'pack' },
        }
      }
      if (choice.length > 1)
        return {
          m: { ...packs, kind: 'ambiguous', sku: null, candidates: choice },
          qty: { qty: count, unit: 'pack' },
        }
    }
    if (pack) {
      // "half box": part of a pack of a known size is that much of the loose product
      if (
        !Number.isInteger(count) &&
        pack.size &&
        dimensionOf(pack.size.unit) === dimensionOf(cur.product.unit)
      ) {
        const v = convert({ value: count * pack.size.value, unit: pack.size.unit }, cur.product.unit)
        if (v !== null) return { m, qty: { qty: Math.round(v * 1000) / 1000, unit: cur.product.unit } }
      }
      return {
        m: { ...packs, candidates: [] },
        qty: { qty: count, unit: pack.product.unit === 'pc' ? 'pc' : 'pack' },
      }
    }
  }
  // "paneer 200 gm wala" with loose paneer and a 200 g pack of it: "the one of that size" is the pack
  if (!q.sizeIsVariant && q.size && q.unitEnd !== undefined && loose(cur.product.unit)) {
    const after = rl.text.slice(q.unitEnd - rl.start)
    if (ONE_OF_SIZE.test(after)) {
      const sameSize = packsOfSize(index, q.size)
      const packs = sameSize.size > 0 ? matchItem(item, index, { restrict: sameSize, size: q.size }) : null
      const pack = productOf(packs?.kind === 'resolved' ? packs.sku : null, index)
      if (pack && packs) return { m: packs, qty: { qty: 1, unit: pack.product.unit } }
    }
  }
  // "2 5kg tomato", "Potato 4x10kg": a count of packs of a size
  if (q.sizeIsVariant && q.size && q.qty !== null && loose(cur.product.unit)) {
    const size = q.size
    const sameSize = packsOfSize(index, size)
    const packs = sameSize.size > 0 ? matchItem(item, index, { restrict: sameSize, size }) : null
    const pack = productOf(packs?.kind === 'resolved' ? packs.sku : null, index)
    if (pack && packs) return { m: packs, qty: { qty: count, unit: pack.product.unit } }
    if (dimensionOf(size.unit) === dimensionOf(cur.product.unit))
      return { m, qty: { qty: Math.round(count * size.value * 1000) / 1000, unit: size.unit } }
  }
  // "2 Tüten Chips" of "Chips Paprika Tüte 175 g", "1 Schachtel Marlboro" of "Marlboro Red Schachtel": the
  // product is itself one such container, whichever word for it was said; so many of it
  if (
    said &&
    q.unit &&
    !q.size &&
    dimensionOf(q.unit) === 'count' &&
    (cur.product.unit === 'pc' || cur.product.unit === 'pack') &&
    [...(WORDS_OF_MEASURE.get(said) ?? [])].some((w) => nameHasWord(cur.product.sku, w, index))
  )
    return { m, qty: { qty: count, unit: cur.product.unit } }
  // "1 peti tamatar", "2 bori chawal", "ek peti ande" with no such pack in the catalog: what a crate, sack, box,
  // bag or net holds differs by trade and by goods (no convention fixes it, unlike the 30-egg tray above), so the
  // line is that many packs and the customer is asked how much, never given 1 kg or 1 egg; so is a bunch of
  // something sold only by the kilo
  if (
    said &&
    !q.size &&
    q.unit &&
    dimensionOf(q.unit) === 'count' &&
    ((UNSIZED_CONTAINERS.has(said) && (loose(cur.product.unit) || cur.product.unit === 'pc')) ||
      // a bunch or a head of something sold by the kilo ("4 gaddi pudina" with loose mint only) weighs what it weighs
      (UNWEIGHED_FORMS.has(said) && loose(cur.product.unit)))
  )
    return { m, qty: { qty: count, unit: 'pack' }, container: said }
  return { m }
}

/**
 * Of these products, each sold counted and sized by weight or volume, the one whose size is half the biggest's;
 * undefined when there is none, or more than one.
 */
function halfSized(skus: readonly string[], index: CatalogIndex): string | undefined {
  const sized: { sku: string; v: number }[] = []
  let unit: Quantity['unit'] | undefined
  for (const sku of skus) {
    const x = productOf(sku, index)
    if (!x?.size || dimensionOf(x.product.unit) !== 'count' || dimensionOf(x.size.unit) === 'count')
      return undefined
    unit ??= x.size.unit
    const v = convert(x.size, unit)
    if (v === null) return undefined
    sized.push({ sku, v })
  }
  const max = Math.max(...sized.map((s) => s.v))
  const halves = sized.filter((s) => Math.abs(s.v * 2 - max) < 1e-9)
  return halves.length === 1 ? halves[0]!.sku : undefined
}

/**
 * The one biggest of these products when each is a pack sized by weight or volume, all of one dimension; undefined
 * when one is not, or two are the biggest.
 */
function biggestPack(skus: readonly string[], index: CatalogIndex): string | undefined {
  let best: { sku: string; v: number } | undefined
  let tie = false
  let unit: Quantity['unit'] | undefined
  for (const sku of skus) {
    const x = productOf(sku, index)
    const size = x?.product.unit === 'pack' ? x.size : null
    if (!size || dimensionOf(size.unit) === 'count') return undefined
    unit ??= size.unit
    const v = convert(size, unit)
    if (v === null) return undefined
    if (!best || v > best.v) [best, tie] = [{ sku, v }, false]
    else if (v === best.v) tie = true
  }
  return tie ? undefined : best?.sku
}

/**
 * When every product asked about is a pack the amount can be made of (`packs` gives how many of a pack size make
 * it, or null for a size that cannot), the biggest pack that makes it a whole number of times, and how many; the
 * first listed among equal sizes. Null when none does, or when one of them is not such a pack.
 */
function wholePacks(
  skus: readonly string[],
  index: CatalogIndex,
  packs: (size: Quantity) => number | null,
): { sku: string; packs: number } | null {
  let best: { sku: string; packs: number } | null = null
  let tie = false
  for (const sku of skus) {
    const x = productOf(sku, index)
    const n = x?.product.unit === 'pack' && x.size ? packs(x.size) : null
    if (n === null) return null
    const whole = Math.round(n)
    if (whole < 1 || Math.abs(n - whole) >= 1e-9) continue
    if (best === null || whole < best.packs) [best, tie] = [{ sku, packs: whole }, false]
    else if (whole === best.packs) tie = true
  }
  // two of the same size ("1L fortune oil": sunflower and mustard, both 1 l) differ in what they are, not in
  // their pack: the customer is asked
  return tie ? null : best
}

/** Whether a name counts the pack word as what it holds: "Kiste 20 Flaschen", "Tray of 30 eggs", "6 x Dose". */
function heldInName(name: string, word: string): boolean {
  const folded = fold(name)
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1))
    if (/\d\s*(?:x\s*)?$/.test(folded.slice(Math.max(0, at - 8), at))) return true
  return false
}

/** A name that says it holds several of something: "4 x 100 g", "pack of 3", "(6 pcs)", "3+1", "combo". */
const MULTIPACK =
  /(?<![\p{L}\d])(?:\d+\s*[x×]\s*\d|pack of \d+|\d+\s*(?:pcs|pieces|bars|nos|stück|stueck|stk|er[- ]?pack|pack|packs|n)(?![\p{L}])|\d+\s*\+\s*\d+|combo|multi[- ]?pack|value pack|family pack|saver pack|buy \d+ get)/iu

/** Per index, per product: 1 a multi-pack by its name, 0 not, -1 not looked at yet (the test is a long regex). */
const multipacks = new WeakMap<CatalogIndex, Int8Array>()
function isMultipack(index: CatalogIndex, p: number): boolean {
  let known = multipacks.get(index)
  if (!known) {
    known = new Int8Array(index.products.length).fill(-1)
    multipacks.set(index, known)
  }
  // "Club-Mate Kiste 20 Flaschen", "Eier 10er": a size in pieces of more than one is a pack of them whatever the
  // name calls it
  const size = index.sizes[p]
  if (known[p] === -1)
    known[p] = (size?.unit === 'pc' && size.value > 1) || MULTIPACK.test(index.products[p]!.name) ? 1 : 0
  return known[p] === 1
}

/** The one single-unit product when every other candidate is a multi-pack, else null. */
function singleAmongMultipacks(candidates: string[], index: CatalogIndex): string | null {
  if (candidates.length < 2) return null
  const singles = candidates.filter((sku) => {
    const p = index.bySku.get(sku)
    return p !== undefined && !isMultipack(index, p)
  })
  return singles.length === 1 ? singles[0]! : null
}

/** A note in brackets right after the line ("2 Gläser Marmelade (Kirsch)"). */
const NOTE_AFTER = new RegExp(String.raw`^[^\S\n]*${BRACKET_NOTE.source}`, 'u')

// Hindi says "each" by saying the number twice: "ek ek kilo", "do-do packet", "2-2 kilo"
const EACH =
  /(?<![\p{L}])(?:je|jeweils|each|har ek|harek|dono|donon|beide|both)(?![\p{L}])|(?<![\p{L}\p{N}])(ek|do|teen|char|chaar|paanch|\d+)(?:\s+|-)\1(?![\p{L}\p{N}])/u

/**
 * "Äpfel und Birnen 2 kg", "2 kg Äpfel und Birnen", "Kartoffeln, Zwiebeln 1 kg": one weight or volume said once
 * for a list of goods that are all sold by weight is each one's, as a shop assistant weighs it out (how the weight
 * was to be shared is no one's guess, and a piece of something sold by the kilo is no amount); the cart shows it.
 * Goods counted by the piece beside it keep their own amount ("Brot und Käse 500 g": one loaf, 500 g of cheese).
 */
const AND_WORDS = new Set(['und', 'and', '&', '+', 'aur'])
function sharedWeight(lines: ReadLine[], index: CatalogIndex): ReadLine[] {
  let out = lines
  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!
    const q = src.quantity
    if (!src.hasQuantity || q.qty === null || q.unit === null || dimensionOf(q.unit) === 'count') continue
    const bare = (k: number) =>
      lines[k]?.lineNo === src.lineNo && !lines[k]!.hasQuantity && lines[k]!.money === null
    // said after the last of the goods just before it with no amount ("2 Brot, Äpfel und Birnen 2 kg"), or before
    // the first of goods joined by "und" after it ("2 kg tomatoes, only the red ones" says which tomatoes)
    const same: number[] = []
    if ((q.qtyStart ?? src.start) >= src.itemEnd) for (let k = i - 1; bare(k); k--) same.push(k)
    else if ((q.qtyEnd ?? src.end) <= src.itemStart)
      for (let k = i + 1; bare(k) && AND_WORDS.has(lines[k]!.sep); k++) same.push(k)
    if (same.length === 0) continue
    const weighed = (item: string) => {
      const m = matchItem(item, index)
      const sku = m.kind === 'resolved' ? m.sku : null
      const p = sku === null ? undefined : index.bySku.get(sku)
      return p !== undefined && loose(index.products[p]!.unit)
    }
    if (!weighed(src.item)) continue
    for (const k of same)
      if (weighed(lines[k]!.item)) {
        if (out === lines) out = lines.slice()
        out[k] = { ...lines[k]!, quantity: q, hasQuantity: true }
      }
  }
  return out
}

/**
 * "Brezeln und Laugenstangen je 3", "je 1 kg Äpfel und Birnen", "onions and potatoes 2 kg each": the one
 * quantity of a line said "each" goes to every item of that line written without one.
 */
function distribute(lines: ReadLine[]): ReadLine[] {
  const out = lines
  for (let i = 0; i < out.length; i++) {
    const src = out[i]!
    // the words are plain ASCII, so lower case is enough (no folding on every line)
    if (!src.hasQuantity || !EACH.test(src.text.toLowerCase())) continue
    // "5kg each": the "each" says whose the weight is; it is not one piece of a 5 kg pack
    const q = src.quantity
    const quantity =
      q.qty === 1 && q.unit === 'pc' && q.sizeIsVariant && q.size && /\beach\b/i.test(src.text)
        ? { ...q, qty: q.size.value, unit: q.size.unit, sizeIsVariant: false }
        : q
    if (quantity !== q) out[i] = { ...src, quantity }
    for (let k = 0; k < out.length; k++) {
      const l = out[k]!
      if (l.lineNo === src.lineNo && !l.hasQuantity && k !== i) out[k] = { ...l, quantity, hasQuantity: true }
    }
  }
  return out
}

/**
 * "Peppers red and green 1kg each", "onions red, brown", "red and green capsicum": kinds said one after another
 * (colour, ripeness, origin: NOTE_WORDS) share the noun said once beside the first or the last of them, so each
 * is a line of that noun ("Peppers green", not any green thing: a green chilli). Only when the noun and the kind
 * name something together and the kind alone names no one product. A kind with a weight of its own after goods said
 * plain is those goods of that kind ("Tomato 1 box + 5 kg loose").
 */
function varietiesOfOneNoun(lines: ReadLine[], index: CatalogIndex): ReadLine[] {
  const out = lines
  const split = (item: string) => item.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  const isKind = (w: string) => NOTE_WORDS.has(fold(w).replace(/[^\p{L}-]/gu, ''))
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!
    const b = out[k]!
    if (a.lineNo !== b.lineNo || !(AND_SEPS.has(b.sep) || b.sep === ',' || b.sep === '/')) continue
    const wa = split(a.item)
    const wb = split(b.item)
    if (wa.length === 0 || wb.length === 0) continue
    if (wb.every(isKind) && !wa.every(isKind)) {
      // the noun first, its kinds after it: "Peppers red and green"
      let t = wa.length
      while (t > 0 && isKind(wa[t - 1]!)) t--
      // ("Tomato 1 box + 5 kg loose", "Onion 5 kg, 2 kg white": a kind with a weight of its own after the goods
      // is more of the goods, of that kind; "a burger and 2 large" counts other things)
      const weighed = b.hasQuantity && b.quantity.unit !== null && dimensionOf(b.quantity.unit) !== 'count'
      if ((t === wa.length && !weighed) || t === 0) continue
      const item = `${wa.slice(0, t).join(' ')} ${wb.join(' ')}`
      // (the kind alone may name a product, "loose" Coriander Loose: the goods of that kind, named surely, win)
      const plain = t === wa.length
      if (plain ? matchItem(item, index).kind === 'resolved' : sharesNoun(b.item, item, index))
        out[k] = { ...b, item }
    } else if (wa.every(isKind) && !wb.every(isKind)) {
      // the kinds first, the noun after the last: "red and green peppers"
      let t = 0
      while (t < wb.length && isKind(wb[t]!)) t++
      if (t === 0) continue
      const item = `${wa.join(' ')} ${wb.slice(t).join(' ')}`
      if (sharesNoun(a.item, item, index)) out[k - 1] = { ...a, item }
    }
  }
  return out
}

/** The kind with the noun names something, and the kind alone names no one product surely. */
function sharesNoun(kind: string, withNoun: string, index: CatalogIndex): boolean {
  const alone = matchItem(kind, index)
  if (alone.kind === 'resolved' && alone.confidence >= 0.9) return false
  return matchItem(withNoun, index).kind !== 'none'
}

function badQuantity(rl: ReadLine): string | null {
  const q = rl.quantity
  if (!rl.hasQuantity || q.qty === null) return null
  if (q.negative) return 'negative quantity'
  if (!Number.isFinite(q.qty)) return 'unreadable quantity'
  if (q.qty === 0) return 'zero quantity'
  if (q.qty < 0) return 'negative quantity'
  return null
}

function tooLarge(qty: number, unit: Unit): string | null {
  if (qty > MAX_QTY[unit]) return `quantity too large (${qty} ${unit}, at most ${MAX_QTY[unit]})`
  return null
}

/** The quantity in the line's unit (see docs/understanding.md, "Quantity semantics"). */
function lineQuantity(rl: ReadLine, m: MatchResult, index: CatalogIndex): { qty: number; unit: Unit } {
  const q = rl.quantity
  const sku = m.sku ?? m.candidates[0]
  const p = sku !== undefined ? index.bySku.get(sku) : undefined
  const product = p !== undefined ? index.products[p] : undefined
  const packSize = p !== undefined ? index.sizes[p] : null
  const sellUnit: Unit = product?.unit ?? 'pc'
  const countUnit: Unit = sellUnit === 'pc' || sellUnit === 'pack' ? sellUnit : 'pc'
  // "50 rs ka tamatar", "dhaniya 20 rupees": a kirana habit of ordering by value. With no quantity said, the
  // amount buys what it buys at the shop's price (loose goods by weight, packs and pieces whole, at least one).
  if (!rl.hasQuantity && rl.money !== null && product && product.price > 0) {
    const worth = (rl.money * 100) / product.price
    if (sellUnit === 'pc' || sellUnit === 'pack')
      return { qty: Math.max(1, Math.floor(worth + 1e-9)), unit: sellUnit }
    return { qty: Math.round(worth * 1000) / 1000, unit: sellUnit }
  }
  const qty = q.qty ?? 1
  if (q.unit === null) {
    // "tamatar 500", "250 moong", "100 mirchi": a bare number of a hundred or more of goods sold by weight or
    // volume is grams or millilitres, never 500 kg; of a pack sold by weight, those grams in whole packs ("250 chai
    // patti" is one 250 g pack, "500 chai patti" two)
    if (qty >= 100 && Number.isInteger(qty) && !q.size) {
      if (sellUnit === 'kg') return { qty, unit: 'g' }
      if (sellUnit === 'l') return { qty, unit: 'ml' }
      if (
        packSize &&
        (sellUnit === 'pack' || sellUnit === 'pc') &&
        (packSize.unit === 'g' || packSize.unit === 'ml')
      ) {
        const packs = qty / packSize.value
        if (Number.isInteger(packs) && packs >= 1) return { qty: packs, unit: sellUnit }
      }
    }
    return { qty, unit: countUnit }
  }
  if (dimensionOf(q.unit) === 'count') {
    if (q.unit === 'dozen') return { qty, unit: 'dozen' }
    // bottle, box, jar, packet: the product's own count unit
    return { qty, unit: countUnit }
  }
  // A weight or volume with no separate count: the pack size itself picks a packed product ("amul butter 500g").
  if (!q.sizeIsVariant && packSize && (sellUnit === 'pc' || sellUnit === 'pack') && q.size) {
    if (packIs(packSize, q.size)) return { qty: 1, unit: sellUnit }
  }
  if (q.sizeIsVariant) return { qty, unit: countUnit }
  return { qty, unit: q.unit }
}

/**
 * Splits "milk bread eggs" into two or more pieces that are each exactly a product name or alias (in Devanagari,
 * or one word that surely is one); one piece when
 * they all name the same product ("pizza pie"); else null.
 */
function segmentItems(
  item: string,
  index: CatalogIndex,
  loose = false,
): { text: string; match: MatchResult }[] | null {
  const ws = item.split(/\s+/).filter(Boolean)
  if (ws.length < 2 || ws.length > 6) return null
  const memo = new Map<string, MatchResult>()
  const look = (a: number, b: number): MatchResult => {
    const key = `${a}:${b}`
    let m = memo.get(key)
    if (!m) {
      m = matchItem(ws.slice(a, b).join(' '), index, { loose })
      memo.set(key, m)
    }
    return m
  }
  // fewest pieces that all resolve (dynamic programming over word positions)
  const best: ({ pieces: [number, number][] } | null)[] = [{ pieces: [] }]
  for (let b = 1; b <= ws.length; b++) {
    best[b] = null
    for (let a = 0; a < b; a++) {
      const prev = best[a]
      if (!prev || (a === 0 && b === ws.length)) continue
      const m = look(a, b)
      // a name or alias as written; in Devanagari, whose readings are never spelt as the catalog spells, one
      // word that surely is one by its sound or the dictionary ("aaloo pyaaj tamaatar", "gaajar matar")
      if (m.kind !== 'resolved' || m.confidence < (loose && b - a === 1 ? 0.95 : 0.97)) continue
      if (!best[b] || prev.pieces.length + 1 < best[b]!.pieces.length)
        best[b] = { pieces: [...prev.pieces, [a, b]] }
    }
  }
  const found = best[ws.length]
  if (!found || found.pieces.length < 2) return null
  // "pizza pie", "doodh milk": pieces that name the same product are one item said twice, not a list
  const skus = new Set(found.pieces.map(([a, b]) => look(a, b).sku))
  if (skus.size === 1) return [{ text: ws.join(' '), match: look(found.pieces[0]![0], found.pieces[0]![1]) }]
  if (skus.size < found.pieces.length) return null
  return found.pieces.map(([a, b]) => ({ text: ws.slice(a, b).join(' '), match: look(a, b) }))
}

/** A whole line of product p taken out, as said in `text` ("doch kein Brot", "ohne Brote bitte"). */
function removal(index: CatalogIndex, p: number, text: string): OrderLine {
  return {
    sku: index.products[p]!.sku,
    candidates: [],
    qty: 1,
    unit: index.products[p]!.unit,
    text,
    confidence: 0.8,
    op: 'remove',
    item: undefined,
    counted: undefined,
    container: undefined,
    qtyOf: undefined,
    vague: undefined,
    scale: undefined,
  }
}
