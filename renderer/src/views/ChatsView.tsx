import { useTranslation } from 'react-i18next'
import { useFormat } from '../i18n/format'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ChatSummary, QuickReply } from '../../../shared/contract/chats'
import { LANGUAGES, type Language } from '../../../shared/contract/languages'
import { insertQuickReply, matchQuickReplies, slashQuery } from '../components/chats/quick-replies'
import { api, messageOf } from '../api/client'
import { CustomerForm } from '../components/chats/CustomerForm'
import { Transcript } from '../components/chats/Transcript'
import { WaText } from '../components/chats/WaText'
import { useNow } from '../components/orders/clock'
import { ageText } from '../components/orders/words'
import { useHashParam } from '../components/queue/route'
import { useChat, useChats } from '../stores/chats'
import { useToasts } from '../stores/toasts'

const SEARCH_DELAY_MS = 200

/** Every conversation, the ones needing a person first; one open beside the list with manual replies. */
export function ChatsView() {
  const { t } = useTranslation()
  const phone = useHashParam()
  return (
    <section className={`view chats ${phone ? 'has-detail' : ''}`} aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">{t('views.chats')}</h1>
          <ChatsCount />
        </div>
      </header>
      <div className="chats-body">
        <ChatList selected={phone} />
        {phone ? (
          <ChatPanel key={phone} phone={phone} />
        ) : (
          <p className="chats-hint muted">{t('chats.pick')}</p>
        )}
      </div>
    </section>
  )
}

function ChatsCount() {
  const { t } = useTranslation()
  const fmt = useFormat()
  const total = useChats((s) => s.total)
  const needs = useChats((s) => s.items.filter((c) => c.needsHuman).length)
  const unread = useChats((s) => s.items.filter((c) => c.unread > 0).length)
  if (total === null) return <p className="view-sub">{t('common.loading')}</p>
  const parts = [t('chats.conversations', { count: total, n: fmt.number(total) })]
  if (needs > 0) parts.push(t('chats.needYou', { count: needs }))
  if (unread > 0) parts.push(t('chats.unread', { count: unread }))
  return (
    <p className="view-sub" data-testid="chats-count" aria-live="polite">
      {parts.join(' · ')}
    </p>
  )
}

