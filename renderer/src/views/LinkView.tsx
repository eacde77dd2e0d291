import { useTranslation } from 'react-i18next'
import { useEffect, useState } from 'react'
import QRCode from 'qrcode'
import type { LinkStateView, WhatsAppStatus } from '../../../shared/contract/whatsapp'
import { api, messageOf } from '../api/client'
import { useWhatsApp } from '../stores/whatsapp'
import { useModalDialog } from '../components/useModalDialog'

/**
 * Link the shop's own WhatsApp as a "Linked device": a big button, then the live QR (redrawn on every
 * rotation) or a pairing code, the sync progress, and the linked number. Every state in plain words, with
 * what to do when it is disconnected.
 */
export function LinkView() {
  const { t } = useTranslation()
  const status = useWhatsApp((s) => s.status)
  const error = useWhatsApp((s) => s.error)
  return (
    <section className="view link-view" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">{t('views.link')}</h1>
          <p className="view-sub">
            Connect the shop&apos;s own WhatsApp number, like WhatsApp Web. Customers keep writing to the
            number they know; CounterChat reads their orders and answers.
          </p>
        </div>
      </header>
      {error && (
        <p className="link-error" role="alert" data-testid="link-error">
          {error}
        </p>
      )}
      {status === null ? (
        <p className="muted">Checking WhatsApp…</p>
      ) : !status.available ? (
        <div className="link-card">
          <p>{status.link.state === 'disconnected' ? status.link.reason : ''}</p>
        </div>
      ) : (
        <LinkBody status={status} />
      )}
      {status?.available && <BrowserLine status={status} />}
    </section>
  )
}

function LinkBody({ status }: { status: WhatsAppStatus }) {
  const link = status.link
  switch (link.state) {
    case 'starting':
      return (
        <div className="link-card" data-testid="link-state" data-state="starting" aria-live="polite">
          <h2>Starting WhatsApp…</h2>
          {status.download !== null ? (
            <>
              <p>Downloading a browser for WhatsApp (once only).</p>
              <Progress value={status.download * 100} label="Browser download" />
            </>
          ) : (
            <p className="muted">This takes a few seconds. The QR code appears here.</p>
          )}
        </div>
      )
    case 'qr':
      return <QrPanel qr={link.qr} />
    case 'pairing_code':
      return <PairingCodePanel code={link.code} />
    case 'syncing':
      return (
        <div className="link-card" data-testid="link-state" data-state="syncing" aria-live="polite">
          <h2>Linked. Loading your chats…</h2>
          <p className="muted">Keep the phone online until this finishes.</p>
          <Progress value={link.percent} label="Loading chats" />
        </div>
      )
    case 'ready':
      return <ReadyPanel me={link.me} />
    case 'disconnected':
      return <DisconnectedPanel status={status} link={link} />
  }
}

function Progress({ value, label }: { value: number | null; label: string }) {
  return (
    <div className="link-progress">
      <progress
        max={100}
        {...(value === null ? {} : { value: Math.round(value) })}
        aria-label={label}
        data-testid="link-progress"
      />
      <span className="muted">{value === null ? 'Working…' : `${Math.round(value)} %`}</span>
    </div>
  )
}

/** Draws WhatsApp's QR string as an image (a data: URL, which the CSP allows), again on every rotation. */
function QrImage({ qr }: { qr: string }) {
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    QRCode.toDataURL(qr, { errorCorrectionLevel: 'L', margin: 2, width: 288 }).then(
      (url) => {
        if (current) setSrc(url)
      },
      () => {
        if (current) setSrc(null)
      },
    )
    return () => {
      current = false
    }
  }, [qr])
  return src ? (
    <img
      className="link-qr"
      src={src}
      alt="QR code to scan with WhatsApp"
      data-testid="link-qr"
      width={288}
      height={288}
    />
  ) : (
    <div className="link-qr link-qr-empty" aria-hidden="true" />
  )
}

