// Labels on a customer's chat (add, remove, filter, case-insensitive, kept through a restart) and the shop's
// quick replies (a setting with starters, validated), through the same dispatcher the screens use.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { createDispatcher, type Dispatch } from '../../electron/engine/api'

const ASHA = '+919800000001'
const RAVI = '+919800000002'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

async function call<T>(dispatch: Dispatch, method: string, args: unknown): Promise<T> {
  const r = await dispatch(method, args)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.value as T
}

type Summary = { phone: string; labels: string[] }

describe('chat labels', () => {
  it('adds, filters by and removes labels; "VIP" and "vip" are one label; kept through a restart', async () => {
    shop = await openShop({ onDisk: true })
    await shop.say(ASHA, 'hi')
    await shop.say(RAVI, 'hi')
    let dispatch = createDispatcher(shop.engine)
    expect((await call<Summary>(dispatch, 'chats.addLabel', { phone: ASHA, label: ' VIP ' })).labels).toEqual(['VIP'])
    await call(dispatch, 'chats.addLabel', { phone: ASHA, label: 'pays late' })
    expect((await call<Summary>(dispatch, 'chats.addLabel', { phone: RAVI, label: 'vip' })).labels).toEqual(['vip'])
    expect((await call<Summary>(dispatch, 'chats.addLabel', { phone: ASHA, label: 'vip' })).labels).toEqual([
      'pays late',
      'VIP',
    ])
    const vip = await call<{ total: number; items: Summary[] }>(dispatch, 'chats.list', { label: 'Vip' })
    expect(vip.items.map((c) => c.phone).sort()).toEqual([ASHA, RAVI])
    const late = await call<{ items: Summary[] }>(dispatch, 'chats.list', { label: 'pays late' })
    expect(late.items.map((c) => c.phone)).toEqual([ASHA])
    expect(await call(dispatch, 'chats.labels', {})).toEqual([
      { name: 'VIP', count: 2 },
      { name: 'pays late', count: 1 },
    ])
    expect((await call<Summary & { cart: unknown[] }>(dispatch, 'chats.get', { phone: ASHA })).labels).toEqual([
      'pays late',
      'VIP',
    ])

    await shop.restart()
    dispatch = createDispatcher(shop.engine)
    expect((await call<Summary>(dispatch, 'chats.removeLabel', { phone: ASHA, label: 'vip' })).labels).toEqual([
      'pays late',
    ])
    expect((await call<{ items: Summary[] }>(dispatch, 'chats.list', { label: 'VIP' })).items.map((c) => c.phone)).toEqual([
      RAVI,
    ])
    expect((await call<{ total: number }>(dispatch, 'chats.list', { label: 'nobody' })).total).toBe(0)
  })

  it('refuses an empty label, one with a comma, and a label on a chat that does not exist', async () => {
    shop = await openShop()
    await shop.say(ASHA, 'hi')
    const dispatch = createDispatcher(shop.engine)
    for (const label of ['   ', 'a,b', 'x'.repeat(31)]) {
      const r = await dispatch('chats.addLabel', { phone: ASHA, label })
      expect(r.ok, label).toBe(false)
    }
    const missing = await dispatch('chats.addLabel', { phone: '+910000000000', label: 'vip' })
    expect(missing.ok).toBe(false)
    expect(shop.engine.chats.get(ASHA).labels).toEqual([])
  })
})

describe('quick replies', () => {
  it('starts with a few, is replaced through settings, and refuses duplicates or a bad shortcut', async () => {
    shop = await openShop()
    const dispatch = createDispatcher(shop.engine)
    const starters = await call<{ shortcut: string }[]>(dispatch, 'chats.quickReplies', {})
    expect(starters.map((r) => r.shortcut)).toContain('thanks')
    const mine = [
      { shortcut: 'timings', text: 'We are open 8 am to 9 pm.' },
      { shortcut: 'upi', text: 'Pay by UPI to the number on the bill.' },
    ]
    await call(dispatch, 'settings.set', { key: 'chats.quickReplies', value: mine })
    expect(await call(dispatch, 'chats.quickReplies', {})).toEqual(mine)
    for (const bad of [
      [...mine, { shortcut: 'TIMINGS', text: 'again' }],
      [{ shortcut: 'two words', text: 'x' }],
      [{ shortcut: 'empty', text: '  ' }],
    ]) {
      expect((await dispatch('settings.set', { key: 'chats.quickReplies', value: bad })).ok).toBe(false)
    }
    expect(await call(dispatch, 'chats.quickReplies', {})).toEqual(mine)
  })
})
