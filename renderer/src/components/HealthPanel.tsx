import { useCallback, useEffect, useRef, useState } from 'react'
import { REPLY_WAIT_WARN_S, type Health } from '../../../shared/contract/health'
import { api, messageOf } from '../api/client'
import { t } from '../i18n'

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
      <section className="health-panel" aria-label={t('health.title')}>
        <p className="muted">{error ?? t('health.reading')}</p>
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
      <h2 id="health-title">{t('health.title')}</h2>
      {late && (
        <p className="health-warning" role="alert" data-testid="health-reply-warning">
          {t('health.waitingWarn', { age: age(waiting * 1000), count: health.outbox.backlog })}
          {wa.available && wa.state !== 'ready' ? t('health.notConnected') : t('health.limited')}
        </p>
      )}
      <dl className="health-list">
        <dt>{t('health.whatsapp')}</dt>
        <dd data-testid="health-link">
          {wa.available ? t(`health.state_${wa.state}`) : t('health.notUsed')}
          {wa.since !== null && t('health.forAge', { age: age(now - wa.since) })}
        </dd>
        <dt>{t('health.lastIn')}</dt>
        <dd>{ago(health.lastInboundAt, now)}</dd>
        <dt>{t('health.lastOut')}</dt>
        <dd>{ago(health.lastSentAt, now)}</dd>
        <dt>{t('health.backlog')}</dt>
        <dd data-testid="health-backlog">
          {health.outbox.backlog === 0
            ? t('health.none')
            : t('health.backlogSome', { count: health.outbox.backlog, age: age((waiting ?? 0) * 1000) })}
        </dd>
        <dt>{t('health.memory')}</dt>
        <dd>
          {t('health.memoryHost', { mb: Math.round(health.memory.hostRssMiB) })}
          {health.memory.browserRssMiB !== null &&
            t('health.memoryBrowser', { mb: Math.round(health.memory.browserRssMiB) })}
        </dd>
        <dt>{t('health.lastBackup')}</dt>
        <dd>{health.lastBackupAt === null ? t('health.noBackup') : ago(health.lastBackupAt, now)}</dd>
        <dt>{t('health.lastRestart')}</dt>
        <dd>
          {health.lastRecycle === null
            ? t('health.noRestart')
            : `${ago(health.lastRecycle.at, now)} (${health.lastRecycle.reason})`}
        </dd>
      </dl>
      <button type="button" className="btn" onClick={onRefresh}>
        {t('health.refresh')}
      </button>
    </section>
  )
}

function age(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 90) return t('health.s', { n: s })
  if (s < 90 * 60) return t('health.min', { n: Math.round(s / 60) })
  if (s < 36 * 3600) return t('health.h', { n: Math.round(s / 3600) })
  return t('health.days', { n: Math.round(s / 86400) })
}

function ago(at: number | null, now: number): string {
  return at === null ? t('health.never') : t('health.ago', { age: age(now - at) })
}
