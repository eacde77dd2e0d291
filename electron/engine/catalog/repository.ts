// Queries for the products table: plain functions, db first, bound parameters only.
import { stmt, type DB } from '../db/connection'
import type { Product, ProductInput } from '../../../shared/domain'
import type { Unit } from '../../../shared/units'

interface ProductRow {
  sku: string
  name: string
  price: number
  unit: string
  size_value: number | null
  size_unit: string | null
  aliases: string
  category: string
  stock: number | null
  active: number
  updated_at: number
  barcode: string | null
}

function fromRow(r: ProductRow): Product {
  return {
    sku: r.sku,
    name: r.name,
    price: r.price,
    unit: r.unit as Unit,
    size:
      r.size_value === null || r.size_unit === null
        ? null
        : { value: r.size_value, unit: r.size_unit as Unit },
    aliases: JSON.parse(r.aliases) as string[],
    category: r.category,
    stock: r.stock,
    active: r.active === 1,
    updatedAt: r.updated_at,
    barcode: r.barcode,
  }
}

function searchText(p: ProductInput): string {
  return [p.sku, p.name, ...p.aliases, p.category, p.barcode ?? ''].join(' ').toLowerCase()
}

export function productByBarcode(db: DB, barcode: string): Product | null {
  const row = stmt(db, 'SELECT * FROM products WHERE barcode = ?').get(barcode) as ProductRow | undefined
  return row ? fromRow(row) : null
}

/** The file being imported is the truth: a barcode moved to another SKU leaves its old product. */
export function releaseBarcode(db: DB, barcode: string, keepSku: string): void {
  stmt(db, 'UPDATE products SET barcode = NULL WHERE barcode = ? AND sku <> ?').run(barcode, keepSku)
}

export function getProduct(db: DB, sku: string): Product | null {
  const row = stmt(db, 'SELECT * FROM products WHERE sku = ?').get(sku) as ProductRow | undefined
  return row ? fromRow(row) : null
}

/**
 * Another active, in-stock product of `p`'s category, nearest in price; ties go to the first in catalog order
 * (category, name), as the matcher lists them. One query on the category index, not a walk of the catalog.
 */
export function substituteFor(db: DB, p: Pick<Product, 'sku' | 'category' | 'price'>): Product | null {
  const row = stmt(
    db,
    `SELECT * FROM products INDEXED BY products_category
     WHERE category = ? AND sku <> ? AND active = 1 AND (stock IS NULL OR stock > 0)
     ORDER BY abs(price - ?), name, rowid LIMIT 1`,
  ).get(p.category, p.sku, p.price) as ProductRow | undefined
  return row ? fromRow(row) : null
}

export function allProducts(db: DB): Product[] {
  return (db.prepare('SELECT * FROM products ORDER BY category, name').all() as ProductRow[]).map(fromRow)
}

/**
 * Active products in catalog order (category, name; as allProducts), a page at a time after `after` (the
 * previous page's `next`), so a big catalog can be read between other work.
 */
export function activeProductsPage(
  db: DB,
  after: ProductCursor | null,
  limit: number,
): { products: Product[]; next: ProductCursor | null } {
  const rows = (
    after
      ? stmt(
          db,
          `SELECT rowid AS rid, * FROM products INDEXED BY products_category
           WHERE active = 1 AND (category, name, rowid) > (?, ?, ?)
           ORDER BY category, name, rowid LIMIT ?`,
        ).all(after.category, after.name, after.rowid, limit)
      : stmt(
          db,
          `SELECT rowid AS rid, * FROM products INDEXED BY products_category
           WHERE active = 1 ORDER BY category, name, rowid LIMIT ?`,
        ).all(limit)
  ) as (ProductRow & { rid: number })[]
  const last = rows[rows.length - 1]
  return {
    products: rows.map(fromRow),
    next:
      limit < 0 || rows.length < limit || !last
        ? null
        : { category: last.category, name: last.name, rowid: last.rid },
  }
}

export interface ProductCursor {
  category: string
  name: string
  rowid: number
}

export function countProducts(db: DB): number {
  return (stmt(db, 'SELECT count(*) AS n FROM products').get() as { n: number }).n
}

export interface ProductQuery {
  query?: string
  category?: string
  offset: number
  limit: number
}

/**
 * Catalog words close to a query word that appears nowhere in the catalog (a typo: "onoin"), as the order
 * reader would take it: the SKUs of the products named with them. Empty when nothing is close.
 */
