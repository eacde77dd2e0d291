import { useConnection } from '../stores/connection'

/** Says so when the engine cannot be reached; silent while all is well. */
export function ConnectionBanner() {
  const state = useConnection((s) => s.state)
  const failures = useConnection((s) => s.failures)
  if (state === 'open') return null
  if (state === 'connecting' && failures === 0) return null
  const text =
    state === 'reconnecting'
      ? 'Reconnecting… Changes will show again in a moment.'
      : failures >= 3
        ? 'Cannot reach CounterChat. Is it still running on the shop computer? On a tablet, open the pairing link again.'
        : 'Connecting…'
  return (
    <div className="banner banner-warn" role="status" aria-live="polite" data-testid="connection-banner">
      {text}
    </div>
  )
}
