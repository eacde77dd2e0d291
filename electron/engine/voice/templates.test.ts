import { describe, expect, it } from 'vitest'
import { LANGUAGES, TEMPLATES, placeholdersOf, renderTemplate } from './templates'

describe('reply templates', () => {
  it('has every reply in English, Hinglish, German and Devanagari Hindi with the same placeholders', () => {
    for (const [key, texts] of Object.entries(TEMPLATES)) {
      const en = placeholdersOf(texts.en).sort()
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${key}.${lang}`).not.toBe('')
        expect(placeholdersOf(texts[lang]).sort(), `${key}.${lang}`).toEqual(en)
      }
    }
  })

  it('names pieces and packs in words a German customer reads, not the catalog unit codes', () => {
    expect(renderTemplate('unitMismatch', 'de', { name: 'Brötchen', unit: 'pc' })).toBe(
      'Brötchen gibt es pro Stück; wie viele Stück möchten Sie?',
    )
    expect(renderTemplate('howMuchOf', 'de', { name: 'Eier 6er', unit: 'pack' })).toBe(
      'Wie viel *Eier 6er* möchten Sie (in Pck.)?',
    )
    expect(renderTemplate('howMuchOf', 'de', { name: 'Spargel', unit: 'kg' })).toBe(
      'Wie viel *Spargel* möchten Sie (in kg)?',
    )
    expect(renderTemplate('howMuchOf', 'en', { name: 'Bread', unit: 'pc' })).toBe(
      'How much *Bread* would you like (in pc)?',
    )
  })

  it('fills placeholders, prefers the shop override, and leaves an unknown placeholder visible', () => {
    expect(renderTemplate('orderCancelled', 'de', { number: 1001 })).toBe('Bestellung #1001 ist storniert.')
    expect(renderTemplate('thanks', 'en', {}, { thanks: { en: 'Shukriya, {shop}!' } })).toBe(
      'Shukriya, {shop}!',
    )
    expect(renderTemplate('thanks', 'en', { shop: 'Sharma' }, { thanks: { en: 'Shukriya, {shop}!' } })).toBe(
      'Shukriya, Sharma!',
    )
    expect(renderTemplate('thanks', 'hi', {}, { thanks: { en: 'x' } })).toBe('Dhanyavaad! 🙏')
    expect(renderTemplate('orderCancelled', 'hi-Deva', { number: 1001 })).toBe('ऑर्डर #1001 रद्द हो गया।')
    // the Devanagari style is written in Devanagari, not Latin letters (placeholders and *menu*-style commands aside)
    for (const [key, texts] of Object.entries(TEMPLATES)) {
      const letters = texts['hi-Deva'].replace(/\{\w+\}|\*\w+\*/g, '').match(/\p{L}/gu) ?? []
      const deva = letters.filter((c) => /[\u0900-\u097F]/u.test(c)).length
      expect(deva, key).toBeGreaterThanOrEqual(letters.length * 0.8)
    }
  })
})
