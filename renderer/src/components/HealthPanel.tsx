import { useCallback, useEffect, useRef, useState } from 'react'
import { REPLY_WAIT_WARN_S, type Health } from '../../../shared/contract/health'
import { api, messageOf } from '../api/client'

/**
 * "How is the counter doing": the link and since when, the last message in and out, replies still waiting
 * (warned past 60 s), memory, the last backup and the last planned browser restart. Read from the engine when
 * it announces a change (a message in or out, a link change), never on a timer; between reads only the ages
 * count up locally, from the snapshot's own time.
 */
export function HealthPanel() {
  const [health, setHealth] = useState<Health | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Local time elapsed since the snapshot, in seconds (the engine's clock stamped it; we only add to it).
  const [drift, setDrift] = useState(0)
  const readAt = useRef(0)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)

  const read = useCallback(async () => {
    try {
      setHealth(await api.call('health', {}))
      readAt.current = performance.now()
      setDrift(0)
      setError(null)
    } catch (err) {
      setError(messageOf(err))
    }
  }, [])

  useEffect(() => {
    const first = setTimeout(() => void read(), 0)
    // Busy counters send many events: read at most once a second.
    const soon = () => {
      if (pending.current) return
      pending.current = setTimeout(() => {
        pending.current = null
        void read()
      }, 1000)
    }
    const offs = [api.on('chat.message', soon), api.on('whatsapp.state', soon)]
    const tick = setInterval(() => setDrift(Math.floor((performance.now() - readAt.current) / 1000)), 1000)
    return () => {
      for (const off of offs) off()
      clearInterval(tick)
      clearTimeout(first)
      if (pending.current) clearTimeout(pending.current)
    }
  }, [read])

  if (!health)
    return (
      <section className="health-panel" aria-label="Status">
        <p className="muted">{error ?? 'Reading the status…'}</p>
      </section>
    )
  return <HealthView health={health} drift={drift} onRefresh={() => void read()} />
}

/** The panel for one snapshot, `drift` seconds after it was taken. */
export function HealthView({
  health,
  drift,
  onRefresh,
}: {
  health: Health
  drift: number
  onRefresh: () => void
}) {
  const now = health.at + drift * 1000
  const waiting = health.outbox.oldestWaitingS === null ? null : health.outbox.oldestWaitingS + drift
  const late = waiting !== null && waiting > REPLY_WAIT_WARN_S
  const wa = health.whatsapp
  return (
    <section className="health-panel" aria-labelledby="health-title" data-testid="health-panel">
      <h2 id="health-title">Status</h2>
      {late && (
        <p className="health-warning" role="alert" data-testid="health-reply-warning">
          A reply has been waiting {age(waiting * 1000)} to go out ({health.outbox.backlog} waiting).
          {wa.available && wa.state !== 'ready'
            ? ' WhatsApp is not connected.'
            : ' WhatsApp limits how fast replies may leave.'}
        </p>
      )}
      <dl className="health-list">
        <dt>WhatsApp</dt>
        <dd data-testid="health-link">
          {wa.available ? LINK_WORDS[wa.state] : 'not used on this computer'}
          {wa.since !== null && <> for {age(now - wa.since)}</>}
        </dd>
        <dt>Last message in</dt>
        <dd>{ago(health.lastInboundAt, now)}</dd>
        <dt>Last reply out</dt>
        <dd>{ago(health.lastSentAt, now)}</dd>
        <dt>Replies waiting</dt>
        <dd data-testid="health-backlog">
          {health.outbox.backlog === 0
            ? 'none'
            : `${health.outbox.backlog}, oldest ${age((waiting ?? 0) * 1000)}`}
        </dd>
        <dt>Memory</dt>
        <dd>
          CounterChat {Math.round(health.memory.hostRssMiB)} MB
          {health.memory.browserRssMiB !== null && (
            <>, WhatsApp browser {Math.round(health.memory.browserRssMiB)} MB</>
          )}
        </dd>
        <dt>Last backup</dt>
        <dd>{health.lastBackupAt === null ? 'none recorded' : ago(health.lastBackupAt, now)}</dd>
        <dt>Last browser restart</dt>
        <dd>
          {health.lastRecycle === null
            ? 'none since CounterChat started'
            : `${ago(health.lastRecycle.at, now)} (${health.lastRecycle.reason})`}
        </dd>
      </dl>
      <button type="button" className="btn" onClick={onRefresh}>
        Refresh
      </button>
    </section>
  )
}

const LINK_WORDS: Record<Health['whatsapp']['state'], string> = {
  starting: 'starting',
  qr: 'waiting for the QR scan',
  pairing_code: 'waiting for the code on the phone',
  syncing: 'loading chats',
  ready: 'connected',
  disconnected: 'not connected',
}

function age(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 90) return `${s} s`
  if (s < 90 * 60) return `${Math.round(s / 60)} min`
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h`
  return `${Math.round(s / 86400)} days`
}

function ago(at: number | null, now: number): string {
  return at === null ? 'never' : `${age(now - at)} ago`
}
