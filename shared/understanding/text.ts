// Text hygiene: what a message is reduced to before anything reads it, and how words are folded for matching.
import { EMOJI_WORDS, UNICODE_FRACTIONS } from './lexicon'

/** Messages are cut here: a WhatsApp order never needs more, and the work per message stays bounded. */
export const MAX_TEXT_CHARS = 4000

// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates; zero-width characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g
const VARIATION = /\uFE0E|\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu

/** Removes controls and direction overrides, normalizes width and fraction characters, caps the length. */
export function sanitize(input: string): { text: string; truncated: boolean } {
  let s = typeof input === 'string' ? input : ''
  let truncated = false
  if (s.length > MAX_TEXT_CHARS * 2) {
    s = s.slice(0, MAX_TEXT_CHARS * 2)
    truncated = true
  }
  s = s.replace(/\r\n?/g, '\n').replace(CONTROL, ' ').replace(INVISIBLE, '').replace(VARIATION, '')
  // Vulgar fractions become "1/2" (with a space so "1½" reads as "1 1/2"), before NFKC turns them into "1⁄2".
  s = s.replace(/(\d?)([½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚])(\S?)/g, (_m, d: string, f: string, after: string) => {
    return `${d ? `${d} ` : ''}${fractionText(f)}${after ? ` ${after}` : ''}`
  })
  s = s.normalize('NFKC').replace(/\u2044/g, '/')
  if (s.length > MAX_TEXT_CHARS) {
    s = s.slice(0, MAX_TEXT_CHARS)
    truncated = true
  }
  return { text: s, truncated }
}

function fractionText(f: string): string {
  const v = UNICODE_FRACTIONS[f] ?? 0
  const table: Record<number, string> = { 0.5: '1/2', 0.25: '1/4', 0.75: '3/4', 0.125: '1/8', 0.375: '3/8' }
  if (table[v]) return table[v]
  if (Math.abs(v - 1 / 3) < 1e-9) return '1/3'
  if (Math.abs(v - 2 / 3) < 1e-9) return '2/3'
  return String(v)
}

const EMOJI_RE = /\p{Extended_Pictographic}/gu

/** Emoji for common items become words ("🍅" -> " tomato "); other emoji are kept for the intent reader. */
export function emojiToWords(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u00ff]*$/.test(s)) return s
  return s.replace(EMOJI_RE, (e) => {
    const w = EMOJI_WORDS[e]
    return w ? ` ${w} ` : e
  })
}

/** Lower case, accents off (ä -> a, é -> e, ß -> ss): the form words are compared in. */
export function fold(word: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(word)) return word.toLowerCase()
  return word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '')
}

/** Singular of an English (and a few German) plural; short words are left alone. */
export function stem(w: string): string {
  // Every rule below ends in "s": most words leave at once (this runs for every word of every catalog name).
  if (w.length <= 3 || w.charCodeAt(w.length - 1) !== 115) return w
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 48 && c <= 57) return w
  }
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y'
  if (w.endsWith('oes')) return w.slice(0, -2)
  if (w.endsWith('es') && /(ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w
  if (w.endsWith('s')) return w.slice(0, -1)
  return w
}

/** Words of a phrase in matching form: folded, split on anything that is not a letter or digit. */
export function words(s: string): string[] {
  // ASCII text, nearly every catalog name and message, is cut in one pass of char codes: the build of a big
  // catalog's index and every lookup run this, and the regex split with a filter was a tenth of the build.
  const out: string[] = []
  let start = -1
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c > 127) return foldedWords(s)
    if (c >= 65 && c <= 90) c += 32
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    if (inWord) {
      if (start < 0) start = i
    } else if (start >= 0) {
      out.push(s.slice(start, i).toLowerCase())
      start = -1
    }
  }
  if (start >= 0) out.push(s.slice(start).toLowerCase())
  return out
}

function foldedWords(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
}

/**
 * A sound-alike key for words written in Latin script by ear (Hinglish): "doodh"/"dudh", "cheeni"/"chini",
 * "pyaaz"/"pyaj", "mirchee"/"mirchi" share a key. Used only when a word has no exact, synonym or one-typo match.
 */
export function soundKey(w: string): string {
  return w
    .replace(/ph/g, 'f')
    .replace(/([bcdgjkpst])h/g, '$1')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/ee|ea|ie|ii/g, 'i')
    .replace(/oo|ou|uu/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/y$/, 'i')
}

/** The first place in `sorted` (ascending) whose string is not below `key`: where the words beginning with it start. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}
