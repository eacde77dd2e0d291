// The languages customers are answered in, declared once: the contract's schemas, the engine's templates,
// the order reader's language guess and the shop's default all take this list.

/** `hi`: Hindi in Latin script (Hinglish, as customers type it on WhatsApp); `hi-Deva`: Hindi in Devanagari. */
export const LANGUAGES = ['en', 'hi', 'de', 'hi-Deva'] as const
export type Language = (typeof LANGUAGES)[number]
