// "Waiting for payment": every order asked to pay and not paid yet (any day), oldest first, with what is still
// due and one-click "Paid (UPI)" / "Paid (cash)". Live: a payment that arrives removes its row.
import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import type { Currency } from '../../../../shared/money'
import { api, messageOf } from '../../api/client'
import { usePayments } from '../../stores/payments'
import { useToasts } from '../../stores/toasts'
import { useAge } from '../orders/clock'
import { useFormat } from '../../i18n/format'

export function UnpaidList() {
  const { t } = useTranslation()
  const unpaid = usePayments((s) => s.unpaid)
  const error = usePayments((s) => s.unpaidError)
  return (
    <div className="panel unpaid-panel" data-testid="unpaid">
      <h2>
        {t('pay.waiting')}{' '}
        {unpaid && unpaid.length > 0 && <span className="tab-count">{unpaid.length}</span>}
      </h2>
      {error ? (
        <p className="error-text">{error}</p>
      ) : !unpaid ? (
        <p className="muted">{t('common.loading')}</p>
      ) : unpaid.length === 0 ? (
        <p className="muted">{t('pay.allPaid')}</p>
      ) : (
        <ul className="unpaid-list">
          {unpaid.map((r) => (
            <UnpaidRow key={r.number} row={r} />
          ))}
        </ul>
      )}
    </div>
  )
}

function UnpaidRow({
  row: r,
}: {
  row: NonNullable<ReturnType<typeof usePayments.getState>['unpaid']>[number]
}) {
  const { t } = useTranslation()
  const age = useAge(r.requestedAt)
  const fmt = useFormat()
  const showToast = useToasts((s) => s.show)
  const [busy, setBusy] = useState(false)
  const currency = r.currency as Currency
  const mark = (method: 'upi' | 'cash') => {
    setBusy(true)
    api
      .call('payments.markPaid', { number: r.number, method })
      .then(
        () => showToast({ message: t('pay.marked', { number: r.number }) }),
        (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }),
      )
      .finally(() => setBusy(false))
  }
  return (
    <li className="unpaid-row" data-testid={`unpaid-${r.number}`}>
      <a href={`#/queue/${r.number}`} className="unpaid-order">
        <strong>#{r.number}</strong> {r.customerName ?? r.customer}
      </a>
      <span className="muted small">{age === t('words.now') ? t('pay.askedNow') : t('pay.askedAgo', { age })}</span>
      <span className="num unpaid-due">
        {fmt.money(r.due, currency)}
        {r.amountPaid > 0 && <span className="muted small">{t('pay.of', { amount: fmt.money(r.total, currency) })}</span>}
      </span>
      <span className="button-row">
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => mark('upi')}>
          {t('pay.paidUpi')}
        </button>
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => mark('cash')}>
          {t('pay.paidCash')}
        </button>
      </span>
    </li>
  )
}
