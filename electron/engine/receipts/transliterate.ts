// Thermal printers have no Devanagari code page. A Hindi product name is printed in Latin letters
// (a simplified ISO 15919 reading: "आटा" → "aata"), so the receipt stays readable instead of "????".
const VOWELS: Record<string, string> = {
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'ee',
  उ: 'u',
  ऊ: 'oo',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
}
const SIGNS: Record<string, string> = {
  'ा': 'aa',
  'ि': 'i',
  'ी': 'ee',
  'ु': 'u',
  'ू': 'oo',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
}
const CONSONANTS: Record<string, string> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  क़: 'q',
  ख़: 'kh',
  ग़: 'g',
  ज़: 'z',
  ड़: 'r',
  ढ़: 'rh',
  फ़: 'f',
}
const OTHER: Record<string, string> = { 'ं': 'n', 'ँ': 'n', 'ः': 'h', '्': '', '़': '', '।': '.', ॐ: 'om' }
const DIGITS = '०१२३४५६७८९'

export function transliterateDevanagari(text: string): string {
  if (!/[\u0900-\u097F]/.test(text)) return text
  const chars = [...text.normalize('NFC')]
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    const next = chars[i + 1]
    const c = CONSONANTS[ch]
    if (c !== undefined) {
      out += c
      // The inherent "a" unless a vowel sign or virama follows, or the word ends (Hindi drops it there).
      const wordEnds = next === undefined || !/[\u0900-\u097F]/.test(next)
      if (next !== undefined && (SIGNS[next] !== undefined || next === '्' || next === '़')) continue
      if (!wordEnds) out += 'a'
      continue
    }
    if (VOWELS[ch] !== undefined) out += VOWELS[ch]
    else if (SIGNS[ch] !== undefined) out += SIGNS[ch]
    else if (OTHER[ch] !== undefined) out += OTHER[ch]
    else if (DIGITS.includes(ch)) out += String(DIGITS.indexOf(ch))
    else out += ch
  }
  return out
}
