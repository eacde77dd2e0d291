import { useState } from 'react'
import { PhonePanel } from '../components/simulator/PhonePanel'
import { useSimulator } from '../stores/simulator'

const TRIES = ['hi', '2 kg atta and butter', '2', 'yes', 'talk to a person']

/** "Try it as a customer": rehearse the WhatsApp flow on a pretend phone, no phone needed. */
export function SimulatorView() {
  const send = useSimulator((s) => s.send)
  return (
    <section className="view simulator" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">Try it as a customer</h1>
          <p className="view-sub">
            Order as your customers would. Orders and chats made here appear in the Queue and Chats like real
            ones.
          </p>
        </div>
      </header>
      <div className="simulator-body">
        <PhonePanel />
        <div className="simulator-side">
          <Identity />
          <div className="simulator-tries">
            <h2>Things to try</h2>
            <div className="button-row">
              {TRIES.map((t) => (
                <button key={t} type="button" className="btn chip" onClick={() => void send(t)}>
                  “{t}”
                </button>
              ))}
            </div>
            <p className="muted">Open the Queue in another window or tab to watch the order arrive.</p>
          </div>
        </div>
      </div>
    </section>
  )
}

function Identity() {
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
        if (!/^\+?\d{6,15}$/.test(p)) return setError('A phone number is digits, like +919800000001')
        setError(null)
        setPhone(p)
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="sim-phone">Pretend phone number</label>
        <div className="inline-field">
          <input
            id="sim-phone"
            value={draft}
            inputMode="tel"
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" className="btn" disabled={draft === phone}>
            Switch
          </button>
        </div>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : (
          <span className="field-hint">Each number is a separate customer.</span>
        )}
      </div>
      <div className="field">
        <label htmlFor="sim-name">Customer name</label>
        <input id="sim-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      </div>
      <button type="button" className="btn btn-quiet-plain" onClick={clear}>
        Clear the phone screen
      </button>
    </form>
  )
}
