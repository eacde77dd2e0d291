// Taking back one's own cancel: "actually no, keep it", "cancel mat karo", "doch nicht stornieren", "galti se
// cancel ho gaya". The conversation asks this only right after the customer cancelled an order, so the words
// need not say which order: they say the cancel was not meant.
//
// Read by concepts, not phrases (en / Hinglish / de; Devanagari is read as the Hinglish it spells):
// - a cancel word denied ("don't cancel", "cancel nahi karna", "nicht stornieren");
// - a cancel word said to be a mistake ("cancelled by mistake", "galti se cancel", "aus Versehen storniert");
// - a keep or undo word ("keep it", "undo", "order rakh lo", "behalten", "rückgängig"), with no cancel wanted;
// - still wanting it ("I still want it", "abhi bhi chahiye", "brauche sie doch");
// - a message that is only a no or a wait ("no no", "nahi ruko", "nein, halt", "actually no").
import { hasDevanagari, transliterate } from './devanagari'

const CANCEL = /^(?:cancel\w*|cancle\w*|cancil\w*|kansal|radd|rad|storn\w*|abbestell\w*|call\s?off|abort)$/
/** English and German deny before the verb ("don't cancel", "nicht stornieren"); German also after its object. */
const DENY_BEFORE = new Set(['dont', 'not', 'never', 'nicht'])
/** Hindi puts its "mat"/"nahi" after the verb's stem: "cancel mat karo", "cancel nahi karna". */
const DENY_AFTER = new Set(['mat', 'nahi', 'nahin', 'nai', 'nhi', 'na', 'nicht'])
/** The cancel as done: "cancelled", "storniert", "cancel ho gaya", "cancel kar diya", "radd hua". */
const DONE = /^(?:cancell?ed|storniert|abbestellt|gaya|gya|diya|hua|hogaya|hogya|kardiya)$/
const MISTAKE = new Set([
  'mistake',
  'mistakenly',
  'accidentally',
  'accident',
  'wrongly',
  'galti',
  'galati',
  'galat',
  'versehen',
  'versehentlich',
  'ausversehen',
  'irrtum',
  'irrtümlich',
])
const KEEP = new Set([
  'keep',
  'undo',
  'restore',
  'uncancel',
  'reinstate',
  'revert',
  'rakh',
  'rakho',
  'rakhna',
  'rakhiye',
  'rakhiyega',
  'rakhlo',
  'rakhdo',
  'behalten',
  'behalte',
  'behaltet',
  'rückgängig',
  'rueckgaengig',
])
const STILL = new Set(['still', 'doch', 'bhi', 'trotzdem'])
const WANT = new Set([
  'want',
  'need',
  'chahiye',
  'chahie',
  'chaahie',
  'chaiye',
  'chahye',
  'brauche',
  'brauchen',
  'möchte',
  'moechte',
  'will',
  'haben',
])
/** The words of a bare no or wait; such a message must have one of NO and nothing outside FILLER. */
const NO = new Set([
  'no',
  'nope',
  'noo',
  'nooo',
  'nahi',
  'nahin',
  'nai',
  'nhi',
  'nein',
  'wait',
  'ruko',
  'ruk',
  'rukiye',
  'halt',
  'moment',
  'stopp',
  'nicht',
])
const FILLER = new Set([
  ...NO,
  'actually',
  'sorry',
  'oh',
  'oops',
  'arre',
  'arey',
  'are',
  'ach',
  'please',
  'pls',
  'plz',
  'bhai',
  'bhaiya',
  'ji',
  'yaar',
  'a',
  'sec',
  'second',
  'minute',
  'mal',
  'bitte',
  'doch',
  'nicht',
  'so',
  'ek',
  'min',
  'abhi',
])

function words(text: string): string[] {
  const s = (hasDevanagari(text) ? transliterate(text) : text).toLowerCase().normalize('NFKC')
  return s
    .replace(/\b(do|does|did) ?n[o']?t\b/g, 'dont')
    .replace(/\bdon['’]?t\b/g, 'dont')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** Says that the customer's own cancel just made was not meant. */
export function takesBackCancel(text: string): boolean {
  if (text.length > 200 || /\?\s*$/.test(text)) return false
  const ws = words(text)
  if (ws.length === 0 || ws.length > 14) return false
  const cancelAt = ws.findIndex((x) => CANCEL.test(x))
  if (cancelAt >= 0) {
    // "don't cancel", "nicht stornieren", "cancel mat karo", "cancel nahi karna"; not "nahi, cancel karo"
    if (ws.slice(Math.max(0, cancelAt - 3), cancelAt).some((x) => DENY_BEFORE.has(x))) return true
    if (ws.slice(cancelAt + 1, cancelAt + 4).some((x) => DENY_AFTER.has(x))) return true
    // "cancelled by mistake", "galti se cancel ho gaya": the cancel done by mistake, not an order made by one
    const done = ws.slice(cancelAt, cancelAt + 4).some((x) => DONE.test(x))
    return done && ws.some((x) => MISTAKE.has(x))
  }
  if (ws.some((x) => KEEP.has(x))) return true
  const still = ws.findIndex((x) => STILL.has(x))
  if (still >= 0 && ws.slice(still - 2 < 0 ? 0 : still - 2).some((x) => WANT.has(x))) return true
  return ws.length <= 6 && ws.some((x) => NO.has(x)) && ws.every((x) => FILLER.has(x))
}
