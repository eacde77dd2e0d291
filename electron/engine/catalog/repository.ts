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
  }
}

function searchText(p: ProductInput): string {
  return [p.sku, p.name, ...p.aliases, p.category].join(' ').toLowerCase()
}

export function getProduct(db: DB, sku: string): Product | null {
  const row = stmt(db, 'SELECT * FROM products WHERE sku = ?').get(sku) as ProductRow | undefined
  return row ? fromRow(row) : null
}

export function allProducts(db: DB): Product[] {
  return (db.prepare('SELECT * FROM products ORDER BY category, name').all() as ProductRow[]).map(fromRow)
}

export function countProducts(db: DB): number {
  return (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n
}

export interface ProductQuery {
  query?: string
  category?: string
  offset: number
  limit: number
}

/** Every word of the query must appear in name, aliases, category or SKU; results page by name. */
export function searchProducts(db: DB, q: ProductQuery): { total: number; items: Product[] } {
  const where: string[] = []
  const params: (string | number)[] = []
  const words = (q.query ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)
  for (const w of words) {
    where.push("search_text LIKE ? ESCAPE '\\'")
    params.push(`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  }
  if (q.category) {
    where.push('category = ?')
    params.push(q.category)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (stmt(db, `SELECT count(*) AS n FROM products ${clause}`).get(...params) as { n: number }).n
  const rows = stmt(
    db,
    `SELECT * FROM products ${clause} ORDER BY name COLLATE NOCASE, sku LIMIT ? OFFSET ?`,
  ).all(...params, q.limit, q.offset) as ProductRow[]
  return { total, items: rows.map(fromRow) }
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
    `INSERT INTO products (sku, name, price, unit, size_value, size_unit, aliases, category, stock, active, updated_at, search_text)
     VALUES (@sku, @name, @price, @unit, @size_value, @size_unit, @aliases, @category, @stock, @active, @updated_at, @search_text)
     ON CONFLICT (sku) DO UPDATE SET name = excluded.name, price = excluded.price, unit = excluded.unit,
       size_value = excluded.size_value, size_unit = excluded.size_unit, aliases = excluded.aliases,
       category = excluded.category, stock = excluded.stock,
       active = CASE WHEN @keep_active = 1 THEN products.active ELSE excluded.active END,
       updated_at = excluded.updated_at, search_text = excluded.search_text`,
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
  })
  return existed ? 'updated' : 'inserted'
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
