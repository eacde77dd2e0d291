import { describe, expect, it } from 'vitest'
import { takesBackCancel } from './keep-order'

describe("taking back one's own cancel", () => {
  it.each([
    'actually no, keep it',
    'no no',
    'wait!',
    'do not cancel please',
    "don't cancel it",
    'please keep my order',
    'undo that',
    'I still want it',
    'cancel mat karo bhai',
    'cancel nahi karna',
    'order rakh lo',
    'nahi ruko',
    'galti se cancel ho gaya',
    'oops cancelled it by mistake',
    'ach nein, doch nicht',
    'bitte nicht stornieren',
    'aus Versehen storniert',
    'Bestellung behalten bitte',
    'rückgängig machen',
    'रद्द मत करो',
    'कैंसल मत कीजिए',
    'अभी भी चाहिए',
    'नहीं नहीं रुको',
    'brauche sie doch',
  ])('"%s" takes it back', (text) => {
    expect(takesBackCancel(text)).toBe(true)
  })

  it.each([
    'no, cancel it',
    'nahi cancel karo',
    'yes cancel',
    'ordered by mistake, cancel pls',
    'sorry my mistake',
    'nahi chahiye',
    "I don't want it anymore",
    'not needed',
    'ok thanks',
    '2 kg onion',
    'why was it cancelled?',
    'ja bitte stornieren',
    'danke',
    'अब नहीं चाहिए',
  ])('"%s" does not', (text) => {
    expect(takesBackCancel(text)).toBe(false)
  })

  it('a long message or binary junk is never read as one', () => {
    expect(takesBackCancel('no '.repeat(30_000))).toBe(false)
    expect(takesBackCancel('\u0000\uFFFD\u0007')).toBe(false)
  })
})
