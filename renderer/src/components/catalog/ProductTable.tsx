import { useTranslation } from 'react-i18next'
import { memo, useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Product } from '../../../../shared/domain'
import { toMajorString, type Currency } from '../../../../shared/money'
import { formatQuantity } from '../../../../shared/units'
import { messageOf } from '../../api/client'
import { useCurrency } from '../../stores/app'
import { productAt, useCatalog } from '../../stores/catalog'
import { useToasts } from '../../stores/toasts'
import { EditableCell } from './EditableCell'
import { parsePrice, parseStock } from './validation'
import { useFormat } from '../../i18n/format'

const ROW_HEIGHT = 60

interface Props {
  onEdit(p: Product): void
  onDelete(p: Product): void
}

/**
 * The product list. Only the rows in view (plus a few) exist in the page; their data is fetched a page at a
 * time as they scroll into view, so 30,000 products scroll as smoothly as 30.
 */
export function ProductTable({ onEdit, onDelete }: Props) {
  const { t } = useTranslation()
  const total = useCatalog((s) => s.total) ?? 0
  const pages = useCatalog((s) => s.pages)
  const query = useCatalog((s) => s.query)
  const category = useCatalog((s) => s.category)
  const showRange = useCatalog((s) => s.showRange)
  const currency = useCurrency()
  const scroller = useRef<HTMLDivElement>(null)

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    showRange(first, last)
  }, [first, last, showRange, total])

  // New filters start at the top of the list.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 })
  }, [query, category])

  return (
    <div className="table" role="table" aria-label={t('catalog.products')} aria-rowcount={total + 1}>
      <div className="table-head" role="rowgroup">
        <div className="row row-head" role="row" aria-rowindex={1}>
          <span role="columnheader">{t('catalog.colSku')}</span>
          <span role="columnheader">{t('catalog.colName')}</span>
          <span role="columnheader" className="col-category">
            {t('catalog.colCategory')}
          </span>
          <span role="columnheader" className="num">
            {t('catalog.colPrice')}
          </span>
          <span role="columnheader" className="num">
            {t('catalog.colStock')}
          </span>
          <span role="columnheader">{t('catalog.colAvailable')}</span>
          <span role="columnheader">
            <span className="visually-hidden">{t('catalog.colActions')}</span>
          </span>
        </div>
      </div>
      <div className="table-body" ref={scroller} role="rowgroup" data-testid="product-scroller">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => (
            <ProductRow
              key={item.key}
              index={item.index}
              top={item.start}
              product={productAt(pages, item.index)}
              currency={currency}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </div>
      </div>
    </div>
  )
}

interface RowProps {
  index: number
  top: number
  product: Product | undefined
  currency: Currency
  onEdit(p: Product): void
  onDelete(p: Product): void
}

const ProductRow = memo(function ProductRow({
  index,
  top,
  product: p,
  currency,
  onEdit,
  onDelete,
}: RowProps) {
  const { t } = useTranslation()
  const update = useCatalog((s) => s.update)
  const fmt = useFormat()
  const showToast = useToasts((s) => s.show)
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT }
  if (!p) {
    return (
      <div className="row row-loading" role="row" aria-rowindex={index + 2} style={style}>
        <span role="cell" className="loading-bar" />
      </div>
    )
  }
  // A price or stock edit is one keystroke from a costly slip, so each gets an "Undo" back to the old value.
  const save = async (patch: { price: number } | { stock: number | null }): Promise<string | null> => {
    try {
      const saved = await update(p.sku, patch)
      const message =
        'price' in patch
          ? t('catalog.priceChanged', {
              name: p.name,
              from: fmt.money(p.price, currency),
              to: fmt.money(saved.price, currency),
            })
          : t('catalog.stockChanged', { name: p.name, from: stockText(p.stock), to: stockText(saved.stock) })
      const before = 'price' in patch ? { price: p.price } : { stock: p.stock }
      showToast({
        message,
        action: {
          label: t('common.undo'),
          run: () => {
            update(p.sku, before).catch((err: unknown) => showToast({ message: messageOf(err), tone: 'error' }))
          },
        },
      })
      return null
    } catch (err) {
      return messageOf(err)
    }
  }
  const size = p.size && !nameMentions(p.name, formatQuantity(p.size)) ? formatQuantity(p.size) : null
  return (
    <div
      className={`row ${p.active ? '' : 'row-inactive'}`}
      role="row"
      aria-rowindex={index + 2}
      data-sku={p.sku}
      style={style}
    >
      <span role="cell" className="col-sku" title={p.sku}>
        {p.sku}
      </span>
      <span role="cell" className="col-name">
        <button
          type="button"
          className="name-button"
          onClick={() => onEdit(p)}
          aria-label={t('catalog.edit', { name: p.name })}
          title={p.name}
        >
          <span className="name">{p.name}</span>
        </button>
        <span className="aliases muted" title={p.aliases.join(', ')}>
          {[
            <span key="c" className="category-inline">
              {p.category}
            </span>,
            size && (
              <span key="s" className="size">
                {size}
              </span>
            ),
            p.aliases.length > 0 && (
              <span key="a" className="alias-list">
                {p.aliases.join(', ')}
              </span>
            ),
          ]}
        </span>
      </span>
      <span role="cell" className="col-category">
        {p.category}
      </span>
      <span role="cell" className="num col-price">
        <EditableCell
          label={t('catalog.priceOf', { name: p.name })}
          display={fmt.money(p.price, currency)}
          suffix={p.unit === 'pc' ? null : `/${p.unit}`}
          initial={toMajorString(p.price)}
          save={(text) => {
            const price = parsePrice(text)
            return price.ok ? save({ price: price.value }) : Promise.resolve(price.message)
          }}
        />
      </span>
      <span role="cell" className="num col-stock">
        <EditableCell
          label={t('catalog.stockOf', { name: p.name })}
          display={p.stock === null ? '—' : String(p.stock)}
          initial={p.stock === null ? '' : String(p.stock)}
          save={(text) => {
            const stock = parseStock(text)
            return stock.ok ? save({ stock: stock.value }) : Promise.resolve(stock.message)
          }}
        />
      </span>
      <span role="cell" className="col-active">
        <button
          type="button"
          role="switch"
          aria-checked={p.active}
          aria-label={t('catalog.inStockOf', { name: p.name })}
          className={`switch ${p.active ? 'on' : 'off'}`}
          onClick={() => {
            update(p.sku, { active: !p.active }).catch((err: unknown) =>
              showToast({ message: messageOf(err), tone: 'error' }),
            )
          }}
        >
          <span className="switch-knob" aria-hidden="true" />
          <span className="switch-text">{p.active ? t('catalog.inStock') : t('catalog.outOfStock')}</span>
        </button>
      </span>
      <span role="cell" className="col-actions">
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={t('catalog.deleteOf', { name: p.name })}
          onClick={() => onDelete(p)}
        >
          {t('catalog.delete')}
        </button>
      </span>
    </div>
  )
})

function stockText(stock: number | null): string {
  return stock === null ? '—' : String(stock)
}

/** "Amul Butter 500 g" already says its size; the muted "· 500 g" would only repeat it. */
function nameMentions(name: string, size: string): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '')
  return squash(name).includes(squash(size))
}
