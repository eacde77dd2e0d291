import { Trans, useTranslation } from 'react-i18next'
import { t as tr } from '../i18n'
import { useEffect, useState } from 'react'
import QRCode from 'qrcode'
import type { LinkStateView, WhatsAppStatus } from '../../../shared/contract/whatsapp'
import { api, messageOf } from '../api/client'
import { reasonText } from '../i18n/errors'
import { useWhatsApp } from '../stores/whatsapp'
import { useModalDialog } from '../components/useModalDialog'
import { useApp } from '../stores/app'
import { HealthPanel } from '../components/HealthPanel'

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
          <p className="view-sub">{t('link.sub')}</p>
        </div>
      </header>
      {error && (
        <p className="link-error" role="alert" data-testid="link-error">
          {error}
        </p>
      )}
      {status === null ? (
        <p className="muted">{t('link.checking')}</p>
      ) : !status.available ? (
        <div className="link-card">
          <p>{status.link.state === 'disconnected' ? reasonText(status.link) : ''}</p>
        </div>
      ) : (
        <LinkBody status={status} />
      )}
      {status?.available && <BrowserLine status={status} />}
      <HealthPanel />
    </section>
  )
}

function LinkBody({ status }: { status: WhatsAppStatus }) {
  const { t } = useTranslation()
  const link = status.link
  switch (link.state) {
    case 'starting':
      return (
        <div className="link-card" data-testid="link-state" data-state="starting" aria-live="polite">
          <h2>{t('link.starting')}</h2>
          {status.download !== null ? (
            <>
              <p>{t('link.downloading')}</p>
              <Progress value={status.download * 100} label={t('link.download')} />
            </>
          ) : (
            <p className="muted">{t('link.fewSeconds')}</p>
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
          <h2>{t('link.syncing')}</h2>
          <p className="muted">{t('link.keepOnline')}</p>
          <Progress value={link.percent} label={t('link.loadingChats')} />
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
      <span className="muted">{value === null ? tr('link.working') : `${Math.round(value)} %`}</span>
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
      alt={tr('link.qrAlt')}
      data-testid="link-qr"
      width={288}
      height={288}
    />
  ) : (
    <div className="link-qr link-qr-empty" aria-hidden="true" />
  )
}

function QrPanel({ qr }: { qr: string }) {
  const { t } = useTranslation()
  return (
    <div className="link-card link-qr-card" data-testid="link-state" data-state="qr">
      <div className="link-qr-box">
        <QrImage qr={qr} />
        <p className="muted link-qr-note">{t('link.qrNote')}</p>
      </div>
      <div className="link-steps">
        <h2>{t('link.scan')}</h2>
        <ol>
          <li>{t('link.step1')}</li>
          <li>
            <Trans i18nKey="link.step2" components={{ b: <strong /> }} />
          </li>
          <li>
            <Trans i18nKey="link.step3" components={{ b: <strong /> }} />
          </li>
        </ol>
        <PhoneLink />
      </div>
    </div>
  )
}

/** "Link with phone number instead": asks WhatsApp for an 8-character code to type on the phone. */
function PhoneLink() {
  const { t } = useTranslation()
  const busy = useWhatsApp((s) => s.busy)
  const pairingCode = useWhatsApp((s) => s.pairingCode)
  const [open, setOpen] = useState(false)
  const [phone, setPhone] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (!open)
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        {t('link.withPhone')}
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
          return setError(t('link.phoneBad'))
        setError(null)
        void pairingCode(phone.trim())
      }}
    >
      <div className="field">
        <label htmlFor="link-phone">{t('link.phoneLabel')}</label>
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
            {busy === 'pairing' ? t('link.asking') : t('link.getCode')}
          </button>
        </div>
        {error ? (
          <span id="link-phone-error" className="field-error" role="alert">
            {error}
          </span>
        ) : (
          <span id="link-phone-hint" className="field-hint">
            {t('link.phoneHint')}
          </span>
        )}
      </div>
      <button type="button" className="btn btn-quiet-plain" onClick={() => setOpen(false)}>
        {t('link.useQr')}
      </button>
    </form>
  )
}

