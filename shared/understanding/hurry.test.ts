// How soon, said alone with no time ("urgent", "make it quick", "jaldi karo", "bitte schnell"): a when for the
// order's note, as "tmrw morning" is, never "did not get that".
import { describe, expect, it } from 'vitest'
import { whenAlone } from './fulfilment'

describe('hurry said alone is when the goods are wanted', () => {
  it.each([
    ['urgent', 'urgent'],
    ['make it quick', 'quick'],
    ['asap please', 'asap'],
    ["it's urgent bhaiya", 'urgent'],
    ['make it fast pls', 'fast'],
    ['jaldi karo', 'jaldi'],
    ['bhaiya jaldi se', 'jaldi se'],
    ['bitte schnell', 'schnell'],
    ['need it as soon as possible', 'as soon as possible'],
  ])('"%s" is noted as "%s"', (text, when) => {
    expect(whenAlone(text)).toBe(when)
  })
})
