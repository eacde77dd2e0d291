// First start as a short setup: language, shop name and country (which set currency, time zone and language
// defaults), time zone, ways to pay, then products (sample shop or import) and a "what next" card.
// Each step saves when the shopkeeper moves on, so a reload mid-way keeps what was answered.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'
import { api, messageOf } from '../../api/client'
import { applyLanguage, LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../i18n'
import { useApp } from '../../stores/app'
import { useCatalog } from '../../stores/catalog'
import { COUNTRIES, guessCountry, isCountry, languageFor, searchTimeZones, type CountryCode } from './countries'
import { useFormat } from '../../i18n/format'

/** Kept outside the screen so the setup stays on while the sample shop loads (the catalog stops being empty). */
const useSetupStore = create<{ active: boolean }>(() => ({ active: false }))
export const useSetupActive = (): boolean => useSetupStore((s) => s.active)

const STEPS = 5

export function Setup() {
  const { t, i18n } = useTranslation()
  const fmt = useFormat()
  const info = useApp((s) => s.info)
  const [step, setStep] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const browser = typeof navigator !== 'undefined' ? [...(navigator.languages ?? [navigator.language])] : []
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en')
  const [languageTouched, setLanguageTouched] = useState(info?.ui.language != null)
  const [name, setName] = useState(info?.shop.name && info.shop.name !== 'My Shop' ? info.shop.name : '')
  const [country, setCountry] = useState<CountryCode>(
    isCountry(info?.shop.country) ? info.shop.country : guessCountry(browser),
  )
  const [timezone, setTimezone] = useState<string>(COUNTRIES[country].timezone)
  const [cash, setCash] = useState(true)
  const [upi, setUpi] = useState(false)
  const [vpa, setVpa] = useState('')
  const [loaded, setLoaded] = useState<number | null>(null)

  useEffect(() => {
    useSetupStore.setState({ active: true })
  }, [])

  const chooseLanguage = (lang: Language) => {
    setLanguage(lang)
    setLanguageTouched(true)
    applyLanguage(lang)
  }
  const chooseCountry = (code: CountryCode) => {
    setCountry(code)
    setTimezone(COUNTRIES[code].timezone)
    if (!COUNTRIES[code].upi) setUpi(false)
    if (!languageTouched) {
      const lang = languageFor(code, language)
      setLanguage(lang)
      applyLanguage(lang)
    }
  }

  /** Runs one step's saving, then moves on; an engine refusal stays on the step with its message. */
  const run = async (save: () => Promise<unknown>, next = step + 1) => {
    setBusy(true)
    setError(null)
    try {
      await save()
      setStep(next)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  const set = (key: string, value: unknown) => api.call('settings.set', { key, value })

  const finish = async (hash: string) => {
    await set('setup.done', true).catch(() => undefined)
    useSetupStore.setState({ active: false })
    window.location.hash = hash
  }

  let body: ReactNode
  if (step === 0) {
    body = (
      <form
        className="setup-step"
        onSubmit={(e) => {
          e.preventDefault()
          if (!name.trim()) return setError(t('setup.shopNameMissing'))
          const c = COUNTRIES[country]
          void run(async () => {
            await set('ui.language', language)
            await set('shop.name', name.trim())
            await set('shop.country', country)
            await set('shop.currency', c.currency)
            await set('shop.language', c.replyLanguage)
          })
        }}
      >
        <h2>{t('setup.shopTitle')}</h2>
        <Field label={t('setup.language')}>
          {(id) => (
            <select id={id} value={language} onChange={(e) => isLanguage(e.target.value) && chooseLanguage(e.target.value)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.shopName')} hint={t('setup.shopNameHint')}>
          {(id) => <input id={id} value={name} maxLength={100} autoFocus onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('setup.country')} hint={t('setup.countryHint')}>
          {(id) => (
            <select id={id} value={country} onChange={(e) => isCountry(e.target.value) && chooseCountry(e.target.value)}>
              {(Object.keys(COUNTRIES) as CountryCode[]).map((code) => (
                <option key={code} value={code}>
                  {t(`countries.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="setup-note" data-testid="setup-currency">
          {t('setup.currency', { currency: COUNTRIES[country].currency })}
        </p>
        <StepButtons busy={busy} />
      </form>
    )
  } else if (step === 1) {
    body = (
      <form
        className="setup-step"
        onSubmit={(e) => {
          e.preventDefault()
          void run(() => set('shop.timezone', timezone))
        }}
      >
        <h2>{t('setup.timeTitle')}</h2>
        <p>{t('setup.timeHint')}</p>
        <TimeZonePicker value={timezone} onChange={setTimezone} />
        <StepButtons busy={busy} onBack={() => setStep(0)} />
      </form>
    )
  } else if (step === 2) {
    const upiPossible = COUNTRIES[country].upi
    body = (
      <form
        className="setup-step"
        onSubmit={(e) => {
          e.preventDefault()
          if (!cash && !upi) return setError(t('setup.payNone'))
          if (upi && !vpa.trim()) return setError(t('setup.upiMissing'))
          void run(async () => {
            if (upi) await api.call('payments.settings.set', { key: 'payments.upi.vpa', value: vpa.trim() })
            const providers = [...(upi ? ['upi'] : []), ...(cash ? ['cash'] : [])]
            await api.call('payments.settings.set', { key: 'payments.providers', value: providers })
          })
        }}
      >
        <h2>{t('setup.payTitle')}</h2>
        <p>{t('setup.payHint')}</p>
        <label className="check">
          <input type="checkbox" checked={cash} onChange={(e) => setCash(e.target.checked)} />
          {t('setup.payCash')}
        </label>
        {upiPossible && (
          <>
            <label className="check">
              <input type="checkbox" checked={upi} onChange={(e) => setUpi(e.target.checked)} />
              {t('setup.payUpi')}
            </label>
            {upi && (
              <Field label={t('setup.upiId')}>
                {(id) => (
                  <input
                    id={id}
                    value={vpa}
                    placeholder={t('setup.upiIdPlaceholder')}
                    autoComplete="off"
                    onChange={(e) => setVpa(e.target.value)}
                  />
                )}
              </Field>
            )}
          </>
        )}
        <StepButtons busy={busy} onBack={() => setStep(1)} />
      </form>
    )
  } else if (step === 3) {
    body = (
      <div className="setup-step">
        <h2>{t('setup.productsTitle')}</h2>
        <p>{t('setup.productsText')}</p>
        {loaded === null ? (
          <div className="button-row">
            <button
              type="button"
              className="btn btn-primary btn-large"
              disabled={busy}
              onClick={() => {
                setBusy(true)
                setError(null)
                useCatalog
                  .getState()
                  .loadSample()
                  .then((r) => setLoaded(r.inserted + r.updated))
                  .catch((err: unknown) => setError(messageOf(err)))
                  .finally(() => setBusy(false))
              }}
            >
              {busy ? t('common.loading') : t('setup.sample')}
            </button>
            <button type="button" className="btn btn-large" onClick={() => void finish('#/catalog')}>
              {t('setup.import')}
            </button>
            <button type="button" className="btn btn-quiet btn-large" onClick={() => setStep(4)}>
              {t('setup.skipProducts')}
            </button>
          </div>
        ) : (
          <>
            <p className="setup-done" role="status" data-testid="setup-loaded">
              ✓ {t('firstStart.loaded', { count: loaded, n: fmt.number(loaded) })}
            </p>
            <div className="button-row">
              <button type="button" className="btn btn-primary btn-large" autoFocus onClick={() => setStep(4)}>
                {t('common.next')}
              </button>
            </div>
          </>
        )}
      </div>
    )
  } else {
    body = (
      <div className="setup-step" data-testid="setup-next">
        <h2>{t('setup.nextTitle')}</h2>
        <p>{t('setup.nextText')}</p>
        <div className="setup-cards">
          <a className="setup-card" href="#/try" onClick={(e) => (e.preventDefault(), void finish('#/try'))}>
            <strong>{t('setup.tryTitle')}</strong>
            <span>{t('setup.tryText')}</span>
          </a>
          <a className="setup-card" href="#/link" onClick={(e) => (e.preventDefault(), void finish('#/link'))}>
            <strong>{t('setup.linkTitle')}</strong>
            <span>{t('setup.linkText')}</span>
          </a>
        </div>
        <div className="button-row">
          <button type="button" className="btn btn-primary btn-large" onClick={() => void finish('#/queue')}>
            {t('setup.toQueue')}
          </button>
        </div>
      </div>
    )
  }

  return (
    <section className="view setup" aria-labelledby="view-title" data-testid="setup" data-step={step}>
      <header className="view-header">
        <div>
          <h1 id="view-title">{t('setup.title')}</h1>
          <p className="view-sub">{t('setup.stepOf', { step: step + 1, total: STEPS })}</p>
        </div>
      </header>
      {body}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  )
}

function StepButtons({ busy, onBack }: { busy: boolean; onBack?: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="button-row">
      {onBack && (
        <button type="button" className="btn btn-large" onClick={onBack}>
          {t('common.back')}
        </button>
      )}
      <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
        {busy ? t('common.saving') : t('common.next')}
      </button>
    </div>
  )
}

/** A searchable list of every time zone the browser knows, the current time there beside the choice. */
function TimeZonePicker({ value, onChange }: { value: string; onChange: (tz: string) => void }) {
  const { t, i18n } = useTranslation()
  const [query, setQuery] = useState('')
  const all = useMemo(() => Intl.supportedValuesOf('timeZone'), [])
  const matches = useMemo(() => searchTimeZones(all, query), [all, query])
  const listId = useId()
  const now = new Intl.DateTimeFormat(i18n.language, { timeZone: value, hour: '2-digit', minute: '2-digit' }).format()
  return (
    <div className="tz-picker">
      <label htmlFor={`${listId}-q`}>{t('setup.timeSearch')}</label>
      <input
        id={`${listId}-q`}
        type="search"
        value={query}
        placeholder={t('setup.timeSearchPlaceholder')}
        onChange={(e) => {
          setQuery(e.target.value)
          const first = searchTimeZones(all, e.target.value)[0]
          if (first && e.target.value.trim()) onChange(first)
        }}
      />
      {matches.length === 0 ? (
        <p className="field-hint">{t('setup.timeNone', { query })}</p>
      ) : (
        <select
          id={listId}
          aria-label={t('setup.timeTitle')}
          size={8}
          value={matches.includes(value) ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        >
          {matches.map((tz) => (
            <option key={tz} value={tz}>
              {zoneLabel(tz, i18n.language)}
            </option>
          ))}
        </select>
      )}
      <p className="setup-note" data-testid="tz-now">
        <strong>{zoneLabel(value, i18n.language)}</strong> · {t('setup.timeNow', { time: now })}
      </p>
    </div>
  )
}

/** "Europe/Berlin · Mitteleuropäische Zeit": the IANA name to search by, and the zone's name in the language. */
function zoneLabel(tz: string, language: string): string {
  const id = tz.replace(/_/g, ' ')
  try {
    const part = new Intl.DateTimeFormat(language, { timeZone: tz, timeZoneName: 'longGeneric' })
      .formatToParts(0)
      .find((p) => p.type === 'timeZoneName')?.value
    return part && !part.startsWith('GMT') ? `${id} · ${part}` : id
  } catch {
    return id
  }
}
