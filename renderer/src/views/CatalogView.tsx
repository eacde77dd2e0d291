import { useCallback, useEffect, useRef, useState } from 'react'
import type { Product } from '../../../shared/domain'
import { messageOf } from '../api/client'
import { FirstStart } from '../components/FirstStart'
import { ImportPanel, type ImportState } from '../components/catalog/ImportPanel'
import { ProductForm } from '../components/catalog/ProductForm'
import { ProductTable } from '../components/catalog/ProductTable'
import { downloadText, fileToBase64, tooBigMessage } from '../components/catalog/files'
import { useCatalogEmpty } from '../stores/app'
import { toInput, useCatalog } from '../stores/catalog'
import { useToasts } from '../stores/toasts'
import { useSlashFocus } from '../components/useSlashFocus'

const SEARCH_DELAY_MS = 200

export function CatalogView() {
  const empty = useCatalogEmpty()
  const total = useCatalog((s) => s.total)
  const query = useCatalog((s) => s.query)
  const category = useCatalog((s) => s.category)
  const error = useCatalog((s) => s.error)
  const searching = useCatalog((s) => s.searching)
  const remove = useCatalog((s) => s.remove)
  const create = useCatalog((s) => s.create)
  const importCsv = useCatalog((s) => s.importCsv)
  const exportCsv = useCatalog((s) => s.exportCsv)
  const showToast = useToasts((s) => s.show)
  const fileInput = useRef<HTMLInputElement>(null)
  const [importState, setImportState] = useState<ImportState>({ phase: 'idle' })
  const [editing, setEditing] = useState<Product | 'new' | null>(null)

  const pickFile = () => fileInput.current?.click()

  const onFile = async (file: File) => {
    const tooBig = tooBigMessage(file)
    if (tooBig) {
      setImportState({ phase: 'refused', fileName: file.name, message: tooBig })
      return
    }
    setImportState({ phase: 'working', fileName: file.name })
    try {
      const report = await importCsv(file.name, await fileToBase64(file))
      setImportState({ phase: 'done', report })
    } catch (err) {
      setImportState({ phase: 'refused', fileName: file.name, message: messageOf(err) })
    }
  }

  const onDelete = useCallback(
    (p: Product) => {
      remove(p.sku).then(
        (deleted) =>
          showToast({
            message: `Deleted ${deleted.name}.`,
            action: {
              label: 'Undo',
              run: () => {
                create(toInput(deleted)).catch((err: unknown) =>
                  showToast({ message: messageOf(err), tone: 'error' }),
                )
              },
            },
          }),
        (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }),
      )
    },
    [remove, create, showToast],
  )
  const onEdit = useCallback((p: Product) => setEditing(p), [])

  const onExport = () => {
    exportCsv().then(
      (csv) => downloadText('catalog.csv', csv),
      (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }),
    )
  }

  const filtered = query.trim() !== '' || category !== null
  const showFirstStart = empty === true && !filtered

  return (
    <section className="view catalog" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">Catalog</h1>
          <p className="view-sub" data-testid="catalog-count" aria-live="polite">
            {total === null ? 'Loading…' : countText(total, filtered)}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            Add product
          </button>
          <button type="button" className="btn" onClick={pickFile}>
            Import CSV
          </button>
          <button type="button" className="btn" onClick={onExport} disabled={empty === true}>
            Export CSV
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Catalog CSV file"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void onFile(file)
            }}
          />
        </div>
      </header>

      <ImportPanel state={importState} onClose={() => setImportState({ phase: 'idle' })} />

      {showFirstStart ? (
        <FirstStart onImport={pickFile} />
      ) : (
        <>
          <Filters />
          {error && (
            <p className="error-box" role="alert">
              {error}
            </p>
          )}
          {total === 0 && !searching ? (
            <p className="empty-result">
              {filtered ? 'No products match. Try fewer letters or another category.' : 'No products yet.'}
            </p>
          ) : (
            <ProductTable onEdit={onEdit} onDelete={onDelete} />
          )}
        </>
      )}

      {editing && (
        <ProductForm
          product={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null)
            if (saved) showToast({ message: `Saved ${saved.name}.` }, 4000)
          }}
        />
      )}
    </section>
  )
}

function countText(total: number, filtered: boolean): string {
  const n = total.toLocaleString()
  if (total === 0) return filtered ? 'No products match' : 'No products yet'
  if (filtered) return total === 1 ? '1 product matches' : `${n} products match`
  return total === 1 ? '1 product' : `${n} products`
}

function Filters() {
  const setQuery = useCatalog((s) => s.setQuery)
  const setCategory = useCatalog((s) => s.setCategory)
  const category = useCatalog((s) => s.category)
  const categories = useCatalog((s) => s.categories)
  const [text, setText] = useState(() => useCatalog.getState().query)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const t = setTimeout(() => setQuery(text), SEARCH_DELAY_MS)
    return () => clearTimeout(t)
  }, [text, setQuery])

  useSlashFocus(input)

  return (
    <div className="filters" role="search">
      <label className="search">
        <span className="visually-hidden">Search products</span>
        <input
          ref={input}
          type="search"
          placeholder="Search by name, SKU or other name (press / )"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setText('')
          }}
        />
      </label>
      <label className="category-filter">
        <span className="visually-hidden">Category</span>
        <select value={category ?? ''} onChange={(e) => setCategory(e.target.value || null)}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} ({c.count.toLocaleString()})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
