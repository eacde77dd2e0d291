// `counterchat chat` and `counterchat orders`: the shapes other tools read, end to end on a data folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli as run } from '../fixtures/cli'
import { createEngine } from '../../electron/engine'
import { CATALOG } from '../fixtures/conv-harness'

let dir: string | null = null
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})


describe('counterchat chat / orders', () => {
  it('takes an order typed on stdin and prints it as JSON lines', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-cli-'))
    const csv = join(dir, 'catalog.csv')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(csv, CATALOG)
    expect((await run(['import', csv, '--data', dir])).code).toBe(0)

    const chat = await run(
      ['chat', '--data', dir, '--from', '+919800000001', '--json'],
      'hi\n2 kg onion, 1 butter\n2\n\nyes\n',
    )
    expect(chat.code).toBe(0)
    const replies = chat.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { to: string; text: string })
    expect(replies).toHaveLength(4)
    expect(replies.every((r) => r.to === '+919800000001')).toBe(true)
    expect(replies[1]!.text).toContain('Which "butter"')
    expect(replies[3]!.text).toContain('Order *#1001* placed. Total *₹335*')

    const orders = await run(['orders', '--data', dir, '--json'])
    expect(orders.code).toBe(0)
    expect(
      orders.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      {
        number: 1001,
        customer: '+919800000001',
        status: 'new',
        payment: 'unpaid',
        currency: 'INR',
        total: 33500,
        lines: [
          { sku: 'ONION', name: 'Onion', qty: 2, unit: 'kg', amount: 6000 },
          { sku: 'AMUL-BUTTER-500', name: 'Amul Butter 500 g', qty: 1, unit: 'pack', amount: 27500 },
        ],
      },
    ])

    // The conversation continues where it left off in a second run.
    const again = await run(['chat', '--data', dir, '--from', '+919800000001'], 'status\n')
    expect(again.out).toContain('Order *#1001* (₹335): received, waiting for the shop.')
    expect((await run(['orders', '--data', dir, '--status', 'new'])).out).toMatch(
      /^#1001 .* new {2}unpaid {2}₹335/,
    )
  })

  it('gets every reply while the app runs on the same folder, and the app sends none of them', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-cli-'))
    const app = createEngine({ dataDir: dir })
    try {
      await app.catalog.importCsv('conv-catalog.csv', CATALOG)
      // The app is busy with its own simulated customer at the same time.
      app.simulator.simulateInbound('+910000000001', '2 kg onion')
      const chat = await run(['chat', '--data', dir, '--from', '+919800000005', '--json'], '1 bread\nyes\n')
      const replies = chat.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { text: string })
      expect(replies).toHaveLength(2)
      expect(replies[1]!.text).toContain('placed')
      await app.messaging.whenIdle()
      expect(app.simulator.sentTo('+919800000005')).toEqual([])
      expect(app.simulator.sentTo('+910000000001')).toHaveLength(1)
    } finally {
      await app.close()
    }
  })

  it('explains a missing --from', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-cli-'))
    const r = await run(['chat', '--data', dir], 'hi\n')
    expect(r.code).toBe(2)
    expect(r.err).toContain('--from PHONE is required')
    expect((await run(['orders', '--data', dir, '--status', 'lost'])).code).toBe(2)
  })
})
