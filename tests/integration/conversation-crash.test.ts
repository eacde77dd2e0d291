// SIGKILL in the middle of a busy minute. Customers' messages arrive one at a time while replies go out, and
// the app dies at two instants that matter, each made certain rather than hoped for:
//  - while a reply is in `sending`: it reached the customer, but the app died before recording that. After the
//    restart the worker must ask the network (findSent) and record it, not send it again;
//  - between a message's arrival (stored) and its processing: after the restart it must be answered, once.
// Then the network delivers every message again (as after a reconnect): each customer gets exactly one reply.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
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

/** The network, with every findSent question recorded. */
class WatchedNetwork extends FileNetworkGateway {
  asked: { to: string; text: string }[] = []
  override async findSent(to: string, text: string, since: number) {
    this.asked.push({ to, text })
    return super.findSent(to, text, since)
  }
}

async function seededShop(): Promise<{ dir: string; network: string; marker: string }> {
  dir = mkdtempSync(join(tmpdir(), 'cc-crash-'))
  const seed = createEngine({ dataDir: dir, startMessaging: false })
  await seed.catalog.importCsv('conv-catalog.csv', CATALOG)
  await seed.close()
  return { dir, network: join(dir, 'network.jsonl'), marker: join(dir, 'marker.json') }
}

/** Runs the child in `mode` until it has written the marker, then SIGKILLs it (if it has not died already). */
async function runUntilMarker(shop: { dir: string; network: string; marker: string }, mode: string): Promise<unknown> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('../fixtures/conv-crash-child.ts', import.meta.url)), shop.dir, shop.network, shop.marker, mode],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)))
  for (let i = 0; i < 6000 && !existsSync(shop.marker); i++) await new Promise((r) => setTimeout(r, 5))
  child.kill('SIGKILL')
  expect(await exited).toBe('SIGKILL')
  return JSON.parse(readFileSync(shop.marker, 'utf8')) as unknown
}

/** What the killed process left on disk, read without starting an engine (which would settle it). */
function leftOnDisk(dataDir: string) {
  const db = new Database(join(dataDir, 'counterchat.db'))
  try {
    return {
      sending: db.prepare("SELECT chat, text FROM outbox WHERE status = 'sending'").all() as { chat: string; text: string }[],
      inbox: db.prepare('SELECT provider_id AS id, status FROM inbox ORDER BY id').all() as { id: string; status: string }[],
    }
  } finally {
    db.close()
  }
}

/** Restart, redeliver everything, and check each customer got exactly one reply and all is processed/sent. */
async function restartAndCheck(shop: { dir: string; network: string }): Promise<WatchedNetwork> {
  const network = new WatchedNetwork(shop.network)
  const engine = createEngine({ dataDir: shop.dir, gateway: network, limits: NO_LIMITS })
  try {
    for (let i = 0; i < CUSTOMERS; i++) engine.inbox.receive(inboundFor(i))
    await engine.messaging.whenIdle()
    const sent = readNetwork(shop.network)
    const perCustomer = new Map<string, number>()
    for (const l of sent) perCustomer.set(l.to, (perCustomer.get(l.to) ?? 0) + 1)
    for (let i = 0; i < CUSTOMERS; i++) expect(perCustomer.get(customer(i)), customer(i)).toBe(1)
    expect(sent).toHaveLength(CUSTOMERS)
    expect(engine.db.prepare("SELECT count(*) AS n FROM inbox WHERE status = 'processed'").get()).toEqual({ n: CUSTOMERS })
    expect(engine.db.prepare('SELECT status, count(*) AS n FROM outbox GROUP BY status').all()).toEqual([
      { status: 'sent', n: CUSTOMERS },
    ])
    return network
  } finally {
    await engine.close()
  }
}

describe('crash', () => {
  it('killed while a reply is in `sending`: the restart reconciles it with the network and sends it once', async () => {
    const shop = await seededShop()
    const marker = (await runUntilMarker(shop, 'hang-at:25')) as { to: string; providerId: string }
    // The kill really happened with that reply in `sending`, and it had reached the customer.
    const left = leftOnDisk(shop.dir)
    // Other sends may have been in flight beside it (the worker does not wait for one send to start the next):
    // each of those is reconciled the same way.
    expect(left.sending.map((r) => r.chat)).toContain(marker.to)
    expect(readNetwork(shop.network).filter((l) => l.to === marker.to)).toHaveLength(1)
    // Messages were still arriving when it died: some never reached the app before the kill.
    expect(left.inbox.length).toBeLessThan(CUSTOMERS)

    const network = await restartAndCheck(shop)
    // The reconcile ran: the worker asked the network about each reply left in `sending`, and recorded the
    // network's id for the one that had gone out.
    const byChat = (a: { to: string }, b: { to: string }) => a.to.localeCompare(b.to)
    const leftSending = left.sending.map((r) => ({ to: r.chat, text: r.text }))
    expect([...network.asked].sort(byChat)).toEqual(leftSending.sort(byChat))
    const db = new Database(join(shop.dir, 'counterchat.db'), { readonly: true })
    try {
      expect(db.prepare('SELECT provider_id FROM outbox WHERE chat = ?').get(marker.to)).toEqual({ provider_id: marker.providerId })
    } finally {
      db.close()
    }
  }, 60_000)

  it('killed between a message arriving and its processing: it is answered after the restart, once', async () => {
    const shop = await seededShop()
    const marker = (await runUntilMarker(shop, 'kill-after-store:30')) as { stored: number }
    expect(marker.stored).toBe(30)
    const left = leftOnDisk(shop.dir)
    // Stored, not processed, not answered: exactly the window this test is about.
    expect(left.inbox.find((r) => r.id === inboundFor(30).providerId)).toEqual({ id: inboundFor(30).providerId, status: 'pending' })
    expect(left.inbox.filter((r) => r.id !== inboundFor(30).providerId).map((r) => r.status)).not.toContain('pending')
    expect(readNetwork(shop.network).some((l) => l.to === customer(30))).toBe(false)

    await restartAndCheck(shop)
  }, 60_000)
})