function QrPanel({ qr }: { qr: string }) {
  return (
    <div className="link-card link-qr-card" data-testid="link-state" data-state="qr">
      <div className="link-qr-box">
        <QrImage qr={qr} />
        <p className="muted link-qr-note">The code changes every few seconds; scan the one shown.</p>
      </div>
      <div className="link-steps">
        <h2>Scan with the shop&apos;s phone</h2>
        <ol>
          <li>Open WhatsApp on the shop&apos;s phone.</li>
          <li>
            Tap <strong>Menu ⋮</strong> (Android) or <strong>Settings</strong> (iPhone) and choose{' '}
            <strong>Linked devices</strong>.
          </li>
          <li>
            Tap <strong>Link a device</strong> and point the phone at this screen to scan the code.
          </li>
        </ol>
        <PhoneLink />
      </div>
    </div>
  )
}

/** "Link with phone number instead": asks WhatsApp for an 8-character code to type on the phone. */
function PhoneLink() {
  const busy = useWhatsApp((s) => s.busy)
  const pairingCode = useWhatsApp((s) => s.pairingCode)
  const [open, setOpen] = useState(false)
  const [phone, setPhone] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (!open)
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Link with phone number instead
      </button>
    )
  return (
    <form
      className="link-phone"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const digits = phone.replace(/[^\d]/g, '')
        if (!/^\+?[\d\s\-().]+$/.test(phone.trim()) || digits.length < 8 || digits.length > 15)
          return setError('Type the shop’s WhatsApp number with the country code, e.g. +91 98123 45678')
        setError(null)
        void pairingCode(phone.trim())
      }}
    >
      <div className="field">
        <label htmlFor="link-phone">The shop&apos;s WhatsApp number</label>
        <div className="inline-field">
          <input
            id="link-phone"
            value={phone}
            inputMode="tel"
            autoComplete="tel"
            placeholder="+91 98123 45678"
            autoFocus
            onChange={(e) => setPhone(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'link-phone-error' : 'link-phone-hint'}
          />
          <button type="submit" className="btn btn-primary" disabled={busy === 'pairing'}>
            {busy === 'pairing' ? 'Asking WhatsApp…' : 'Get code'}
          </button>
        </div>
        {error ? (
          <span id="link-phone-error" className="field-error" role="alert">
            {error}
          </span>
        ) : (
          <span id="link-phone-hint" className="field-hint">
            With the country code. WhatsApp then shows an 8-character code to type on the phone.
          </span>
        )}
      </div>
      <button type="button" className="btn btn-quiet-plain" onClick={() => setOpen(false)}>
        Use the QR code
      </button>
    </form>
  )
}

function PairingCodePanel({ code }: { code: string }) {
  const phone = useWhatsApp((s) => s.pairingPhone)
  const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code
  return (
    <div className="link-card" data-testid="link-state" data-state="pairing_code">
      <h2>Type this code on the shop&apos;s phone{phone ? ` (${phone})` : ''}</h2>
      <p className="link-code" data-testid="link-code" aria-label={`Code ${code.split('').join(' ')}`}>
        {shown}
      </p>
      <ol>
        <li>Open WhatsApp on the shop&apos;s phone.</li>
        <li>
          Go to <strong>Linked devices</strong> and tap <strong>Link a device</strong>.
        </li>
        <li>
          Tap <strong>Link with phone number instead</strong> and type the code above.
        </li>
      </ol>
      <p className="muted">The code changes every few minutes; always type the one shown here.</p>
    </div>
  )
}

