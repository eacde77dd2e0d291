// The order detail's payment part: what was asked and sent (links and their state), "Request payment"
// (sends the customer every way to pay that is switched on, the UPI QR as a picture), "Mark paid" by UPI or
// cash (the customer gets a receipt) and "Show QR at the counter" (the customer-facing large QR screen).
import { useEffect, useState } from 'react'
import type { OrderDetail } from '../../../../shared/contract/orders'
import type { PaymentLinkView, PaymentProvider } from '../../../../shared/contract/payments'
import { formatMoney, type Currency } from '../../../../shared/money'
import { api, messageOf } from '../../api/client'
import { useOrderDetail } from '../../stores/orders'
import { usePayments } from '../../stores/payments'
import { useToasts } from '../../stores/toasts'
import { timeText } from '../orders/words'

export const PROVIDER_LABEL: Record<PaymentProvider, string> = {
  upi: 'UPI',
  razorpay: 'Razorpay',
  stripe: 'Stripe',
  custom: 'Payment link',
  cash: 'Cash',
}

const LINK_STATE: Record<PaymentLinkView['status'], string> = {
  created: 'waiting',
  partially_paid: 'partly paid',
  paid: 'paid',
  expired: 'expired',
  cancelled: 'cancelled',
  failed: 'failed',
}

export function PaymentPanel({ order: o }: { order: OrderDetail }) {
  const status = usePayments((s) => s.status[o.number])
  const loadStatus = usePayments((s) => s.loadStatus)
  const forget = usePayments((s) => s.forgetStatus)
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
              message: `Payment details sent to ${who}${how.length > 0 ? ` (${how.join(', ')})` : ''}.`,
            })
          } else {
            showToast({ message: `${who} was told the payment details follow shortly.`, tone: 'error' })
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
          showToast({ message: `Order #${o.number} marked paid (${PROVIDER_LABEL[method]}); receipt sent.` })
        },
        (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }),
      )
      .finally(() => setBusy(false))
  }

  return (
    <div className="payment-panel" data-testid="payment-panel">
      <div className="payment-summary">
        <span className="field-label">Payment</span>
        {request ? (
          <span data-testid="payment-summary">
            {request.status === 'paid'
              ? `Paid ${formatMoney(request.amountPaid, currency)}${request.paidVia ? ` by ${PROVIDER_LABEL[request.paidVia]}` : ''}${request.paidAt ? ` at ${timeText(request.paidAt)}` : ''}`
              : request.status === 'cancelled'
                ? 'Payment request cancelled'
                : `Asked ${formatMoney(request.total, currency)} at ${timeText(request.requestedAt)}` +
                  (request.amountPaid > 0 ? ` · ${formatMoney(request.due, currency)} still due` : '') +
                  (request.reminderSentAt ? ` · reminded at ${timeText(request.reminderSentAt)}` : '')}
          </span>
        ) : (
          <span className="muted" data-testid="payment-summary">
            {settled ? 'Recorded by the shop' : 'Not asked yet'}
          </span>
        )}
      </div>
      {status && status.links.length > 0 && (
        <ul className="payment-links" data-testid="payment-links">
          {status.links.map((l) => (
            <li key={l.id} className={`payment-link link-${l.status}`}>
              <strong>{PROVIDER_LABEL[l.provider]}</strong> {formatMoney(l.amount, currency)} ·{' '}
              {LINK_STATE[l.status]}
              {l.url && l.provider !== 'upi' && <span className="payment-url small muted">{l.url}</span>}
            </li>
          ))}
        </ul>
      )}
      {!settled && !closed && (
        <div className="button-row">
          <button type="button" className="btn" disabled={busy} onClick={requestPayment}>
            {request && request.status !== 'cancelled' ? 'Send payment details again' : 'Request payment'}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => markPaid('upi')}>
            Mark paid (UPI)
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => markPaid('cash')}>
            Mark paid (cash)
          </button>
          {status?.qrAvailable && (
            <a className="btn" href={`#/counter-qr/${o.number}`}>
              Show QR at the counter
            </a>
          )}
        </div>
      )}
    </div>
  )
}