function ChatList({ selected }: { selected: string | null }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const items = useChats((s) => s.items)
  const total = useChats((s) => s.total)
  const error = useChats((s) => s.error)
  const setQuery = useChats((s) => s.setQuery)
  const label = useChats((s) => s.label)
  const labels = useChats((s) => s.labels)
  const setLabel = useChats((s) => s.setLabel)
  const showMore = useChats((s) => s.showMore)
  const [text, setText] = useState(() => useChats.getState().query)
  const now = useNow()
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, setQuery])

  return (
    <div className="chat-list-pane">
      <label className="search">
        <span className="visually-hidden">{t('chats.search')}</span>
        <input
          type="search"
          placeholder={t('chats.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {(labels.length > 0 || label !== null) && (
        <label className="inline-field chat-label-filter">
          <span className="visually-hidden">{t('chats.labelFilter')}</span>
          <select
            aria-label={t('chats.labelFilter')}
            value={label ?? ''}
            onChange={(e) => setLabel(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{t('chats.allLabels')}</option>
            {label !== null && !labels.some((l) => l.name.toLowerCase() === label.toLowerCase()) && (
              <option value={label}>{label}</option>
            )}
            {labels.map((l) => (
              <option key={l.name} value={l.name}>
                {l.name} ({fmt.number(l.count)})
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      <ul className="chat-list" aria-label={t('chats.list')} data-testid="chat-list">
        {items.map((c) => (
          <ChatRow key={c.phone} chat={c} selected={c.phone === selected} now={now} />
        ))}
        {total === 0 && <li className="empty-result">{t('chats.none')}</li>}
      </ul>
      {total !== null && total > items.length && (
        <button type="button" className="btn" onClick={showMore}>
          {t('chats.more', { n: fmt.number(total - items.length) })}
        </button>
      )}
    </div>
  )
}

function ChatRow({ chat: c, selected, now }: { chat: ChatSummary; selected: boolean; now: number }) {
  const { t } = useTranslation()
  return (
    <li>
      <a
        className={`chat-row ${selected ? 'selected' : ''} ${c.needsHuman ? 'needs-human' : ''} ${c.unread > 0 ? 'unread' : ''}`}
        href={`#/chats/${encodeURIComponent(c.phone)}`}
        aria-current={selected ? 'true' : undefined}
        data-phone={c.phone}
      >
        <span className="chat-row-top">
          <span className="chat-name">{c.name ?? c.phone}</span>
          <span className="chat-age muted">{ageText(c.lastMessageAt, now)}</span>
        </span>
        <span className="chat-row-bottom">
          <span className="chat-last muted">
            <WaText text={c.lastText.replace(/\s*\n\s*/g, ' ')} />
          </span>
          {c.unread > 0 && (
            <span className="unread-badge" aria-label={t('chats.unread', { count: c.unread })}>
              {c.unread}
            </span>
          )}
        </span>
        {c.labels.length > 0 && (
          <span className="chat-labels" aria-label={t('chats.labels')}>
            {c.labels.map((l) => (
              <span key={l} className="label-chip">
                {l}
              </span>
            ))}
          </span>
        )}
        {(c.needsHuman || c.botPaused) && (
          <span className="chat-flags">
            {c.needsHuman && (
              <span className="flag flag-attention">
                {c.attention ? t('chats.needsYouWhy', { why: c.attention }) : t('chats.needsYou')}
              </span>
            )}
            {c.botPaused && !c.needsHuman && <span className="flag">{t('chats.botPaused')}</span>}
          </span>
        )}
      </a>
    </li>
  )
}

function ChatPanel({ phone }: { phone: string }) {
  const { t } = useTranslation()
  const open = useChat((s) => s.open)
  const detail = useChat((s) => s.detail)
  const error = useChat((s) => s.error)
  const put = useChat((s) => s.put)
  const putDetail = useChat((s) => s.putDetail)
  const [editing, setEditing] = useState(false)
  const showToast = useToasts((s) => s.show)
  const unread = useChats((s) => s.items.find((c) => c.phone === phone)?.unread ?? 0)
  useEffect(() => {
    open(phone)
  }, [phone, open])
  useEffect(() => () => open(null), [open])
  // Reading the chat here marks it read (again when new messages arrive while it is open).
  useEffect(() => {
    if (unread > 0) api.call('chats.markRead', { phone }).catch(() => {})
  }, [phone, unread])

  const botAction = (method: 'chats.pauseBot' | 'chats.resumeBot') =>
    api
      .call(method, { phone })
      .then(put, (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }))

  return (
    <section
      className="chat-panel"
      aria-label={t('chats.chatWith', { who: detail?.name ?? phone })}
      data-testid="chat-panel"
    >
      <header className="chat-panel-head">
        <a className="btn btn-quiet back-link" href="#/chats">
          {t('chats.back')}
        </a>
        <div className="chat-panel-who">
          <h2>{detail?.name ?? phone}</h2>
          {detail?.name && <span className="muted">{phone}</span>}
        </div>
        {detail && (
          <div className="button-row">
            {detail.botPaused ? (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => void botAction('chats.resumeBot')}
              >
                {t('chats.resume')}
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => void botAction('chats.pauseBot')}>
                {t('chats.pause')}
              </button>
            )}
            <LanguagePicker chat={detail} onSaved={put} />
            {detail.latestOrder !== null && (
              <a className="btn" href={`#/queue/${detail.latestOrder}`}>
                {t('chats.order', { number: detail.latestOrder })}
              </a>
            )}
          </div>
        )}
      </header>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {detail && (detail.needsHuman || detail.botPaused) && (
        <p className={`chat-state ${detail.needsHuman ? 'attention' : ''}`} data-testid="chat-state">
          {detail.needsHuman
            ? detail.attention
              ? t('chats.needsStateWhy', { why: detail.attention })
              : t('chats.needsState')
            : t('chats.pausedState')}
        </p>
      )}
      {detail &&
        (editing ? (
          <CustomerForm
            chat={detail}
            onSaved={(c) => {
              putDetail(c)
              setEditing(false)
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="chat-facts">
            <div className="chat-facts-text">
              {detail.pending && (
                <p>
                  <span className="field-label">{t('chats.asking')}</span> {detail.pending}
                </p>
              )}
              {detail.cart.length > 0 && (
                <p>
                  <span className="field-label">{t('chats.cart')}</span>{' '}
                  {detail.cart.map((l) => `${l.qty} ${l.unit} ${l.name}`).join(', ')}
                </p>
              )}
              <p>
                <span className="field-label">{t('chats.address')}</span>{' '}
                {detail.address ?? <span className="muted">{t('chats.noneYet')}</span>}
              </p>
              {detail.notes && (
                <p className="chat-notes">
                  <span className="field-label">{t('chats.notes')}</span> {detail.notes}
                </p>
              )}
            </div>
            <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
              {t('chats.edit')}
            </button>
          </div>
        ))}
      {detail && <LabelEditor phone={phone} labels={detail.labels} onChange={put} />}
      <Transcript phone={phone} />
      <ReplyBox phone={phone} paused={detail?.botPaused ?? false} />
    </section>
  )
}

const LANGUAGE_KEY = {
  en: 'chats.lang_en',
  hi: 'chats.lang_hi',
  de: 'chats.lang_de',
  'hi-Deva': 'chats.lang_hiDeva',
} as const satisfies Record<Language, string>

/**
 * The language the bot answers this customer in. "From their messages" follows what they write (decided over
 * several messages); choosing a language keeps it whatever they write.
 */
function LanguagePicker({ chat, onSaved }: { chat: ChatSummary; onSaved: (c: ChatSummary) => void }) {
  const { t } = useTranslation()
  const showToast = useToasts((s) => s.show)
  const [busy, setBusy] = useState(false)
  const choose = (value: string) => {
    setBusy(true)
    api
      .call('chats.setLanguage', {
        phone: chat.phone,
        language: value === 'auto' ? null : (value as Language),
      })
      .then(onSaved, (err: unknown) => showToast({ message: messageOf(err), tone: 'error' }))
      .finally(() => setBusy(false))
  }
  return (
    <label className="inline-field">
      <span className="field-label">{t('chats.replyLanguage')}</span>
      <select
        value={chat.languagePinned ? chat.language : 'auto'}
        disabled={busy}
        onChange={(e) => choose(e.target.value)}
        data-testid="chat-language"
      >
        <option value="auto">{t('chats.languageAuto', { lang: t(LANGUAGE_KEY[chat.language]) })}</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(LANGUAGE_KEY[l])}
          </option>
        ))}
      </select>
    </label>
  )
}

function LabelEditor({
  phone,
  labels,
  onChange,
}: {
  phone: string
  labels: string[]
  onChange(summary: ChatSummary): void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const known = useChats((s) => s.labels)
  const run = (p: Promise<ChatSummary>) =>
    p.then(
      (summary) => {
        onChange(summary)
        setError(null)
      },
      (err: unknown) => setError(messageOf(err)),
    )
  return (
    <form
      className="chat-label-editor"
      aria-label={t('chats.labels')}
      data-testid="chat-labels"
      onSubmit={(e) => {
        e.preventDefault()
        if (text.trim() === '') return
        void run(api.call('chats.addLabel', { phone, label: text })).then(() => setText(''))
      }}
    >
      {labels.map((l) => (
        <span key={l} className="label-chip">
          {l}
          <button
            type="button"
            className="label-remove"
            aria-label={t('chats.removeLabel', { label: l })}
            onClick={() => void run(api.call('chats.removeLabel', { phone, label: l }))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        aria-label={t('chats.newLabel')}
        placeholder={t('chats.newLabel')}
        value={text}
        maxLength={30}
        list="chat-label-names"
        onChange={(e) => {
          setText(e.target.value)
          setError(null)
        }}
      />
      <datalist id="chat-label-names">
        {known.map((l) => (
          <option key={l.name} value={l.name} />
        ))}
      </datalist>
      <button type="submit" className="btn btn-small" disabled={text.trim() === ''}>
        {t('chats.addLabel')}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

function ReplyBox({ phone, paused }: { phone: string; paused: boolean }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [caret, setCaret] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [replies, setReplies] = useState<QuickReply[]>([])
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const box = useRef<HTMLTextAreaElement>(null)
  const placeCaret = useRef<number | null>(null)
  useEffect(() => {
    api.call('chats.quickReplies', {}).then(setReplies, () => {})
  }, [])
  const slash = slashQuery(text, caret)
  const open = slash !== null && dismissed !== slash.start
  const matches = open ? matchQuickReplies(replies, slash.typed) : []
  const at = Math.min(active, Math.max(0, matches.length - 1))

  const send = async () => {
    const out = text.trim()
    if (!out || busy) return
    setBusy(true)
    setError(null)
    try {
      await api.call('chats.reply', { phone, text: out })
      setText('')
      setCaret(0)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  const insert = (reply: QuickReply) => {
    if (!slash) return
    const next = insertQuickReply(text, slash, reply)
    setText(next.text)
    setCaret(next.caret)
    placeCaret.current = next.caret
  }
  // Put the caret after an inserted reply as soon as React has written the text, before any key that
  // follows is handled: a frame later (requestAnimationFrame) the shopkeeper may already have typed on,
  // and the caret would jump back into the middle of what they typed.
  useLayoutEffect(() => {
    const pos = placeCaret.current
    if (pos === null) return
    placeCaret.current = null
    box.current?.setSelectionRange(pos, pos)
  }, [text])
  const follow = (el: HTMLTextAreaElement) => setCaret(el.selectionStart)
  return (
    <form
      className="reply-box"
      onSubmit={(e) => {
        e.preventDefault()
        void send()
      }}
    >
      <label className="visually-hidden" htmlFor="reply-text">
        {t('chats.reply')}
      </label>
      {open && (
        <ul className="quick-replies" role="listbox" id="quick-replies" aria-label={t('chats.quickReplies')}>
          {matches.map((r, i) => (
            <li
              key={r.shortcut}
              id={`quick-reply-${i}`}
              role="option"
              aria-selected={i === at}
              onMouseDown={(e) => {
                e.preventDefault()
                insert(r)
              }}
            >
              <strong>/{r.shortcut}</strong> <span className="muted">{r.text}</span>
            </li>
          ))}
          {matches.length === 0 && (
            <li role="presentation" className="muted">
              {t('chats.noQuickReply', { typed: slash.typed })}
            </li>
          )}
        </ul>
      )}
      <textarea
        id="reply-text"
        ref={box}
        rows={2}
        value={text}
        role={open ? 'combobox' : undefined}
        aria-expanded={open ? true : undefined}
        aria-controls={open ? 'quick-replies' : undefined}
        aria-activedescendant={open && matches.length > 0 ? `quick-reply-${at}` : undefined}
        placeholder={paused ? t('chats.replyPaused') : t('chats.replyBot')}
        onChange={(e) => {
          setText(e.target.value)
          follow(e.target)
          setActive(0)
          setDismissed(null)
          setError(null)
        }}
        onSelect={(e) => follow(e.currentTarget)}
        onKeyDown={(e) => {
          if (open && matches.length > 0) {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault()
              const n = matches.length
              setActive((at + (e.key === 'ArrowDown' ? 1 : n - 1)) % n)
              return
            }
            if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Tab') {
              e.preventDefault()
              insert(matches[at]!)
              return
            }
          }
          if (open && e.key === 'Escape') {
            e.preventDefault()
            setDismissed(slash.start)
            return
          }
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            void send()
          }
        }}
      />
      <button type="submit" className="btn btn-primary" disabled={busy || text.trim() === ''}>
        {t('chats.send')}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
