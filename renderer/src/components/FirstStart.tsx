import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import { messageOf } from '../api/client'
import { useCatalog } from '../stores/catalog'
import { useToasts } from '../stores/toasts'
import { useFormat } from '../i18n/format'

/** First start: an empty shop gets a one-click sample kirana, or the way to its own CSV. */
export function FirstStart({ onImport }: { onImport?: () => void }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const loadSample = useCatalog((s) => s.loadSample)
  const showToast = useToasts((s) => s.show)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <div className="first-start" data-testid="first-start">
      <h2>{t('firstStart.title')}</h2>
      <p>{t('firstStart.text')}</p>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            setError(null)
            loadSample()
              .then((r) => {
                const count = r.inserted + r.updated
                showToast({ message: t('firstStart.loaded', { count, n: fmt.number(count) }) })
              })
              .catch((err: unknown) => setError(messageOf(err)))
              .finally(() => setBusy(false))
          }}
        >
          {busy ? t('common.loading') : t('firstStart.sample')}
        </button>
        {onImport ? (
          <button type="button" className="btn btn-large" onClick={onImport}>
            {t('firstStart.import')}
          </button>
        ) : (
          <a className="btn btn-large" href="#/catalog">
            {t('firstStart.import')}
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
