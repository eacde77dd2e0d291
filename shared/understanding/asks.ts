// How the customer can pay ("can I pay by UPI?", "gpay chalega?", "kann ich mit Karte zahlen?"): a question
// about the order rather than about goods, read from its shape (a verb or question of paying with the means
// of payment), in English, Hinglish and German (folded). What the order comes to is a status question
// (intent.ts).
import { hasDevanagari, transliterate } from './devanagari'
import { fold } from './text'

const PAY_WORDS = String.raw`(?:upi|gpay|google pay|phonepe|phone pe|paytm|bhim|card|credit card|debit card|cash|online|net ?banking|bank transfer|qr|scan|paypal|ec[- ]?karte|girokarte|karte|bargeld|uberweisung|kreditkarte)`

const HOW_TO_PAY = new RegExp(
  [
    // English: "can I pay by upi", "do you take card", "is cash ok", "how do I pay", "payment options?"
    String.raw`\b(?:(?:can|could|may) (?:i|we) pay|how (?:do|can|should) (?:i|we) pay|how to pay|pay (?:by|with|via|through|using|in|on) ${PAY_WORDS}|(?:do|can) you (?:take|accept|have) ${PAY_WORDS}|(?:is|will) ${PAY_WORDS} (?:ok|okay|fine|possible|accepted|work)|payment (?:options?|methods?|modes?)|${PAY_WORDS} (?:on|at) delivery|cod\b|cash on delivery|(?:send|share) (?:your |the )?(?:upi|qr|payment link|account))`,
    // Hinglish: "payment kaise karu", "upi chalega?", "gpay kar du?", "paise kaise bheju"
    String.raw`\b(?:payment kaise|paise kaise|pay kaise|kaise pay|${PAY_WORDS} (?:chalega|chalta hai|le lete|lete ho|loge|kar (?:du|doon|dun|sakte)|se (?:de|du|doon|dunga|pay))|upi (?:id|number) (?:do|bhejo|batao|dedo))`,
    // German: "kann ich mit Karte zahlen", "nehmt ihr PayPal", "wie kann ich bezahlen"
    String.raw`\b(?:kann (?:ich|man) (?:(?:mit |per |in )?${PAY_WORDS} |bar )?(?:be)?zahlen|wie (?:kann|soll) (?:ich|man) (?:be)?zahlen|(?:nehmt|nehmen) (?:ihr|sie) ${PAY_WORDS}|zahlung (?:mit|per) ${PAY_WORDS}|${PAY_WORDS} (?:moglich|ok))`,
  ].join('|'),
  'u',
)

/** Words that name a way of paying or paying itself ("upi", "gpay", "payment", "paise", "scanner"). */
const MEANS = new Set([
  ...'upi gpay googlepay phonepe paytm bhim card cash cod online netbanking qr scanner paypal karte bargeld'.split(
    ' ',
  ),
  ...'payment pay paise paisa transfer swipe account bank kreditkarte girokarte zahlung bezahlen zahlen zahle bezahle'.split(
    ' ',
  ),
  // as Devanagari comes back in Latin letters: "पेमेंट" pement, "कैश" kaish, "यूपीआई" yoopeeaai, "नकद" nakad
  ...'pement kaish kaard yoopeeaai onlaain phonpe peteeem jeepe kyooaar skainar nakad bhugtaan'.split(' '),
])
/** The details a customer asks for to pay ("upi id", "gpay number", "bank details", "qr code"). */
const DETAILS = new Set('id number no num details detail code link scanner qr'.split(' '))
/** A question about it: question words, "accepted?", "chalega", "hoga", "ok?", "possible". */
const ASKING = new Set([
  ...'kya kaise kaisa kaisi how what whats which where mode method methods option options tarika accepted accept'.split(
    ' ',
  ),
  ...'available chalega chalta chalti hoga hogi sakte sakta sakti ok okay possible allowed machine geht moglich wie'.split(
    ' ',
  ),
])
/** Asking for the details: "bhejo", "send", "share", "batao", "please". */
const REQUESTING = new Set(
  'bhejo bhejiye bhejna send share batao bata dedo dijiye please pls plz chahiye schick schicken'.split(' '),
)
/** Paying said as what the customer will do: "gpay kar du?", "cash dunga", "online bhej du", "I will pay by card". */
const WILL_PAY = new Set(
  // with the spellings Devanagari comes back as ("करूंगा" karoonga, "दूंगा" doonga, "भेजूँ" bhejoon)
  'du dun doon dunga dungi karu karun karunga karungi bheju bhejun bhejunga will karoon karoonga karoongi doonga doongi bhejoon bhejoonga'.split(
    ' ',
  ),
)
/** Paying already done: "payment kar diya", "paid by gpay", "gpay done". That is news, not a question. */
const DONE = new Set(
  'diya di kiya kar_diya done paid sent gaya gezahlt bezahlt uberwiesen received'.split(' '),
)

