// The catalog as the rest of the engine and the UI see it: validated writes, search, CSV in and out.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { Product, ProductInput } from '../../../shared/domain'
import type { ImportMode, ImportReport } from '../../../shared/contract/catalog'
import { ConflictError, NotFoundError } from '../errors'
import * as repo from './repository'
import { CatalogFileError, decodeCatalogBytes, parseCatalogCsv, toCatalogCsv } from './csv'
import { SAMPLE_SHOP_CSV } from './sample-shop'
import { checkBarcode, normalizeBarcode } from '../../../shared/barcode'

const IMPORT_CHUNK = 2000

export class CatalogService {
  /** Bumped on every change, so the order-understanding index is rebuilt only when the catalog really changed. */
  version = 0

  constructor(
    private db: DB,
    private events: EngineEvents,
    private now: () => number,
  ) {}

  private typo: repo.TypoLookup | undefined

  /** How search reads a word that is in no product (a typo); the conversation gives it the order reader's. */
  useTypoLookup(typo: repo.TypoLookup): void {
    this.typo = typo
  }

  list(q: repo.ProductQuery) {
    return repo.searchProducts(this.db, q, this.typo)
  }

  categories() {
    return repo.listCategories(this.db)
  }

  all(): Product[] {
    return repo.allProducts(this.db)
  }

  get(sku: string): Product {
    const p = repo.getProduct(this.db, sku)
    if (!p) throw new NotFoundError(`No product with SKU "${sku}"`, { key: 'noProduct', params: { sku } })
    return p
  }

  isEmpty(): boolean {
    return repo.countProducts(this.db) === 0
  }

  /** The product a scanner's code belongs to; a UPC-A finds its EAN-13 twin. */
  byBarcode(code: string): Product | null {
    return repo.productByBarcode(this.db, normalizeBarcode(code.replace(/[\s-]/g, '')))
  }

  /** Checks and normalizes the barcode (a UPC-A becomes its EAN-13 form); one barcode, one product. */
  private withBarcode(input: ProductInput): ProductInput {
    if (input.barcode === undefined || input.barcode === null || input.barcode.trim() === '')
      return { ...input, barcode: null }
    const check = checkBarcode(input.barcode)
    if (!check.ok) throw new ConflictError(check.message)
    const out = { ...input, barcode: normalizeBarcode(check.code) }
    this.refuseTakenBarcode(out)
    return out
  }

  private refuseTakenBarcode(input: ProductInput): void {
    if (!input.barcode) return
    const holder = repo.productByBarcode(this.db, input.barcode)
    if (holder && holder.sku.toLowerCase() !== input.sku.toLowerCase())
      throw new ConflictError(
        `Barcode ${input.barcode} already belongs to "${holder.name}" (${holder.sku})`,
        {
          key: 'barcodeTaken',
          params: { barcode: input.barcode, name: holder.name, sku: holder.sku },
        },
      )
  }

  create(input: ProductInput): Product {
    if (repo.getProduct(this.db, input.sku))
      throw new ConflictError(`SKU "${input.sku}" already exists`, {
        key: 'skuExists',
        params: { sku: input.sku },
      })
    input = this.withBarcode(input)
    repo.upsertProduct(this.db, input, this.now())
    this.changed([input.sku], 'created')
    return this.get(input.sku)
  }

  update(sku: string, patch: Partial<Omit<ProductInput, 'sku'>>): Product {
    const current = this.get(sku)
    const next = this.withBarcode({ ...current, ...patch, sku: current.sku })
    repo.upsertProduct(this.db, next, this.now())
    this.changed([current.sku], 'updated')
    return this.get(current.sku)
  }

  delete(sku: string): Product {
    const current = this.get(sku)
    repo.deleteProduct(this.db, current.sku)
    this.changed([current.sku], 'deleted')
    return current
  }

  decrementStock(lines: { sku: string; qty: number }[]): void {
    const now = this.now()
    this.db.transaction(() => lines.forEach((l) => repo.decrementStock(this.db, l.sku, l.qty, now)))()
    this.changed(
      lines.map((l) => l.sku),
      'stock',
    )
  }

