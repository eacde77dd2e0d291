import { useCallback, useEffect, useRef, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Result } from '../../../shared/contract'
import type { Product } from '../../../shared/domain'
import { parseMajor, type Currency } from '../../../shared/money'
import { api, messageOf } from '../api/client'
import { useApp } from '../stores/app'
import { DayClosePanel } from '../components/counter/DayClosePanel'
import { useFormat } from '../i18n/format'
import { engineText } from '../i18n/errors'

interface CartLine {
  sku: string
  name: string
  qty: number
  unit: string
}

type Quote = Result<'counter.quote'>
type Sale = Result<'counter.sell'>
type Mode = 'scan' | 'weigh' | 'pick' | 'cash' | 'upi' | 'khata' | 'add'

const WEIGHED = new Set(['kg', 'g', 'l', 'ml'])

/**
 * The counter: a USB scanner types digits and Enter into the scan box, like a keyboard. A name (or a typo of one)
 * searches. Enter on an empty scan box goes to cash; the keys F2 / F3 / F4 pick cash, UPI or khata. A sale of
 * five scanned items and cash needs no mouse.
 */
export function CounterView() {
  const fmt = useFormat()
  const { t } = useTranslation()
  const currency = (useApp((s) => s.info?.shop.currency) ?? 'INR') as Currency
  const [lines, setLines] = useState<CartLine[]>([])
  const [quote, setQuote] = useState<Quote | null>(null)
  const [mode, setMode] = useState<Mode>('scan')
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<Product | null>(null)
  const [candidates, setCandidates] = useState<Product[]>([])
  const [unknown, setUnknown] = useState<string | null>(null)
  const [last, setLast] = useState<Sale | null>(null)
  const scan = useRef<HTMLInputElement>(null)
  const money = (n: number) => fmt.money(n, currency)

  const refocus = () => setTimeout(() => scan.current?.focus(), 0)

  useEffect(() => {
    // An empty sale has no quote to fetch: the total shows 0 from `lines` alone.
    if (lines.length === 0) return
    let live = true
    api
      .call('counter.quote', {
        lines: lines.map(({ sku, qty, unit }) => ({ sku, qty, unit: unit as never })),
      })
      .then(
        (q) => live && (setQuote(q), setError(null)),
        (err: unknown) => live && setError(messageOf(err)),
      )
    return () => {
      live = false
    }
  }, [lines])

  const add = useCallback((p: Product, qty = 1) => {
    setLines((ls) => {
      const same = ls.find((l) => l.sku === p.sku && l.unit === p.unit)
      if (same)
        return ls.map((l) => (l === same ? { ...l, qty: Math.round((l.qty + qty) * 1000) / 1000 } : l))
      return [...ls, { sku: p.sku, name: p.name, qty, unit: p.unit }]
    })
  }, [])

  const pick = (p: Product) => {
    setCandidates([])
    if (WEIGHED.has(p.unit)) {
      setPending(p)
      setMode('weigh')
    } else {
      add(p)
      setMode('scan')
      refocus()
    }
  }

  // A scanner types the next code while the last one is still being looked up: the box is cleared at once
  // and lookups run one after another, so no digits are lost and lines keep the scan order.
  const queue = useRef<Promise<void>>(Promise.resolve())
  const onScan = () => {
    const text = code.trim()
    setCode('')
    setError(null)
    setUnknown(null)
    if (text === '') {
      if (lines.length > 0) setMode('cash')
      return
    }
    queue.current = queue.current.then(() => lookup(text))
  }
  const lookup = async (text: string) => {
    try {
      const r = await api.call('counter.lookup', { code: text })
      if (r.product) return pick(r.product)
      if (r.unknownBarcode) {
        setUnknown(r.unknownBarcode)
        setMode('add')
        return
      }
      if (r.candidates.length > 0) {
        setCandidates(r.candidates)
        setMode('pick')
        return
      }
      setError(
        r.error === null
          ? t('counter.nothing', { text })
          : r.errorText
            ? t('counter.scanAgain', { problem: engineText('importRow', r.errorText, r.error) })
            : r.error,
      )
    } catch (err) {
      setError(messageOf(err))
    }
  }

  const sell = async (payment: Parameters<typeof api.call<'counter.sell'>>[1]['payment']) => {
    try {
      const sale = await api.call('counter.sell', {
        lines: lines.map(({ sku, qty, unit }) => ({ sku, qty, unit: unit as never })),
        payment,
      })
      setLast(sale)
      setLines([])
      setMode('scan')
      setError(null)
      refocus()
    } catch (err) {
      setError(messageOf(err))
    }
  }

  // F2 cash, F3 UPI, F4 khata, Escape back to scanning: the whole sale from the keyboard.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const to: Record<string, Mode> = { F2: 'cash', F3: 'upi', F4: 'khata' }
      if (to[e.key] && lines.length > 0) {
        e.preventDefault()
        setMode(to[e.key]!)
      } else if (e.key === 'Escape') {
        setMode('scan')
        setPending(null)
        setCandidates([])
        refocus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [lines.length])

  return (
    <section className="view counter" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">{t('counter.title')}</h1>
          <p className="view-sub">{t('counter.sub')}</p>
        </div>
      </header>
      <div className="counter-body">
        <div className="panel">
          <form
            onSubmit={(e) => {
              e.preventDefault()
              onScan()
            }}
          >
            <div className="field">
              <label htmlFor="counter-scan">{t('counter.scanLabel')}</label>
              <input
                id="counter-scan"
                ref={scan}
                autoFocus
                autoComplete="off"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                data-testid="counter-scan"
              />
            </div>
          </form>
          {error && (
            <p className="error-box" role="alert" data-testid="counter-error">
              {error}
            </p>
          )}
          {mode === 'weigh' && pending && (
            <WeightForm
              product={pending}
              onDone={(qty) => {
                add(pending, qty)
                setPending(null)
                setMode('scan')
                refocus()
              }}
            />
          )}
          {mode === 'pick' && (
            <div
              className="button-row"
              role="group"
              aria-label={t('counter.whichProduct')}
              data-testid="counter-candidates"
            >
              {candidates.map((p, i) => (
                <button key={p.sku} type="button" className="btn" autoFocus={i === 0} onClick={() => pick(p)}>
                  {p.name} · {money(p.price)}
                </button>
              ))}
            </div>
          )}
          {mode === 'add' && unknown && (
            <AddProductForm
              barcode={unknown}
              onAdded={(p) => {
                setUnknown(null)
                pick(p)
              }}
            />
          )}
          <table className="lines-table" data-testid="counter-lines">
            <thead>
              <tr>
                <th>{t('counter.item')}</th>
                <th className="num">{t('counter.qty')}</th>
                <th className="num">{t('counter.amount')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={`${l.sku}-${l.unit}`}>
                  <td>{l.name}</td>
                  <td className="num">
                    <input
                      aria-label={t('counter.qtyOf', { name: l.name })}
                      type="number"
                      step="any"
                      min="0"
                      value={l.qty}
                      onChange={(e) => {
                        const qty = Number(e.target.value)
                        if (Number.isFinite(qty) && qty > 0)
                          setLines((ls) => ls.map((x, j) => (j === i ? { ...x, qty } : x)))
                      }}
                      style={{ width: '6em' }}
                    />{' '}
                    {l.unit}
                  </td>
                  <td className="num">
                    {quote?.lines.find((q) => q.sku === l.sku)?.amount !== undefined
                      ? money(quote.lines.find((q) => q.sku === l.sku)!.amount)
                      : ''}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-quiet-plain"
                      onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                    >
                      {t('counter.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th>{t('counter.total')}</th>
                <td />
                <td className="num" data-testid="counter-total">
                  {quote && lines.length > 0 ? money(quote.total) : money(0)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
        <div className="panel">
          {lines.length > 0 && quote && (
            <>
              <div className="button-row" role="tablist" aria-label={t('counter.payment')}>
                {(['cash', 'upi', 'khata'] as const).map((m) => (
                  <button
                    key={m}
                    type="button"
                    className={`btn ${mode === m ? 'btn-primary' : ''}`}
                    onClick={() => setMode(m)}
                  >
                    {t(m === 'cash' ? 'counter.cashKey' : m === 'upi' ? 'counter.upiKey' : 'counter.khataKey')}
                  </button>
                ))}
              </div>
              {mode === 'cash' && (
                <CashForm
                  total={quote.total}
                  currency={currency}
                  onSell={(tendered) => void sell({ method: 'cash', tendered })}
                />
              )}
              {mode === 'upi' && <UpiPanel lines={lines} onPaid={() => void sell({ method: 'upi' })} />}
              {mode === 'khata' && (
                <KhataForm
                  onSell={(customer, name, override) =>
                    void sell({
                      method: 'khata',
                      customer,
                      ...(name ? { name } : {}),
                      ...(override ? { override } : {}),
                    })
                  }
                />
              )}
            </>
          )}
          {last && <LastSale sale={last} />}
        </div>
      </div>
      <DayClosePanel />
    </section>
  )
}

function WeightForm({ product, onDone }: { product: Product; onDone: (qty: number) => void }) {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      className="field"
      onSubmit={(e) => {
        e.preventDefault()
        const qty = Number(value.replace(',', '.'))
        if (!Number.isFinite(qty) || qty <= 0) return setError(t('counter.weightHint'))
        onDone(qty)
      }}
      noValidate
    >
      <label htmlFor="counter-weight">{t('counter.weightOf', { name: product.name, unit: product.unit })}</label>
      <input
        id="counter-weight"
        autoFocus
        inputMode="decimal"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  )
}

function CashForm({
  total,
  currency,
  onSell,
}: {
  total: number
  currency: Currency
  onSell: (tendered: number) => void
}) {
  const { t } = useTranslation()
  const [given, setGiven] = useState('')
  const fmt = useFormat()
  const tendered = given.trim() === '' ? total : parseMajor(given, currency)
  const change = tendered === null ? null : tendered - total
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        if (tendered !== null && tendered >= total) onSell(tendered)
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="counter-cash">{t('counter.cashGiven')}</label>
        <input
          id="counter-cash"
          autoFocus
          inputMode="decimal"
          value={given}
          onChange={(e) => setGiven(e.target.value)}
        />
      </div>
      <p data-testid="counter-change" aria-live="polite">
        {change === null
          ? t('counter.typeAmount')
          : change < 0
            ? t('counter.short', { amount: fmt.money(-change, currency) })
            : t('counter.change', { amount: fmt.money(change, currency) })}
      </p>
      <button type="submit" className="btn btn-primary" disabled={change === null || change < 0}>
        {t('counter.takeCash')}
      </button>
    </form>
  )
}

function UpiPanel({ lines, onPaid }: { lines: CartLine[]; onPaid: () => void }) {
  const { t } = useTranslation()
  const [qr, setQr] = useState<Result<'counter.upiQr'> | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    api
      .call('counter.upiQr', {
        lines: lines.map(({ sku, qty, unit }) => ({ sku, qty, unit: unit as never })),
      })
      .then(setQr, (err: unknown) => setError(messageOf(err)))
  }, [lines])
  if (error)
    return (
      <p className="error-box" role="alert">
        {error}
      </p>
    )
  return (
    <div data-testid="counter-upi">
      {qr && <img src={qr.dataUrl} alt={t('counter.upiQr')} style={{ width: 260, height: 260 }} />}
      <button type="button" className="btn btn-primary" autoFocus onClick={onPaid}>
        {t('counter.upiReceived')}
      </button>
    </div>
  )
}

