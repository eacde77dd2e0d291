// The WhatsApp Web double for `npm run soak`, in a process of its own. It plays WhatsApp's side of the day:
// every chat's history, every message the client handed over, and the soak's ledger of what customers wrote.
// All of that grows with the day and none of it is the shop's memory; inside the soak's process it made the
// host's figure climb (a heap snapshot comparison found the double's and the ledger's records as the only
// growth), so the host now measures the engine and the client alone.
// Talks to its parent over IPC: {n, op, args} in, {n, ok} or {n, error} out.
import { systemClock } from '../../shared/clock'
import { WhatsAppDouble } from '../../tests/whatsapp-double/server'

export type SoakDoubleOp = 'start' | 'scan' | 'receive' | 'counts' | 'report' | 'stop'

export interface SoakReport {
  /** What customers wrote: WhatsApp's id of each message and its chat, in order. */
  written: { providerId: string; chat: string }[]
  /** When WhatsApp received each reply (ms, this process's monotonic clock), in order. */
  sentAt: number[]
  /** The id of each message WhatsApp received from the client. */
  sentIds: string[]
}

const double = new WhatsAppDouble(systemClock)
const written: SoakReport['written'] = []
const sentAt: number[] = []
const push = double.sent.push.bind(double.sent)
double.sent.push = (...items) => {
  for (let i = 0; i < items.length; i++) sentAt.push(performance.now())
  return push(...items)
}

async function handle(op: SoakDoubleOp, args: unknown[]): Promise<unknown> {
  switch (op) {
    case 'start':
      await double.start()
      await double.setAutoAck(true)
      return { port: double.port }
    case 'scan':
      await double.scan()
      return null
    case 'receive': {
      const [chat, text] = args as [string, string]
      const rec = await double.receive(chat, text)
      written.push({ providerId: WhatsAppDouble.inboundId(rec), chat })
      return null
    }
    case 'counts': {
      const since = performance.now() - 10_000
      let last10 = 0
      for (let i = sentAt.length - 1; i >= 0 && sentAt[i]! > since; i--) last10++
      return { inbound: written.length, sendsLast10s: last10 }
    }
    case 'report':
      return { written, sentAt, sentIds: double.sent.map((s) => s.id) } satisfies SoakReport
    case 'stop':
      await double.stop()
      setImmediate(() => process.exit(0))
      return null
  }
}

process.on('message', (m: { n: number; op: SoakDoubleOp; args: unknown[] }) => {
  handle(m.op, m.args).then(
    (ok) => process.send!({ n: m.n, ok }),
    (e: unknown) => process.send!({ n: m.n, error: e instanceof Error ? e.message : String(e) }),
  )
})
process.on('disconnect', () => process.exit(0))