function ReadyPanel({ me }: { me: { phone: string; name: string } }) {
  const [confirm, setConfirm] = useState(false)
  const busy = useWhatsApp((s) => s.busy)
  const stop = useWhatsApp((s) => s.stop)
  return (
    <div className="link-card link-ready" data-testid="link-state" data-state="ready">
      <p className="link-ok">
        <span className="link-dot" aria-hidden="true" /> WhatsApp is linked
      </p>
      <p className="link-me">
        <strong data-testid="link-phone-number">{me.phone}</strong>
        {me.name && (
          <>
            {' · '}
            <span data-testid="link-name">{me.name}</span>
          </>
        )}
      </p>
      <p className="muted">
        Customers&apos; messages to this number arrive in Chats and orders in the Queue. Keep this computer on
        and connected; the phone may be off.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => setConfirm(true)}
          disabled={busy === 'logout'}
        >
          Log out
        </button>
        <button type="button" className="btn" onClick={() => void stop()} disabled={busy === 'stop'}>
          Switch off for now
        </button>
      </div>
      {confirm && <LogoutDialog onClose={() => setConfirm(false)} />}
    </div>
  )
}

function LogoutDialog({ onClose }: { onClose(): void }) {
  const dialog = useModalDialog()
  const logout = useWhatsApp((s) => s.logout)
  return (
    <dialog
      ref={dialog}
      className="dialog dialog-narrow"
      aria-labelledby="logout-title"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          onClose()
          void logout()
        }}
      >
        <h2 id="logout-title">Log out of WhatsApp?</h2>
        <p>
          This computer is unlinked from the shop&apos;s phone. Customers&apos; messages will not reach
          CounterChat until you scan a new QR code.
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose} autoFocus>
            Stay linked
          </button>
          <button type="submit" className="btn btn-danger-solid">
            Log out
          </button>
        </div>
      </form>
    </dialog>
  )
}

/** What the shopkeeper should do after each kind of disconnect. */
function whatToDo(code: string, reconnecting: boolean, sessionSaved: boolean): string {
  if (reconnecting) return 'CounterChat tries again by itself. You can also reconnect now.'
  switch (code) {
    case 'STOPPED':
      return sessionSaved
        ? 'Press Reconnect to switch it on again. If WhatsApp shows a QR code, scan it with the shop’s phone.'
        : 'Press Link WhatsApp and scan the QR code with the shop’s phone.'
    case 'LOGOUT':
    case 'LOGOUT_LOCAL':
    case 'UNPAIRED':
    case 'UNPAIRED_IDLE':
      return 'Press Link WhatsApp and scan the new QR code with the shop’s phone.'
    case 'CONFLICT':
      return 'Close WhatsApp Web on the other computer or browser, then press Reconnect.'
    case 'NO_BROWSER':
      return 'Install Google Chrome or Microsoft Edge (or choose a browser below), then press Reconnect.'
    case 'BROWSER_SANDBOX':
    case 'BROWSER_LIBS':
    case 'BROWSER_BAD_FILE':
    case 'BROWSER_EXITED':
      return 'Fix the browser as said above (or choose another one below), then press Reconnect.'
    case 'NO_INTERNET':
      return 'Check the Wi-Fi or the cable; CounterChat reconnects by itself once the internet is back.'
    case 'WA_REFUSED':
      return 'Wait a few minutes, then press Reconnect.'
    case 'TOS_BLOCK':
    case 'SMB_TOS_BLOCK':
      return 'Open WhatsApp on the shop’s phone to see why.'
    case 'DEPRECATED_VERSION':
      return 'Update CounterChat, then press Reconnect.'
    case 'Max qrcode retries reached':
      return 'Press Link WhatsApp to get a new QR code.'
    default:
      return 'Press Reconnect. If it keeps happening, log out and link again.'
  }
}

