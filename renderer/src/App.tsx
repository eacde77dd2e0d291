import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConnectionBanner } from './components/ConnectionBanner'
import { NavBadge } from './components/queue/NavBadge'
import { Toasts } from './components/Toasts'
import { WhatsAppPill } from './components/WhatsAppPill'
import { useApp, useShopName } from './stores/app'
import { useOrders, totalOf } from './stores/orders'
import { Setup, useSetupActive } from './components/setup/Setup'
import { CounterQrView, useCounterQrNumber } from './views/CounterQrView'
import { DEFAULT_VIEW, VIEW_ALIASES, VIEWS } from './views'

// Screens are addressed by the hash (#/catalog), so a reload or a bookmark on the tablet keeps the screen.
// A screen may take one more part: #/queue/1001 opens order 1001, #/chats/+9198… one conversation.
function viewFromHash(): string {
  const first = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? ''
  const id = VIEW_ALIASES[first] ?? first
  return VIEWS.some((v) => v.id === id) ? id : DEFAULT_VIEW
}

/** How long the first screen waits for the shop's language before it is drawn in the browser's. */
const LANGUAGE_WAIT_MS = 1500

export function App() {
  const [viewId, setViewId] = useState(viewFromHash)
  useEffect(() => {
    const onHash = () => setViewId(viewFromHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const { t, i18n } = useTranslation()
  const view = VIEWS.find((v) => v.id === viewId) ?? VIEWS[0]!
  const View = view.component
  const label = t(`nav.${view.label}`)
  useEffect(() => {
    document.title = `${label} · CounterChat`
  }, [label])
  // The customer-facing counter QR (#/counter-qr/1001) takes the whole screen: no nav, no shop internals.
  const counterQr = useCounterQrNumber()
  const setup = useShowSetup(view.id)
  // Nothing until the shop's screen language is known (or the engine cannot be reached): a screen drawn in the
  // browser's language and redrawn in the shop's a moment later is remounted, and what was typed into it
  // meanwhile, a scan at the counter included, would be lost.
  // A host that does not answer at once is not waited for: the screens come up with the connection banner.
  const languageKnown = useApp((s) => s.info !== null || s.error !== null)
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), LANGUAGE_WAIT_MS)
    return () => clearTimeout(timer)
  }, [])
  if (!languageKnown && !waited) return <main id="main" className="main" aria-busy="true" />
  if (counterQr !== null) return <CounterQrView number={counterQr} />
  // A fresh shop is first asked the few things that matter (name, country, time zone, ways to pay, products),
  // on a screen of its own; any other screen stays reachable by its address.
  if (setup) {
    return (
      <main id="main" className="main setup-main" tabIndex={-1}>
        <ConnectionBanner />
        <Setup />
      </main>
    )
  }

  return (
    // Keyed by language: a switch re-renders every screen, memoized rows included.
    <div className="shell" key={i18n.language}>
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
  const name = useShopName()
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

/** The setup shows on the queue (the first screen) of a shop that has not finished it and has nothing yet. */
function useShowSetup(viewId: string): boolean {
  const active = useSetupActive()
  const pending = useApp((s) => s.info !== null && !s.info.setupDone && s.info.catalogEmpty)
  const noOrders = useOrders(
    (s) => s.counts !== null && totalOf(s.counts, 'open') === 0 && totalOf(s.counts, 'done') === 0,
  )
  return viewId === 'queue' && (active || (pending && noOrders))
}
