import { useTranslation } from 'react-i18next'
import { useChats } from '../../stores/chats'
import { useOrders } from '../../stores/orders'

/** A count beside a nav entry, so the shopkeeper sees new orders and chats that need them from any screen. */
export function NavBadge({ view }: { view: string }) {
  if (view === 'queue') return <NewOrdersBadge />
  if (view === 'chats') return <ChatsBadge />
  return null
}

function NewOrdersBadge() {
  const { t } = useTranslation()
  const n = useOrders((s) => s.counts?.new ?? 0)
  if (n === 0) return null
  return (
    <span className="nav-badge" data-testid="nav-new-orders" aria-label={t('nav.newCount', { count: n })}>
      {n > 99 ? '99+' : n}
    </span>
  )
}

function ChatsBadge() {
  const { t } = useTranslation()
  const n = useChats((s) => s.items.filter((c) => c.needsHuman).length)
  if (n === 0) return null
  return (
    <span
      className="nav-badge nav-badge-attention"
      data-testid="nav-chats-attention"
      aria-label={t('nav.needYou', { count: n })}
    >
      {n > 99 ? '99+' : n}
    </span>
  )
}
