import { useState } from 'react'
import { messageOf } from '../api/client'
import { useCatalog } from '../stores/catalog'

/** First start: an empty shop gets a one-click sample kirana, or the way to its own CSV. */
export function FirstStart({ onImport }: { onImport?: () => void }) {
  const loadSample = useCatalog((s) => s.loadSample)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <div className="first-start" data-testid="first-start">
      <h2>Your catalog is empty</h2>
      <p>
        CounterChat needs your products to understand orders. Start with a sample shop to try it out, or bring
        your own list.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            setError(null)
            loadSample()
              .catch((err: unknown) => setError(messageOf(err)))
              .finally(() => setBusy(false))
          }}
        >
          {busy ? 'Loading…' : 'Load the sample shop (a small kirana)'}
        </button>
        {onImport ? (
          <button type="button" className="btn btn-large" onClick={onImport}>
            Import your CSV
          </button>
        ) : (
          <a className="btn btn-large" href="#/catalog">
            Import your CSV
          </a>
        )}
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
