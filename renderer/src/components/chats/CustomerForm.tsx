import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import type { Result } from '../../../../shared/contract'
import { api, messageOf } from '../../api/client'

type ChatDetail = Result<'chats.get'>

/** The customer's name, delivery address and notes ("ring twice", "no onions"), kept on the chat. */
export function CustomerForm({
  chat,
  onSaved,
  onCancel,
}: {
  chat: ChatDetail
  onSaved(c: ChatDetail): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  const [name, setName] = useState(chat.name ?? '')
  const [address, setAddress] = useState(chat.address ?? '')
  const [notes, setNotes] = useState(chat.notes ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim())
  return (
    <form
      className="customer-form"
      aria-label={t('chats.details')}
      onSubmit={(e) => {
        e.preventDefault()
        setBusy(true)
        setError(null)
        api
          .call('chats.setCustomer', {
            phone: chat.phone,
            name: orNull(name),
            address: orNull(address),
            notes: orNull(notes),
          })
          .then(onSaved, (err: unknown) => setError(messageOf(err)))
          .finally(() => setBusy(false))
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <div className="field">
        <label htmlFor="cust-name">{t('chats.name')}</label>
        <input
          id="cust-name"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </div>
      <div className="field">
        <label htmlFor="cust-address">{t('chats.deliveryAddress')}</label>
        <textarea
          id="cust-address"
          rows={2}
          value={address}
          maxLength={500}
          onChange={(e) => setAddress(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="cust-notes">{t('chats.notesLong')}</label>
        <textarea
          id="cust-notes"
          rows={2}
          value={notes}
          maxLength={2000}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('chats.saveDetails')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
