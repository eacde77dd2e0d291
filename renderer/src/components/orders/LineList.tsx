import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDetail, OrderLineView } from '../../../../shared/contract/orders'
import type { Product } from '../../../../shared/domain'
import type { Currency } from '../../../../shared/money'
import { api, messageOf } from '../../api/client'
import { useCurrency } from '../../stores/app'
import { useOrderDetail } from '../../stores/orders'
import { useToasts } from '../../stores/toasts'
import { useFormat } from '../../i18n/format'

type Change =
  { kind: 'qty'; qty: number } | { kind: 'substitute'; sku: string; qty?: number } | { kind: 'remove' }

export function qtyText(qty: number, unit: string): string {
  const n = Number.isInteger(qty) ? String(qty) : String(Math.round(qty * 1000) / 1000)
  return unit === 'pc' ? `${n} pc` : `${n} ${unit}`
}

/** The order's lines. Before packing each can be changed: quantity, a substitute, or removed; the customer is told. */
export function LineList({ order: o }: { order: OrderDetail }) {
  const fmt = useFormat()
  const { t } = useTranslation()
  const currency = o.currency as Currency
  const [editing, setEditing] = useState<number | null>(null)
  // A line that vanished (removed here or in another tab) closes its editor.
  const editingLine = o.lines.find((l) => l.position === editing) ?? null
  return (
    <div className="order-lines">
      <table className="lines-table" aria-label={t('lines.items')}>
        <thead>
          <tr>
            <th scope="col">{t('lines.item')}</th>
            <th scope="col" className="num">
              {t('lines.qty')}
            </th>
            <th scope="col" className="num">
              {t('lines.amount')}
            </th>
            {o.editable && (
              <th scope="col">
                <span className="visually-hidden">{t('lines.change')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {o.lines.map((l) => (
            <tr
              key={`${l.position}:${l.sku}`}
              data-line={l.position}
              className={editing === l.position ? 'editing' : ''}
            >
              <td>
                <span className="line-name">{l.name}</span>
                <span className="muted line-price">
                  {fmt.money(l.unitPrice, currency)}
                  {l.unit === 'pc' ? t('lines.each') : `/${l.unit}`}
                </span>
              </td>
              <td className="num">{qtyText(l.qty, l.unit)}</td>
              <td className="num">{fmt.money(l.amount, currency)}</td>
              {o.editable && (
                <td className="line-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-expanded={editing === l.position}
                    aria-label={t('lines.changeOf', { name: l.name })}
                    onClick={() => setEditing(editing === l.position ? null : l.position)}
                  >
                    {t('lines.change')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('lines.total')}</th>
            <td />
            <td className="num lines-total">{fmt.money(o.total, currency)}</td>
            {o.editable && <td />}
          </tr>
        </tfoot>
      </table>
      {editingLine && (
        <LineEditor
          key={`${editingLine.position}:${editingLine.sku}:${editingLine.qty}`}
          order={o}
          line={editingLine}
          onlyLine={o.lines.length === 1}
          onDone={() => setEditing(null)}
        />
      )}
      {!o.editable && o.status !== 'new' && (
        <p className="muted small">{t('lines.lockedNote')}</p>
      )}
    </div>
  )
}

function LineEditor({
  order: o,
  line,
  onlyLine,
  onDone,
}: {
  order: OrderDetail
  line: OrderLineView
  onlyLine: boolean
  onDone(): void
}) {
  const { t } = useTranslation()
  const put = useOrderDetail((s) => s.put)
  const fmt = useFormat()
  const showToast = useToasts((s) => s.show)
  const [qty, setQty] = useState(String(line.qty))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [substituting, setSubstituting] = useState(false)
  const who = o.customerName ?? o.customer

  const apply = async (change: Change) => {
    setBusy(true)
    setError(null)
    try {
      const next = await api.call('orders.editLine', { number: o.number, position: line.position, change })
      put(next)
      showToast(
        {
          message: t('lines.saved', { who, total: fmt.money(next.total, next.currency as Currency) }),
        },
        3500,
      )
      onDone()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const saveQty = () => {
    const n = Number(qty.trim().replace(',', '.'))
    if (!Number.isFinite(n) || n <= 0) return setError(t('lines.qtyError'))
    if (n === line.qty) return onDone()
    void apply({ kind: 'qty', qty: n })
  }

  return (
    <div className="line-editor" role="group" aria-label={t('lines.changeOf', { name: line.name })}>
      <form
        className="line-editor-row"
        onSubmit={(e) => {
          e.preventDefault()
          saveQty()
        }}
      >
        <label className="field">
          <span className="field-label">{t('lines.quantity', { unit: line.unit })}</span>
          <input
            value={qty}
            inputMode="decimal"
            autoFocus
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setQty(e.target.value)
              setError(null)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') onDone()
            }}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('lines.saveQty')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => setSubstituting((v) => !v)}
          aria-expanded={substituting}
        >
          {t('lines.substitute')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy || onlyLine}
          title={onlyLine ? t('lines.onlyItem') : undefined}
          onClick={() => void apply({ kind: 'remove' })}
        >
          {t('lines.remove')}
        </button>
        <button type="button" className="btn btn-quiet-plain" onClick={onDone}>
          {t('lines.close')}
        </button>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {substituting && (
        <SubstitutePicker
          exclude={line.sku}
          onPick={(p) => void apply({ kind: 'substitute', sku: p.sku })}
          busy={busy}
        />
      )}
    </div>
  )
}

/** Search the catalog for a replacement (the engine converts the quantity when the units allow). */
function SubstitutePicker({
  exclude,
  onPick,
  busy,
}: {
  exclude: string
  onPick(p: Product): void
  busy: boolean
}) {
  const { t: tr } = useTranslation()
  const [text, setText] = useState('')
  const [results, setResults] = useState<Product[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const currency = useCurrency()
  const fmt = useFormat()
  useEffect(() => {
    let live = true
    const t = setTimeout(() => {
      api.call('catalog.list', { query: text.trim() || undefined, limit: 8 }).then(
        (res) => live && setResults(res.items.filter((p) => p.sku !== exclude)),
        (err: unknown) => live && setError(messageOf(err)),
      )
    }, 200)
    return () => {
      live = false
      clearTimeout(t)
    }
  }, [text, exclude])
  return (
    <div className="substitute">
      <label className="field">
        <span className="field-label">{tr('lines.replaceWith')}</span>
        <input
          type="search"
          value={text}
          placeholder={tr('lines.search')}
          onChange={(e) => setText(e.target.value)}
          autoFocus
        />
      </label>
      {error && <p className="error-text">{error}</p>}
      <ul className="substitute-list">
        {results?.map((p) => (
          <li key={p.sku}>
            <button
              type="button"
              className="btn substitute-option"
              disabled={busy || !p.active}
              onClick={() => onPick(p)}
            >
              <span>{p.name}</span>
              <span className="muted">
                {fmt.money(p.price, currency)}
                {p.unit === 'pc' ? '' : `/${p.unit}`}
                {p.active ? '' : tr('lines.outOfStock')}
              </span>
            </button>
          </li>
        ))}
        {results && results.length === 0 && <li className="muted">{tr('lines.noMatch')}</li>}
      </ul>
    </div>
  )
}
