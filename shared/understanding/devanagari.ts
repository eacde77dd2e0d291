// Hindi typed (or voice-typed) in Devanagari, read as the Latin-script Hinglish the rest of the reader knows:
// "३ किलो टमाटर" -> "3 kilo tamaatar", "डेढ़ किलो आलू" -> "dedh kilo aaloo". Shops keep their catalogs in Latin
// script ("Aloo (Potato)", aliases aloo|alu), so the item words are then matched with the usual typo and
// sound-alike leniency. A hand-written table, not a library: the libraries on offer either drop the inherent
// vowel ("tmatr", any-ascii) or write scholarly marks ("ṭamāṭara", sanscript) that customers' Hinglish never has.
// Pure. `transliterateWithMap` also maps pieces of the reading back to the customer's own words.
import { FILLER, HINDI_NUMBERS, NUMBER_WORDS, SYNONYMS, UNIT_WORDS } from './lexicon'
import { WHEN_WORDS } from './read'
import { hindiVerbs } from './hindi-verbs'
import { soundKey } from './text'

const CONSONANTS: Record<string, string> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  ऩ: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ऱ: 'r',
  ल: 'l',
  ळ: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  // precomposed nukta letters
  क़: 'k',
  ख़: 'kh',
  ग़: 'g',
  ज़: 'z',
  ड़: 'd',
  ढ़: 'dh',
  फ़: 'f',
  य़: 'y',
}

/** With a nukta (U+093C) the letter is the Perso-Arabic sound: ज़ z, फ़ f. */
const NUKTA: Record<string, string> = { ज: 'z', फ: 'f', क: 'k', ख: 'kh', ग: 'g', ड: 'd', ढ: 'dh' }

const VOWELS: Record<string, string> = {
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'ee',
  उ: 'u',
  ऊ: 'oo',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  ऍ: 'e',
}

const SIGNS: Record<string, string> = {
  'ा': 'aa',
  'ि': 'i',
  'ी': 'ee',
  'ु': 'u',
  'ू': 'oo',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
}

const VIRAMA = '्'
const NUKTA_SIGN = '़'
const ANUSVARA = 'ं'
const CHANDRABINDU = 'ँ'
const VISARGA = 'ः'

export function hasDevanagari(text: string): boolean {
  return /[\u0900-\u097F]/.test(text)
}

interface Syllable {
  c: string
  /** The vowel written or inherent; '' after a virama. */
  v: string
  inherent: boolean
  nasal: string
}

/** One Devanagari word in Hinglish spelling, with the inherent vowel dropped where Hindi drops it. */
function word(w: string): string {
  const syl: Syllable[] = []
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!
    if (CONSONANTS[ch] !== undefined) {
      let c = CONSONANTS[ch]!
      if (w[i + 1] === NUKTA_SIGN) {
        c = NUKTA[ch] ?? c
        i++
      }
      syl.push({ c, v: 'a', inherent: true, nasal: '' })
    } else if (VOWELS[ch] !== undefined) {
      syl.push({ c: '', v: VOWELS[ch]!, inherent: false, nasal: '' })
    } else if (SIGNS[ch] !== undefined && syl.length > 0) {
      const s = syl[syl.length - 1]!
      s.v = SIGNS[ch]!
      s.inherent = false
    } else if (ch === VIRAMA && syl.length > 0) {
      const s = syl[syl.length - 1]!
      s.v = ''
      s.inherent = false
    } else if ((ch === ANUSVARA || ch === CHANDRABINDU) && syl.length > 0) {
      syl[syl.length - 1]!.nasal = 'n'
    } else if (ch === VISARGA && syl.length > 0) {
      syl[syl.length - 1]!.nasal = 'h'
    }
  }
  if (syl.length === 0) return ''
  // Hindi drops the final inherent vowel ("दस" das), and a medial one between two vowels' syllables
  // ("अदरक" adrak, "लहसुन" lahsun), read from the right.
  const last = syl[syl.length - 1]!
  if (last.inherent && syl.length > 1) last.v = ''
  for (let i = syl.length - 2; i >= 1; i--) {
    const s = syl[i]!
    const prev = syl[i - 1]!
    const next = syl[i + 1]!
    if (s.inherent && s.nasal === '' && prev.v !== '' && next.c !== '' && next.v !== '') s.v = ''
  }
  let out = ''
  for (let i = 0; i < syl.length; i++) {
    const s = syl[i]!
    out += s.c + s.v
    if (s.nasal === 'n') {
      // "अंडे" ande, "चिंपू": the nasal takes the place of the next consonant ("m" before p/b/m)
      const next = syl[i + 1]?.c ?? ''
      out += /^[pbm]/.test(next) ? 'm' : 'n'
    } else if (s.nasal === 'h') out += 'h'
  }
  // a long ī or ū at the end of a word is written short in Hinglish ("cheeni", "aalu" stays "aaloo")
  // and a long ā at the end short too ("dhaniya", "aadha", "kela")
  return out.replace(/ee$/, 'i').replace(/(.)aa$/, '$1a')
}

/**
 * English words as Hindi writes them, spelled back the way the intent phrases know them ("ऑर्डर" is "order",
 * not "ordar"). Only shop talk; item names go through the sound-alike matching instead.
 */
