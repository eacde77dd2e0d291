// The parse command's catalog index, kept between runs in the user's cache folder: reading the CSV and building
// the index was a third of a run's start-up (~0.5 s at 27,000 products), loading it back is a fraction of that.
// An entry is found by the catalog file's bytes and the code that built it (a new build of the CLI is a new
// entry); the file itself, and what is passed over, is engine/catalog/index-file.ts.
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { entryFile, loadIndexFile, saveIndexFile } from '../engine/catalog/index-file'
import type { CatalogIndex } from '../../shared/understanding/catalog-index'

export { codeVersion } from '../engine/catalog/index-file'

/** What the parse command makes of a catalog file: the index and what it says about skipped rows. */
export interface ReadCatalog {
  index: CatalogIndex
  skipped: { count: number; line: number; message: string } | null
}

/** Where entries are kept, and the code they belong to; null code: nothing is kept (see codeVersion). */
export interface CacheAt {
  dir: string
  code: string | null
}

/**
 * The catalog's index from `at`, or `read()` (and kept there for the next run). `read` returning no products is
 * never kept. Never throws because of the cache; `read`'s own errors (a file that is not a catalog) pass through.
 */
export function cachedCatalog(bytes: Uint8Array, at: CacheAt | null, read: () => ReadCatalog): ReadCatalog {
  if (!at || at.code === null) return read()
  const file = entryFile(at.dir, at.code, [bytes])
  const kept = loadIndexFile(file, Date.now())
  if (kept) return { index: kept.index, skipped: kept.meta as ReadCatalog['skipped'] }
  const made = read()
  if (made.index.products.length > 0) saveIndexFile(file, made.index, made.skipped, true)
  return made
}

/** The user's cache folder for CounterChat's catalog indexes (per platform, as other programs keep theirs). */
export function defaultCacheDir(): string {
  const home = homedir()
  if (process.platform === 'win32')
    return join(
      process.env.LOCALAPPDATA || join(home, 'AppData', 'Local'),
      'counterchat',
      'Cache',
      'catalog-index',
    )
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'counterchat', 'catalog-index')
  const xdg = process.env.XDG_CACHE_HOME
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'counterchat', 'catalog-index')
}
