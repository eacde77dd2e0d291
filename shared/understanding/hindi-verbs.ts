// Hindi verbs as customers type them: joined to their helper verb ("bhejdo", "hatadijiye", "भेजदीजिए", "हटादो")
// and the polite forms and "chahiye" spelt many ways ("kijie", "keejiye", "dijie", "chahye", "chaiye", "chahiyee").
// The text is rewritten to the spelling the word lists have, before it is read. Pure.
import { stem } from './text'

/** Verbs a helper verb is glued to: sending, giving, doing, putting, taking out, keeping, bringing. */
const STEMS = [
  'bhej',
  'bhijwa',
  'bhijva',
  'bhejwa',
  'mangwa',
  'mangva',
  'hata',
  'hataa',
  'nikal',
  'nikaal',
  'nikaal',
  'kar',
  'de',
  'dal',
  'daal',
  'rakh',
  'la',
  'laa',
  'chhod',
  'chod',
  'badha',
  'badhaa',
  'ghata',
  'ghataa',
  'likh',
  'bhar',
  'pack',
  'add',
  'cancel',
  'confirm',
]
/** The helper verb of giving, in its plain and polite forms. */
const HELPERS = [
  'do',
  'dena',
  'dijiye',
  'dijie',
  'dijiyega',
  'dijiega',
  'deejiye',
  'deejie',
  'dijye',
  'dijiy',
  'diyo',
  'doge',
  'dedo',
]
const JOINED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${STEMS.join('|')})(${HELPERS.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
)
const JOINED_HINT = /d(?:o|e|i|ee)/i

/**
 * "kijie", "keejiye", "kijye", "kijiyega": the polite imperative of karna; "dijie", "deejiye", "dijye": of dena.
 * Only the giving and doing verbs, the two a customer's request ends with.
 */
const POLITE = /(?<![\p{L}\p{N}])([kd])(?:i|ee|e)j(?:i|ee)?(?:y|e)?(?:e|ega|yega|iega)(?![\p{L}\p{N}])/giu
/** "chahye", "chaiye", "chahiyee", "chaahie", "chyie": chahiye; never "chai", "chaye" or "chah" (tea). */
const CHAHIYE =
  /(?<![\p{L}\p{N}])ch(?=\p{L}*[iy])(?:aa?h?|h?y)(?:i{1,2}|ee)?y?(?:e{1,2}|ey|eh)(?![\p{L}\p{N}])/giu
const CHAHIYE_HINT = /ch/i
/** "bhijwaa dena", "mangwaao": the causative's long a typed doubled, as it is said. */
const CAUSATIVE_LONG =
  /(?<![\p{L}\p{N}])(bhijw|bhijv|bhejw|mangw|mangv)aa(na|do|dena|iye|o)?(?![\p{L}\p{N}])/giu

/** Devanagari: "हटादो", "भेजदीजिए", "करदो", "डालदेना": a verb stem and its helper written as one word. */
const DEVA_STEMS = [
  'भेज',
  'भिजवा',
  'मंगवा',
  'मँगवा',
  'हटा',
  'निकाल',
  'कर',
  'दे',
  'डाल',
  'रख',
  'ला',
  'छोड़',
  'छोड़',
  'बढ़ा',
  'लिख',
  'भर',
]
const DEVA_HELPERS = ['दो', 'देना', 'दीजिए', 'दीजिये', 'दिजिए', 'दिजिये', 'दीजियेगा', 'दीजिएगा', 'दें']
const DEVA_JOINED = new RegExp(
  `(?<![\\u0900-\\u097F])(${DEVA_STEMS.join('|')})(${DEVA_HELPERS.join('|')})(?![\\u0900-\\u097F])`,
  'gu',
)

/**
 * The text with glued helper verbs set apart ("bhejdijiye" → "bhej dijiye", "हटादो" → "हटा दो") and the polite
 * forms and "chahiye" in one spelling; `known(word)` keeps a word the shop's catalog has as it is.
 */
export function hindiVerbs(text: string, known: (stemmed: string) => boolean): string {
  if (/[\u0900-\u097F]/.test(text)) text = text.replace(DEVA_JOINED, '$1 $2')
  if (JOINED_HINT.test(text))
    text = text.replace(JOINED, (m, s: string, h: string) => (known(stem(m.toLowerCase())) ? m : `${s} ${h}`))
  text = text.replace(POLITE, (m, v: string) =>
    known(stem(m.toLowerCase())) ? m : v.toLowerCase() === 'k' ? 'kijiye' : 'dijiye',
  )
  if (text.includes('aa'))
    text = text.replace(CAUSATIVE_LONG, (_, v: string, end?: string) => `${v}a${end ?? ''}`)
  if (CHAHIYE_HINT.test(text))
    text = text.replace(CHAHIYE, (m) => (/^chaye$/i.test(m) || known(stem(m.toLowerCase())) ? m : 'chahiye'))
  return text
}