const LOANWORDS: Record<string, string> = {
  ऑर्डर: 'order',
  आर्डर: 'order',
  डिलीवरी: 'delivery',
  डिलिवरी: 'delivery',
  कैंसल: 'cancel',
  कैंसिल: 'cancel',
  कन्फर्म: 'confirm',
  कंफर्म: 'confirm',
  ओके: 'ok',
  थैंक्स: 'thanks',
  थैंक: 'thank',
  यू: 'you',
  मेन्यू: 'menu',
  मेनू: 'menu',
  लिस्ट: 'list',
  रेट: 'rate',
  प्राइस: 'price',
  स्टेटस: 'status',
  पिकअप: 'pickup',
  पैकेट: 'packet',
  ट्रे: 'tray',
  एक्स्ट्रा: 'extra',
  एक्सट्रा: 'extra',
  फ्री: 'free',
  फ़्री: 'free',
  में: 'mein',
  बिल: 'bill',
  टोटल: 'total',
  रुपये: 'rupaye',
  रुपए: 'rupaye',
  रूपये: 'rupaye',
  रूपए: 'rupaye',
  रुपया: 'rupiya',
  रूपया: 'rupiya',
  प्लीज़: 'please',
  प्लीज: 'please',
  // English amounts as Hindi voice typing writes them ("हाफ किलो टमाटर", "टू पैकेट दूध", "वन डज़न केले")
  हाफ: 'half',
  हॉफ: 'half',
  क्वार्टर: 'quarter',
  वन: 'one',
  टू: 'two',
  थ्री: 'three',
  फोर: 'four',
  फ़ोर: 'four',
  फाइव: 'five',
  फ़ाइव: 'five',
  सिक्स: 'six',
  सेवन: 'seven',
  नाइन: 'nine',
  टेन: 'ten',
  ट्वेल्व: 'twelve',
  डज़न: 'dozen',
  डजन: 'dozen',
}

/**
 * The Hinglish spelling of the words said around items ("bhijva" is "bhijwa", "dijie" "dijiye"): a reading with
 * the sound of a filler word of four letters or more is spelt as the filler lists have it, unless it sounds like
 * a word of goods.
 */
const FILLER_BY_SOUND: ReadonlyMap<string, string> = (() => {
  // goods, numbers, units and sizes keep their own reading ("tees" is thirty, not "this"; "bada" is big)
  const known = [
    ...'bada bade badi chhota chhote chhoti'.split(' '),
    ...Object.keys(SYNONYMS),
    ...Object.keys(NUMBER_WORDS),
    ...HINDI_NUMBERS.keys(),
    ...UNIT_WORDS.keys(),
  ]
  const goods = new Set(known.map(soundKey))
  const out = new Map<string, string>()
  // and the words of when and how often ("rozaana" is rozana)
  for (const w of [...FILLER, ...WHEN_WORDS]) {
    if (w.length < 4 || !/^[a-z]+$/.test(w)) continue
    const k = soundKey(w)
    if (!goods.has(k) && !out.has(k)) out.set(k, w)
  }
  return out
})()

const POLITE_OR_WANT_HINT = /^(?:ch|d|k)/
const NOTHING_KNOWN = () => false

function spelt(reading: string): string {
  // "चाहिए था", "भेज दीजिएगा": the polite and wanting verbs read as "chaahie", "deejiega" are spelt as the word lists
  // have them, as typed Hinglish is ("चाहिए था" was read as a past state: "kharab tha")
  if (POLITE_OR_WANT_HINT.test(reading)) reading = hindiVerbs(reading, NOTHING_KNOWN)
  if (reading.length < 4 || FILLER.has(reading) || WHEN_WORDS.has(reading)) return reading
  return FILLER_BY_SOUND.get(soundKey(reading)) ?? reading
}

/**
 * The transliteration and a way back: `original(piece)` finds a piece of the transliterated text (a line, an
 * item) and returns the customer's own words for it, so a Devanagari customer is quoted in Devanagari.
 */
export function transliterateWithMap(text: string): {
  text: string
  original: (piece: string, at?: number) => string
} {
  // [outStart, outEnd, srcStart, srcEnd] per run of text
  const spans: [number, number, number, number][] = []
  let out = ''
  let last = 0
  // a joiner typed inside a word ("क्\u200dया", as some phone keyboards write a half letter) is part of the word
  for (const m of text.matchAll(/[\u0900-\u097F](?:[\u200c\u200d]?[\u0900-\u097F])*/g)) {
    const at = m.index ?? 0
    if (at > last) {
      spans.push([out.length, out.length + (at - last), last, at])
      out += text.slice(last, at)
    }
    const t = transliterate(m[0])
    spans.push([out.length, out.length + t.length, at, at + m[0].length])
    out += t
    last = at + m[0].length
  }
  if (last < text.length) {
    spans.push([out.length, out.length + (text.length - last), last, text.length])
    out += text.slice(last)
  }
  const toSource = (pos: number, end: boolean): number => {
    for (const [os, oe, ss, se] of spans) {
      if (pos < os || pos > oe) continue
      // inside a plain run positions map one to one; inside a word the whole word is taken
      if (oe - os === se - ss && !/[\u0900-\u097F]/.test(text.slice(ss, se))) return ss + (pos - os)
      return end ? se : ss
    }
    return end ? text.length : 0
  }
  // (`at`, where the piece stands in the transliterated text, when known: the same letters may stand earlier, as the
  // start of another word: "kal" in "kalakand")
  const original = (piece: string, from?: number): string => {
    const at = from ?? (piece ? out.indexOf(piece) : -1)
    if (at < 0) return piece
    return text.slice(toSource(at, false), toSource(at + piece.length, true)).trim() || piece
  }
  return { text: out, original }
}

/** The message with Devanagari words in Hinglish spelling and Devanagari digits as ASCII digits. */
export function transliterate(text: string): string {
  return text
    .replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966))
    .replace(/(?<=[\u0900-\u097F])[\u200c\u200d](?=[\u0900-\u097F])/g, '')
    .replace(/[\u0900-\u0963\u0971-\u097F]+/g, (w) => LOANWORDS[w] ?? spelt(word(w)))
    .replace(/।|॥/g, '.')
}
