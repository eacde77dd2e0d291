import { useTranslation } from 'react-i18next'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Result } from '../../../shared/contract'
import type { Currency } from '../../../shared/money'
import { api, messageOf } from '../api/client'
import { downloadText } from '../components/catalog/files'
import { qtyText } from '../components/orders/LineList'
import { STATUS_LABEL } from '../components/orders/words'
import { UnpaidList } from '../components/payments/UnpaidList'
import { DayClosePanel } from '../components/counter/DayClosePanel'
import { onReconnect } from '../stores/connection'
import { useToasts } from '../stores/toasts'
import { ORDER_STATUSES } from '../../../shared/contract/orders'
import { useFormat } from '../i18n/format'

type Summary = Result<'orders.summary'>
type Takings = Result<'counter.dayClose'>['takings']

/** "yyyy-mm-dd" of a local day. */
function dayKey(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** From/to of a chosen day in this device's time; today is left to the engine (the shop's own today). */
function rangeOf(day: string): { from?: number; to?: number } {
  if (day === dayKey(new Date())) return {}
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return { from: new Date(y, m - 1, d).getTime(), to: new Date(y, m - 1, d + 1).getTime() }
}

/** Today's figures (or another day's): orders, revenue, top items, and the orders as CSV. */
export function TodayView() {
  const { t } = useTranslation()
  const fmt = useFormat()
  const [day, setDay] = useState(() => dayKey(new Date()))
  const [summary, setSummary] = useState<Summary | null>(null)
  const [takings, setTakings] = useState<Takings | null>(null)
  const [error, setError] = useState<string | null>(null)
  const showToast = useToasts((s) => s.show)
  const generation = useRef(0)

  const load = useCallback(() => {
    const gen = ++generation.current
    api.call('orders.summary', rangeOf(day)).then(
      (s) => {
        if (gen === generation.current) {
          setSummary(s)
          setError(null)
        }
      },
      (err: unknown) => {
        if (gen === generation.current) setError(messageOf(err))
      },
    )
    // The split by way of payment is the day close's (the shop's day, in its time zone).
    api.call('counter.dayClose', day === dayKey(new Date()) ? {} : { day }).then(
      (r) => {
        if (gen === generation.current) setTakings(r.takings)
      },
      (err: unknown) => {
        if (gen === generation.current) setError(messageOf(err))
      },
    )
  }, [day])

  // Live: every order change re-reads the figures (a burst becomes one read).
  useEffect(() => {
    load()
    let timer: ReturnType<typeof setTimeout> | undefined
    const later = () => {
      clearTimeout(timer)
      timer = setTimeout(load, 300)
    }
    const offChanged = api.on('orders.changed', later)
    const offReconnect = onReconnect(load)
    return () => {
      clearTimeout(timer)
      offChanged()
      offReconnect()
    }
  }, [load])

  const exportCsv = () => {
    api.call('orders.exportCsv', rangeOf(day)).then(
      (r) => downloadText(r.fileName, r.csv),
      (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }),
    )
  }

  const currency = (summary?.currency ?? 'INR') as Currency
  const isToday = day === dayKey(new Date())
  const done = summary ? (summary.byStatus.completed ?? 0) : 0
  const avg =
    summary && summary.orders > 0
      ? Math.round(summary.revenue / Math.max(1, summary.orders - lost(summary)))
      : 0

  return (
    <section className="view today" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">
            {isToday
              ? t('today.title')
              : new Date(`${day}T12:00`).toLocaleDateString(fmt.words, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                })}
          </h1>
          <p className="view-sub">
            {t('today.sub')}
          </p>
        </div>
        <div className="button-row">
          <label className="inline-field">
            <span className="visually-hidden">{t('today.day')}</span>
            <input
              type="date"
              value={day}
              max={dayKey(new Date())}
              onChange={(e) => e.target.value && setDay(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="btn btn-primary"
            onClick={exportCsv}
            disabled={!summary || summary.orders === 0}
          >
            {t('today.export')}
          </button>
        </div>
      </header>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {summary && (
        <>
          <div className="stat-cards" data-testid="today-stats">
            <Stat label={t('today.orders')} value={fmt.number(summary.orders)} />
            <Stat label={t('today.revenue')} value={fmt.money(summary.revenue, currency)} />
            <Stat label={t('today.average')} value={avg > 0 ? fmt.money(avg, currency) : '—'} />
            <Stat label={t('today.completed')} value={fmt.number(done)} />
          </div>
          {takings && (
            <div className="panel">
              <h2 id="today-takings">{t('today.takings')}</h2>
              <table className="lines-table" data-testid="today-takings" aria-labelledby="today-takings">
                <tbody>
                  {(
                    [
                      ['cash', t('today.takingsCash')],
                      ['upi', t('today.takingsUpi')],
                      ['online', t('today.takingsOnline')],
                      ['khata', t('today.takingsKhata')],
                    ] as const
                  ).map(([k, label]) => (
                    <tr key={k} data-way={k}>
                      <th scope="row">{label}</th>
                      <td className="num">{fmt.money(takings[k], currency)}</td>
                    </tr>
                  ))}
                  <tr data-way="total">
                    <th scope="row">{t('today.takingsTotal')}</th>
                    <td className="num">
                      <strong>{fmt.money(takings.total, currency)}</strong>
                    </td>
                  </tr>
                </tbody>
              </table>
              <p className="muted">{t('today.takingsNote')}</p>
            </div>
          )}
          <div className="today-grid">
            <div className="panel">
              <h2>{t('today.top')}</h2>
              {summary.topItems.length === 0 ? (
                <p className="muted">{t('today.noItems')}</p>
              ) : (
                <table className="lines-table" data-testid="top-items">
                  <thead>
                    <tr>
                      <th scope="col">{t('today.item')}</th>
                      <th scope="col" className="num">
                        {t('today.qty')}
                      </th>
                      <th scope="col" className="num">
                        {t('today.amount')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.topItems.map((item) => (
                      <tr key={`${item.sku}:${item.unit}`}>
                        <td>{item.name}</td>
                        <td className="num">{qtyText(item.qty, item.unit)}</td>
                        <td className="num">{fmt.money(item.amount, currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <div className="panel">
              <h2>{t('today.byStatus')}</h2>
              <ul className="status-counts">
                {ORDER_STATUSES.filter((s) => (summary.byStatus[s] ?? 0) > 0).map((s) => (
                  <li key={s}>
                    <span className={`status-chip status-${s}`}>{STATUS_LABEL[s]}</span>
                    <span className="status-count">{summary.byStatus[s]}</span>
                  </li>
                ))}
                {summary.orders === 0 && <li className="muted">{t('today.noOrders')}</li>}
              </ul>
            </div>
          </div>
        </>
      )}
      <DayClosePanel key={day} day={isToday ? undefined : day} />
      {isToday && <UnpaidList />}
    </section>
  )
}

function lost(s: Summary): number {
  return (s.byStatus.rejected ?? 0) + (s.byStatus.cancelled ?? 0)
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
    </div>
  )
}
