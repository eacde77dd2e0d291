// Completing an order that is not paid asks how it was paid: cash or UPI at the counter (recorded with a
// receipt to the customer, like "Mark paid"), or left unpaid on purpose (a tab, paid later).
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderStatus, PaymentState } from '../../../../shared/contract/orders'
import type { Currency } from '../../../../shared/money'
import { api, messageOf } from '../../api/client'
import { useToasts } from '../../stores/toasts'
import { useModalDialog } from '../useModalDialog'
import { useFormat } from '../../i18n/format'

interface Completable {
  number: number
  payment: PaymentState
  total: number
  currency: string
}

export type Proceed = () => Promise<unknown>

/** `guard(order, to, proceed)` runs the move at once, or first asks when it completes an unpaid order. */
export function useCompleteGuard(): {
  guard(order: Completable, to: OrderStatus, proceed: Proceed): void
  dialog: ReactNode
} {
  const [asking, setAsking] = useState<{ order: Completable; proceed: Proceed } | null>(null)
  const showToast = useToasts((s) => s.show)
  return {
    guard(order, to, proceed) {
      if (to === 'completed' && order.payment !== 'paid' && order.payment !== 'refunded') setAsking({ order, proceed })
      else void proceed()
    },
    dialog: asking && (
      <CompleteDialog
        order={asking.order}
        onClose={(choice) => {
          const { order, proceed } = asking
          setAsking(null)
          if (choice === null) return
          if (choice === 'unpaid') void proceed()
          else
            api
              .call('payments.markPaid', { number: order.number, method: choice })
              .then(proceed)
              .catch((err: unknown) => showToast({ message: messageOf(err), tone: 'error' }))
        }}
      />
    ),
  }
}

function CompleteDialog({
  order,
  onClose,
}: {
  order: Completable
  onClose(choice: 'cash' | 'upi' | 'unpaid' | null): void
}) {
  const { t } = useTranslation()
  const dialog = useModalDialog()
  const fmt = useFormat()
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="complete-title"
      data-testid="complete-dialog"
      onCancel={(e) => {
        e.preventDefault()
        onClose(null)
      }}
    >
      <h2 id="complete-title">{t('orders.unpaidTitle', { number: order.number })}</h2>
      <p>{t('orders.unpaidText', { amount: fmt.money(order.total, order.currency as Currency) })}</p>
      <div className="dialog-actions complete-choices">
        <button type="button" className="btn btn-primary" autoFocus onClick={() => onClose('cash')}>
          {t('orders.paidCash')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onClose('upi')}>
          {t('orders.paidUpi')}
        </button>
        <button type="button" className="btn" onClick={() => onClose('unpaid')}>
          {t('orders.leaveUnpaid')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => onClose(null)}>
          {t('orders.notNow')}
        </button>
      </div>
    </dialog>
  )
}