/**
 * The customer asks how the order can be paid, read by its grammar: a word for a way of paying (or paying
 * itself) with a word that asks about it ("paytm accepted?", "online payment kar sakte hai?", "Gpay?"), asks for
 * its details ("upi id kya hai", "google pay number bhejo", "bank details bhejo") or offers to pay that way
 * ("gpay kar du?", "cash dunga"); not when it says the paying is done ("payment kar diya"). Short messages only:
 * a long one that mentions paying is about something else, and the phrase forms below still read it.
 */
export function asksHowToPay(text: string): boolean {
  // "पेमेंट गूगल पे से कर सकते हैं?": Devanagari is read as the Hinglish it spells
  const folded = fold(hasDevanagari(text) ? transliterate(text) : text).replace(/\s+/g, ' ')
  if (HOW_TO_PAY.test(folded)) return true
  const words = payWords(folded)
  if (words.length === 0 || words.length > 10) return false
  const at = words.findIndex((w) => MEANS.has(w))
  if (at < 0 || words.some((w) => DONE.has(w))) return false
  // "cash", "by gpay pls", "upi se", "mit Karte bitte": a way of paying said on its own is the customer's choice
  // of it, which the shop's ways of taking payment answer
  if (words.every((w) => (MEANS.has(w) && ASKED_KIND[w] !== undefined) || BESIDE_MEANS.has(w))) return true
  // German asks with the verb first, mark or no mark: "kann ich auch bar zahlen", "nehmt ihr Karte"
  const question = /\?\s*$/.test(text) || VERB_FIRST_DE.test(folded)
  const rest = words.filter((_, i) => i !== at)
  return (
    question ||
    rest.some((w) => ASKING.has(w) || REQUESTING.has(w) || WILL_PAY.has(w)) ||
    DETAILS.has(words[at + 1] ?? '')
  )
}

/** A German question's verb first: "kann ich …", "können wir …", "darf man …", "nehmt ihr …", "geht auch …". */
const VERB_FIRST_DE =
  /^\s*(?:(?:hallo|hi|moin|servus|und|noch was|ach|ah|frage)[\s,:!]+)*(?:kann|konnen|koennen|konnte|koennte|darf|durfen|duerfen|nehmt|nehmen sie|geht|akzeptiert|akzeptieren sie)(?!\p{L})/u
/** Little words that can stand beside a way of paying said alone ("by cash", "upi se", "nur bar", "card only"). */
const BESIDE_MEANS = new Set(
  'by via in with through only se me mein pls please plz ji bhai bhaiya sir ok okay mit per nur bitte auf hi'.split(
    ' ',
  ),
)

const ASKED_KIND: Record<string, 'cash' | 'upi' | 'card' | 'paypal'> = {
  cash: 'cash',
  cod: 'cash',
  bargeld: 'cash',
  bar: 'cash',
  upi: 'upi',
  gpay: 'upi',
  googlepay: 'upi',
  phonepe: 'upi',
  paytm: 'upi',
  bhim: 'upi',
  qr: 'upi',
  scanner: 'upi',
  card: 'card',
  credit: 'card',
  debit: 'card',
  swipe: 'card',
  karte: 'card',
  kreditkarte: 'card',
  girokarte: 'card',
  ec: 'card',
  kaish: 'cash',
  nakad: 'cash',
  kaard: 'card',
  paypal: 'paypal',
  yoopeeaai: 'upi',
  phonpe: 'upi',
  peteeem: 'upi',
  jeepe: 'upi',
}

