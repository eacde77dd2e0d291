// At start-up the engine readies everything the first customer's message would otherwise wait for, in the
// background: the catalog index, the matcher's tables, the catalog pages and the reader's compiled code.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { readerWarm } from '../../shared/understanding/warm'

let shop: TestShop

afterEach(async () => {
  await shop?.close()
})

describe('engine start-up', () => {
  it('warms the reader in the background before the first message, and the first message is answered', async () => {
    expect(readerWarm()).toBe(false)
    shop = await openShop()
    for (let i = 0; i < 10_000 && !readerWarm(); i++) await new Promise<void>((r) => setImmediate(r))
    expect(readerWarm()).toBe(true)
    expect(await shop.say('+919800000001', '2 kg onion')).toContain('Onion')
  })
})
