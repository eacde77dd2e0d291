// When the goods are wanted, said in Devanagari or with a Hindi hour in number words (issue #11, hg13 round).
import { describe, expect, it } from 'vitest'
import { handOverWhen, saysWhen, whenAlone, whenBesideGoods } from './fulfilment'

describe('when said beside goods in Devanagari is kept in the customer words', () => {
  it.each([
    ['कल सुबह तीन पैकेट दूध चाहिए', ['तीन पैकेट दूध'], 'कल सुबह'],
    ['दो किलो आलू शाम को भेज देना', ['दो किलो आलू'], 'शाम'],
    ['परसों दोपहर तक एक किलो पनीर', ['एक किलो पनीर'], 'परसों दोपहर'],
  ])('%s', (text, goods, when) => {
    expect(whenBesideGoods(text, goods)).toBe(when)
  })

  it('a plan to come in Devanagari', () => {
    expect(handOverWhen('शाम को दुकान से ले लूंगा')).toBe('शाम')
    expect(handOverWhen('मैं कल सुबह 7 बजे आऊंगा')).toBe('कल सुबह 7 बजे')
  })
})

describe('a Hindi hour in number words is a clock time', () => {
  it.each([
    ['kal subah saat baje tak', 'kal subah saat baje'],
    ['कल सुबह सात बजे तक', 'कल सुबह सात बजे'],
    ['saade paanch baje', 'saade paanch baje'],
    ['शाम को', 'शाम'],
  ])('said alone: %s', (text, when) => {
    expect(whenAlone(text)).toBe(when)
  })

  it.each(['main paanch baje aa ke le jaunga', 'chhe baje tak le lunga', 'मैं आठ बजे ले जाऊंगा'])(
    'with a plan to come: %s',
    (text) => {
      expect(saysWhen(text)).toBe(true)
      expect(handOverWhen(text)).not.toBeNull()
    },
  )

  it('a number word without baje is no time', () => {
    expect(whenAlone('kal se doodh band')).toBeNull()
    expect(whenBesideGoods('doodh 2 packet saade aath baje tak bhej dena', ['doodh 2 packet'])).toBe(
      'saade aath baje',
    )
    expect(whenBesideGoods('aloo do kilo', ['aloo do kilo'])).toBeNull()
  })
})

describe('the when found in the Hinglish reading is mapped back by where it stands', () => {
  // a word of the goods may start with the letters of the when ("kal" of kalakand, "sham" of shamli)
  it.each([
    ['कलाकंद आधा किलो, कल', 'कल'],
    ['कलौंजी 100 ग्राम कल तक', 'कल'],
    ['शामली वाला घी, शाम को', 'शाम'],
  ])('%s', (text, when) => {
    expect(handOverWhen(text)).toBe(when)
  })
})

describe('every Hindi hour a when is read from also says a time is planned', () => {
  it.each(['dhaai baje le jaunga', 'gyaarah baje aaunga', 'ढाई बजे आऊंगा', 'chhah baje aa jaunga'])(
    '%s',
    (text) => {
      expect(saysWhen(text)).toBe(true)
    },
  )
})