function DisconnectedPanel({
  status,
  link,
}: {
  status: WhatsAppStatus
  link: Extract<LinkStateView, { state: 'disconnected' }>
}) {
  const busy = useWhatsApp((s) => s.busy)
  const doLink = useWhatsApp((s) => s.link)
  const [confirm, setConfirm] = useState(false)
  const code = link.detail.split(':')[0] ?? link.detail
  const reconnecting = /Reconnecting in/.test(link.reason)
  const fresh = code === 'STOPPED' && !status.sessionSaved
  const unlinked =
    fresh ||
    ['LOGOUT', 'LOGOUT_LOCAL', 'UNPAIRED', 'UNPAIRED_IDLE', 'Max qrcode retries reached'].includes(code)
  if (fresh)
    return (
      <div className="link-card link-start" data-testid="link-state" data-state="not_linked">
        <h2>WhatsApp is not linked yet</h2>
        <p>
          You need the shop&apos;s phone with WhatsApp (or WhatsApp Business) on it. Linking takes a minute:
          press the button and scan the QR code that appears.
        </p>
        <button
          type="button"
          className="btn btn-primary btn-large link-big"
          onClick={() => void doLink()}
          disabled={busy === 'link'}
        >
          Link WhatsApp
        </button>
      </div>
    )
  return (
    <div className="link-card link-down" data-testid="link-state" data-state="disconnected">
      <h2>{code === 'STOPPED' ? 'WhatsApp is switched off' : 'WhatsApp is not connected'}</h2>
      <p className="link-reason" role="status" data-testid="link-reason">
        {link.reason}
      </p>
      <p data-testid="link-todo">{whatToDo(code, reconnecting, status.sessionSaved)}</p>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={() => void doLink()}
          disabled={busy === 'link'}
        >
          {unlinked ? 'Link WhatsApp' : reconnecting ? 'Reconnect now' : 'Reconnect'}
        </button>
        {/* Logging out needs a linked session and a browser that starts (it tells WhatsApp). */}
        {status.sessionSaved && !unlinked && !code.startsWith('BROWSER_') && (
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => setConfirm(true)}
            disabled={busy === 'logout'}
          >
            Log out
          </button>
        )}
      </div>
      {confirm && <LogoutDialog onClose={() => setConfirm(false)} />}
      <p className="muted link-detail">Detail for support: {link.detail}</p>
    </div>
  )
}

/** Which browser runs WhatsApp, or why none could be found; the shop may pick one by its path. */
function BrowserLine({ status }: { status: WhatsAppStatus }) {
  const refresh = useWhatsApp((s) => s.refresh)
  const [editing, setEditing] = useState(false)
  const configured = status.browser?.source === 'configured' ? status.browser.path : ''
  const [path, setPath] = useState(configured)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const save = async (value: string | null) => {
    setSaving(true)
    setError(null)
    try {
      await api.call('settings.set', { key: 'whatsapp.browserPath', value })
      await refresh()
      setEditing(false)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setSaving(false)
    }
  }
  return (
    <div className="link-browser-box">
      {status.browserProblem ? (
        <p className="link-browser link-browser-bad" data-testid="link-browser">
          {status.browserProblem}
        </p>
      ) : status.browser ? (
        <p className="muted link-browser" data-testid="link-browser">
          WhatsApp runs in {status.browser.path}
          {status.browser.source === 'configured' ? ' (chosen here)' : ''}
        </p>
      ) : null}
      {!editing ? (
        <button
          type="button"
          className="btn btn-quiet-plain btn-small"
          onClick={() => {
            setPath(configured)
            setEditing(true)
          }}
        >
          Use another browser…
        </button>
      ) : (
        <form
          className="link-phone"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void save(path.trim() || null)
          }}
        >
          <div className="field">
            <label htmlFor="link-browser-path">Path of Chrome, Edge or Chromium</label>
            <div className="inline-field">
              <input
                id="link-browser-path"
                value={path}
                placeholder={'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'}
                onChange={(e) => setPath(e.target.value)}
                aria-invalid={error ? true : undefined}
              />
              <button type="submit" className="btn" disabled={saving}>
                Save
              </button>
            </div>
            {error ? (
              <span className="field-error" role="alert">
                {error}
              </span>
            ) : (
              <span className="field-hint">
                Empty: CounterChat finds one itself. Used from the next Link WhatsApp or Reconnect.
              </span>
            )}
          </div>
          <button type="button" className="btn btn-quiet-plain" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  )
}
