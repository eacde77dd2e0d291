import { describe, expect, it } from 'vitest'
import { detectAccountIntent } from './account-intent'

const kind = (t: string) => detectAccountIntent(t)?.kind ?? null

describe('khata questions', () => {
  it.each([
    'balance',
    'mera hisaab',
    'mera hisab bhejo',
    'wie viel bin ich schuldig?',
    'Was schulde ich Ihnen?',
    'how much do I owe you',
    'what is my balance?',
    'kitna baaki hai?',
    'udhaar kitna hua',
    'मेरा हिसाब बताओ',
    'Kontostand bitte',
    'send my khata statement',
  ])('%s → khata', (t) => expect(kind(t)).toBe('khata'))

  // money still open, asked in German
  it.each(['wie viel ist noch offen?', 'was hab ich noch offen', 'ist bei mir noch was offen?'])(
    '%s → khata',
    (t) => expect(kind(t)).toBe('khata'),
  )

  // the shop being open is its hours, no money owed
  it.each([
    'Wie lange habt ihr heute offen?',
    'wie lange hat der Laden noch offen',
    'habt ihr sonntags noch offen?',
    'seid ihr morgen noch offen?',
    'wie lange ist die Bäckerei offen',
  ])('%s → nothing', (t) => expect(kind(t)).toBeNull())

  it('answers in the language of the wording', () => {
    expect(detectAccountIntent('mera hisaab')?.language).toBe('hi')
    expect(detectAccountIntent('wie viel bin ich schuldig?')?.language).toBe('de')
    expect(detectAccountIntent('how much do I owe')?.language).toBeNull()
  })
})

describe('same as last time', () => {
  it.each([
    'same as last time',
    'Same as last time please',
    'the same as before',
    'repeat my last order',
    'wahi jo pichli baar',
    'pichli baar wala order',
    'wahi order dobara bhej do',
    'wie letztes Mal',
    'Das Gleiche wie beim letzten Mal bitte',
    'nochmal dasselbe',
    'the usual',
    'wie immer',
    'same order again',
    // the sameness of something said further on is still the order's
    'same as before, will pay by upi',
    'same as last time, deliver after 6',
    'same order as last time, same address',
  ])('%s → repeat', (t) => expect(kind(t)).toBe('repeat'))
})

describe('the same address, payment or time as last time is no repeat of the order', () => {
  it.each([
    'address same as last time',
    'same address as before',
    'deliver to the same address as last time',
    'pata wahi pichli baar wala',
    'pichli baar wala pata',
    'gleiche Adresse wie letztes Mal',
    'Anschrift wie immer',
    'payment same as last time',
    'zahlung wie letztes mal',
    'पता वही पिछली बार वाला',
  ])('%s → nothing', (t) => expect(kind(t)).toBeNull())
})

describe('neither', () => {
  it.each([
    '2 kg aloo, 1 amul butter 500g',
    'where is my order',
    'status of my last order',
    'hi',
    'yes',
    'cancel',
    'menu',
    'baaki sab theek hai 2 kg pyaz',
    'price of sugar',
    'order stornieren',
    // "as before" with the goods counted out: the goods are the order
    'wie immer: 2 Brote',
    'like last week 4 croissants',
    'the usual 2 milk',
  ])('%s → nothing', (t) => expect(kind(t)).toBeNull())

  // "wala" says which goods: two of it in a list are no "same again"
  it.each([
    'doodh 2 packet amul wala aur dahi 1 kilo wala',
    'amul wala makhan aur mother dairy wala doodh',
    'bada wala paneer aur chota wali dahi',
    'fortune wala tel, tata wala namak',
  ])('%s → nothing', (t) => expect(kind(t)).toBeNull())
})

describe('a repeat with changes', () => {
  it.each([
    'same as last time but tomato 5 kg',
    'Same order as last week, only the tomatoes 5kg',
    'pichli baar wala, bas tamatar 5 kilo',
    'wie letztes Mal, aber nur 1 kg Tomaten',
    'same as yesterday except no onion',
  ])('%s → repeat, amended', (t) =>
    expect(detectAccountIntent(t)).toMatchObject({ kind: 'repeat', amends: true }),
  )

  it.each(['same as last time', 'same as yesterday', 'wie gestern bitte', 'same as last time and 1 bread'])(
    '%s → repeat as it was',
    (t) => {
      const a = detectAccountIntent(t)
      expect(a?.kind).toBe('repeat')
      expect(a?.amends).toBeUndefined()
    },
  )

  it('"wie immer: 2 Brote" counted with no but is still how often, not a repeat', () => {
    expect(detectAccountIntent('wie letztes Mal 4 Brezeln')).toBeNull()
  })
})
