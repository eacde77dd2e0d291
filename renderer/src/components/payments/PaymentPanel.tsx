// The order detail's payment part: what was asked and sent (links and their state), "Request payment"
// (sends the customer every way to pay that is switched on, the UPI QR as a picture), "Mark paid" by UPI or
// cash (the customer gets a receipt) and "Show QR at the counter" (the customer-facing large QR screen).
import { useTranslation } from 'react-i18next'
import { t as tr } from '../../i18n'
import { useEffect, useState } from 'react'
import type { OrderDetail } from '../../../../shared/contract/orders'
import type { PaymentLinkView, PaymentProvider } from '../../../../shared/contract/payments'
import type { Currency } from '../../../../shared/money'
import { api, messageOf } from '../../api/client'
import { useOrderDetail } from '../../stores/orders'
import { usePayments } from '../../stores/payments'
import { useToasts } from '../../stores/toasts'
import { timeText } from '../orders/words'
import { useFormat } from '../../i18n/format'

/** Provider names: product names as they are, the generic ones in the screens' language (read when shown). */
export const PROVIDER_LABEL: Record<PaymentProvider, string> = Object.defineProperties(
  { upi: 'UPI', razorpay: 'Razorpay', stripe: 'Stripe' } as Record<PaymentProvider, string>,
  {
    custom: { get: () => tr('pay.custom'), enumerable: true },
    cash: { get: () => tr('pay.cash'), enumerable: true },
  },
)

const LINK_STATE = (status: PaymentLinkView['status']): string =>
  (tr as unknown as (key: string) => string)(`pay.l_${status}`)

export function PaymentPanel({ order: o }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const status = usePayments((s) => s.status[o.number])
  const loadStatus = usePayments((s) => s.loadStatus)
  const forget = usePayments((s) => s.forgetStatus)
  const fmt = useFormat()
  const put = useOrderDetail((s) => s.put)
  const showToast = useToasts((s) => s.show)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    loadStatus(o.number)
    return () => forget(o.number)
  }, [o.number, loadStatus, forget])

  const currency = o.currency as Currency
  const closed = o.status === 'rejected' || o.status === 'cancelled'
  const settled = o.payment === 'paid' || o.payment === 'refunded'
  const request = status?.request ?? null

  const requestPayment = () => {
    setBusy(true)
    api
      .call('payments.request', { number: o.number })
      .then(
        (r) => {
          const who = o.customerName ?? o.customer
          if (r.ok) {
            const how = [
              ...new Set(
                r.links.filter((l) => l.status === 'created').map((l) => PROVIDER_LABEL[l.provider]),
              ),
            ]
            showToast({
              message: how.length > 0 ? t('pay.sentToHow', { who, how: how.join(', ') }) : t('pay.sentTo', { who }),
            })
          } else {
            showToast({ message: t('pay.follow', { who }), tone: 'error' })
          }
          // Each failure also arrives as a payments.problem toast; nothing more to show here.
          loadStatus(o.number)
        },
        (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }),
      )
      .finally(() => setBusy(false))
  }

  const markPaid = (method: 'upi' | 'cash') => {
    setBusy(true)
    api
      .call('payments.markPaid', { number: o.number, method })
      .then(
        (detail) => {
          put(detail)
          showToast({ message: t('pay.markedVia', { number: o.number, via: PROVIDER_LABEL[method] }) })
        },
        (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }),
      )
      .finally(() => setBusy(false))
  }

  return (
    <div className="payment-panel" data-testid="payment-panel">
      <div className="payment-summary">
        <span className="field-label">{t('pay.payment')}</span>
        {request ? (
          <span data-testid="payment-summary">
            {request.status === 'paid'
              ? t('pay.paid', { amount: fmt.money(request.amountPaid, currency) }) +
                (request.paidVia ? t('pay.by', { via: PROVIDER_LABEL[request.paidVia] }) : '') +
                (request.paidAt ? t('pay.at', { time: timeText(request.paidAt) }) : '')
              : request.status === 'cancelled'
                ? t('pay.requestCancelled')
                : t('pay.asked', { amount: fmt.money(request.total, currency), time: timeText(request.requestedAt) }) +
                  (request.amountPaid > 0 ? t('pay.due', { amount: fmt.money(request.due, currency) }) : '') +
                  (request.reminderSentAt ? t('pay.reminded', { time: timeText(request.reminderSentAt) }) : '')}
          </span>
        ) : (
          <span className="muted" data-testid="payment-summary">
            {settled ? t('pay.recorded') : t('pay.notAsked')}
          </span>
        )}
      </div>
      {status && status.links.length > 0 && (
        <ul className="payment-links" data-testid="payment-links">
          {status.links.map((l) => (
            <li key={l.id} className={`payment-link link-${l.status}`}>
              <strong>{PROVIDER_LABEL[l.provider]}</strong> {fmt.money(l.amount, currency)} ·{' '}
              {LINK_STATE(l.status)}
              {l.url && l.provider !== 'upi' && <span className="payment-url small muted">{l.url}</span>}
            </li>
          ))}
        </ul>
      )}
      {!settled && !closed && (
        <div className="button-row">
          <button type="button" className="btn" disabled={busy} onClick={requestPayment}>
            {request && request.status !== 'cancelled' ? t('pay.again') : t('pay.request')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => markPaid('upi')}>
            {t('pay.markUpi')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => markPaid('cash')}>
            {t('pay.markCash')}
          </button>
          {status?.qrAvailable && (
            <a className="btn" href={`#/counter-qr/${o.number}`}>
              {t('pay.showQr')}
            </a>
          )}
        </div>
      )}
    </div>
  )
}