/** The one kind of payment a how-to-pay question names ("can I pay by card?": card), or null. */
export function payMethodAsked(text: string): 'cash' | 'upi' | 'card' | 'paypal' | null {
  const words = payWords(fold(hasDevanagari(text) ? transliterate(text) : text).replace(/\s+/g, ' '))
  const kinds = new Set(words.map((w) => ASKED_KIND[w]).filter((k) => k !== undefined))
  return kinds.size === 1 ? [...kinds][0]! : null
}

/** Money itself, which is paid or sent: "paise bhej diye", "sent the money", "Geld ist raus". */
const MONEY = new Set(
  // with the spellings Devanagari comes back as ("पेमेंट" pement, "भुगतान" bhugtaan)
  'paise paisa pesa money amount rs rupees rupaye rupay geld betrag pement bhugtan bhugtaan bhugataan'.split(
    ' ',
  ),
)
/** Verbs of paying that say it is done on their own: "paid", "bezahlt", "transferred". */
const PAID = new Set('paid gezahlt bezahlt uberwiesen transferred'.split(' '))
/** Sending or doing, which with money or a way of paying says the paying is done ("bhej diya", "sent"). */
const SENT = new Set(
  'diya diye die di kiya kiye done sent made completed complete bheja bheje dala hogaya raus'.split(' '),
)
/** Said of a payment that has not happened or went wrong: a person should look, not a thank-you. */
const NOT_DONE = new Set(
  'not nahi nahin nhi nicht kein keine failed fail failure pending will shall later baad karunga karungi dunga dungi'.split(
    ' ',
  ),
)

/**
 * A cheap first look, on the text as written, for a word of paying or of money at all (PAID, MEANS, MONEY above,
 * and the spellings payWords joins: "googal pe"): most messages have none and skip the word-by-word reading.
 */
export const PAYING_HINT =
  /pa(?:id|y)|zahl|berwies|transfer|pais|\bpesa|money|amount|geld|betrag|rupa|rupe|\brs\b|upi|goog|phone ?pe|paytm|bhim|card|karte|cash|\bcod\b|online|bank|qr|scanner|swipe|account|pement|bhugt/i

/** Question words that make a sentence about money a question ("kitne rupay diya", "how much"). */
const ASKING_PAID = new Set('kitne kitna kitni kya kaise bhav rate price how what wieviel'.split(' '))

/**
 * The customer says the order is paid: "paid", "done, paid via gpay", "maine paise bhej diye", "gpay kar diya",
 * "sent the money", "hab per PayPal bezahlt", "ist überwiesen". A verb of paying in the past on its own, or
 * money or a way of paying with a verb of sending or doing; not when it says the paying is still to come or
 * went wrong ("will pay by card", "payment failed", "noch nicht bezahlt"), and not in a long message, which is
 * about something else.
 */
export function saysPaid(text: string): boolean {
  if (!PAYING_HINT.test(text)) return false
  const words = payWords(fold(text).replace(/\s+/g, ' '))
  if (words.length === 0 || words.length > 12) return false
  if (words.some((w) => NOT_DONE.has(w))) return false
  // "tamatar kitne rupay kilo diya?", "how much money did I send?": a question, not news
  if (/\?\s*$/.test(text) || words.some((w) => ASKING_PAID.has(w))) return false
  if (words.some((w) => PAID.has(w))) return true
  const paying = words.some((w) => MEANS.has(w) || MONEY.has(w))
  // "ho gaya" / "ho gya" after a payment word: "payment ho gaya"
  const happened = words.some((w, i) => (w === 'gaya' || w === 'gya') && words[i - 1] === 'ho')
  return paying && (happened || words.some((w) => SENT.has(w)))
}

/** The words of a folded message, with the names of ways of paying written as one word ("google pay"). */
function payWords(folded: string): string[] {
  return (
    folded
      .replace(/\bgoog(?:le|al|gle) (?:pay|pe)\b/g, 'googlepay')
      .replace(/\b(?:phone|fon) pe\b/g, 'phonepe')
      .replace(/net banking/g, 'netbanking')
      // Hinglish "karte ho / hai" (do you …) is no German "Karte" (card): "aap home delivery karte ho?"
      .replace(/\bkarte(?= (?:ho|hai|hain|h|hoge|hoon|hu|the|thi|rehte|rahe)\b)/g, 'kartehi')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  )
}