function PairingCodePanel({ code }: { code: string }) {
  const { t } = useTranslation()
  const phone = useWhatsApp((s) => s.pairingPhone)
  const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code
  return (
    <div className="link-card" data-testid="link-state" data-state="pairing_code">
      <h2>{phone ? t('link.typeCodeFor', { phone }) : t('link.typeCode')}</h2>
      <p
        className="link-code"
        data-testid="link-code"
        aria-label={t('link.codeLabel', { code: code.split('').join(' ') })}
      >
        {shown}
      </p>
      <ol>
        <li>{t('link.step1')}</li>
        <li>
          <Trans i18nKey="link.pstep2" components={{ b: <strong /> }} />
        </li>
        <li>
          <Trans i18nKey="link.pstep3" components={{ b: <strong /> }} />
        </li>
      </ol>
      <p className="muted">{t('link.codeChanges')}</p>
    </div>
  )
}

function ReadyPanel({ me }: { me: { phone: string; name: string } }) {
  const { t } = useTranslation()
  const [confirm, setConfirm] = useState(false)
  const busy = useWhatsApp((s) => s.busy)
  const stop = useWhatsApp((s) => s.stop)
  return (
    <div className="link-card link-ready" data-testid="link-state" data-state="ready">
      <p className="link-ok">
        <span className="link-dot" aria-hidden="true" /> {t('link.linked')}
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
      <p className="muted">{t('link.linkedText')}</p>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => setConfirm(true)}
          disabled={busy === 'logout'}
        >
          {t('link.logout')}
        </button>
        <button type="button" className="btn" onClick={() => void stop()} disabled={busy === 'stop'}>
          {t('link.switchOff')}
        </button>
      </div>
      {confirm && <LogoutDialog onClose={() => setConfirm(false)} />}
    </div>
  )
}

function LogoutDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
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
        <h2 id="logout-title">{t('link.logoutQ')}</h2>
        <p>{t('link.logoutText')}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose} autoFocus>
            {t('link.stay')}
          </button>
          <button type="submit" className="btn btn-danger-solid">
            {t('link.logout')}
          </button>
        </div>
      </form>
    </dialog>
  )
}

/** What the shopkeeper should do after each kind of disconnect. */
function whatToDo(code: string, reconnecting: boolean, sessionSaved: boolean): string {
  if (reconnecting) return tr('link.todoRetrying')
  switch (code) {
    case 'STOPPED':
      return sessionSaved ? tr('link.todoStoppedSaved') : tr('link.todoStopped')
    case 'LOGOUT':
    case 'LOGOUT_LOCAL':
    case 'UNPAIRED':
    case 'UNPAIRED_IDLE':
      return tr('link.todoLogout')
    case 'CONFLICT':
      return tr('link.todoConflict')
    case 'NO_BROWSER':
      return tr('link.todoNoBrowser')
    case 'BROWSER_SANDBOX':
    case 'BROWSER_LIBS':
    case 'BROWSER_BAD_FILE':
    case 'BROWSER_EXITED':
      return tr('link.todoBrowser')
    case 'NO_INTERNET':
      return tr('link.todoInternet')
    case 'WA_REFUSED':
      return tr('link.todoRefused')
    case 'TOS_BLOCK':
    case 'SMB_TOS_BLOCK':
      return tr('link.todoBlocked')
    case 'DEPRECATED_VERSION':
      return tr('link.todoUpdate')
    case 'Max qrcode retries reached':
      return tr('link.todoQr')
    default:
      return tr('link.todoDefault')
  }
}

