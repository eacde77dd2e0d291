import { useTranslation } from 'react-i18next'
import { useEffect, useState } from 'react'
import type { OrderDetail, OrderStatus } from '../../../shared/contract/orders'
import type { Currency } from '../../../shared/money'
import { messageOf } from '../api/client'
import { Transcript } from '../components/chats/Transcript'
import { LineList } from '../components/orders/LineList'
import { OrderNote } from '../components/orders/OrderNote'
import { PrintSlip } from '../components/orders/PrintSlip'
import { ReasonDialog } from '../components/orders/ReasonDialog'
import { useAge } from '../components/orders/clock'
import {
  ACTION_LABEL,
  NEEDS_REASON,
  PAYMENT_LABEL,
  paymentBadge,
  STATUS_LABEL,
  mainNext,
  timeText,
} from '../components/orders/words'
import { api } from '../api/client'
import { goTo } from '../components/queue/route'
import { useOrderDetail, useOrders } from '../stores/orders'
import { PaymentPanel } from '../components/payments/PaymentPanel'
import { useToasts } from '../stores/toasts'
import { useCompleteGuard } from '../components/orders/CompleteDialog'
import { t as tr } from '../i18n'
import { useFormat } from '../i18n/format'

/** One order, beside the queue (or instead of it on a tablet): lines, moves, payment, the chat, a slip. */
export function OrderDetailView({ number }: { number: number }) {
  const { t } = useTranslation()
  const open = useOrderDetail((s) => s.open)
  const detail = useOrderDetail((s) => s.detail)
  const error = useOrderDetail((s) => s.error)
  useEffect(() => {
    open(number)
  }, [number, open])
  useEffect(() => () => open(null), [open])
  // Esc closes the order (unless a dialog or a field has the key: they use Esc themselves).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return
      goTo('queue')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <section className="order-detail" aria-label={t('orders.orderN', { number })} data-testid="order-detail">
      <div className="order-detail-top">
        <a className="btn btn-quiet back-link" href="#/queue">
          {t('orders.backQueue')}
        </a>
        <a
          className="btn btn-quiet close-link"
          href="#/queue"
          aria-label={t('orders.closeOrder')}
          title={t('orders.closeEsc')}
        >
          ×
        </a>
      </div>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : !detail || detail.number !== number ? (
        <p className="muted order-loading">{t('orders.loadingOrder', { number })}</p>
      ) : (
        <DetailBody order={detail} />
      )}
    </section>
  )
}

function DetailBody({ order: o }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const currency = o.currency as Currency
  const age = useAge(o.createdAt)
  const fmt = useFormat()
  const who = o.customerName ?? o.customer
  return (
    <>
      <header className="order-head">
        <div>
          <h2 className="order-title">
            {t('orders.orderTitle', { number: o.number })}{' '}
            <span className={`status-chip status-${o.status}`}>{STATUS_LABEL[o.status]}</span>{' '}
            <span className={`pay-badge pay-${o.payment}`}>{paymentBadge(o)}</span>
          </h2>
          <p className="muted">
            {timeText(o.createdAt)} · {age === t('words.now') ? t('orders.justNow') : t('orders.ago', { age })} ·{' '}
            {o.fulfilment === 'delivery' ? t('orders.delivery') : t('orders.pickup')}
          </p>
        </div>
        <div className="order-total" data-testid="order-total">
          {fmt.money(o.total, currency)}
        </div>
      </header>

      <Moves order={o} />

      <PaymentPanel order={o} />

      <div className="order-customer">
        <div>
          <span className="field-label">{t('orders.customer')}</span>
          <a href={`#/chats/${encodeURIComponent(o.customer)}`}>{who}</a>
          {o.customerName && <span className="muted"> · {o.customer}</span>}
        </div>
        {o.address && (
          <div>
            <span className="field-label">{t('orders.address')}</span>
            {o.address}
          </div>
        )}
        {o.customerNotes && (
          <div className="customer-notes">
            <span className="field-label">{t('orders.notes')}</span>
            {o.customerNotes}
          </div>
        )}
        <OrderNote key={o.number} order={o} />
        {o.reason && (
          <div className="order-reason">
            <span className="field-label">{o.status === 'rejected' ? t('orders.whyRejected') : t('orders.whyCancelled')}</span>
            {o.reason}
          </div>
        )}
      </div>

      <LineList order={o} />

      <details className="order-section" open>
        <summary>{t('orders.chatWith', { who })}</summary>
        <Transcript phone={o.customer} compact />
      </details>

      <details className="order-section">
        <summary>{t('orders.history')}</summary>
        <ol className="order-events">
          {o.events.map((e, i) => (
            <li key={i}>
              <span className="muted">{timeText(e.at)}</span> {eventText(e)}
            </li>
          ))}
        </ol>
      </details>

      <PrintSlip order={o} />
    </>
  )
}

