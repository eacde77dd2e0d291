import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { FirstStart } from '../components/FirstStart'
import { QueueList } from '../components/queue/QueueList'
import { enableAlerts, notifyState, type NotifyState } from '../components/queue/alerts'
import { useHashParam } from '../components/queue/route'
import { useCatalogEmpty } from '../stores/app'
import { useFormat } from '../i18n/format'
import { totalOf, useOrders, type QueueFilter } from '../stores/orders'
import { OrderDetailView } from './OrderDetailView'
import { useSlashFocus } from '../components/useSlashFocus'

/** The shopkeeper's main screen: every open order at a glance, grouped by where it is; one order beside it. */
export function QueueView() {
  const { t } = useTranslation()
  const fmt = useFormat()
  const empty = useCatalogEmpty()
  const param = useHashParam()
  const selected = param !== null && /^\d+$/.test(param) ? Number(param) : null
  const counts = useOrders((s) => s.counts)
  const error = useOrders((s) => s.error)
  const open = totalOf(counts, 'open')
  const fresh = counts?.new ?? 0

  return (
    <section className={`view queue ${selected !== null ? 'has-detail' : ''}`} aria-labelledby="view-title">
      <header className="view-header queue-header">
        <div>
          <h1 id="view-title">{t('queue.title')}</h1>
          <p className="view-sub" data-testid="queue-summary" aria-live="polite">
            {counts === null ? t('common.loading') : summaryText(t, fmt.number, open ?? 0, fresh)}
          </p>
        </div>
        <div className="button-row">
          <AlertsButton />
          <FilterTabs />
        </div>
      </header>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {empty === true && totalOf(counts, 'open') === 0 && totalOf(counts, 'done') === 0 ? (
        <FirstStart />
      ) : (
        <div className="queue-body">
          <div className="queue-pane">
            <QueueSearch />
            <QueueList selected={selected} />
            <EmptyQueue />
          </div>
          {selected !== null && <OrderDetailView number={selected} />}
        </div>
      )}
    </section>
  )
}

function summaryText(t: TFunction, num: (n: number) => string, open: number, fresh: number): string {
  if (open === 0) return t('queue.noOpen')
  const openText = t('queue.open', { count: open, n: num(open) })
  return fresh > 0 ? t('queue.withNew', { open: openText, count: num(fresh) }) : openText
}

function FilterTabs() {
  const { t } = useTranslation()
  const fmt = useFormat()
  const filter = useOrders((s) => s.filter)
  const setFilter = useOrders((s) => s.setFilter)
  const setQuery = useOrders((s) => s.setQuery)
  const searching = useOrders((s) => s.searched.trim() !== '')
  const counts = useOrders((s) => s.counts)
  const tab = (id: QueueFilter, label: string) => {
    const n = totalOf(counts, id)
    return (
      <button
        type="button"
        role="tab"
        aria-selected={filter === id && !searching}
        className={`tab ${filter === id && !searching ? 'tab-on' : ''}`}
        onClick={() => {
          setQuery('')
          setFilter(id)
        }}
      >
        {label}
        {n !== null && <span className="tab-count">{fmt.number(n)}</span>}
      </button>
    )
  }
  return (
    <div className="tabs" role="tablist" aria-label={t('queue.tabs')}>
      {tab('open', t('queue.todo'))}
      {tab('done', t('queue.finished'))}
    </div>
  )
}

function QueueSearch() {
  const { t } = useTranslation()
  const query = useOrders((s) => s.query)
  const setQuery = useOrders((s) => s.setQuery)
  const input = useRef<HTMLInputElement>(null)
  useSlashFocus(input)
  return (
    <div className="queue-search" role="search">
      <label>
        <span className="visually-hidden">{t('queue.find')}</span>
        <input
          ref={input}
          type="search"
          placeholder={t('queue.findPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query !== '') {
              e.preventDefault()
              setQuery('')
            }
          }}
        />
      </label>
    </div>
  )
}

function EmptyQueue() {
  const { t } = useTranslation()
  const counts = useOrders((s) => s.counts)
  const filter = useOrders((s) => s.filter)
  const searched = useOrders((s) => s.searched.trim())
  const found = useOrders((s) => s.found)
  if (searched !== '') {
    if (found !== 0) return null
    return (
      <p className="empty-result queue-empty" data-testid="queue-empty">
        {t('queue.noMatch', { query: searched })}
      </p>
    )
  }
  const n = totalOf(counts, filter)
  if (n !== 0) return null
  return (
    <p className="empty-result queue-empty" data-testid="queue-empty">
      {filter === 'open'
        ? t('queue.emptyOpen')
        : t('queue.emptyDone')}
    </p>
  )
}

/** Sound needs one click first; desktop pop-ups need a yes. One button does both, once. */
function AlertsButton() {
  const { t } = useTranslation()
  const [state, setState] = useState<NotifyState>(notifyState)
  // Asked once: if the browser's question was dismissed, the button does not keep nagging.
  const [asked, setAsked] = useState(() => localStorage.getItem(ASKED_KEY) === '1')
  if (state !== 'default' || asked) return null
  return (
    <button
      type="button"
      className="btn"
      onClick={() => {
        localStorage.setItem(ASKED_KEY, '1')
        setAsked(true)
        // The browser's question may stay open (or never be answered): nothing waits for it.
        void enableAlerts().then(setState)
      }}
    >
      {t('queue.alerts')}
    </button>
  )
}

const ASKED_KEY = 'counterchat.alertsAsked'
