import { useTranslation } from 'react-i18next'
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { OrderSummary } from '../../../../shared/contract/orders'
import type { Currency } from '../../../../shared/money'
import { messageOf } from '../../api/client'
import { layoutOf, orderAt, rowAt, useOrders, useOrderDetail, type GroupKey } from '../../stores/orders'
import { useToasts } from '../../stores/toasts'
import { useAge } from '../orders/clock'
import { ACTION_LABEL, STATUS_LABEL, mainNext, paymentBadge } from '../orders/words'
import { useCompleteGuard } from '../orders/CompleteDialog'
import { useFormat } from '../../i18n/format'

const ORDER_ROW = 76
const HEADER_ROW = 44

/**
 * The queue: orders grouped by status (New, Accepted, Packed, …), each group newest first. Only the rows in
 * view exist in the page and their data is fetched a page at a time per group, so 100,000 orders scroll like 10.
 */
export function QueueList({ selected }: { selected: number | null }) {
  const counts = useOrders((s) => s.counts)
  const filter = useOrders((s) => s.filter)
  const pages = useOrders((s) => s.pages)
  const searched = useOrders((s) => s.searched)
  const found = useOrders((s) => s.found)
  const showRange = useOrders((s) => s.showRange)
  const scroller = useRef<HTMLDivElement>(null)
  const { groups, size } = useMemo(
    () => layoutOf({ counts, filter, searched, found }),
    [counts, filter, searched, found],
  )
  const searching = searched.trim() !== ''

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: size,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rowAt(groups, i)?.kind === 'header' ? HEADER_ROW : ORDER_ROW),
    overscan: 6,
  })
  // Row heights depend on the layout: measure again when groups grow or shrink.
  useEffect(() => {
    virtualizer.measure()
  }, [groups, virtualizer])

  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  useEffect(() => {
    showRange(first, last)
  }, [first, last, showRange, size])

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 })
  }, [filter, searched])

  return (
    <div
      className="queue-list"
      role="list"
      aria-label="Orders"
      data-testid="queue-scroller"
      ref={scroller}
      hidden={size === 0}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rowAt(groups, item.index)
          if (!row) return null
          const style = { transform: `translateY(${item.start}px)`, height: item.size }
          if (row.kind === 'header') {
            return <GroupHeader key={`h:${row.status}`} status={row.status} count={row.count} style={style} />
          }
          const order = orderAt(pages, row.status, row.offset)
          return (
            <OrderRow
              key={order ? `o:${row.status}:${order.number}` : `l:${row.status}:${row.offset}`}
              order={order}
              style={style}
              selected={order !== undefined && order.number === selected}
              showStatus={searching}
            />
          )
        })}
      </div>
    </div>
  )
}

function GroupHeader({ status, count, style }: { status: GroupKey; count: number; style: CSSProperties }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  return (
    <div className={`queue-group status-${status}`} role="listitem" style={style} data-group={status}>
      <h2>
        {status === 'found' ? t('orders.matching') : STATUS_LABEL[status]}{' '}
        <span className="queue-group-count">{fmt.number(count)}</span>
      </h2>
    </div>
  )
}

interface RowProps {
  order: OrderSummary | undefined
  style: CSSProperties
  selected: boolean
  /** Search results mix statuses: each row says its own. */
  showStatus: boolean
}

const OrderRow = memo(function OrderRow({ order: o, style, selected, showStatus }: RowProps) {
  const { t } = useTranslation()
  const fresh = useOrders((s) => (o ? s.fresh[o.number] === true : false))
  const fmt = useFormat()
  if (!o) {
    return (
      <div className="queue-row queue-row-loading" role="listitem" style={style}>
        <span className="loading-bar" />
      </div>
    )
  }
  const who = o.customerName ?? o.customer
  return (
    <div
      className={`queue-row status-${o.status}${selected ? ' selected' : ''}${fresh ? ' fresh' : ''}`}
      role="listitem"
      style={style}
      data-order={o.number}
      data-status={o.status}
    >
      <Age since={o.createdAt} />
      <a
        className="queue-main"
        href={`#/queue/${o.number}`}
        aria-current={selected ? 'true' : undefined}
        aria-label={t('orders.fromWho', { number: o.number, who })}
      >
        <span className="queue-title">
          <span className="queue-number">#{o.number}</span> <span className="queue-who">{who}</span>
        </span>
        <span className="queue-meta muted">
          {showStatus && <span className={`status-chip status-${o.status}`}>{STATUS_LABEL[o.status]}</span>}{' '}
          {t('orders.items', { count: o.itemCount })} ·{' '}
          {o.fulfilment === 'delivery' ? t('orders.delivery') : t('orders.pickup')}
          {o.customerName ? ` · ${o.customer}` : ''}
        </span>
      </a>
      <span className="queue-money">
        <span className="queue-total">{fmt.money(o.total, o.currency as Currency)}</span>
        <span className={`pay-badge pay-${o.payment}`}>{paymentBadge(o)}</span>
      </span>
      <NextAction order={o} />
    </div>
  )
})

function Age({ since }: { since: number }) {
  const age = useAge(since)
  const fmt = useFormat()
  return (
    <span className="queue-age" title={fmt.dateTime(since)}>
      {age}
    </span>
  )
}

/** The one click that moves the order on (Accept, Mark packed, …). Reject and cancel live in the detail. */
function NextAction({ order }: { order: OrderSummary }) {
  const transition = useOrders((s) => s.transition)
  const put = useOrderDetail((s) => s.put)
  const showToast = useToasts((s) => s.show)
  const [busy, setBusy] = useState(false)
  const { t } = useTranslation()
  const complete = useCompleteGuard()
  const to = mainNext(order.status, order.fulfilment)
  if (!to) return <span className="queue-action" />
  return (
    <span className="queue-action">
      <button
        type="button"
        className={`btn ${order.status === 'new' ? 'btn-primary' : ''}`}
        disabled={busy}
        aria-label={t('orders.actionOn', { action: ACTION_LABEL[to], number: order.number })}
        onClick={() =>
          complete.guard(order, to, () => {
            setBusy(true)
            return transition(order.number, to)
              .then(put, (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }))
              .finally(() => setBusy(false))
          })
        }
      >
        {ACTION_LABEL[to]}
      </button>
      {complete.dialog}
    </span>
  )
}