function eventText(e: OrderDetail['events'][number]): string {
  const status = (s: string | null) => (s && s in STATUS_LABEL ? STATUS_LABEL[s as OrderStatus] : (s ?? ''))
  switch (e.kind) {
    case 'created':
      return tr('orders.placed')
    case 'status':
      return `${status(e.from)} → ${status(e.to)}${e.detail ? `: ${e.detail}` : ''}`
    case 'payment':
      return `${tr('orders.paymentEvent', { state: e.to && e.to in PAYMENT_LABEL ? PAYMENT_LABEL[e.to as keyof typeof PAYMENT_LABEL] : (e.to ?? '') })}${e.detail ? ` (${e.detail})` : ''}`
    case 'edit':
      return tr('orders.changed', { detail: e.detail ?? '' })
  }
}

/** Every move the order may make, one click each; reject and cancel ask why first. Plus payment and print. */
function Moves({ order: o }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const complete = useCompleteGuard()
  const transition = useOrders((s) => s.transition)
  const put = useOrderDetail((s) => s.put)
  const showToast = useToasts((s) => s.show)
  const [busy, setBusy] = useState(false)
  const [asking, setAsking] = useState<OrderStatus | null>(null)
  const main = mainNext(o.status, o.fulfilment)
  // The usual next step first and big; the other one-click moves beside it.
  const plain = o.next
    .filter((s) => !NEEDS_REASON.has(s))
    .sort((a, b) => Number(b === main) - Number(a === main))
  const withReason = o.next.filter((s) => NEEDS_REASON.has(s))

  const run = (p: Promise<OrderDetail>) => {
    setBusy(true)
    return p
      .then(put, (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }))
      .finally(() => setBusy(false))
  }
  const move = (to: OrderStatus, reason?: string) => run(transition(o.number, to, reason))

  return (
    <div className="order-moves">
      <div className="button-row">
        {plain.map((s) => (
          <button
            key={s}
            type="button"
            className={`btn ${s === main ? 'btn-primary btn-large' : ''}`}
            disabled={busy}
            onClick={() => complete.guard(o, s, () => move(s))}
          >
            {ACTION_LABEL[s]}
          </button>
        ))}
        {/* Request payment and Mark paid (UPI / cash, with a receipt) are in PaymentPanel. */}
        {o.payment === 'paid' && (o.status === 'rejected' || o.status === 'cancelled') && (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() =>
              run(
                api.call('orders.setPayment', {
                  number: o.number,
                  payment: 'refunded',
                  detail: t('orders.refundedBy'),
                }),
              )
            }
          >
            {t('orders.markRefunded')}
          </button>
        )}
        <button type="button" className="btn" onClick={() => window.print()}>
          {t('orders.print')}
        </button>
        {withReason.map((s) => (
          <button
            key={s}
            type="button"
            className="btn btn-danger"
            disabled={busy}
            onClick={() => setAsking(s)}
          >
            {ACTION_LABEL[s]}…
          </button>
        ))}
      </div>
      {asking && (
        <ReasonDialog
          title={asking === 'rejected' ? t('orders.rejectQ', { number: o.number }) : t('orders.cancelQ', { number: o.number })}
          confirm={asking === 'rejected' ? t('orders.rejectOrder') : t('orders.cancelOrder')}
          onClose={(reason) => {
            const to = asking
            setAsking(null)
            if (reason !== null) void move(to, reason)
          }}
        />
      )}
      {complete.dialog}
    </div>
  )
}
