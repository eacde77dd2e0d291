// One snapshot of how the counter is doing (shared/contract/health.ts): read from the database, the gateway
// and the process, never cached, so the status panel and /healthz always agree with what is true now.
import { REPLY_WAIT_WARN_S, type Health } from '../../shared/contract/health'
import type { Engine } from './index'

const MiB = 1024 * 1024

export function engineHealth(engine: Engine): Health {
  const at = engine.clock.now()
  const gateway = engine.gateway
  const available = gateway.kind !== 'simulator'
  const link = gateway.linkState
  const g = available ? (gateway.health?.() ?? null) : null
  const row = engine.db
    .prepare(
      `SELECT (SELECT max(received_at) FROM inbox) AS lastIn,
              (SELECT max(sent_at) FROM outbox WHERE sent_at IS NOT NULL) AS lastOut,
              (SELECT count(*) FROM outbox WHERE status IN ('queued', 'sending')) AS backlog,
              (SELECT min(created_at) FROM outbox WHERE status IN ('queued', 'sending')) AS oldest`,
    )
    .get() as { lastIn: number | null; lastOut: number | null; backlog: number; oldest: number | null }
  const oldestWaitingS = row.oldest === null ? null : Math.max(0, Math.round((at - row.oldest) / 1000))
  const warnings: string[] = []
  if (oldestWaitingS !== null && oldestWaitingS > REPLY_WAIT_WARN_S)
    warnings.push(
      `A reply has been waiting ${describeAge(oldestWaitingS)} to go out (${row.backlog} waiting in all).`,
    )
  if (available && link.state === 'disconnected') warnings.push(`WhatsApp is not connected: ${link.reason}`)
  return {
    at,
    whatsapp: {
      available,
      state: available ? link.state : 'disconnected',
      reason: available ? (link.state === 'disconnected' ? link.reason : null) : 'No WhatsApp on this copy.',
      since: g?.stateSince ?? null,
    },
    lastInboundAt: row.lastIn,
    lastSentAt: row.lastOut,
    outbox: { backlog: row.backlog, oldestWaitingS },
    memory: {
      hostRssMiB: round1(process.memoryUsage.rss() / MiB),
      browserRssMiB: g?.browserRss == null ? null : round1(g.browserRss / MiB),
    },
    // The newest copy in backups/ (null: none yet, or an in-memory engine).
    lastBackupAt: engine.backups.status().last?.at ?? null,
    lastRecycle: g?.lastRecycle ?? null,
    warnings,
  }
}

function describeAge(s: number): string {
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}
