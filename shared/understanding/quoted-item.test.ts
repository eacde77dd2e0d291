// The item is quoted back as the customer named it: no quantity, unit, verb of ordering, particle or please.
import { describe, expect, it } from 'vitest'
import { quotedItem } from './quoted-item'

describe('quotedItem', () => {
  it.each([
    // Hinglish verbs and particles
    ['doodh bhejna', 'doodh'],
    ['doodh bhej do', 'doodh'],
    ['2 kilo chawal chahiye', 'chawal'],
    ['ek packet doodh de do', 'doodh'],
    ['kaju mangta hai', 'kaju'],
    ['mujhe badam bhijwa dena', 'badam'],
    ['aur 1 kg cheeni lana', 'cheeni'],
    // English
    ['please send me milk please', 'milk'],
    ['add 2 kg basmati', 'basmati'],
    ['I want 3 lemons', 'lemons'],
    // German
    ['bitte Milch schicken', 'Milch'],
    ['2 Liter Milch bitte', 'Milch'],
    ['noch 1 Kaviar senden', 'Kaviar'],
    ['Milch 2 Liter', 'Milch'],
    // Devanagari: the words are known by their reading
    ['दूध भेजना', 'दूध'],
  ])('%s → %s', (line, item) => {
    expect(quotedItem(line)).toBe(item)
  })

  it('keeps the words between as written', () => {
    expect(quotedItem('bitte Milch von gestern schicken')).toBe('Milch von gestern')
    expect(quotedItem('2 kg Amul Butter')).toBe('Amul Butter')
  })

  it('gives the text back when nothing but such words was said', () => {
    expect(quotedItem('2 kg')).toBe('2 kg')
  })
})
