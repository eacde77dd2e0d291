// The catalog as WhatsApp messages: one category after another, bold names, prices, out-of-stock marked or
// hidden, cut into pages small enough to read on a phone ("reply 2 for more"). WhatsApp accepts 65,536
// characters, but a page longer than a couple of screens is not read, so pages stop at ~3,000 characters.
import type { Product } from '../../../shared/domain'
import { formatMoney, type Currency } from '../../../shared/money'
import { priceText } from './format'

export const PAGE_CHARS = 3000
export const PAGE_ITEMS = 30

export interface CatalogPage {
  lines: string[]
  /** First category on this page, to say what "more" brings. */
  firstCategory: string
}

export function catalogPages(
  products: readonly Product[],
  currency: Currency,
  opts: { hideOutOfStock: boolean; outOfStockMark: string },
): CatalogPage[] {
  const byCategory = new Map<string, Product[]>()
  for (const p of products) {
    if (!p.active) continue
    const out = p.stock !== null && p.stock <= 0
    if (out && opts.hideOutOfStock) continue
    const list = byCategory.get(p.category) ?? []
    list.push(p)
    byCategory.set(p.category, list)
  }
  const pages: CatalogPage[] = []
  let current: CatalogPage | null = null
  let chars = 0
  let items = 0
  for (const category of [...byCategory.keys()].sort((a, b) => a.localeCompare(b))) {
    const list = byCategory
      .get(category)!
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
    let header = true
    for (const p of list) {
      const out = p.stock !== null && p.stock <= 0
      const line = `• *${clip(p.name)}* ${priceText(p.price, p.unit, currency)}${out ? ` _(${opts.outOfStockMark})_` : ''}`
      const need = line.length + 1 + (header ? category.length + 4 : 0)
      if (!current || chars + need > PAGE_CHARS || items >= PAGE_ITEMS) {
        current = { lines: [], firstCategory: category }
        pages.push(current)
        chars = 0
        items = 0
        header = true
      }
      if (header) {
        if (current.lines.length > 0) current.lines.push('')
        current.lines.push(`*${clip(category)}*`)
        chars += category.length + 4
        header = false
      }
      current.lines.push(line)
      chars += line.length + 1
      items++
    }
  }
  return pages
}

function clip(s: string): string {
  // A name with asterisks or underscores would break WhatsApp's bold/italic markup.
  const clean = s.replace(/[*_~`]/g, '')
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean
}

export { formatMoney }
