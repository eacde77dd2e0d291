import { describe, expect, it } from 'vitest'
import { de } from './de'
import { en } from './en'
import { hi } from './hi'
import { systemLanguage } from './index'

type Tree = { [k: string]: string | Tree }
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v)
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv)
  }
  return out
}

// Texts that are the same word in the other language (product names, "Chats" in German) may equal the English.
const SAME_IN = {
  de: new Set([
    'link.codeLabel',
    'app.pricesIn',
    'nav.chats',
    'views.chats',
    'pill.label',
    'chats.back',
    'chats.from_bot',
    'chats.name',
    'health.whatsapp',
    'health.s',
    'health.memoryHost',
  ]),
  hi: new Set(['settings.upiVpa']),
}

describe('screen translations', () => {
  const english = leaves(en as unknown as Tree)
  for (const [lang, res] of [
    ['de', de],
    ['hi', hi],
  ] as const) {
    const strings = leaves(res as unknown as Tree)
    it(`${lang} has every English key and no untranslated text`, () => {
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort())
      const same = [...english]
        .filter(([k, v]) => strings.get(k) === v && !SAME_IN[lang].has(k))
        .map(([k]) => k)
      expect(same).toEqual([])
    })
    it(`${lang} keeps every {{placeholder}} of the English text`, () => {
      for (const [k, v] of english) {
        const want = (v.match(/\{\{\w+\}\}/g) ?? []).sort()
        expect((strings.get(k)!.match(/\{\{\w+\}\}/g) ?? []).sort(), k).toEqual(want)
      }
    })
  }
  it('Hindi is written in Devanagari', () => {
    for (const [k, v] of leaves(hi as unknown as Tree)) {
      const letters = v.replace(
        /\{\{\w+\}\}|CounterChat|WhatsApp|UPI|CSV|QR|ID|Kolkata|okbank|[^\p{L}]/gu,
        '',
      )
      if (letters && !v.includes('@')) expect(/\p{Script=Devanagari}/u.test(letters), k).toBe(true)
    }
  })
  it('picks the first browser language it has screens for', () => {
    expect(systemLanguage(['fr-FR', 'de-AT', 'en'])).toBe('de')
    expect(systemLanguage(['hi-IN'])).toBe('hi')
    expect(systemLanguage(['ja'])).toBe('en')
  })
})
