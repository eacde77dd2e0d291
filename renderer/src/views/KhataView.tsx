import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../i18n/format'
import type { Result } from '../../../shared/contract'
import { parseMajor, type Currency } from '../../../shared/money'
import { api, messageOf } from '../api/client'
import { onReconnect } from '../stores/connection'

type Balances = Result<'khata.balances'>
type Statement = Result<'khata.statement'>

/** The khata: who owes what, one customer's statement, payments received, limits and reminders. */
export function KhataView() {
  const fmt = useFormat()
  const { t } = useTranslation()
  const [balances, setBalances] = useState<Balances | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    api.call('khata.balances', {}).then(setBalances, (err: unknown) => setError(messageOf(err)))
  }, [])
  useEffect(() => {
    load()
    const off = api.on('khata.changed', load)
    const offR = onReconnect(load)
    return () => {
      off()
      offR()
    }
  }, [load])
  const currency = (balances?.currency ?? 'INR') as Currency
  return (
    <section className="view khata" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">{t('khata.title')}</h1>
          <p className="view-sub">{t('khata.sub')}</p>
        </div>
      </header>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      <div className="counter-body">
        <div className="panel">
          {balances && balances.items.length === 0 ? (
            <p className="muted">{t('khata.none')}</p>
          ) : (
            <table className="lines-table" data-testid="khata-balances">
              <thead>
                <tr>
                  <th>{t('khata.customer')}</th>
                  <th className="num">{t('khata.balance')}</th>
                </tr>
              </thead>
              <tbody>
                {balances?.items.map((c) => (
                  <tr key={c.customer} data-customer={c.customer}>
                    <td>
                      <button
                        type="button"
                        className="btn btn-quiet-plain"
                        onClick={() => setSelected(c.customer)}
                      >
                        {c.name ? `${c.name} · ` : ''}
                        {c.customer}
                      </button>
                    </td>
                    <td className="num">
                      {c.balance < 0
                        ? t('khata.advance', { amount: fmt.money(-c.balance, currency) })
                        : fmt.money(c.balance, currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {selected && <CustomerPanel customer={selected} currency={currency} onChanged={load} />}
      </div>
    </section>
  )
}

function CustomerPanel({
  customer,
  currency,
  onChanged,
}: {
  customer: string
  currency: Currency
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const [st, setSt] = useState<Statement | null>(null)
  const [amount, setAmount] = useState('')
  const [method, setMethod] = useState<'cash' | 'upi' | 'online'>('cash')
  const [limit, setLimit] = useState('')
  const [note, setNote] = useState<string | null>(null)
  const load = useCallback(() => {
    api.call('khata.statement', { customer }).then(setSt, (err: unknown) => setNote(messageOf(err)))
  }, [customer])
  useEffect(() => {
    load()
    return api.on('khata.changed', (p) => p.customer === customer && load())
  }, [load, customer])
  const m = (n: number) => fmt.money(n, currency)
  if (!st) return null
  const c = st.customer
  return (
    <div className="panel" data-testid="khata-statement">
      <h2>
        {c.name ? `${c.name} · ` : ''}
        {c.customer}
      </h2>
      <p data-testid="khata-balance">
        {c.balance >= 0
          ? t('khata.owes', { amount: m(c.balance) })
          : t('khata.advanceCap', { amount: m(-c.balance) })}
        {c.creditLimit !== null ? t('khata.limit', { amount: m(c.creditLimit) }) : ''}
      </p>
      <table className="lines-table">
        <thead>
          <tr>
            <th>{t('khata.when')}</th>
            <th>{t('khata.what')}</th>
            <th className="num">{t('khata.amount')}</th>
            <th className="num">{t('khata.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {st.entries.map((e) => (
            <tr key={e.id}>
              <td>{fmt.dateTime(e.at)}</td>
              <td>
                {e.kind === 'sale'
                  ? e.orderNumber
                    ? t('khata.saleOf', { number: e.orderNumber })
                    : t('khata.sale')
                  : e.kind === 'payment'
                    ? t('khata.paid', { method: e.method ? t(`khata.${e.method}`) : '' })
                    : t('khata.correction', { note: e.note ?? '' })}
              </td>
              <td className="num">{m(e.amount)}</td>
              <td className="num">{m(e.balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const n = parseMajor(amount, currency)
          if (n === null || n <= 0) return setNote(t('khata.typeAmount'))
          api.call('khata.payment', { customer, amount: n, method }).then(
            (r) => {
              setAmount('')
              setNote(
                r.advance > 0 ? t('khata.recordedAdvance', { amount: m(r.advance) }) : t('khata.recorded'),
              )
              onChanged()
            },
            (err: unknown) => setNote(messageOf(err)),
          )
        }}
      >
        <div className="field">
          <label htmlFor="khata-pay">{t('khata.received')}</label>
          <input
            id="khata-pay"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
        <select
          aria-label={t('khata.paidBy')}
          value={method}
          onChange={(e) => setMethod(e.target.value as typeof method)}
        >
          <option value="cash">{t('khata.cash')}</option>
          <option value="upi">{t('khata.upi')}</option>
          <option value="online">{t('khata.online')}</option>
        </select>{' '}
        <button type="submit" className="btn btn-primary">
          {t('khata.record')}
        </button>
      </form>
      <div className="button-row">
        <label>
          <input
            type="checkbox"
            checked={c.reminders}
            onChange={(e) =>
              api
                .call('khata.setCustomer', { customer, reminders: e.target.checked })
                .then(load, (err: unknown) => setNote(messageOf(err)))
            }
          />{' '}
          {t('khata.agreed')}
        </label>
        <button
          type="button"
          className="btn"
          disabled={!c.reminders || c.balance <= 0}
          onClick={() =>
            api.call('khata.remind', { customer }).then(
              (r) =>
                setNote(
                  r.sent
                    ? t('khata.reminderSent')
                    : t('khata.alreadyReminded', { date: fmt.date(r.nextAllowedAt ?? 0) }),
                ),
              (err: unknown) => setNote(messageOf(err)),
            )
          }
        >
          {t('khata.remind')}
        </button>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const n = limit.trim() === '' ? null : parseMajor(limit, currency)
          api
            .call('khata.setCustomer', { customer, creditLimit: n })
            .then(load, (err: unknown) => setNote(messageOf(err)))
        }}
      >
        <div className="field">
          <label htmlFor="khata-limit">{t('khata.creditLimit')}</label>
          <input
            id="khata-limit"
            inputMode="decimal"
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
          />
        </div>
        <button type="submit" className="btn">
          {t('khata.setLimit')}
        </button>
      </form>
      {note && <p aria-live="polite">{note}</p>}
    </div>
  )
}
