import { useTranslation } from 'react-i18next'
import { useState, type FormEvent, type ReactNode } from 'react'
import type { Product, ProductInput } from '../../../../shared/domain'
import { toMajorString } from '../../../../shared/money'
import { UNITS, formatQuantity, type Unit } from '../../../../shared/units'
import { useCatalog } from '../../stores/catalog'
import {
  fieldError,
  fieldLabel,
  parseAliases,
  parsePrice,
  parseSizeText,
  parseStock,
  type FormField,
} from './validation'
import { useModalDialog } from '../useModalDialog'
import { CategoryPicker } from './CategoryPicker'
import { exactCategory } from './category-match'

interface Props {
  /** The product to edit, or null to add a new one. */
  product: Product | null
  onClose(saved?: Product): void
}

type Draft = Record<FormField, string>

function draftOf(p: Product | null): Draft {
  return {
    sku: p?.sku ?? '',
    name: p?.name ?? '',
    price: p ? toMajorString(p.price) : '',
    unit: p?.unit ?? 'pc',
    size: p?.size ? formatQuantity(p.size) : '',
    aliases: p?.aliases.join(', ') ?? '',
    category: p?.category ?? '',
    stock: p?.stock === null || p?.stock === undefined ? '' : String(p.stock),
  }
}

/** Add or edit one product, every field, in a modal dialog (Esc closes it). */
export function ProductForm({ product, onClose }: Props) {
  const { t } = useTranslation()
  const dialog = useModalDialog()
  const categories = useCatalog((s) => s.categories)
  const create = useCatalog((s) => s.create)
  const update = useCatalog((s) => s.update)
  const [draft, setDraft] = useState<Draft>(() => draftOf(product))
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const set = (field: FormField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const price = parsePrice(draft.price)
    const size = parseSizeText(draft.size)
    const stock = parseStock(draft.stock)
    const local: Partial<Record<FormField, string>> = {}
    if (!price.ok) local.price = price.message
    if (!size.ok) local.size = size.message
    if (!stock.ok) local.stock = stock.message
    setErrors(local)
    setFormError(null)
    if (!price.ok || !size.ok || !stock.ok) return
    const input: ProductInput = {
      sku: draft.sku.trim(),
      name: draft.name.trim(),
      price: price.value,
      unit: draft.unit as Unit,
      size: size.value,
      aliases: parseAliases(draft.aliases),
      // "dairy" typed for the existing "Dairy" joins it rather than starting a near-twin.
      category: exactCategory(categories, draft.category)?.name ?? draft.category.trim(),
      stock: stock.value,
    }
    setSaving(true)
    try {
      const { sku, ...patch } = input
      const saved = product ? await update(product.sku, patch) : await create({ ...input, sku })
      onClose(saved)
    } catch (err) {
      const { field, message } = fieldError(err)
      if (field) setErrors({ [field]: message })
      else setFormError(message)
    } finally {
      setSaving(false)
    }
  }

  const field = (name: FormField, control: ReactNode, hint?: string) => (
    <div className={`field field-${name}`}>
      <label htmlFor={`pf-${name}`}>{fieldLabel(name)}</label>
      {control}
      {errors[name] ? (
        <p className="field-error" id={`pf-${name}-error`} role="alert">
          {errors[name]}
        </p>
      ) : hint ? (
        <p className="field-hint">{hint}</p>
      ) : null}
    </div>
  )
  const text = (name: FormField, extra: Record<string, unknown> = {}) => (
    <input
      id={`pf-${name}`}
      name={name}
      value={draft[name]}
      onChange={(e) => set(name, e.target.value)}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `pf-${name}-error` : undefined}
      autoComplete="off"
      {...extra}
    />
  )

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="pf-title"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="pf-title">{product ? t('catalog.editTitle', { name: product.name }) : t('catalog.addTitle')}</h2>
        <div className="form-grid">
          {field(
            'sku',
            text('sku', { disabled: product !== null, autoFocus: product === null }),
            product ? t('catalog.skuFixed') : t('catalog.skuHint'),
          )}
          {field('name', text('name', { autoFocus: product !== null }))}
          {field('price', text('price', { inputMode: 'decimal', placeholder: '52.50' }), t('catalog.priceHint'))}
          {field(
            'unit',
            <select id="pf-unit" name="unit" value={draft.unit} onChange={(e) => set('unit', e.target.value)}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>,
            t('catalog.unitHint'),
          )}
          {field('size', text('size', { placeholder: '500 g' }), t('catalog.sizeHint'))}
          {field('stock', text('stock', { inputMode: 'decimal' }), t('catalog.stockHint'))}
          {field(
            'category',
            <CategoryPicker
              id="pf-category"
              value={draft.category}
              categories={categories}
              onChange={(v) => set('category', v)}
              invalid={Boolean(errors.category)}
              describedBy={errors.category ? 'pf-category-error' : undefined}
              placeholder={t('catalog.categoryPlaceholder')}
            />,
          )}
          {field(
            'aliases',
            text('aliases', { placeholder: t('catalog.aliasesPlaceholder') }),
            t('catalog.aliasesHint'),
          )}
        </div>
        {formError && (
          <p className="error-box" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? t('common.saving') : product ? t('catalog.saveChanges') : t('catalog.add')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
