import { useTranslation } from 'react-i18next'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useShopName } from '../../stores/app'
import { useSimulator } from '../../stores/simulator'
import { WaText } from '../chats/WaText'
import { timeText } from '../orders/words'

/** A phone-shaped chat with the shop: what a customer types and what they get back, live. */
export function PhonePanel() {
  const { t } = useTranslation()
  const phone = useSimulator((s) => s.phone)
  const messages = useSimulator((s) => s.messages)
  const loadedFor = useSimulator((s) => s.loadedFor)
  const loadHistory = useSimulator((s) => s.loadHistory)
  const send = useSimulator((s) => s.send)
  const error = useSimulator((s) => s.error)
  const shop = useShopName()
  const [text, setText] = useState('')
  const box = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (loadedFor !== phone) loadHistory()
  }, [phone, loadedFor, loadHistory])

  useLayoutEffect(() => {
    const el = box.current
    if (el) el.scrollTop = el.scrollHeight
  }, [messages.length])

  const submit = () => {
    const out = text.trim()
    if (!out) return
    setText('')
    void send(out)
  }

  return (
    <div className="phone" data-testid="phone">
      <div className="phone-bar">
        <span className="phone-avatar" aria-hidden="true">
          {(shop ?? 'C').slice(0, 1)}
        </span>
        <span className="phone-title">{shop ?? t('sim.yourShop')}</span>
      </div>
      <div
        className="phone-screen"
        ref={box}
        role="log"
        aria-label={t('sim.messages')}
        aria-live="polite"
        data-testid="phone-messages"
      >
        {messages.length === 0 && (
          <p className="phone-empty">{t('sim.empty')}</p>
        )}
        {messages.map((m) => (
          <div key={m.id} className={`phone-msg phone-msg-${m.from}`} data-from={m.from}>
            {m.image && <img className="phone-img" src={m.image} alt={t('sim.picture', { text: m.text })} />}
            <span className="phone-text">
              <WaText text={m.text} />
            </span>
            <span className="phone-time">
              {timeText(m.at)}
              {m.state === 'sending' && t('sim.sending')}
              {m.state === 'failed' && t('sim.notSent')}
            </span>
          </div>
        ))}
      </div>
      {error && (
        <p className="phone-error" role="alert">
          {error}
        </p>
      )}
      <form
        className="phone-input"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <label className="visually-hidden" htmlFor="phone-text">
          {t('sim.messageLabel')}
        </label>
        <input
          id="phone-text"
          value={text}
          placeholder={t('sim.message')}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="submit"
          className="phone-send"
          aria-label={t('sim.send')}
          disabled={text.trim() === ''}
        >
          ➤
        </button>
      </form>
    </div>
  )
}