  /**
   * Imports one CSV file atomically: every good row lands or none does, bad rows are reported by line.
   * Rows are staged in chunks (yielding between them so progress reaches the UI and other chats keep being
   * served), then applied in a single transaction.
   *
   * `merge` (the default) updates and adds, and leaves every other product as it was. `replace` makes the file
   * the catalog: products not in it are taken off sale (kept, not deleted: old orders and khata name them),
   * and a product in it with no `active` column goes on sale. A file with no good row replaces nothing.
   * `dryRun` writes nothing and says what would happen; its `deactivated` is what `replace` would take off
   * sale, so the screen can show that count before the shopkeeper confirms.
   */
  async importCsv(
    fileName: string,
    bytes: Uint8Array,
    opts: { mode?: ImportMode; dryRun?: boolean } = {},
  ): Promise<ImportReport> {
    const mode = opts.mode ?? 'merge'
    let parsed
    try {
      parsed = parseCatalogCsv(decodeCatalogBytes(bytes))
    } catch (err) {
      if (err instanceof CatalogFileError)
        return {
          fileName,
          inserted: 0,
          updated: 0,
          deactivated: 0,
          errors: [],
          fileError: err.message,
          fileErrorText: err.text,
        }
      throw err
    }
    const { products, errors } = parsed
    if (opts.dryRun) return { fileName, ...this.previewImport(products), errors, fileError: null }
    const total = products.length
    this.events.emit('catalog.importProgress', { fileName, done: 0, total })
    const stage = `import_stage_${Math.random().toString(36).slice(2)}`
    this.db.exec(`CREATE TEMP TABLE ${stage} (sku TEXT NOT NULL, row TEXT NOT NULL)`)
    try {
      const insert = this.db.prepare(`INSERT INTO ${stage} (sku, row) VALUES (?, ?)`)
      for (let i = 0; i < total; i += IMPORT_CHUNK) {
        const chunk = products.slice(i, i + IMPORT_CHUNK)
        this.db.transaction(() => chunk.forEach((p) => insert.run(p.sku, JSON.stringify(p))))()
        this.events.emit('catalog.importProgress', {
          fileName,
          done: Math.min(total, i + IMPORT_CHUNK),
          total,
        })
        await new Promise((r) => setImmediate(r))
      }
      let inserted = 0
      let updated = 0
      let deactivated = 0
      const now = this.now()
      this.db.transaction(() => {
        const staged = this.db.prepare(`SELECT row FROM ${stage} ORDER BY rowid`).all() as { row: string }[]
        for (const { row } of staged) {
          const p = JSON.parse(row) as ProductInput
          if (mode === 'replace' && p.active === undefined) p.active = true
          if (p.barcode) repo.releaseBarcode(this.db, p.barcode, p.sku)
          if (repo.upsertProduct(this.db, p, now) === 'inserted') inserted++
          else updated++
        }
        if (mode === 'replace' && total > 0) deactivated = repo.deactivateAllBut(this.db, stage, now)
      })()
      this.events.emit('catalog.importProgress', { fileName, done: total, total })
      if (total > 0) this.changed([], 'import')
      return { fileName, inserted, updated, deactivated, errors, fileError: null }
    } finally {
      this.db.exec(`DROP TABLE IF EXISTS temp.${stage}`)
    }
  }

  /** What an import of these rows would do, without doing it. */
  private previewImport(products: ProductInput[]): {
    inserted: number
    updated: number
    deactivated: number
  } {
    const inFile = new Set(products.map((p) => p.sku.toLowerCase()))
    let updated = 0
    for (const p of products) if (repo.getProduct(this.db, p.sku)) updated++
    const active = this.db.prepare('SELECT sku FROM products WHERE active = 1').pluck().all() as string[]
    const deactivated =
      products.length === 0 ? 0 : active.filter((sku) => !inFile.has(sku.toLowerCase())).length
    return { inserted: products.length - updated, updated, deactivated }
  }

  exportCsv(): string {
    return toCatalogCsv(repo.allProducts(this.db))
  }

  loadSample(): Promise<ImportReport> {
    return this.importCsv('sample-shop.csv', new TextEncoder().encode(SAMPLE_SHOP_CSV))
  }

  private changed(skus: string[], reason: string): void {
    this.version++
    this.events.emit('catalog.changed', { skus, reason })
  }
}
