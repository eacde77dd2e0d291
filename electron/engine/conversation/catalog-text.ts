// The catalog as WhatsApp messages: one category after another, bold names, prices, out-of-stock marked or
// hidden, cut into pages small enough to read on a phone ("reply 2 for more"). WhatsApp accepts 65,536
// characters, but a page longer than a couple of screens is not read, so pages stop at ~3,000 characters.
// Which products go on which page is worked out once per catalog version; prices and stock are read fresh
// when a page is shown, so a sale or a restock shows at once without re-cutting 27,000 products into pages.
import type { Product } from '../../../shared/domain'
import type { Currency } from '../../../shared/money'
import { priceText } from './format'

export const PAGE_CHARS = 3000
export const PAGE_ITEMS = 30

export interface CatalogPage {
  /** First category on this page, to say what "more" brings. */
  firstCategory: string
  groups: { category: string; skus: string[] }[]
}

// One collator each, made once: localeCompare with options builds a collator on every call (0.8 s for the
// 27,000-product catalog, paid by the customer who asked for the first page).
const byText = new Intl.Collator()
const byName = new Intl.Collator(undefined, { numeric: true })

export function catalogPages(products: readonly Product[]): CatalogPage[] {
  const byCategory = new Map<string, Product[]>()
  for (const p of products) {
    if (!p.active) continue
    const list = byCategory.get(p.category) ?? []
    list.push(p)
    byCategory.set(p.category, list)
  }
  const pages: CatalogPage[] = []
  let current: CatalogPage | null = null
  let chars = 0
  let items = 0
  for (const category of [...byCategory.keys()].sort(byText.compare)) {
    const list = byCategory.get(category)!.sort((a, b) => byName.compare(a.name, b.name))
    let group: { category: string; skus: string[] } | null = null
    for (const p of list) {
      // An estimate of the rendered line: name, price and a possible "(out of stock)".
      const need = Math.min(p.name.length, 80) + 30 + (group ? 0 : category.length + 4)
      if (!current || chars + need > PAGE_CHARS || items >= PAGE_ITEMS) {
        current = { firstCategory: category, groups: [] }
        pages.push(current)
        chars = 0
        items = 0
        group = null
      }
      if (!group) {
        group = { category, skus: [] }
        current.groups.push(group)
        chars += category.length + 4
      }
      group.skus.push(p.sku)
      chars += need
      items++
    }
  }
  return pages
}

/** The lines of one page with current names, prices and stock. */
export function pageLines(
  page: CatalogPage,
  product: (sku: string) => Product | null,
  currency: Currency,
  opts: { hideOutOfStock: boolean; outOfStockMark: string; locale?: string },
): string[] {
  const lines: string[] = []
  for (const g of page.groups) {
    const items: string[] = []
    for (const sku of g.skus) {
      const p = product(sku)
      if (!p || !p.active) continue
      const out = p.stock !== null && p.stock <= 0
      if (out && opts.hideOutOfStock) continue
      items.push(
        `• *${clip(p.name)}* ${priceText(p.price, p.unit, currency, opts.locale)}${out ? ` _(${opts.outOfStockMark})_` : ''}`,
      )
    }
    if (items.length === 0) continue
    if (lines.length > 0) lines.push('')
    lines.push(`*${clip(g.category)}*`, ...items)
  }
  return lines
}

function clip(s: string): string {
  // A name with asterisks or underscores would break WhatsApp's bold/italic markup.
  const clean = s.replace(/[*_~`]/g, '')
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean
}
