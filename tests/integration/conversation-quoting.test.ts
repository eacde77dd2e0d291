// The bot quotes the customer's item back without their verbs and particles, in every language it answers in.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const ASHA = '+919800000001'
let shop: TestShop
/** Every "quoted" piece of a reply, in order (quotes pair up from the start). */
const quoted = (reply: string) => [...reply.matchAll(/"([^"\n]*)"/g)].map((m) => m[1]!)
afterEach(async () => {
  await shop?.close()
})

describe('"which one?" and "we don\'t have" quote the item, not the request', () => {
  it.each([
    ['makhan bhejna', '"makhan" mein se kaunsa?'],
    ['2 makhan bhej dijiye', '"makhan" mein se kaunsa?'],
    ['please send me butter please', 'Which "butter" do you mean?'],
    ['bitte Butter schicken', 'Welches "Butter" meinen Sie?'],
  ])('%s', async (text, question) => {
    shop = await openShop()
    const r = await shop.say(ASHA, text)
    expect(r).toContain(question)
    expect(quoted(r).filter((q) => /bhej|please|schicken/.test(q))).toEqual([])
  })

  it.each([
    ['kaju mangta hai', '"kaju"'],
    ['2 kilo badam bhej do', '"badam"'],
    ['Kaviar bitte schicken', '"Kaviar"'],
    ['1 kg cashews please', '"cashews"'],
  ])('%s', async (text, item) => {
    shop = await openShop()
    const r = await shop.say(ASHA, text)
    expect(r).toContain(item)
    expect(quoted(r).filter((q) => /bhej|mangta|bitte|please|schicken/.test(q))).toEqual([])
  })
})

describe('a container the shop sells no pack of is asked about, not added as 1 kg', () => {
  it.each([
    ['1 peti tamatar', 'Tomato kg ke hisaab se milta hai; kitne kg chahiye?'],
    ['2 crates tomato please', 'Tomato is sold per kg; please tell me how many kg.'],
  ])('%s', async (text, question) => {
    shop = await openShop()
    const r = await shop.say(ASHA, text)
    expect(r).toContain(question)
    expect(shop.engine.chats.get(ASHA).cart).toEqual([])
  })
})

describe('the item is quoted whole: a number or an address word in its name is not cut off', () => {
  // two of each, so the bot has to ask which one
  const NAMES_CATALOG = [
    'sku,name,price,unit,size,aliases,category,stock',
    'STAR-40,Cadbury 5 Star 40 g,20.00,pack,40 g,,Snacks,50',
    'STAR-22,Cadbury 5 Star 22 g,10.00,pack,22 g,,Snacks,50',
    'IG-1,India Gate Basmati Rice Classic 1 kg,160.00,pack,1 kg,,Staples,30',
    'IG-5,India Gate Basmati Rice Dubar 5 kg,600.00,pack,5 kg,,Staples,30',
    'MANTRA-1,24 Mantra Organic Atta 1 kg,90.00,pack,1 kg,,Staples,10',
    'MANTRA-5,24 Mantra Organic Sonamasuri Rice 1 kg,120.00,pack,1 kg,,Staples,10',
  ].join('\n')

  it.each([
    ['5 star 2', '5 star'],
    ['2 five star', 'five star'],
    ['1 india gate', 'india gate'],
    ['india gate 2 packet bhej do', 'india gate'],
    ['24 mantra 1 kg x 2', '24 mantra'],
  ])('%s', async (text, item) => {
    shop = await openShop({ catalog: new TextEncoder().encode(NAMES_CATALOG) })
    const r = await shop.say(ASHA, text)
    // the welcome's example order is quoted too; the question's quote comes after it
    expect(quoted(r)).toContain(item)
  })
})