function DisconnectedPanel({
  status,
  link,
}: {
  status: WhatsAppStatus
  link: Extract<LinkStateView, { state: 'disconnected' }>
}) {
  const { t } = useTranslation()
  const busy = useWhatsApp((s) => s.busy)
  const doLink = useWhatsApp((s) => s.link)
  const [confirm, setConfirm] = useState(false)
  const code = link.detail.split(':')[0] ?? link.detail
  // Older engines said a planned reconnect only in the English reason.
  const reconnecting = link.retryInSeconds !== undefined || /Reconnecting in/.test(link.reason)
  const fresh = code === 'STOPPED' && !status.sessionSaved
  const unlinked =
    fresh ||
    ['LOGOUT', 'LOGOUT_LOCAL', 'UNPAIRED', 'UNPAIRED_IDLE', 'Max qrcode retries reached'].includes(code)
  if (fresh)
    return (
      <div className="link-card link-start" data-testid="link-state" data-state="not_linked">
        <h2>{t('link.notYet')}</h2>
        <p>{t('link.notYetText')}</p>
        <button
          type="button"
          className="btn btn-primary btn-large link-big"
          onClick={() => void doLink()}
          disabled={busy === 'link'}
        >
          {t('link.link')}
        </button>
      </div>
    )
  return (
    <div className="link-card link-down" data-testid="link-state" data-state="disconnected">
      <h2>{code === 'STOPPED' ? t('link.off') : t('link.down')}</h2>
      <p className="link-reason" role="status" data-testid="link-reason">
        {reasonText(link)}
      </p>
      <p data-testid="link-todo">{whatToDo(code, reconnecting, status.sessionSaved)}</p>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={() => void doLink()}
          disabled={busy === 'link'}
        >
          {unlinked ? t('link.link') : reconnecting ? t('link.reconnectNow') : t('link.reconnect')}
        </button>
        {/* Logging out needs a linked session and a browser that starts (it tells WhatsApp). */}
        {status.sessionSaved && !unlinked && !code.startsWith('BROWSER_') && (
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => setConfirm(true)}
            disabled={busy === 'logout'}
          >
            {t('link.logout')}
          </button>
        )}
      </div>
      {confirm && <LogoutDialog onClose={() => setConfirm(false)} />}
      <p className="muted link-detail">{t('link.support', { detail: link.detail })}</p>
    </div>
  )
}

/**
 * Which browser runs WhatsApp, or why none could be found. Whatever is chosen here is started as a program, so
 * only the desktop app on the shop's computer may choose, and only among the browsers installed there; any
 * other browser is named with `counterchat config set whatsapp.browserPath PATH` at the computer.
 */
function BrowserLine({ status }: { status: WhatsAppStatus }) {
  const { t } = useTranslation()
  const refresh = useWhatsApp((s) => s.refresh)
  const canChoose = useApp((s) => s.info?.host === 'desktop' && s.info.role === 'owner')
  const [editing, setEditing] = useState(false)
  const configured = status.browser?.source === 'configured' ? status.browser.path : ''
  const [path, setPath] = useState(configured)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const save = async (value: string | null) => {
    setSaving(true)
    setError(null)
    try {
      await api.call('whatsapp.setBrowser', { path: value })
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
          {t('link.runsIn', { path: status.browser.path })}
          {status.browser.source === 'configured' ? t('link.chosenHere') : ''}
        </p>
      ) : null}
      {!canChoose ? (
        <p className="muted field-hint" data-testid="link-browser-where">
          {t('link.browserWhere')} <code>counterchat config set whatsapp.browserPath PATH</code>.
        </p>
      ) : !editing ? (
        <button
          type="button"
          className="btn btn-quiet-plain btn-small"
          onClick={() => {
            setPath(configured)
            setEditing(true)
          }}
        >
          {t('link.otherBrowser')}
        </button>
      ) : (
        <form
          className="link-phone"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void save(path || null)
          }}
        >
          <div className="field">
            <label htmlFor="link-browser-path">{t('link.browserPath')}</label>
            <div className="inline-field">
              <select id="link-browser-path" value={path} onChange={(e) => setPath(e.target.value)}>
                <option value="">Find one by itself</option>
                {status.installedBrowsers.map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
              <button type="submit" className="btn" disabled={saving}>
                {t('common.save')}
              </button>
            </div>
            {error ? (
              <span className="field-error" role="alert">
                {error}
              </span>
            ) : (
              <span className="field-hint">{t('link.browserHint')}</span>
            )}
          </div>
          <button type="button" className="btn btn-quiet-plain" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </div>
  )
}
