// A customer's language is sticky: it is decided from the evidence of several messages, not from the last one.
// Each message with something to go on adds to a running score per language (older evidence fading a little
// with every new piece); the chat switches only when another language leads the current one clearly. Short
// replies that read the same in many languages ("ok", "ja", "haan", "yes", "2", "👍") are no evidence at all.
// A language the shopkeeper set in Chats is pinned and never changed by the customer's messages.
import type { Intent } from '../../../shared/understanding'
import { languageWordCounts } from '../../../shared/understanding'
import { LANGUAGES, type Language } from '../../../shared/contract/languages'

export type LanguageScores = Partial<Record<Language, number>>

export interface LanguageEvidence {
  language: Language
  weight: number
}

/** Older evidence keeps this share of its weight each time new evidence comes in. */
const FADE = 0.8
/**
 * Another language must have this many times the current one's score (and lead it by at least one message's
 * worth) before replies switch: a single message never outweighs a chat's settled language.
 */
const SWITCH_RATIO = 2
/** One message counts at most this much: a long message is not several messages. */
const MAX_WEIGHT = 3

/**
 * What one message says about the customer's language, or null when it says nothing: a short yes/no/thanks, a
 * number, an emoji, product names alone. `said` is a language an intent reader recognised for certain phrases
 * ("mera hisaab", "wie viel schulde ich").
 */
export function evidenceOf(
  text: string,
  intent: Intent,
  said: Language | null = null,
): LanguageEvidence | null {
  const words = text.match(/\p{L}{2,}/gu) ?? []
  // A script says more than any word: who types Devanagari reads it.
  if (/[\u0900-\u097F]/u.test(text))
    return { language: 'hi-Deva', weight: words.length >= 3 ? MAX_WEIGHT : 2 }
  // "ja", "ok", "haan ji", "danke", "no thanks": the same few words in every language
  if (['confirm', 'cancel', 'thanks'].includes(intent) && words.length <= 2) return null
  if (said) return { language: said, weight: 2 }
  const counts = languageWordCounts(text)
  const best = (['hi', 'de', 'en'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a), 'en')
  const lead =
    counts[best] - Math.max(...(['hi', 'de', 'en'] as const).filter((l) => l !== best).map((l) => counts[l]))
  if (lead <= 0) return null
  // One English marker word ("please", "two") is in every Indian customer's Hinglish too.
  if (best === 'en' && counts.en < 2) return null
  return { language: best, weight: Math.min(MAX_WEIGHT, lead) }
}

/** The chat's language after one more message, and the scores to store. */
export function decideLanguage(
  current: Language,
  scores: LanguageScores,
  evidence: LanguageEvidence | null,
  pinned: boolean,
): { language: Language; scores: LanguageScores } {
  if (!evidence || pinned) return { language: current, scores }
  const first = Object.values(scores).every((v) => !v)
  const next: LanguageScores = {}
  for (const [lang, v] of Object.entries(scores) as [Language, number][]) {
    const faded = Math.round(v * FADE * 1000) / 1000
    if (faded >= 0.01) next[lang] = faded
  }
  next[evidence.language] = (next[evidence.language] ?? 0) + evidence.weight
  // The first message with anything to go on decides (the chat began in the shop's language only by default).
  if (first) return { language: evidence.language, scores: next }
  const leader = (Object.entries(next) as [Language, number][]).reduce((a, b) => (b[1] > a[1] ? b : a))
  const mine = next[current] ?? 0
  const switches = leader[0] !== current && leader[1] >= mine * SWITCH_RATIO && leader[1] - mine >= 1
  const language = switches ? leader[0] : current
  return { language, scores: next }
}

export function parseScores(json: string | null | undefined): LanguageScores {
  try {
    const v = JSON.parse(json ?? '{}') as unknown
    if (!v || typeof v !== 'object') return {}
    const out: LanguageScores = {}
    for (const [k, n] of Object.entries(v as Record<string, unknown>))
      if (
        (LANGUAGES as readonly string[]).includes(k) &&
        typeof n === 'number' &&
        Number.isFinite(n) &&
        n > 0
      )
        out[k as Language] = n
    return out
  } catch {
    return {}
  }
}
