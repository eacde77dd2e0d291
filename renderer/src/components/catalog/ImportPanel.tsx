import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../shared/contract/catalog'
import { useCatalog } from '../../stores/catalog'
import { useFormat } from '../../i18n/format'

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string }
  | { phase: 'refused'; fileName: string; message: string }
  | { phase: 'done'; report: ImportReport }

const SHOWN_ERRORS = 500

/** Progress while a catalog file is imported, then what happened: counts, and every skipped row by line. */
export function ImportPanel({ state, onClose }: { state: ImportState; onClose(): void }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const progress = useCatalog((s) => s.importProgress)
  if (state.phase === 'idle') {
    // An import started elsewhere (another tab, another screen) still shows its progress here.
    return progress && progress.done < progress.total ? <ProgressBar {...progress} /> : null
  }
  if (state.phase === 'working') {
    const mine = progress && progress.fileName === state.fileName ? progress : null
    return <ProgressBar fileName={state.fileName} done={mine?.done ?? 0} total={mine?.total ?? 0} />
  }
  if (state.phase === 'refused' || state.report.fileError) {
    const fileName = state.phase === 'refused' ? state.fileName : state.report.fileName
    const message = state.phase === 'refused' ? state.message : state.report.fileError
    return (
      <section className="import-result import-refused" role="alert" data-testid="import-result">
        <div>
          <h2>{t('catalog.nothingFrom', { file: fileName })}</h2>
          <p className="file-error" data-testid="import-file-error">
            {message}
          </p>
        </div>
        <CloseButton onClose={onClose} />
      </section>
    )
  }
  const r = state.report
  const count = r.inserted + r.updated
  return (
    <section
      className={`import-result ${r.errors.length ? 'import-partial' : 'import-ok'}`}
      role="status"
      data-testid="import-result"
    >
      <div>
        <h2 data-testid="import-summary">
          {t('catalog.imported', {
            count,
            n: fmt.number(count),
            inserted: fmt.number(r.inserted),
            updated: fmt.number(r.updated),
            file: r.fileName,
          })}
        </h2>
        {r.errors.length > 0 && (
          <>
            <p>{t('catalog.skipped', { count: r.errors.length })}</p>
            <ul className="row-errors" data-testid="import-errors">
              {r.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                <li key={i}>
                  <strong>{t('catalog.line', { line: e.line })}</strong> {e.message}
                </li>
              ))}
              {r.errors.length > SHOWN_ERRORS && <li>{t('catalog.more', { count: r.errors.length - SHOWN_ERRORS })}</li>}
            </ul>
          </>
        )}
      </div>
      <CloseButton onClose={onClose} />
    </section>
  )
}

function ProgressBar({ fileName, done, total }: { fileName: string; done: number; total: number }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const pct = total > 0 ? Math.round((done / total) * 100) : 0
  return (
    <section className="import-progress" data-testid="import-progress">
      <p>
        {t('catalog.importing', { file: fileName })}{' '}
        {total > 0 ? t('catalog.rows', { done: fmt.number(done), total: fmt.number(total) }) : t('catalog.reading')}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('catalog.importing', { file: fileName })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
    </section>
  )
}

function CloseButton({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  return (
    <button type="button" className="btn btn-quiet" onClick={onClose}>
      {t('common.close')}
    </button>
  )
}
