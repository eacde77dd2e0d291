import { useTranslation } from 'react-i18next'
import type { ImportMode, ImportReport } from '../../../../shared/contract/catalog'
import { useCatalog } from '../../stores/catalog'
import { useFormat } from '../../i18n/format'
import { engineText } from '../../i18n/errors'

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string }
  | { phase: 'refused'; fileName: string; message: string }
  /** The shop has products the file lacks: merge, or replace (they go off sale)? `preview` is a dry run. */
  | { phase: 'choose'; fileName: string; bytes: string; preview: ImportReport }
  | { phase: 'done'; report: ImportReport }

const SHOWN_ERRORS = 500

/**
 * Progress while a catalog file is imported, then what happened: counts, and every skipped row by line. Before
 * an import that could take products off sale, the choice between merge and replace, with that count.
 */
export function ImportPanel({
  state,
  onClose,
  onChoose,
}: {
  state: ImportState
  onClose(): void
  onChoose(mode: ImportMode): void
}) {
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
  if (state.phase === 'choose') return <ChooseMode state={state} onChoose={onChoose} onClose={onClose} />
  if (state.phase === 'refused' || state.report.fileError) {
    const fileName = state.phase === 'refused' ? state.fileName : state.report.fileName
    const message =
      state.phase === 'refused'
        ? state.message
        : engineText('importFile', state.report.fileErrorText, state.report.fileError ?? '')
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
        {r.deactivated > 0 && (
          <p data-testid="import-deactivated">
            {t('catalog.deactivated', { count: r.deactivated, n: fmt.number(r.deactivated) })}
          </p>
        )}
        {r.errors.length > 0 && (
          <>
            <p>{t('catalog.skipped', { count: r.errors.length })}</p>
            <ul className="row-errors" data-testid="import-errors">
              {r.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                <li key={i}>
                  <strong>{t('catalog.line', { line: e.line })}</strong>{' '}
                  {engineText('importRow', e.text, e.message)}
                </li>
              ))}
              {r.errors.length > SHOWN_ERRORS && (
                <li>{t('catalog.more', { count: r.errors.length - SHOWN_ERRORS })}</li>
              )}
            </ul>
          </>
        )}
      </div>
      <CloseButton onClose={onClose} />
    </section>
  )
}

function ChooseMode({
  state,
  onChoose,
  onClose,
}: {
  state: Extract<ImportState, { phase: 'choose' }>
  onChoose(mode: ImportMode): void
  onClose(): void
}) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const p = state.preview
  const n = fmt.number(p.deactivated)
  return (
    <section
      className="import-result import-choose"
      data-testid="import-choose"
      aria-labelledby="import-choose-title"
    >
      <div>
        <h2 id="import-choose-title">
          {t('catalog.chooseTitle', {
            file: state.fileName,
            inserted: fmt.number(p.inserted),
            updated: fmt.number(p.updated),
          })}
        </h2>
        <p data-testid="import-not-in-file">{t('catalog.notInFile', { count: p.deactivated, n })}</p>
        {p.errors.length > 0 && <p>{t('catalog.willSkip', { count: p.errors.length })}</p>}
        <div className="import-modes">
          <div>
            <button type="button" className="btn btn-primary" onClick={() => onChoose('merge')}>
              {t('catalog.merge')}
            </button>
            <p className="muted">{t('catalog.mergeHint')}</p>
          </div>
          <div>
            <button type="button" className="btn" onClick={() => onChoose('replace')}>
              {t('catalog.replace', { count: p.deactivated, n })}
            </button>
            <p className="muted">{t('catalog.replaceHint')}</p>
          </div>
        </div>
      </div>
      <button type="button" className="btn btn-quiet" onClick={onClose}>
        {t('common.cancel')}
      </button>
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
        {total > 0
          ? t('catalog.rows', { done: fmt.number(done), total: fmt.number(total) })
          : t('catalog.reading')}
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
