// The order queue's words: status and payment labels, the one-click action for each move, and ages ("3 min").
import type { OrderStatus, PaymentState } from '../../../../shared/contract/orders'

export const STATUS_LABEL: Record<OrderStatus, string> = {
  new: 'New',
  accepted: 'Accepted',
  packed: 'Packed',
  ready: 'Ready for pickup',
  out_for_delivery: 'Out for delivery',
  completed: 'Completed',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
}

/** The button that moves an order to a status: a verb the shopkeeper would say. */
export const ACTION_LABEL: Record<OrderStatus, string> = {
  new: 'New',
  accepted: 'Accept',
  packed: 'Mark packed',
  ready: 'Mark ready',
  out_for_delivery: 'Out for delivery',
  completed: 'Complete',
  rejected: 'Reject',
  cancelled: 'Cancel order',
}

/** Moves that need a reason and are never the row's main button. */
export const NEEDS_REASON: ReadonlySet<OrderStatus> = new Set<OrderStatus>(['rejected', 'cancelled'])

/** The row's main move: the one-click transition that needs no reason (packed goes out or waits by fulfilment). */
export function mainNext(status: OrderStatus, fulfilment: 'pickup' | 'delivery'): OrderStatus | null {
  switch (status) {
    case 'new':
      return 'accepted'
    case 'accepted':
      return 'packed'
    case 'packed':
      return fulfilment === 'delivery' ? 'out_for_delivery' : 'ready'
    case 'ready':
    case 'out_for_delivery':
      return 'completed'
    default:
      return null
  }
}

export const PAYMENT_LABEL: Record<PaymentState, string> = {
  unpaid: 'Unpaid',
  link_sent: 'Link sent',
  paid: 'Paid',
  refunded: 'Refunded',
}

/** The queue's groups, in the order the work flows. */
export const OPEN_GROUPS: readonly OrderStatus[] = ['new', 'accepted', 'packed', 'ready', 'out_for_delivery']
export const DONE_GROUPS: readonly OrderStatus[] = ['completed', 'rejected', 'cancelled']

/** "now", "3 min", "2 h 5 min", "3 days" */
export function ageText(since: number, now: number): string {
  const min = Math.floor(Math.max(0, now - since) / 60_000)
  if (min < 1) return 'now'
  if (min < 60) return `${min} min`
  const h = Math.floor(min / 60)
  if (h < 24) return min % 60 === 0 || h >= 6 ? `${h} h` : `${h} h ${min % 60} min`
  const d = Math.floor(h / 24)
  return d === 1 ? '1 day' : `${d} days`
}

/** "14:05" today, "23 Nov 14:05" otherwise. */
export function timeText(at: number, now = Date.now()): string {
  const d = new Date(at)
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  if (new Date(now).toDateString() === d.toDateString()) return time
  return `${d.toLocaleDateString([], { day: 'numeric', month: 'short' })} ${time}`
}
