import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../../shared/contract/orders'
import { api, messageOf } from '../../api/client'
import { useOrderDetail } from '../../stores/orders'

/** The shop's own note on one order ("picks up at 6", "paid cash"): only the shop sees it; it prints on the slip. */
export function OrderNote({ order: o }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const put = useOrderDetail((s) => s.put)
  const [draft, setDraft] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (draft === null) {
    return (
      <div className="order-note">
        <span className="field-label">{t('lines.note')}</span>
        {o.note ? (
          <span className="order-note-text">{o.note}</span>
        ) : (
          <span className="muted">{t('lines.noNote')}</span>
        )}{' '}
        <button type="button" className="btn btn-small" onClick={() => setDraft(o.note ?? '')}>
          {o.note ? t('lines.editNote') : t('lines.addNote')}
        </button>
      </div>
    )
  }
  const save = () => {
    setBusy(true)
    setError(null)
    const note = draft.trim() === '' ? null : draft.trim()
    api
      .call('orders.setNote', { number: o.number, note })
      .then(
        (d) => {
          put(d)
          setDraft(null)
        },
        (err: unknown) => setError(messageOf(err)),
      )
      .finally(() => setBusy(false))
  }
  return (
    <form
      className="order-note order-note-editing"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <label className="field-label" htmlFor="order-note">
        {t('lines.noteLabel')}
      </label>
      <textarea
        id="order-note"
        rows={2}
        maxLength={2000}
        value={draft}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault()
            setDraft(null)
          }
        }}
      />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
          {t('lines.saveNote')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setDraft(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
