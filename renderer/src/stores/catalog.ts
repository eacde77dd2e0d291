// The catalog screen's data: a window onto a possibly huge product list. Rows are fetched from the engine a
// page at a time for the part of the list on screen, never all at once (a shop may have 30,000 products).
// Any change pushed by the engine (this tab, another tab, a chat decrementing stock) re-reads what is on screen.
import { create } from 'zustand'
import type { EventPayload, Result } from '../../../shared/contract'
import type { ImportMode, ImportReport } from '../../../shared/contract/catalog'
import type { Product, ProductInput } from '../../../shared/domain'
import { api } from '../api/client'
import { onReconnect } from './connection'

export const PAGE_SIZE = 100

type Category = Result<'catalog.categories'>[number]
type ImportProgress = EventPayload<'catalog.importProgress'>
type ProductPatch = Partial<Omit<ProductInput, 'sku'>>

interface CatalogStore {
  query: string
  category: string | null
  /** Matching products for the current filters; null until the first answer. */
  total: number | null
  /** Loaded rows by page number. A page may be stale (kept on screen while its fresh copy is on the way). */
  pages: Record<number, Product[]>
  /** True while the first page for new filters is on its way. */
  searching: boolean
  error: string | null
  categories: Category[]
  importProgress: ImportProgress | null

  setQuery(query: string): void
  setCategory(category: string | null): void
  /** The list calls this with the rows it shows; missing pages are fetched. */
  showRange(start: number, end: number): void
  refresh(): void
  loadCategories(): Promise<void>
  update(sku: string, patch: ProductPatch): Promise<Product>
  create(input: ProductInput): Promise<Product>
  remove(sku: string): Promise<Product>
  importCsv(
    fileName: string,
    bytesBase64: string,
    opts?: { mode?: ImportMode; dryRun?: boolean },
  ): Promise<ImportReport>
  loadSample(): Promise<ImportReport>
  exportCsv(): Promise<string>
}

// Bookkeeping that does not drive rendering lives outside the store.
let generation = 0
const inFlight = new Set<string>()
let stale = new Set<number>()
let visible: [number, number] = [0, 40]

export function productAt(pages: Record<number, Product[]>, index: number): Product | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE]
}

export const useCatalog = create<CatalogStore>((set, get) => {
  const fetchPage = (page: number) => {
    const gen = generation
    const key = `${gen}:${page}`
    if (inFlight.has(key)) return
    inFlight.add(key)
    const { query, category } = get()
    api
      .call('catalog.list', {
        query: query.trim() || undefined,
        category: category ?? undefined,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      })
      .then(
        (res) => {
          inFlight.delete(key)
          if (gen !== generation) return
          stale.delete(page)
          set((s) => {
            const pages: Record<number, Product[]> = { ...s.pages, [page]: res.items }
            // Stale pages off screen are dropped now; on screen they stay until their fresh copy arrives.
            const [first, last] = pageSpan(visible)
            for (const p of stale) {
              if (p < first || p > last) {
                delete pages[p]
                stale.delete(p)
              }
            }
            const lastPage = Math.max(0, Math.ceil(res.total / PAGE_SIZE) - 1)
            for (const p of Object.keys(pages).map(Number)) if (p > lastPage) delete pages[p]
            return { pages, total: res.total, searching: false, error: null }
          })
        },
        (err: unknown) => {
          inFlight.delete(key)
          if (gen !== generation) return
          set({ error: err instanceof Error ? err.message : String(err), searching: false })
        },
      )
  }

  const fetchVisible = () => {
    const { pages, total } = get()
    const [first, lastVisible] = pageSpan(visible)
    const last =
      total === null ? lastVisible : Math.min(lastVisible, Math.max(0, Math.ceil(total / PAGE_SIZE) - 1))
    for (let p = first; p <= last; p++) if (!pages[p] || stale.has(p)) fetchPage(p)
  }

  /** Starts a new generation: everything loaded becomes stale and what is on screen is fetched again. */
  const restart = () => {
    generation++
    stale = new Set(Object.keys(get().pages).map(Number))
    fetchVisible()
  }

  const patchRow = (product: Product) =>
    set((s) => {
      for (const [p, rows] of Object.entries(s.pages)) {
        const i = rows.findIndex((r) => r.sku === product.sku)
        if (i >= 0) {
          const next = rows.slice()
          next[i] = product
          return { pages: { ...s.pages, [p]: next } }
        }
      }
      return {}
    })

  return {
    query: '',
    category: null,
    total: null,
    pages: {},
    searching: true,
    error: null,
    categories: [],
    importProgress: null,

    setQuery(query) {
      if (query === get().query) return
      set({ query, searching: true })
      visible = [0, visible[1] - visible[0]]
      restart()
    },
    setCategory(category) {
      if (category === get().category) return
      set({ category, searching: true })
      visible = [0, visible[1] - visible[0]]
      restart()
    },
    showRange(start, end) {
      visible = [start, end]
      fetchVisible()
    },
    refresh() {
      restart()
    },
    async loadCategories() {
      const categories = await api.call('catalog.categories', {})
      set({ categories })
    },
    async update(sku, patch) {
      const product = await api.call('catalog.update', { sku, patch })
      patchRow(product)
      return product
    },
    create(input) {
      return api.call('catalog.create', { product: input })
    },
    remove(sku) {
      return api.call('catalog.delete', { sku })
    },
    importCsv(fileName, bytesBase64, opts = {}) {
      return api.call('catalog.import', { fileName, bytesBase64, ...opts })
    },
    loadSample() {
      return api.call('catalog.loadSample', {})
    },
    async exportCsv() {
      return (await api.call('catalog.export', {})).csv
    },
  }
})

function pageSpan([start, end]: [number, number]): [number, number] {
  return [Math.floor(Math.max(0, start) / PAGE_SIZE), Math.floor(Math.max(0, end) / PAGE_SIZE)]
}

/** The fields a product form or "Undo" sends back: a product minus what the engine keeps for itself. */
export function toInput(p: Product): ProductInput {
  const { updatedAt: _updatedAt, ...input } = p
  return input
}

let started = false
let categoriesTimer: ReturnType<typeof setTimeout> | undefined
let progressTimer: ReturnType<typeof setTimeout> | undefined

export function startCatalogStore(): void {
  if (started) return
  started = true
  const store = useCatalog.getState()
  const reloadCategories = () => {
    clearTimeout(categoriesTimer)
    categoriesTimer = setTimeout(
      () =>
        void useCatalog
          .getState()
          .loadCategories()
          .catch(() => {}),
      150,
    )
  }
  store.refresh()
  reloadCategories()
  api.on('catalog.changed', () => {
    useCatalog.getState().refresh()
    reloadCategories()
  })
  api.on('catalog.importProgress', (p) => {
    clearTimeout(progressTimer)
    useCatalog.setState({ importProgress: p })
    if (p.done >= p.total)
      progressTimer = setTimeout(() => useCatalog.setState({ importProgress: null }), 1200)
  })
  onReconnect(() => {
    useCatalog.getState().refresh()
    reloadCategories()
  })
}

