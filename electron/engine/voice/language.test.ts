import { describe, expect, it } from 'vitest'
import { understand, buildCatalogIndex } from '../../../shared/understanding'
import { decideLanguage, evidenceOf, parseScores, type LanguageScores } from './language'
import type { Language } from '../../../shared/contract/languages'

const index = buildCatalogIndex([])

/** The chat's language after each message, from a start in `start`. */
function run(start: Language, messages: string[], pinned = false): Language[] {
  let lang = start
  let scores: LanguageScores = {}
  return messages.map((text) => {
    const u = understand(text, index, {})
    const d = decideLanguage(lang, scores, evidenceOf(text, u.intent), pinned)
    lang = d.language
    scores = d.scores
    return lang
  })
}

describe('sticky language', () => {
  it('is no evidence: a lone ok, ja, haan, yes, a number or an emoji', () => {
    for (const text of [
      'ok',
      'ja',
      'haan',
      'haan ji',
      'yes',
      'Yes!',
      '2',
      '👍',
      'danke',
      'nein danke',
      '🙏🙏',
    ])
      expect(evidenceOf(text, understand(text, index, {}).intent), text).toBeNull()
  })

  it('takes a unit word written alike in every language for no evidence: "kilo" in an English list stays English', () => {
    expect(run('en', ['Limes 2 kilo'])).toEqual(['en'])
    expect(run('en', ['Spring onion 2 kg\nParsley 500g\nLimes 2 kilo'])).toEqual(['en'])
    expect(run('en', ['3 kilo onions and 1 kilo garlic'])).toEqual(['en'])
    // the Hinglish around it still counts
    expect(run('en', ['2 kilo pyaz bhej do'])).toEqual(['hi'])
  })

  it('takes Hindi names of goods beside English words for no Hinglish: English customers name them so too', () => {
    expect(run('en', ['morning! 2 amul milk 500ml, 1 paneer, 1 dahi'])).toEqual(['en'])
    expect(run('en', ['1 dahi and 2 kg aloo please'])).toEqual(['en'])
    expect(run('en', ['aloo 2 kg and pyaz 1 kg please'])).toEqual(['en'])
    // with Hinglish words around them, or alone, they still count
    expect(run('en', ['aloo 2 kg aur pyaz 1 kg chahiye'])).toEqual(['hi'])
    expect(run('en', ['aloo 2 kg, pyaz 1 kg'])).toEqual(['hi'])
  })

  it('takes German names of everyday goods alone for German, beside English words not', () => {
    expect(run('en', ['3 semmeln'])).toEqual(['de'])
    expect(run('en', ['2 brezn, 10 eier'])).toEqual(['de'])
    expect(run('en', ['Schrippen 4'])).toEqual(['de'])
    expect(run('en', ['2 brezn please'])).toEqual(['en'])
    expect(run('en', ['1 kg potatoes and 2 bread'])).toEqual(['en'])
  })

  it('keeps a German conversation German through an "ok" or a "yes" in the middle', () => {
    expect(
      run('en', [
        'Guten Tag, ich hätte gerne zwei Brot',
        'ok',
        'und noch einen Liter Milch bitte',
        'yes',
        'danke',
      ]),
    ).toEqual(['de', 'de', 'de', 'de', 'de'])
  })

  it('does not switch a settled Hinglish chat on one English sentence, but does after sustained English', () => {
    const langs = run('en', [
      'bhaiya 2 kilo pyaz bhej do',
      'aur ek packet doodh bhi dena',
      'yes please confirm my order',
      'haan',
      'can you also send me the bill please',
      'and i want two more breads with the order please',
    ])
    expect(langs.slice(0, 4)).toEqual(['hi', 'hi', 'hi', 'hi'])
    expect(langs.at(-1)).toBe('en')
  })

  it('never changes a language the shopkeeper set', () => {
    expect(
      run('de', ['please send me two breads and the milk', 'and also the butter please thanks'], true),
    ).toEqual(['de', 'de'])
  })

  it('reads stored scores defensively', () => {
    expect(parseScores('{"de":2.5,"xx":3,"hi":-1}')).toEqual({ de: 2.5 })
    expect(parseScores('not json')).toEqual({})
    expect(parseScores(null)).toEqual({})
  })
})
