import type { ImportReport } from '../../../../shared/contract/catalog'
import { useCatalog } from '../../stores/catalog'

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string }
  | { phase: 'refused'; fileName: string; message: string }
  | { phase: 'done'; report: ImportReport }

const SHOWN_ERRORS = 500

/** Progress while a catalog file is imported, then what happened: counts, and every skipped row by line. */
export function ImportPanel({ state, onClose }: { state: ImportState; onClose(): void }) {
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
          <h2>Nothing was imported from {fileName}</h2>
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
          Imported {count.toLocaleString()} {count === 1 ? 'product' : 'products'} (
          {r.inserted.toLocaleString()} new, {r.updated.toLocaleString()} updated) from {r.fileName}
        </h2>
        {r.errors.length > 0 && (
          <>
            <p>
              {r.errors.length} {r.errors.length === 1 ? 'row was' : 'rows were'} skipped. Fix{' '}
              {r.errors.length === 1 ? 'it' : 'them'} in the file and import it again; the good rows are
              already in.
            </p>
            <ul className="row-errors" data-testid="import-errors">
              {r.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                <li key={i}>
                  <strong>Line {e.line}:</strong> {e.message}
                </li>
              ))}
              {r.errors.length > SHOWN_ERRORS && <li>…and {r.errors.length - SHOWN_ERRORS} more.</li>}
            </ul>
          </>
        )}
      </div>
      <CloseButton onClose={onClose} />
    </section>
  )
}

function ProgressBar({ fileName, done, total }: { fileName: string; done: number; total: number }) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0
  return (
    <section className="import-progress" data-testid="import-progress">
      <p>
        Importing {fileName}…{' '}
        {total > 0 ? `${done.toLocaleString()} of ${total.toLocaleString()} rows` : 'reading the file'}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-label={`Importing ${fileName}`}
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
  return (
    <button type="button" className="btn btn-quiet" onClick={onClose}>
      Close
    </button>
  )
}
