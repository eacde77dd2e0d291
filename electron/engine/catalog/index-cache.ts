// The engine's catalog index, kept in the data folder between starts: building it from the database was
// ~300 ms of a start on a 27,555-product catalog, loading it back a fraction of that. An entry is named by the
// catalog's version in the database (migration 0006: a token that triggers renew whenever a product changes in
// what the index is built from, by any process, and that a restored backup brings back with its catalog) and by
// the code that built it. The products themselves are never kept: they are the ones the engine has just read
// (fresh stock and prices), so a loaded index is the one a build would make. The file's format and what is
// passed over (damaged, foreign, not private): index-file.ts.
import { join } from 'node:path'
import { stmt, type DB } from '../db/connection'
import type { Product } from '../../../shared/domain'
import type { CatalogIndex } from '../../../shared/understanding/catalog-index'
import { codeVersion, entryFile, loadIndexFile, saveIndexFile } from './index-file'

/** Where the engine keeps its index: `<data>/cache/catalog-index`, and the code it belongs to. */
export interface IndexCacheAt {
  dir: string
  /** null: run from TypeScript sources, no build to name, nothing is kept (index-file.ts codeVersion) */
  code: () => string | null
}

export function engineIndexCache(dataDir: string): IndexCacheAt {
  let code: string | null | undefined
  return {
    dir: join(dataDir, 'cache', 'catalog-index'),
    // hashed once, when first needed (reading the chunks is a few ms a start that builds nothing need not pay)
    code: () => (code === undefined ? (code = codeVersion()) : code),
  }
}

/** The triggers that renew the version (migration 0006). */
const VERSION_TRIGGERS = ['catalog_version_insert', 'catalog_version_delete', 'catalog_version_update']

/**
 * The catalog's version as the index sees it (migration 0006), or null in a database without one, or whose
 * triggers are gone (a later migration that rebuilds the products table drops them with it): a token nothing
 * renews any more would load an old index for ever.
 */
export function catalogVersion(db: DB): string | null {
  const triggers = stmt(
    db,
    `SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'products' AND name IN (${VERSION_TRIGGERS.map(() => '?').join(', ')})`,
  ).get(...VERSION_TRIGGERS) as { n: number }
  if (triggers.n !== VERSION_TRIGGERS.length) return null
  const row = stmt(db, 'SELECT hex(token) AS v FROM catalog_version WHERE id = 1').get() as
    { v: string } | undefined
  return row?.v ?? null
}

/** The index kept for this catalog version, over `products` (read just now, in catalog order), or null. */
export function loadKeptIndex(
  at: IndexCacheAt,
  version: string,
  products: readonly Product[],
  now: number,
): CatalogIndex | null {
  const code = at.code()
  if (code === null) return null
  return loadIndexFile(entryFile(at.dir, code, ['engine\0', version]), now, products)?.index ?? null
}

/** Keeps `index`, built from the catalog at `version`, for the next start. Never throws. */
export function keepIndex(at: IndexCacheAt, version: string, index: CatalogIndex): void {
  const code = at.code()
  if (code === null || index.products.length === 0) return
  saveIndexFile(entryFile(at.dir, code, ['engine\0', version]), index, null, false)
}
