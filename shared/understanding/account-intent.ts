// Two customer requests that are about the customer's own history rather than the catalog: "what do I owe"
// (the khata) and "the same as last time" (repeat the last order). Kept apart from intent.ts so the order
// reader stays unchanged; the conversation asks this first when a message orders nothing.
//
// Both are read by concepts, not phrases: a message is about the khata when it names the ledger (khata,
// hisaab, balance, Kontostand...) or asks what is owed (owe, schuldig, kitna baaki); it asks for a repeat
// when it combines "same/again/like" with "last/previous", or says "the usual". Word lists hold words of a
// concept in en / Hinglish / de / Devanagari, so new wordings of the same idea work without new rules.
import type { Language } from './intent'

export type AccountIntent = {
  kind: 'khata' | 'repeat'
  language: Language | null
  /**
   * A repeat with changes ("same as last time but tomato 10 kg", "wie letztes Mal, aber nur 1 Brot", "pichli baar
   * wala, bas aloo 2 kilo"): goods of the last order said again set their amount instead of adding to it.
   */
  amends?: boolean
}

type Lang = Exclude<Language, 'en'> | 'en'
const w = (lang: Lang, ...words: string[]) => words.map((x) => [x, lang] as const)

/** Naming the ledger itself: enough on its own. */
const LEDGER = new Map<string, Lang>([
  ...w('en', 'balance', 'ledger', 'khata', 'khaata', 'outstanding', 'statement'),
  ...w(
    'hi',
    'hisaab',
    'hisab',
    'hissab',
    'hisaabkitaab',
    'udhaar',
    'udhar',
    'udhaari',
    'udhari',
    'bakaya',
    'bakaaya',
    'khate',
    'khaate',
  ),
  ...w('hi', 'खाता', 'हिसाब', 'उधार', 'बकाया', 'उधारी'),
  ...w(
    'de',
    'kontostand',
    'saldo',
    'anschreibekonto',
    'anschreiben',
    'angeschrieben',
    'schulden',
    'offenen',
    'offener',
  ),
])
/** Owing: a question about it ("how much do I owe", "wie viel bin ich schuldig"). */
const OWE = new Map<string, Lang>([
  ...w('en', 'owe', 'owed', 'owing', 'dues'),
  ...w('de', 'schulde', 'schuldig', 'schuldet', 'schuldest'),
])
/** Remaining / due: only with a question or "my" ("kitna baaki hai", "mera baki", "how much is due"). */
const REMAINING = new Map<string, Lang>([
  ...w('en', 'due', 'pending'),
  ...w('hi', 'baaki', 'baki', 'baakee', 'बाकी', 'बाक़ी'),
  ...w('de', 'offen'),
])
const ASKING = new Map<string, Lang>([
  ...w('en', 'how', 'much', 'what', 'my', 'mine', 'check', 'show', 'send', 'tell'),
  ...w(
    'hi',
    'kitna',
    'kitne',
    'kitni',
    'mera',
    'meri',
    'mere',
    'batao',
    'bataiye',
    'bataye',
    'bata',
    'bhejo',
    'dikhao',
    'कितना',
    'मेरा',
    'मेरी',
  ),
  ...w('de', 'wie', 'viel', 'wieviel', 'was', 'mein', 'meine', 'ist', 'noch', 'zeigen'),
])

