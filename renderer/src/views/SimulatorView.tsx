import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import { PhonePanel } from '../components/simulator/PhonePanel'
import { useSimulator } from '../stores/simulator'

const TRIES = ['hi', '2 kg atta and butter', '2', 'yes', 'talk to a person']

/** "Try it as a customer": rehearse the WhatsApp flow on a pretend phone, no phone needed. */
export function SimulatorView() {
  const { t } = useTranslation()
  const send = useSimulator((s) => s.send)
  return (
    <section className="view simulator" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">{t('views.try')}</h1>
          <p className="view-sub">
            {t('sim.sub')}
          </p>
        </div>
      </header>
      <div className="simulator-body">
        <PhonePanel />
        <div className="simulator-side">
          <Identity />
          <div className="simulator-tries">
            <h2>{t('sim.tries')}</h2>
            <div className="button-row">
              {TRIES.map((text) => (
                <button key={text} type="button" className="btn chip" onClick={() => void send(text)}>
                  “{text}”
                </button>
              ))}
            </div>
            <p className="muted">{t('sim.watch')}</p>
          </div>
        </div>
      </div>
    </section>
  )
}

function Identity() {
  const { t } = useTranslation()
  const phone = useSimulator((s) => s.phone)
  const name = useSimulator((s) => s.name)
  const setPhone = useSimulator((s) => s.setPhone)
  const setName = useSimulator((s) => s.setName)
  const clear = useSimulator((s) => s.clear)
  const [draft, setDraft] = useState(phone)
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      className="simulator-identity"
      onSubmit={(e) => {
        e.preventDefault()
        const p = draft.replace(/[\s-]/g, '')
        if (!/^\+?\d{6,15}$/.test(p)) return setError(t('sim.phoneBad'))
        setError(null)
        setPhone(p)
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="sim-phone">{t('sim.phone')}</label>
        <div className="inline-field">
          <input
            id="sim-phone"
            value={draft}
            inputMode="tel"
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" className="btn" disabled={draft === phone}>
            {t('sim.switch')}
          </button>
        </div>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : (
          <span className="field-hint">{t('sim.phoneHint')}</span>
        )}
      </div>
      <div className="field">
        <label htmlFor="sim-name">{t('sim.name')}</label>
        <input id="sim-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      </div>
      <button type="button" className="btn btn-quiet-plain" onClick={clear}>
        {t('sim.clear')}
      </button>
    </form>
  )
}
