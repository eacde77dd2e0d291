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