/** The ledger a shop keeps of what is owed ("khata", "udhaar", "account", "Anschreibekonto"). */
const LEDGER_WORDS = new Set(
  'khata khaata khate khaate khaata udhaar udhar udhaari udhari credit account tab hisaab hisab konto kundenkonto'.split(
    ' ',
  ),
)
/** Writing something down or putting it somewhere: on the khata, it is credit ("likh lo", "put it on"). */
const WRITE_DOWN = new Set(
  'likh likho likhna likhiye likhlo likhdo likhde daal daalo dal dalo daaldo daaldena jod jodo jodna chadha chadhao chadhana write put add charge note keep schreib schreibe schreiben schreibt'.split(
    ' ',
  ),
)
/** "on credit", "udhaar pe", "udhaar de do": the ledger word before a word of giving or on. */
const ON_LEDGER = new Set('on pe par per mein me main se de dena dedo dijiye do lo'.split(' '))
/** Asking whether it may be so: "udhaar chalega?", "credit milega?", "kann ich anschreiben lassen?". */
const MAY_HAVE = new Set('chalega chalegi chalta chalti milega milegi hoga hogi possible allowed'.split(' '))
/** Later than now: tomorrow, next week, at the month's end, on payday. */
const LATER = new Set(
  'kal parso baad baadme badme later tomorrow morgen spater spaeter ubermorgen uebermorgen monatsende next nachste naechste nachsten naechsten agle agli agla salary tankha tankhwah payday weekend wochenende end mahine mahina month week hafte'.split(
    ' ',
  ),
)
/** Paying, still to come: "dunga", "will pay", "zahle", "chuka dunga". */
const PAY_LATER_VERB = new Set(
  'dunga dungi doonga doongi dunge doonge denge dega degi dedunga dedungi dedenge chuka chukaunga chukaenge pay zahle zahlen bezahle bezahlen begleiche karunga karungi karenge'.split(
    ' ',
  ),
)

/** A cheap first look for a word of the ledger, of paying or of later, before reading word by word. */
export const PAY_LATER_HINT =
  /khat|khaat|udha|credit|account|konto|schreib|\btab\b|hisa|anschreib|pay|zahl|pais|money|bill|dung|doong|deng|chuka|खाता|खाते|उधार|पैसे|दूंगा|दूँगा|दूंगी/i

/**
 * The customer asks to pay later or to have it put on their khata: "paise kal dunga", "udhaar likh lo", "khate
 * mein likh do", "I'll pay tomorrow", "put it on my account", "anschreiben bitte", "zahle nächste Woche". Read by
 * concept: the ledger with a word of writing it down or of giving on it, or paying with a time later than now.
 * Not a question about what is owed ("mera hisaab kitna hai": the khata statement), and not paying done.
 */
export function saysPayLater(text: string): boolean {
  const words = payWords(fold(hasDevanagari(text) ? transliterate(text) : text).replace(/\s+/g, ' '))
  if (words.length === 0 || words.length > 16) return false
  // "kitna udhaar hai", "how much do I owe": what is owed, the khata statement (a yes/no "kya" may ask for credit)
  if (words.some((w) => ASKING_PAID.has(w) && w !== 'kya')) return false
  // "anschreiben", "lass es anschreiben", "auf Anschreiben": the German word is the whole request
  if (words.some((w) => /^(?:anschreiben|anschreibe|anschreibt|angeschrieben)$/.test(w))) return true
  // "schreib's an", "schreiben Sie es bitte an": the verb with its particle last
  if (/^schreib/.test(words[0] ?? '') && words.at(-1) === 'an') return true
  const ledger = words.findIndex((w) => LEDGER_WORDS.has(w))
  if (ledger >= 0) {
    if (words.some((w) => WRITE_DOWN.has(w) || MAY_HAVE.has(w))) return true
    if (ON_LEDGER.has(words[ledger + 1] ?? '') || ON_LEDGER.has(words[ledger - 1] ?? '')) return true
  }
  const paying = words.some(
    (w) => PAY_LATER_VERB.has(w) || w === 'paying' || w === 'payment' || MONEY.has(w) || w === 'bill',
  )
  return (
    paying && words.some((w) => LATER.has(w)) && words.some((w) => PAY_LATER_VERB.has(w) || w === 'paying')
  )
}
