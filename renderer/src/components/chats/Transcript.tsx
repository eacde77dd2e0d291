import { useEffect, useLayoutEffect, useRef } from 'react'
import type { ChatMessage } from '../../../../shared/contract/chats'
import { useTranscript, useTranscripts } from '../../stores/chats'
import { timeText } from '../orders/words'
import { InboundPicture } from './InboundPicture'
import { WaText } from './WaText'

const ORIGIN_LABEL: Record<ChatMessage['origin'], string | null> = {
  customer: null,
  bot: 'Bot',
  manual: 'You',
  status: 'Order update',
  payment: 'Payment',
}

const STATUS_TEXT: Record<string, string> = {
  queued: 'Waiting to send',
  sending: 'Sending…',
  failed: 'Not delivered',
  uncertain: 'May not have arrived',
  cancelled: 'Not sent',
  throttled: 'Too many messages: not answered',
}

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
      aria-label="Messages"
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
          Show earlier messages
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
  const label = ORIGIN_LABEL[m.origin]
  const problem = STATUS_TEXT[m.status]
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
          <span aria-label={m.ack >= 3 ? 'Read' : 'Delivered'}> ✓✓</span>
        )}
        {problem && m.status !== 'sent' && m.status !== 'processed' && (
          <span className="bubble-problem"> · {problem}</span>
        )}
      </div>
    </div>
  )
}
