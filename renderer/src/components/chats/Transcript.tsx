import { useEffect, useLayoutEffect, useRef } from 'react'
import type { ChatMessage } from '../../../../shared/contract/chats'
import { useTranscript, useTranscripts } from '../../stores/chats'
import { timeText } from '../orders/words'
import { InboundPicture } from './InboundPicture'
import { t } from '../../i18n'
import { WaText } from './WaText'

const tr = t as unknown as (key: string) => string
const ORIGIN_LABEL = (origin: ChatMessage['origin']): string | null =>
  origin === 'customer' ? null : tr(`chats.from_${origin}`)

const STATUSES = new Set(['queued', 'sending', 'failed', 'uncertain', 'cancelled', 'throttled'])
const STATUS_TEXT = (status: string): string | undefined => (STATUSES.has(status) ? tr(`chats.st_${status}`) : undefined)

/** A chat's messages, newest at the bottom, live. `compact` for the order detail (shorter box). */
export function Transcript({ phone, compact = false }: { phone: string; compact?: boolean }) {
  const transcript = useTranscript(phone)
  const load = useTranscripts((s) => s.load)
  const loadOlder = useTranscripts((s) => s.loadOlder)
  const box = useRef<HTMLDivElement>(null)
  const atBottom = useRef(true)

  useEffect(() => {
    load(phone)
  }, [phone, load])

  const count = transcript?.items.length ?? 0
  const lastId = transcript?.items.at(-1)?.id
  // Stay pinned to the newest message unless the shopkeeper scrolled up to read.
  useLayoutEffect(() => {
    const el = box.current
    if (el && atBottom.current) el.scrollTop = el.scrollHeight
  }, [count, lastId])

  return (
    <div
      className={`transcript ${compact ? 'transcript-compact' : ''}`}
      ref={box}
      role="log"
      aria-label={t('chats.messages')}
      aria-live="polite"
      data-testid="transcript"
      onScroll={(e) => {
        const el = e.currentTarget
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40
      }}
    >
      {transcript?.hasMore && (
        <button
          type="button"
          className="btn btn-small load-older"
          onClick={() => loadOlder(phone)}
          disabled={transcript.loading}
        >
          {t('chats.earlier')}
        </button>
      )}
      {transcript?.error && <p className="error-text">{transcript.error}</p>}
      {transcript && transcript.items.length === 0 && !transcript.loading && (
        <p className="muted">No messages yet.</p>
      )}
      {transcript?.items.map((m) => (
        <Bubble key={m.id} m={m} />
      ))}
    </div>
  )
}

function Bubble({ m }: { m: ChatMessage }) {
  const label = ORIGIN_LABEL(m.origin)
  const problem = STATUS_TEXT(m.status)
  return (
    <div className={`bubble bubble-${m.direction} origin-${m.origin}`} data-direction={m.direction}>
      {m.kind === 'media' && <InboundPicture messageId={m.id} caption={m.text} />}
      <div className="bubble-text">
        <WaText text={m.text} />
      </div>
      <div className="bubble-meta">
        {label && <span>{label} · </span>}
        <span>{timeText(m.at)}</span>
        {m.direction === 'out' && m.ack !== null && m.ack >= 2 && (
          <span aria-label={m.ack >= 3 ? t('chats.read') : t('chats.delivered')}> ✓✓</span>
        )}
        {problem && m.status !== 'sent' && m.status !== 'processed' && (
          <span className="bubble-problem"> · {problem}</span>
        )}
      </div>
    </div>
  )
}
