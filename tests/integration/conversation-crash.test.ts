// SIGKILL in the middle of a busy minute: 200 customers each send one message, the app is killed while it is
// replying, then started again. Every customer gets exactly one reply, and every message is processed once.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine } from '../../electron/engine'
import {
  CUSTOMERS,
  customer,
  FileNetworkGateway,
  inboundFor,
  NO_LIMITS,
  readNetwork,
} from '../fixtures/conv-crash-gateway'
import { CATALOG } from '../fixtures/conv-harness'

let dir: string | null = null
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('crash', () => {
  it('a SIGKILL while replying loses nothing and repeats nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-crash-'))
    const network = join(dir, 'network.jsonl')
    const seed = createEngine({ dataDir: dir, startMessaging: false })
    await seed.catalog.importCsv('conv-catalog.csv', CATALOG)
    await seed.close()

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../fixtures/conv-crash-child.ts', import.meta.url)),
        dir,
        network,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const exited = new Promise<void>((r) => child.on('exit', () => r()))
    // Kill it part-way through its replies.
    for (let i = 0; i < 3000 && readNetwork(network).length < 40; i++)
      await new Promise((r) => setTimeout(r, 5))
    child.kill('SIGKILL')
    await exited
    const before = readNetwork(network).length
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(CUSTOMERS)

    const engine = createEngine({ dataDir: dir, gateway: new FileNetworkGateway(network), limits: NO_LIMITS })
    try {
      // The network delivers everything again, as after a reconnect; the inbox keeps only what it lacks.
      for (let i = 0; i < CUSTOMERS; i++) engine.inbox.receive(inboundFor(i))
      await engine.messaging.whenIdle()
      const sent = readNetwork(network)
      const perCustomer = new Map<string, number>()
      for (const l of sent) perCustomer.set(l.to, (perCustomer.get(l.to) ?? 0) + 1)
      for (let i = 0; i < CUSTOMERS; i++) expect(perCustomer.get(customer(i)), customer(i)).toBe(1)
      expect(sent).toHaveLength(CUSTOMERS)
      expect(engine.db.prepare("SELECT count(*) AS n FROM inbox WHERE status = 'processed'").get()).toEqual({
        n: CUSTOMERS,
      })
      expect(engine.db.prepare('SELECT status, count(*) AS n FROM outbox GROUP BY status').all()).toEqual([
        { status: 'sent', n: CUSTOMERS },
      ])
    } finally {
      await engine.close()
    }
  }, 60_000)
})
