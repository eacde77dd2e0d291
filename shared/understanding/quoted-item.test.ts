// The item is quoted back as the customer named it: no quantity, unit, verb of ordering, particle or please.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { quotedItem } from './quoted-item'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

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

describe('an order line carries the item as the customer wrote it, whole', () => {
  const index = buildCatalogIndex([
    P('STAR-40', 'Cadbury 5 Star 40 g', 'pack', { value: 40, unit: 'g' }),
    P('STAR-22', 'Cadbury 5 Star 22 g', 'pack', { value: 22, unit: 'g' }),
    P('IG-1', 'India Gate Basmati Rice Classic 1 kg', 'pack', { value: 1, unit: 'kg' }),
    P('IG-5', 'India Gate Basmati Rice Dubar 5 kg', 'pack', { value: 5, unit: 'kg' }),
    P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
    P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
  ])
  const itemOf = (text: string) => understand(text, index).lines[0]?.item

  it('keeps a number that is part of the name, as written', () => {
    expect(itemOf('5 star 2')).toBe('5 star')
    expect(itemOf('2 five star')).toBe('five star')
    expect(itemOf('5 star x 3')).toBe('5 star')
  })

  it('keeps a word of address talk that is part of the name', () => {
    expect(itemOf('1 india gate')).toBe('india gate')
    expect(itemOf('india gate 2 packet bhej do')).toBe('india gate')
    expect(itemOf('2 india gate basmati')).toBe('india gate basmati')
    // words after it that the catalog does not know, or talk, are left out of the quote
    expect(itemOf('1 india gate xyzzy')).toBe('india gate')
    expect(itemOf('1 india gate home delivery')).toBe('india gate')
  })

  it('leaves out the quantity and the words that ask for it', () => {
    expect(itemOf('2 makhan bhej dijiye')).toBe('makhan')
    expect(itemOf('please send me butter please')).toBe('butter')
  })
})