export type TypoLookup = (word: string) => readonly string[]

/** Shortest word the trigram index can look up; shorter words are matched by instr() on what is left. */
const TRIGRAM = 3
/** Products looked at to estimate how many a short word matches. */
const SAMPLE = 2_000

/**
 * Every word of the query must appear in name, aliases, category or SKU; results page by name. Words of three
 * letters or more come from the trigram index (products_search, migration 0005); a word found nowhere is
 * taken as a typo and replaced by the products `typo` says it means.
 */
export function searchProducts(
  db: DB,
  q: ProductQuery,
  typo?: TypoLookup,
): { total: number; items: Product[] } {
  const words = [...new Set((q.query ?? '').toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 8)
  const match: string[] = []
  const where: string[] = []
  const params: (string | number)[] = []
  for (const w of words) {
    const phrase = `"${w.replace(/"/g, '""')}"`
    if ([...w].length >= TRIGRAM) {
      if (typo && !hasMatch(db, phrase)) {
        const skus = typo(w)
        if (skus.length === 0) return { total: 0, items: [] }
        where.push('p.sku IN (SELECT value FROM json_each(?))')
        params.push(JSON.stringify(skus))
      } else match.push(phrase)
    } else {
      where.push('instr(p.search_text, ?) > 0')
      params.push(w)
    }
  }
  if (q.category) {
    where.push('p.category = ?')
    params.push(q.category)
  }
  const order = 'ORDER BY p.name COLLATE NOCASE, p.sku'
  if (match.length > 0) {
    // The index finds the matches; only the page's rows are read whole.
    const from =
      'products_search s JOIN products p ON p.rowid = s.rowid WHERE products_search MATCH ?' +
      where.map((c) => ` AND ${c}`).join('')
    const all = [match.join(' AND '), ...params]
    const total =
      where.length === 0
        ? (
            stmt(db, 'SELECT count(*) AS n FROM products_search WHERE products_search MATCH ?').get(
              all[0],
            ) as {
              n: number
            }
          ).n
        : (stmt(db, `SELECT count(*) AS n FROM ${from}`).get(...all) as { n: number }).n
    if (total <= q.offset) return { total, items: [] }
    const rows = stmt(
      db,
      `SELECT p.* FROM products p WHERE p.rowid IN (SELECT p.rowid FROM ${from} ${order} LIMIT ? OFFSET ?) ${order}`,
    ).all(...all, q.limit, q.offset) as ProductRow[]
    return { total, items: rows.map(fromRow) }
  }
  if (where.length === 0) {
    const total = countProducts(db)
    const rows = stmt(
      db,
      `SELECT p.* FROM products p WHERE p.rowid IN
         (SELECT rowid FROM products p INDEXED BY products_list ${order} LIMIT ? OFFSET ?) ${order}`,
    ).all(q.limit, q.offset) as ProductRow[]
    return { total, items: rows.map(fromRow) }
  }
  // Only one- and two-letter words (or a category): no index can find them, so count first, then either walk
  // the list's order until the page is full (a common word: a few hundred rows) or read the few matches and
  // sort them (a rare one: walking the order would visit every product).
  const clause = `WHERE ${where.join(' AND ')}`
  if (q.offset === 0 && !q.category) {
    // A keystroke ("b", "bu"): the first page at once. A common word's total is estimated from a sample spread
    // over the catalog (an exact count would read every product on every keystroke; the pages that follow,
    // as the list scrolls, count exactly); a rare word's few matches are all read, sorted and counted.
    const n = countProducts(db)
    const ends = stmt(db, 'SELECT min(rowid) AS lo, max(rowid) AS hi FROM products').get() as {
      lo: number | null
      hi: number | null
    }
    if (n === 0 || ends.lo === null || ends.hi === null) return { total: 0, items: [] }
    // Rows picked all over the rowid range by a multiplicative step (not every k-th row, which a catalog
    // listed in a repeating pattern would fool).
    const span = ends.hi - ends.lo + 1
    const sample = stmt(
      db,
      `WITH RECURSIVE r(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM r WHERE k + 1 < ?)
       SELECT count(*) AS seen, coalesce(sum(${where.join(' AND ')}), 0) AS hits
       FROM r JOIN products p ON p.rowid = ? + (r.k * 104729) % ?`,
    ).get(Math.min(SAMPLE, span), ...params, ends.lo, span) as { seen: number; hits: number }
    const estimate = sample.seen > 0 ? Math.round((sample.hits / sample.seen) * n) : 0
    if (sample.hits >= 20 && estimate > q.limit * 5) {
      const rows = stmt(
        db,
        `SELECT p.* FROM products p INDEXED BY products_list ${clause} ${order} LIMIT ?`,
      ).all(...params, q.limit) as ProductRow[]
      return {
        total: rows.length < q.limit ? rows.length : Math.max(estimate, rows.length),
        items: rows.map(fromRow),
      }
    }
    const rows = stmt(db, `SELECT p.* FROM products p ${clause} ORDER BY +p.name COLLATE NOCASE, p.sku`).all(
      ...params,
    ) as ProductRow[]
    return { total: rows.length, items: rows.slice(0, q.limit).map(fromRow) }
  }
  const total = (stmt(db, `SELECT count(*) AS n FROM products p ${clause}`).get(...params) as { n: number }).n
  if (total <= q.offset) return { total, items: [] }
  const dense = (q.offset + q.limit) * 5 < total
  const rows = stmt(
    db,
    dense
      ? `SELECT p.* FROM products p INDEXED BY products_list ${clause} ${order} LIMIT ? OFFSET ?`
      : `SELECT p.* FROM products p ${clause} ORDER BY +p.name COLLATE NOCASE, p.sku LIMIT ? OFFSET ?`,
  ).all(...params, q.limit, q.offset) as ProductRow[]
  return { total, items: rows.map(fromRow) }
}

function hasMatch(db: DB, phrase: string): boolean {
  return (
    stmt(db, 'SELECT 1 FROM products_search WHERE products_search MATCH ? LIMIT 1').get(phrase) !== undefined
  )
}

export function listCategories(db: DB): { name: string; count: number }[] {
  return db
    .prepare('SELECT category AS name, count(*) AS count FROM products GROUP BY category ORDER BY category')
    .all() as {
    name: string
    count: number
  }[]
}

/** Inserts or replaces by SKU; returns whether the SKU already existed. */
/** Inserts or replaces a product; without `active` (an import with no such column) an existing one keeps its own. */
export function upsertProduct(db: DB, p: ProductInput, now: number): 'inserted' | 'updated' {
  const existed = stmt(db, 'SELECT 1 FROM products WHERE sku = ?').get(p.sku) !== undefined
  stmt(
    db,
    `INSERT INTO products (sku, name, price, unit, size_value, size_unit, aliases, category, stock, active, updated_at, search_text, barcode)
     VALUES (@sku, @name, @price, @unit, @size_value, @size_unit, @aliases, @category, @stock, @active, @updated_at, @search_text, @barcode)
     ON CONFLICT (sku) DO UPDATE SET name = excluded.name, price = excluded.price, unit = excluded.unit,
       size_value = excluded.size_value, size_unit = excluded.size_unit, aliases = excluded.aliases,
       category = excluded.category, stock = excluded.stock,
       active = CASE WHEN @keep_active = 1 THEN products.active ELSE excluded.active END,
       updated_at = excluded.updated_at, search_text = excluded.search_text, barcode = excluded.barcode`,
  ).run({
    sku: p.sku,
    name: p.name,
    price: p.price,
    unit: p.unit,
    size_value: p.size?.value ?? null,
    size_unit: p.size?.unit ?? null,
    aliases: JSON.stringify(p.aliases),
    category: p.category,
    stock: p.stock,
    active: p.active === false ? 0 : 1,
    keep_active: p.active === undefined ? 1 : 0,
    updated_at: now,
    search_text: searchText(p),
    barcode: p.barcode ?? null,
  })
  return existed ? 'updated' : 'inserted'
}

/** Takes off sale every product whose SKU is not in the staging table `stage` (a replace import); how many. */
export function deactivateAllBut(db: DB, stage: string, now: number): number {
  return db
    .prepare(
      `UPDATE products SET active = 0, updated_at = ? WHERE active = 1 AND sku NOT IN (SELECT sku FROM ${stage})`,
    )
    .run(now).changes
}

export function deleteProduct(db: DB, sku: string): boolean {
  return db.prepare('DELETE FROM products WHERE sku = ?').run(sku).changes > 0
}

/** Subtracts sold quantities; stock never goes below zero and untracked stock (NULL) stays untracked. */
export function decrementStock(db: DB, sku: string, qty: number, now: number): void {
  stmt(
    db,
    'UPDATE products SET stock = max(0, stock - ?), updated_at = ? WHERE sku = ? AND stock IS NOT NULL',
  ).run(qty, now, sku)
}
