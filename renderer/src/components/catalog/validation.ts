// Turning what a shopkeeper types into catalog values, with the problem said in plain words when it fails.
import { parseMajor } from '../../../../shared/money'
import { parseSize, type Quantity } from '../../../../shared/units'
import { ApiCallError, messageOf } from '../../api/client'
import { t } from '../../i18n'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

export function parsePrice(text: string): Parsed<number> {
  if (text.trim() === '') return { ok: false, message: t('catalog.priceRequired') }
  const minor = parseMajor(text)
  if (minor === null) return { ok: false, message: t('catalog.priceNumber') }
  if (minor < 0) return { ok: false, message: t('catalog.priceNegative') }
  return { ok: true, value: minor }
}

export function parseStock(text: string): Parsed<number | null> {
  if (text.trim() === '') return { ok: true, value: null }
  const n = Number(text.trim().replace(',', '.'))
  if (!Number.isFinite(n))
    return { ok: false, message: t('catalog.stockNumber') }
  if (n < 0) return { ok: false, message: t('catalog.stockNegative') }
  return { ok: true, value: n }
}

export function parseSizeText(text: string): Parsed<Quantity | null> {
  if (text.trim() === '') return { ok: true, value: null }
  const size = parseSize(text)
  if (!size) return { ok: false, message: t('catalog.sizeBad') }
  return { ok: true, value: size }
}

export function parseAliases(text: string): string[] {
  return text
    .split(/[,|]/)
    .map((a) => a.trim())
    .filter((a) => a !== '')
}

export const FORM_FIELDS = ['sku', 'name', 'price', 'unit', 'size', 'aliases', 'category', 'stock'] as const
export type FormField = (typeof FORM_FIELDS)[number]

/** The form's field labels in the screens' language (read when shown, so a language switch applies). */
export function fieldLabel(field: FormField): string {
  const key = {
    sku: 'catalog.colSku',
    name: 'catalog.colName',
    price: 'catalog.colPrice',
    unit: 'catalog.fieldUnit',
    size: 'catalog.fieldSize',
    aliases: 'catalog.fieldAliases',
    category: 'catalog.colCategory',
    stock: 'catalog.colStock',
  } as const
  return t(key[field])
}

/**
 * Finds which form field a server error is about. The dispatcher reports argument errors as
 * "product.price: Price cannot be negative" (with zod issues in details); a whole-product check inside an
 * update says "price: …"; a taken SKU is a conflict.
 */
export function fieldError(err: unknown): { field: FormField | null; message: string } {
  if (err instanceof ApiCallError && err.code === 'conflict') return { field: 'sku', message: messageOf(err) }
  const raw = err instanceof Error ? err.message : String(err)
  let field: FormField | null = null
  let message = raw
  if (err instanceof ApiCallError && Array.isArray(err.details)) {
    const issue = err.details[0] as { path?: unknown[]; message?: string } | undefined
    const hit = issue?.path?.find((p): p is FormField => typeof p === 'string' && isField(p))
    if (hit) {
      field = hit
      message = issue?.message ?? raw
    }
  }
  if (!field) {
    const m = /^(?:product\.|patch\.)?([a-z]+)(?:\.[\w.]+)?: (.*)$/.exec(raw)
    if (m && isField(m[1]!)) {
      field = m[1]
      message = m[2]!
    }
  }
  // zod's generic wording is for programmers; say it the shop's way.
  if (field && /^Too small: expected (string|array)|^Invalid input: expected string| is required$/.test(message)) {
    message = t('catalog.isRequired', { field: fieldLabel(field) })
  } else if (field && /^Too small: expected number/.test(message)) {
    message = t('catalog.moreThanZero', { field: fieldLabel(field) })
  } else if (field && /^Too big: expected string/.test(message)) {
    message = t('catalog.tooLong', { field: fieldLabel(field) })
  }
  return { field, message }
}

function isField(s: string): s is FormField {
  return (FORM_FIELDS as readonly string[]).includes(s)
}

