import { useTranslation } from 'react-i18next'
import { useConnection } from '../stores/connection'

/** Says so when the engine cannot be reached; silent while all is well. */
export function ConnectionBanner() {
  const { t } = useTranslation()
  const state = useConnection((s) => s.state)
  const failures = useConnection((s) => s.failures)
  if (state === 'open') return null
  if (state === 'connecting' && failures === 0) return null
  const text =
    state === 'reconnecting'
      ? t('banner.reconnecting')
      : failures >= 3
        ? t('banner.unreachable')
        : t('banner.connecting')
  return (
    <div className="banner banner-warn" role="status" aria-live="polite" data-testid="connection-banner">
      {text}
    </div>
  )
}
