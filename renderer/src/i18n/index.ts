// The screens' language: one i18next instance, one resource file per language (en.ts is the source of truth;
// de.ts and hi.ts must have every key, which the type checker holds). A new screen adds its keys to all three.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { de } from './de'
import { en } from './en'
import { hi } from './hi'

export const LANGUAGES = ['en', 'hi', 'de'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language named in itself, so a shopkeeper finds their own in the list whatever is on screen. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी', de: 'Deutsch' }

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v)
}

/** The first of the browser's languages we have screens for; English otherwise. */
export function systemLanguage(preferred: readonly string[] = navigatorLanguages()): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, de: { translation: de }, hi: { translation: hi } },
  lng: systemLanguage(),
  fallbackLng: 'en',
  // React escapes what it renders; escaping here too would show &amp; on screen.
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** Switches every screen and `<html lang>` to the language. */
export function applyLanguage(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang
  if (i18next.language !== lang) void i18next.changeLanguage(lang)
}

export const i18n = i18next
export const t = i18next.t.bind(i18next)
