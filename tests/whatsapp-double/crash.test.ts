// Crash test: the engine process (engine + WwebjsGateway + its Chromium) is SIGKILLed while a burst of 200
// customer orders is being answered, then started again on the same data folder. Afterwards every customer
// has exactly one reply and nothing is lost, judged by the double's own record of what WhatsApp was handed,
// and the engine's database agrees.
//
// The kill is placed, not hoped for: the double holds each send's result for a while after recording it,
// and the test kills the moment a reply is recorded, so replies are in the "WhatsApp has it, the engine does
// not know yet" window; half of the burst arrives while the engine is dead (only WhatsApp has it then).
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../../shared/clock'
import { WhatsAppDouble } from './server'
import { tempDir, until } from './helpers'

const CHILD = fileURLToPath(new URL('./engine-child.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CUSTOMERS = 200
const BEFORE_KILL = 100

interface Child {
  proc: ChildProcess
  states: string[]
  output: string[]
  exited: Promise<void>
}

function startEngine(dataDir: string, port: number): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  const child: Child = { proc, states: [], output: [], exited }
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    child.output.push(line)
    try {
      const o = JSON.parse(line) as { state?: string }
      if (o.state) child.states.push(o.state)
    } catch {
      // not one of ours
    }
  })
  createInterface({ input: proc.stderr! }).on('line', (line) => child.output.push(`stderr: ${line}`))
  return child
}

const phone = (i: number): string => `9199${String(i).padStart(8, '0')}@c.us`
const order = (i: number): string => `${(i % 5) + 1} kg onion`

describe('crash while answering a burst', () => {
  const double = new WhatsAppDouble(systemClock)
  const dir = tempDir('crash')
  const children: Child[] = []

  beforeAll(async () => {
    await double.start()
  })
  afterAll(async () => {
    for (const c of children)
      if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL')
    await double.stop()
    dir.remove()
  })

  it('answers each of 200 customers exactly once across a SIGKILL', async () => {
    const diag = (c: Child): string => `\n${c.output.slice(-20).join('\n')}`
    const first = startEngine(dir.path, double.port)
    children.push(first)
    await until(() => first.states.includes('qr'), 30_000, `the first QR${diag(first)}`)
    await double.scan()
    await until(() => first.states.includes('ready'), 30_000, `ready${diag(first)}`)
    await double.setSendDelay(300)

    // The first half of the burst, as fast as WhatsApp delivers it; kill as soon as 30 replies are out.
    const killed = double
      .waitFor(() => double.sent.length >= 30, 60_000, 'the first replies')
      .then(() => {
        first.proc.kill('SIGKILL')
      })
    for (let i = 0; i < BEFORE_KILL; i++) {
      await double.receive(phone(i), order(i), { notifyName: `Customer ${i}` })
    }
    await killed
    await first.exited
    // What the dead engine had handed to WhatsApp (a few replies were still on their way at the kill).
    const sentByFirst = double.sent.length
    // The second half arrives while the engine is dead: only WhatsApp holds it.
    await double.setSendDelay(0)
    for (let i = BEFORE_KILL; i < CUSTOMERS; i++) {
      await double.receive(phone(i), order(i), { notifyName: `Customer ${i}` })
    }

    // Restart on the same data folder: the session comes back without a QR and the work resumes.
    const second = startEngine(dir.path, double.port)
    children.push(second)
    const restartedAt = Date.now()
    await until(() => second.states.includes('ready'), 30_000, `ready after restart${diag(second)}`)
    const readyAfter = Date.now() - restartedAt
    expect(second.states).not.toContain('qr')
    const answered = (): number => new Set(double.sent.map((s) => s.to)).size
    await double.waitFor(() => answered() === CUSTOMERS, 90_000, `a reply to every customer${diag(second)}`)
    const caughtUpAfter = Date.now() - restartedAt
    // Give a duplicate time to show up before judging.
    await new Promise((r) => setTimeout(r, 3000))
    second.proc.kill('SIGTERM')
    await second.exited

    // The double's record: exactly one reply per customer, each about that customer's order.
    const perChat = new Map<string, string[]>()
    for (const s of double.sent) perChat.set(s.to, [...(perChat.get(s.to) ?? []), s.body])
    const duplicates = [...perChat].filter(([, bodies]) => bodies.length > 1)
    expect(duplicates, 'customers who got more than one reply').toEqual([])
    for (let i = 0; i < CUSTOMERS; i++) {
      expect(perChat.get(phone(i)), phone(i)).toHaveLength(1)
      expect(perChat.get(phone(i))?.[0], phone(i)).toMatch(/Onion/)
    }

    // The engine's database agrees, and the crash window really was hit.
    const db = new Database(join(dir.path, 'counterchat.db'), { readonly: true })
    try {
      const inbox = db.prepare('SELECT chat, status FROM inbox').all() as { chat: string; status: string }[]
      expect(inbox).toHaveLength(CUSTOMERS)
      expect(inbox.filter((r) => r.status !== 'processed')).toEqual([])
      const outbox = db
        .prepare("SELECT chat, status, provider_id, sending_at, sent_at FROM outbox WHERE origin = 'bot'")
        .all() as { chat: string; status: string; provider_id: string; sending_at: number; sent_at: number }[]
      expect(outbox).toHaveLength(CUSTOMERS)
      expect(outbox.filter((r) => r.status !== 'sent')).toEqual([])
      const recorded = new Map(double.sent.map((s) => [s.id, s.to]))
      for (const r of outbox)
        expect(recorded.get(r.provider_id), r.chat).toBe(r.chat.replace('+', '') + '@c.us')
      // Settled after the restart by asking WhatsApp (findSent): recorded at the moment it was marked sending.
      const reconciled = outbox.filter((r) => r.sent_at === r.sending_at).length
      expect(reconciled, 'replies WhatsApp had but the engine had not recorded at the kill').toBeGreaterThan(
        0,
      )
      console.info(
        `crash test: ${sentByFirst} replies reached WhatsApp before the kill, ${reconciled} of them unrecorded by ` +
          `the engine and settled by findSent after restart, ` +
          `${CUSTOMERS - BEFORE_KILL} orders arrived while the engine was dead; restart to ready ${readyAfter} ms, ` +
          `to every customer answered ${caughtUpAfter} ms`,
      )
    } finally {
      db.close()
    }
  })
})