function KhataForm({ onSell }: { onSell: (customer: string, name: string, override: boolean) => void }) {
  const { t } = useTranslation()
  const [phone, setPhone] = useState('')
  const [name, setName] = useState('')
  const [override, setOverride] = useState(false)
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        if (phone.trim()) onSell(phone, name, override)
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="counter-khata-phone">{t('counter.phone')}</label>
        <input
          id="counter-khata-phone"
          autoFocus
          inputMode="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="counter-khata-name">{t('counter.nameOptional')}</label>
        <input id="counter-khata-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <label>
        <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />{' '}
        {t('counter.allowOver')}
      </label>
      <button type="submit" className="btn btn-primary">
        {t('counter.putOnKhata')}
      </button>
    </form>
  )
}

function AddProductForm({ barcode, onAdded }: { barcode: string; onAdded: (p: Product) => void }) {
  const { t } = useTranslation()
  const currency = (useApp((s) => s.info?.shop.currency) ?? 'INR') as Currency
  const [name, setName] = useState('')
  const [price, setPrice] = useState('')
  const [unit, setUnit] = useState('pc')
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      className="panel"
      data-testid="counter-add-product"
      onSubmit={(e) => {
        e.preventDefault()
        const minor = parseMajor(price, currency)
        if (!name.trim() || minor === null || minor < 0) return setError(t('counter.needNamePrice'))
        api
          .call('catalog.create', {
            product: {
              sku: barcode,
              name,
              price: minor,
              unit: unit as never,
              size: null,
              aliases: [],
              category: 'Other',
              stock: null,
              barcode,
            },
          })
          .then(onAdded, (err: unknown) => setError(messageOf(err)))
      }}
      noValidate
    >
      <p>
        <Trans i18nKey="counter.unknownBarcode" values={{ barcode }} components={{ b: <strong /> }} />
      </p>
      <div className="field">
        <label htmlFor="counter-new-name">{t('counter.name')}</label>
        <input id="counter-new-name" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="counter-new-price">{t('counter.price')}</label>
        <input
          id="counter-new-price"
          inputMode="decimal"
          value={price}
          onChange={(e) => setPrice(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="counter-new-unit">{t('counter.soldPer')}</label>
        <select id="counter-new-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          {['pc', 'pack', 'kg', 'g', 'l', 'ml', 'dozen'].map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </div>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary">
        {t('counter.addAndSell')}
      </button>
    </form>
  )
}

function LastSale({ sale }: { sale: Sale }) {
  const fmt = useFormat()
  const { t } = useTranslation()
  const currency = sale.currency as Currency
  const [printed, setPrinted] = useState<string | null>(null)
  return (
    <div className="panel" data-testid="counter-result" aria-live="polite">
      <h2>{t('counter.saleDone', { number: sale.number })}</h2>
      <p>{t('counter.totalIs', { amount: fmt.money(sale.total, currency) })}</p>
      {sale.change !== null && (
        <p data-testid="counter-result-change">
          {t('counter.changeToGive', { amount: fmt.money(sale.change, currency) })}
        </p>
      )}
      {sale.balance !== null && (
        <p data-testid="counter-result-balance">
          {t('counter.balanceNow', { amount: fmt.money(sale.balance, currency) })}
        </p>
      )}
      {sale.receipt && !sale.receipt.printed && (
        <p className="error-box">{t('counter.receiptNot', { error: sale.receipt.error ?? '' })}</p>
      )}
      <button
        type="button"
        className="btn"
        onClick={() =>
          api.call('receipts.print', { number: sale.number }).then(
            (r) => setPrinted(r.printed ? t('counter.printed') : t('counter.notPrinted', { error: r.error ?? '' })),
            (err: unknown) => setPrinted(messageOf(err)),
          )
        }
      >
        {t('counter.printReceipt')}
      </button>
      {printed && <p>{printed}</p>}
    </div>
  )
}
