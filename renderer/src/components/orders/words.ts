// The order queue's words: status and payment labels, the one-click action for each move, and ages ("3 min").
import type { OrderStatus, PaymentState } from '../../../../shared/contract/orders'
import { t } from '../../i18n'
import { currentFormat } from '../../i18n/format'

/** A label table read in the screens' current language each time a label is shown. */
function labels<K extends string>(prefix: 's' | 'a' | 'p', keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>
  const tr = t as unknown as (key: string) => string
  for (const k of keys) Object.defineProperty(out, k, { get: () => tr(`words.${prefix}_${k}`), enumerable: true })
  return out
}
const STATUSES = ['new', 'accepted', 'packed', 'ready', 'out_for_delivery', 'completed', 'rejected', 'cancelled'] as const

export const STATUS_LABEL: Record<OrderStatus, string> = labels('s', STATUSES)

/** The button that moves an order to a status: a verb the shopkeeper would say. */
export const ACTION_LABEL: Record<OrderStatus, string> = labels('a', STATUSES)

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

export const PAYMENT_LABEL: Record<PaymentState, string> = labels('p', ['unpaid', 'link_sent', 'paid', 'refunded'])

const PROVIDER_NAME: Record<string, string> = { upi: 'UPI', razorpay: 'Razorpay', stripe: 'Stripe' }

/**
 * The payment badge: what was sent ("UPI link sent", "UPI and Razorpay links sent", "Asked to pay cash") or how
 * it was paid ("Paid by cash", "Paid online (Razorpay)"); the bare state when the engine does not know.
 */
export function paymentBadge(o: { payment: PaymentState; paymentVia: readonly string[] }): string {
  const tr = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const name = (p: string) => PROVIDER_NAME[p] ?? (p === 'custom' ? tr('words.pv_custom') : p)
  if (o.payment === 'link_sent' && o.paymentVia.length > 0) {
    const links = o.paymentVia.filter((p) => p !== 'cash')
    if (links.length === 0) return tr('words.pv_cash')
    const list = new Intl.ListFormat(currentFormat().locale, { type: 'conjunction' })
    return tr('words.pv_sent', { count: links.length, what: list.format(links.map(name)) })
  }
  if (o.payment === 'paid' && o.paymentVia.length > 0) {
    const via = o.paymentVia[0]!
    if (via === 'cash' || via === 'upi' || via === 'khata') return tr(`words.pv_paid_${via}`)
    return tr('words.pv_paid_online', { name: name(via) })
  }
  return PAYMENT_LABEL[o.payment]
}

/** The queue's groups, in the order the work flows. */
export const OPEN_GROUPS: readonly OrderStatus[] = ['new', 'accepted', 'packed', 'ready', 'out_for_delivery']
export const DONE_GROUPS: readonly OrderStatus[] = ['completed', 'rejected', 'cancelled']

/** "now", "3 min", "2 h 5 min", "3 days" */
export function ageText(since: number, now: number): string {
  const min = Math.floor(Math.max(0, now - since) / 60_000)
  if (min < 1) return t('words.now')
  if (min < 60) return t('words.min', { m: min })
  const h = Math.floor(min / 60)
  if (h < 24) return min % 60 === 0 || h >= 6 ? t('words.h', { h }) : t('words.hMin', { h, m: min % 60 })
  return t('words.days', { count: Math.floor(h / 24) })
}

/** "14:05" today, "23 Nov 14:05" otherwise, in the shop's locale and time zone. */
export function timeText(at: number, now = Date.now()): string {
  const f = currentFormat()
  const time = f.time(at)
  if (f.date(now) === f.date(at)) return time
  return `${f.date(at)} ${time}`
}