/** "same", "again", "usual": the customer wants what they had. */
const SAME = new Map<string, Lang>([
  ...w('en', 'same', 'again', 'repeat', 'usual'),
  ...w(
    'hi',
    'wahi',
    'vahi',
    'wohi',
    'vohi',
    'wahin',
    'dobara',
    'dubara',
    'phirse',
    'wala',
    'wali',
    'wale',
    'वही',
    'दोबारा',
  ),
  ...w(
    'de',
    'gleiche',
    'gleichen',
    'dasselbe',
    'dieselbe',
    'selbe',
    'selben',
    'nochmal',
    'nochmals',
    'wieder',
    'wiederholen',
    'üblich',
    'ublich',
  ),
])
/** The order itself, named: with it, the sameness is the goods' ("same order, same address"). */
const ORDER_WORDS = new Set(['order', 'orders', 'bestellung', 'saman', 'samaan', 'सामान', 'ऑर्डर'])
/** Hindi's "-wala" (the one that is …): it names which goods as often as the same ones again. */
const WALA = new Set(['wala', 'wali', 'wale'])
/** Comparing with the past: "like last time", "jaisa pichli baar", "wie letztes Mal". */
const LIKE = new Map<string, Lang>([
  ...w('en', 'like', 'as'),
  ...w('hi', 'jaisa', 'jaise', 'jaisi', 'jo', 'जैसा', 'जो'),
  ...w('de', 'wie'),
])
/** The previous time / order. */
const PREVIOUS = new Map<string, Lang>([
  ...w('en', 'last', 'previous', 'before', 'prior', 'earlier', 'yesterday'),
  ...w(
    'hi',
    'pichli',
    'pichhli',
    'pichla',
    'pichhla',
    'pichle',
    'pichhle',
    'pehle',
    'pahle',
    'पिछली',
    'पिछला',
    'पिछले',
    'पहले',
  ),
  ...w(
    'de',
    'letzte',
    'letztes',
    'letzten',
    'letztens',
    'vorige',
    'voriges',
    'vorigen',
    'vorher',
    'damals',
    'gestern',
    'immer',
  ),
])
/** "the usual" / "wie immer" / "hamesha wala": the customer's regular order, named in one word. */
const USUAL = new Map<string, Lang>([
  ...w('en', 'usual'),
  ...w('hi', 'hamesha', 'hamesa', 'roz'),
  ...w('de', 'immer', 'üblich', 'ublich', 'gewohnt'),
])

/**
 * What else than the goods can be "the same as last time": where to, how to pay, when. Said right beside the words
 * of sameness ("address same as last time", "same address as before", "pata wahi pichli baar wala", "gleiche
 * Adresse wie letztes Mal", "payment same as last time"), that is what is meant, not the order again.
 */
const NOT_THE_GOODS = new Set([
  ...'address addr adress adres location flat gate building payment pay paid paying mode method upi cash card timing timings slot'.split(
    ' ',
  ),
  ...'pata jagah jagha makaan makan payment bhugtan samay waqt'.split(' '),
  ...'adresse anschrift wohnung ort zahlung bezahlung zahlungsart bezahlen uhrzeit zeit'.split(' '),
  ...'पता जगह पेमेंट समय'.split(' '),
])

/** Words that turn what follows into a change of the order repeated: "but", "only", "aber", "nur", "bas", "sirf". */
const AMENDING = new Set([
  // (two words are also looked for joined: "this time" as thistime)
  ...'but except only just instead however thistime'.split(' '),
  ...'lekin magar bas bus sirf balki'.split(' '),
  ...'aber nur diesmal diesesmal statt stattdessen ausser außer'.split(' '),
])
/**
 * Words that make a line an amount on top of what is there: "2 kg more tomato", "noch 1 Brot", "aur 1 kilo", "von
 * den Brötchen nochmal 2", "2 Brezeln dazu".
 */
const MORE = new Set(
  'more extra additional another plus aur zyada jyada aadhik adhik noch mehr zusätzlich zusatzlich weitere nochmal nochmals dazu'.split(
    ' ',
  ),
)

/** Whether a line of a repeat adds to the goods rather than setting them ("2 kg more tomato", "noch 1 Brot"). */
export function addsMore(lineText: string): boolean {
  return words(lineText).some((x) => MORE.has(x))
}

/**
 * Words that put goods on top of an order already sent: "also add 2 maggi", "pls add 1 bread to my order", "forgot
 * eggs, 6 pls", "and 2 lays", "1 more thing - tata salt", "ek maggi aur bhi", "2 bread bhi daal dena", "noch 2 Brezeln
 * dazu". Said with no such word, goods after an order start a new cart.
 */
export function addsToOrder(text: string): boolean {
  const w = words(text)
  if (w[0] === 'and' || w[0] === 'plus' || w[0] === 'und') return true
  return w.some((x, i) => ADDING.has(x) || (x === 'one' && w[i + 1] === 'more' && w[i + 2] === 'thing'))
}
const ADDING = new Set(
  'also add adding addon forgot forget forgotten aswell too bhi dalna daalna dalo daalo dazu ausserdem außerdem auch vergessen'.split(
    ' ',
  ),
)

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((x) => (/^[\p{Script=Latin}\d]+$/u.test(x) ? x.normalize('NFC') : x))
}

function languageOf(hits: Lang[]): Language | null {
  const hi = hits.filter((l) => l === 'hi').length
  const de = hits.filter((l) => l === 'de').length
  if (hi === 0 && de === 0) return null
  return hi >= de ? 'hi' : 'de'
}

