// The customer-facing counter screen (#/counter-qr/1001): the screen turned towards the customer shows the
// shop, the order number, the amount and the UPI QR as large as the screen allows, so it scans from across the
// counter. No nav, nothing of the shop's own. It turns into "Paid, thank you" live when the order is paid.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Result } from '../../../shared/contract'
import type { Currency } from '../../../shared/money'
import { api, messageOf } from '../api/client'
import { onReconnect } from '../stores/connection'
import { useShopName } from '../stores/app'
import { useFormat } from '../i18n/format'
import { t as tr } from '../i18n'

type Qr = Result<'payments.qr'>

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

/** The order number in #/counter-qr/1001, or null on any other route. */
function counterQrNumber(): number | null {
  const m = /^#\/counter-qr\/(\d+)$/.exec(window.location.hash)
  return m ? Number(m[1]) : null
}

export function useCounterQrNumber(): number | null {
  return useSyncExternalStore(subscribe, counterQrNumber)
}

export function CounterQrView({ number }: { number: number }) {
  const { t } = useTranslation()
  const shopName = useShopName()
  const fmt = useFormat()
  const [qr, setQr] = useState<Qr | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [paid, setPaid] = useState(false)

  const load = useCallback(() => {
    api.call('payments.qr', { number }).then(
      (q) => {
        setQr(q)
        setPaid(q.payment === 'paid')
        setError(null)
      },
      (err: unknown) => setError(messageOf(err)),
    )
  }, [number])

  useEffect(() => {
    load()
    const offChanged = api.on('orders.changed', (e) => {
      if (e.number !== number) return
      if (e.payment === 'paid') setPaid(true)
      // A changed total needs a new QR.
      else if (e.reason === 'edit') load()
    })
    const offReconnect = onReconnect(load)
    return () => {
      offChanged()
      offReconnect()
    }
  }, [number, load])

  useEffect(() => {
    const title = document.title
    document.title = tr('counterQr.title', { number })
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.location.hash = `#/queue/${number}`
    }
    window.addEventListener('keydown', onKey)
    return () => {
      document.title = title
      window.removeEventListener('keydown', onKey)
      // Back to the shop's own screens: leave the customer-facing full screen too.
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {})
    }
  }, [number])

  return (
    <main className="counter-qr" data-testid="counter-qr" aria-label={t('counterQr.title', { number })}>
      <a
        className="counter-qr-back btn btn-quiet"
        href={`#/queue/${number}`}
        title={t('counterQr.backTitle')}
      >
        {t('counterQr.back')}
      </a>
      <FullScreenButton />
      <p className="counter-qr-shop">{shopName ?? ''}</p>
      <h1 className="counter-qr-order">{t('orders.orderTitle', { number })}</h1>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : !qr ? (
        <p className="muted">{t('counterQr.preparing')}</p>
      ) : paid ? (
        <div className="counter-qr-paid" role="status" data-testid="counter-qr-paid">
          <span className="counter-qr-tick" aria-hidden="true">
            ✓
          </span>
          {t('counterQr.paid', { amount: fmt.money(qr.amount, qr.currency as Currency) })}
        </div>
      ) : (
        <>
          <p className="counter-qr-amount" data-testid="counter-qr-amount">
            {fmt.money(qr.amount, qr.currency as Currency)}
          </p>
          <img
            className="counter-qr-code"
            src={qr.dataUrl}
            alt={t('counterQr.alt', {
              amount: fmt.money(qr.amount, qr.currency as Currency),
              payee: qr.payeeName,
            })}
            data-testid="counter-qr-image"
          />
          <p className="counter-qr-hint">
            <Trans i18nKey="counterQr.hint" values={{ payee: qr.payeeName }} components={{ b: <strong /> }} />
          </p>
        </>
      )}
    </main>
  )
}

/** On a tablet or a second screen turned to the customer: the browser's own full screen, from a click. */
function FullScreenButton() {
  const { t } = useTranslation()
  const [full, setFull] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  if (full || !document.fullscreenEnabled) return null
  return (
    <button
      type="button"
      className="counter-qr-full btn btn-quiet"
      onClick={() => {
        // Refused (e.g. inside a frame or by policy): the page is large already; nothing to tell.
        document.documentElement.requestFullscreen().catch(() => {})
      }}
    >
      {t('counterQr.fullScreen')}
    </button>
  )
}
