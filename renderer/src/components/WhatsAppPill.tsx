import type { WhatsAppStatus } from '../../../shared/contract/whatsapp'
import { useTranslation } from 'react-i18next'
import { useWhatsApp } from '../stores/whatsapp'

/** The nav's one-glance answer to "are customers' messages reaching us?"; opens the Link screen. */
export function WhatsAppPill() {
  const { t } = useTranslation()
  const status = useWhatsApp((s) => s.status)
  if (!status || !status.available) return null
  const { text, tone } = describe(status)
  return (
    <a className={`wa-pill wa-pill-${tone}`} href="#/link" data-testid="whatsapp-pill" data-tone={tone}>
      <span className="wa-pill-dot" aria-hidden="true" />
      {t('pill.label', { state: t(`pill.${text}`) })}
    </a>
  )
}

function describe(status: WhatsAppStatus): {
  text: 'linked' | 'connecting' | 'waiting' | 'off' | 'notLinked' | 'disconnected'
  tone: 'ok' | 'busy' | 'off' | 'bad' } {
  const link = status.link
  switch (link.state) {
    case 'ready':
      return { text: 'linked', tone: 'ok' }
    case 'starting':
    case 'syncing':
      return { text: 'connecting', tone: 'busy' }
    case 'qr':
    case 'pairing_code':
      return { text: 'waiting', tone: 'busy' }
    case 'disconnected': {
      const code = link.detail.split(':')[0]
      if (code === 'STOPPED') return { text: status.sessionSaved ? 'off' : 'notLinked', tone: 'off' }
      if (code === 'LOGOUT' || code === 'LOGOUT_LOCAL' || code === 'UNPAIRED') return { text: 'notLinked', tone: 'bad' }
      return { text: 'disconnected', tone: 'bad' }
    }
  }
}
