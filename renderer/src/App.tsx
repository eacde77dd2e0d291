import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConnectionBanner } from './components/ConnectionBanner'
import { NavBadge } from './components/queue/NavBadge'
import { Toasts } from './components/Toasts'
import { WhatsAppPill } from './components/WhatsAppPill'
import { useApp } from './stores/app'
import { CounterQrView, useCounterQrNumber } from './views/CounterQrView'
import { DEFAULT_VIEW, VIEW_ALIASES, VIEWS } from './views'

// Screens are addressed by the hash (#/catalog), so a reload or a bookmark on the tablet keeps the screen.
// A screen may take one more part: #/queue/1001 opens order 1001, #/chats/+9198… one conversation.
function viewFromHash(): string {
  const first = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? ''
  const id = VIEW_ALIASES[first] ?? first
  return VIEWS.some((v) => v.id === id) ? id : DEFAULT_VIEW
}

export function App() {
  const [viewId, setViewId] = useState(viewFromHash)
  useEffect(() => {
    const onHash = () => setViewId(viewFromHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const { t } = useTranslation()
  const view = VIEWS.find((v) => v.id === viewId) ?? VIEWS[0]!
  const View = view.component
  const label = t(`nav.${view.label}`)
  useEffect(() => {
    document.title = `${label} · CounterChat`
  }, [label])
  // The customer-facing counter QR (#/counter-qr/1001) takes the whole screen: no nav, no shop internals.
  const counterQr = useCounterQrNumber()
  if (counterQr !== null) return <CounterQrView number={counterQr} />

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <nav className="nav" aria-label={t('app.mainNav')}>
        <ShopHeader />
        <WhatsAppPill />
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <a href={`#/${v.id}`} aria-current={v.id === view.id ? 'page' : undefined}>
                {t(`nav.${v.label}`)}
                <NavBadge view={v.id} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <ConnectionBanner />
        <View />
      </main>
      <Toasts />
    </div>
  )
}

function ShopHeader() {
  const { t } = useTranslation()
  const name = useApp((s) => s.info?.shop.name)
  const currency = useApp((s) => s.info?.shop.currency)
  const error = useApp((s) => s.error)
  return (
    <div className="shop">
      <div className="shop-name" data-testid="shop-name">
        {name ?? 'CounterChat'}
      </div>
      <div className="shop-meta">{error ? error : currency ? t('app.pricesIn', { currency }) : ' '}</div>
    </div>
  )
}
