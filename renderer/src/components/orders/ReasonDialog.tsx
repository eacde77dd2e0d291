import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import { useModalDialog } from '../useModalDialog'

const SUGGESTIONS = ['sugOut', 'sugClosed', 'sugNoDelivery', 'sugAsked'] as const

/** Asks why an order is rejected or cancelled; the reason is sent to the customer. Esc closes it. */
export function ReasonDialog({
  title,
  confirm,
  onClose,
}: {
  title: string
  confirm: string
  onClose(reason: string | null): void
}) {
  const { t } = useTranslation()
  const dialog = useModalDialog()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="reason-title"
      onCancel={(e) => {
        e.preventDefault()
        onClose(null)
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (reason.trim() === '') return setError(t('orders.reasonEmpty'))
          onClose(reason.trim())
        }}
        noValidate
      >
        <h2 id="reason-title">{title}</h2>
        <div className="field">
          <label htmlFor="reason-text">{t('orders.reason')}</label>
          <input
            id="reason-text"
            value={reason}
            maxLength={500}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reason-error' : undefined}
            onChange={(e) => {
              setReason(e.target.value)
              setError(null)
            }}
          />
          {error && (
            <span id="reason-error" className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
        <div className="button-row">
          {SUGGESTIONS.map((key) => (
            <button
              key={key}
              type="button"
              className="btn chip"
              onClick={() => {
                setReason(t(`orders.${key}`))
                setError(null)
              }}
            >
              {t(`orders.${key}`)}
            </button>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => onClose(null)}>
            {t('orders.keep')}
          </button>
          <button type="submit" className="btn btn-danger-solid">
            {confirm}
          </button>
        </div>
      </form>
    </dialog>
  )
}
