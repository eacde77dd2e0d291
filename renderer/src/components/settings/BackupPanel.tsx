// Settings → Backups: when the shop's data was last copied, a copy now, and putting a copy back. The engine
// makes a copy at every start and once a day; restoring first keeps the shop as it is now aside, so a restore
// can itself be undone from the list. Only the owner at the shop's computer restores (a tablet sees the time).
import { useEffect, useState } from 'react'
import { create } from 'zustand'
import type { Result } from '../../../../shared/contract'
import { api, messageOf } from '../../api/client'
import { useApp } from '../../stores/app'
import { useToasts } from '../../stores/toasts'
import { useFormat } from '../../i18n/format'

type Status = Result<'backup.status'>

/** The backup status as last read; refreshed after a copy is made here. */
const useBackups = create<{ status: Status | null; error: string | null; load(): Promise<void> }>((set) => ({
  status: null,
  error: null,
  async load() {
    try {
      set({ status: await api.call('backup.status', {}), error: null })
    } catch (err) {
      set({ error: messageOf(err) })
    }
  },
}))

export function BackupPanel() {
  const owner = useApp((s) => s.info?.role === 'owner')
  const fmt = useFormat()
  const showToast = useToasts((s) => s.show)
  const status = useBackups((s) => s.status)
  const loadError = useBackups((s) => s.error)
  const load = useBackups((s) => s.load)
  const [actionError, setError] = useState<string | null>(null)
  const error = actionError ?? loadError
  const [picked, setChosen] = useState('')
  const chosen = picked || status?.backups[0]?.file || ''
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    void load()
  }, [load])

  const backUpNow = async () => {
    setBusy(true)
    try {
      await api.call('backup.now', {})
      setError(null)
      await load()
      showToast({ message: 'Backup made.' })
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const restore = async () => {
    setBusy(true)
    try {
      await api.call('backup.restore', { file: chosen })
      showToast({ message: 'Backup restored. Reloading…' })
      // Every screen reads the restored shop from scratch.
      setTimeout(() => window.location.reload(), 800)
    } catch (err) {
      setError(messageOf(err))
      setBusy(false)
      setConfirming(false)
    }
  }

  if (status && !status.available) return null
  return (
    <div className="panel settings-panel" data-testid="settings-backups">
      <h2 id="settings-backups">Backups</h2>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      <p data-testid="backup-last">
        {!status
          ? 'Loading…'
          : status.last
            ? `Last backup: ${fmt.dateTime(status.last.at)}`
            : 'No backup yet. One is made at every start and once a day.'}
      </p>
      {owner && status && (
        <div className="button-row">
          <button type="button" className="btn" onClick={() => void backUpNow()} disabled={busy}>
            Back up now
          </button>
        </div>
      )}
      {owner && status && status.backups.length > 0 && (
        <div className="field">
          <label htmlFor="backup-choice">Restore a backup</label>
          <div className="inline-field">
            <select id="backup-choice" value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={busy}>
              {status.backups.map((b) => (
                <option key={b.file} value={b.file}>
                  {fmt.dateTime(b.at)}
                </option>
              ))}
            </select>
            {!confirming ? (
              <button type="button" className="btn" onClick={() => setConfirming(true)} disabled={busy || !chosen}>
                Restore…
              </button>
            ) : (
              <>
                <button type="button" className="btn btn-danger" onClick={() => void restore()} disabled={busy}>
                  Yes, restore
                </button>
                <button type="button" className="btn btn-quiet-plain" onClick={() => setConfirming(false)} disabled={busy}>
                  Cancel
                </button>
              </>
            )}
          </div>
          <span className="field-hint">
            {confirming
              ? 'Orders, chats and the catalog go back to that time. The shop as it is now is kept as a backup first.'
              : 'Puts the shop back as it was then; the shop as it is now is kept as a backup first.'}
          </span>
        </div>
      )}
      {!owner && <p className="muted">Backups are restored at the shop&apos;s computer.</p>}
    </div>
  )
}
