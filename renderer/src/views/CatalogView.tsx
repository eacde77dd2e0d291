import { useTranslation } from 'react-i18next'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Product } from '../../../shared/domain'
import type { ImportMode } from '../../../shared/contract/catalog'
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
import { useFormat } from '../i18n/format'
import type { TFunction } from 'i18next'

const SEARCH_DELAY_MS = 200

export function CatalogView() {
  const { t } = useTranslation()
  const fmt = useFormat()
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
      const bytes = await fileToBase64(file)
      // A shop with products first sees what the file would do, and chooses merge or replace when replacing
      // would take something off sale; otherwise the two are the same and the import just runs.
      if (empty !== true) {
        const preview = await importCsv(file.name, bytes, { mode: 'replace', dryRun: true })
        if (!preview.fileError && preview.deactivated > 0) {
          setImportState({ phase: 'choose', fileName: file.name, bytes, preview })
          return
        }
        if (preview.fileError) {
          setImportState({ phase: 'done', report: preview })
          return
        }
      }
      await runImport(file.name, bytes, 'merge')
    } catch (err) {
      setImportState({ phase: 'refused', fileName: file.name, message: messageOf(err) })
    }
  }

  const runImport = async (fileName: string, bytes: string, mode: ImportMode) => {
    setImportState({ phase: 'working', fileName })
    try {
      setImportState({ phase: 'done', report: await importCsv(fileName, bytes, { mode }) })
    } catch (err) {
      setImportState({ phase: 'refused', fileName, message: messageOf(err) })
    }
  }

  const onDelete = useCallback(
    (p: Product) => {
      remove(p.sku).then(
        (deleted) =>
          showToast({
            message: t('catalog.deleted', { name: deleted.name }),
            action: {
              label: t('common.undo'),
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
    [remove, create, showToast, t],
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
          <h1 id="view-title">{t('views.catalog')}</h1>
          <p className="view-sub" data-testid="catalog-count" aria-live="polite">
            {total === null ? t('common.loading') : countText(t, fmt.number, total, filtered)}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            {t('catalog.add')}
          </button>
          <button type="button" className="btn" onClick={pickFile}>
            {t('catalog.importCsv')}
          </button>
          <button type="button" className="btn" onClick={onExport} disabled={empty === true}>
            {t('catalog.exportCsv')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('catalog.file')}
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void onFile(file)
            }}
          />
        </div>
      </header>

      <ImportPanel
        state={importState}
        onClose={() => setImportState({ phase: 'idle' })}
        onChoose={(mode) => {
          if (importState.phase === 'choose') void runImport(importState.fileName, importState.bytes, mode)
        }}
      />

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
              {filtered ? t('catalog.noMatchLong') : t('catalog.noneYetDot')}
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
            if (saved) showToast({ message: t('catalog.saved', { name: saved.name }) }, 4000)
          }}
        />
      )}
    </section>
  )
}

function countText(t: TFunction, num: (n: number) => string, total: number, filtered: boolean): string {
  const n = num(total)
  if (total === 0) return filtered ? t('catalog.noMatch') : t('catalog.noneYet')
  return filtered ? t('catalog.matches', { count: total, n }) : t('catalog.count', { count: total, n })
}

function Filters() {
  const { t } = useTranslation()
  const fmt = useFormat()
  const setQuery = useCatalog((s) => s.setQuery)
  const setCategory = useCatalog((s) => s.setCategory)
  const category = useCatalog((s) => s.category)
  const categories = useCatalog((s) => s.categories)
  const [text, setText] = useState(() => useCatalog.getState().query)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, setQuery])

  useSlashFocus(input)

  return (
    <div className="filters" role="search">
      <label className="search">
        <span className="visually-hidden">{t('catalog.search')}</span>
        <input
          ref={input}
          type="search"
          placeholder={t('catalog.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setText('')
          }}
        />
      </label>
      <label className="category-filter">
        <span className="visually-hidden">{t('catalog.category')}</span>
        <select value={category ?? ''} onChange={(e) => setCategory(e.target.value || null)}>
          <option value="">{t('catalog.allCategories')}</option>
          {categories.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} ({fmt.number(c.count)})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