/** Null unless the message asks for the customer's khata or for their last order again. */
export function detectAccountIntent(text: string): AccountIntent | null {
  if (text.length > 300) return null
  const ws = words(text)
  if (ws.length === 0 || ws.length > 14) return null
  // Joined pairs people type both ways ("phir se" / "phirse", "hisaab kitaab").
  const joined = ws.slice(1).map((x, i) => ws[i]! + x)
  const all = [...ws, ...joined]
  const hits = (m: Map<string, Lang>) => all.filter((x) => m.has(x)).map((x) => m.get(x)!)

  const same = hits(SAME)
  const like = hits(LIKE)
  const previous = hits(PREVIOUS)
  const usual = hits(USUAL)
  const repeatHits = [...same, ...like, ...previous, ...usual]
  // "wie immer: 2 Brote", "like last week 4 croissants": "as before" with the goods counted out is how often,
  // not what; the goods are the order ("same as last time" still repeats it)
  const counted = /\d/.test(text)
  // ("address same as last time": the sameness is of what stands right beside it, not of the order)
  // ("address same as last time", "pata wahi", "payment like before": the thing, then its sameness; "same address",
  // "gleiche Adresse", "pichli baar wala pata": the word of sameness right before it. "same as before, pay upi"
  // is still the order again.)
  const sameOfOther = ws.some(
    (x, i) =>
      NOT_THE_GOODS.has(x) &&
      (ws.slice(i + 1, i + 3).some((y) => SAME.has(y) || LIKE.has(y) || PREVIOUS.has(y)) ||
        (i > 0 && SAME.has(ws[i - 1]!))),
  )
  const ofTheGoods = !sameOfOther || ws.some((x) => ORDER_WORDS.has(x))
  const amends = all.some((x) => AMENDING.has(x))
  const repeat = (): AccountIntent => ({
    kind: 'repeat',
    language: languageOf(repeatHits),
    ...(amends ? { amends } : {}),
  })
  if (ofTheGoods && same.length > 0 && previous.length > 0) return repeat()
  // ("wie letztes Mal, aber nur 1 kg Tomaten": the counted goods after a but are the change to it)
  if (
    ofTheGoods &&
    like.length > 0 &&
    previous.length > 0 &&
    (amends ? ws.length <= 12 : ws.length <= 8 && !counted)
  )
    return repeat()
  if (ofTheGoods && usual.length > 0 && ws.length <= 5 && !counted) return repeat()
  // "same again", "repeat order", "wahi order dobara"
  // ("doodh amul wala aur dahi 1 kilo wala": "wala" says which goods, as often as it says the same again, so two of
  // it alone are no repeat)
  if (
    ofTheGoods &&
    ((same.length >= 2 && all.some((x) => SAME.has(x) && !WALA.has(x))) ||
      (same.length > 0 && all.some((x) => ['order', 'bestellung', 'saman', 'samaan'].includes(x)))) &&
    !all.some((x) => ['cancel', 'status', 'where', 'kahan', 'wo', 'stornieren'].includes(x))
  )
    return repeat()

  const ledger = hits(LEDGER)
  const owe = hits(OWE)
  const remaining = hits(REMAINING)
  const asking = hits(ASKING)
  const ledgerHits = [...ledger, ...owe, ...remaining, ...asking]
  if (ledger.length > 0 || owe.length > 0) return { kind: 'khata', language: languageOf(ledgerHits) }
  // ("wie lange habt ihr heute offen?", "hat der Laden sonntags offen?": the shop being open is its hours, not
  // money still open)
  if (remaining.length > 0 && asking.length > 0 && !ws.some((x) => SHOP_IS_OPEN.has(x)))
    return { kind: 'khata', language: languageOf(ledgerHits) }
  return null
}

/** German words that make "offen" the shop's being open: the shop as the one who has it open, or a time. */
const SHOP_IS_OPEN: ReadonlySet<string> = new Set(
  [
    ...'ihr habt hat seid laden lange geschäft geschaeft hofladen bäckerei baeckerei uhr heute morgen'.split(
      ' ',
    ),
    ...'feiertag feiertags wochenende montags dienstags mittwochs donnerstags freitags samstags sonntags'.split(
      ' ',
    ),
    ...'montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '),
  ].map((x) => x.normalize('NFC')),
)
