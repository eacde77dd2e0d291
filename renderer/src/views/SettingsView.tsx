// Settings: the shop, its ordering rules, getting paid and the limits, each a form with its own Save. Values
// come from the engine (`settings.get`: every registered key with its current value; `payments.settings.get`:
// payment secrets only as "set, rzp_test_…abcd"), so a key the engine does not register is not shown, and the
// engine's validation message is shown next to the field it is about. Secrets are password fields that are
// never filled back: after saving, only the masked hint is shown.
import { useTranslation } from 'react-i18next'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { CURRENCIES, type Currency } from '../../../shared/money'
import { fromUi, toUi, type FieldDef, type Hours, type UiValue } from '../components/settings/values'
import { PAYMENT_PROVIDERS, type PaymentProvider } from '../../../shared/contract/payments'
import { api, messageOf } from '../api/client'
import { PROVIDER_LABEL } from '../components/payments/PaymentPanel'
import { usePayments, type PaymentSettingsView } from '../stores/payments'
import { useToasts } from '../stores/toasts'

const LANGUAGE_OPTIONS = [
  ['en', 'English'],
  ['hi', 'हिन्दी (Hindi)'],
  ['de', 'Deutsch (German)'],
] as const

const SHOP: FieldDef[] = [
  { key: 'shop.name', label: 'Shop name', kind: 'text', hint: 'Signs every message and the receipts.' },
  {
    key: 'shop.currency',
    label: 'Currency',
    kind: 'select',
    options: CURRENCIES.map((c) => [c, c] as const),
  },
  {
    key: 'shop.language',
    label: 'Language for new customers',
    kind: 'select',
    options: LANGUAGE_OPTIONS,
    hint: 'A customer who writes in another language is answered in theirs.',
  },
  { key: 'shop.timezone', label: 'Time zone', kind: 'text', placeholder: 'Asia/Kolkata' },
  { key: 'shop.hours', label: 'Opening hours', kind: 'hours' },
  {
    key: 'shop.ordersWhenClosed',
    label: 'Take orders while closed (the customer is told when you open)',
    kind: 'bool',
  },
]

const ORDERS: FieldDef[] = [
  { key: 'orders.minimumOrder', label: 'Minimum order', kind: 'money', hint: '0 means no minimum.' },
  {
    key: 'orders.fulfilment',
    label: 'Pickup or delivery',
    kind: 'select',
    options: [
      ['pickup', 'Pickup only'],
      ['delivery', 'Delivery only (the address is asked)'],
      ['ask', 'Ask the customer'],
    ],
  },
  {
    key: 'catalog.outOfStock',
    label: 'Out-of-stock products in the catalog message',
    kind: 'select',
    options: [
      ['mark', 'Show them, marked "out of stock"'],
      ['hide', 'Leave them out'],
    ],
  },
]

const PAYMENTS: FieldDef[] = [
  {
    key: 'payments.providers',
    label: 'Ways to pay',
    kind: 'providers',
    hint: 'In the order they appear in the message.',
  },
  {
    key: 'payments.auto_request',
    label: 'Send the payment message as soon as an order is confirmed',
    kind: 'bool',
  },
  { key: 'payments.upi.vpa', label: 'UPI ID', kind: 'text', placeholder: 'yourshop@okaxis' },
  {
    key: 'payments.upi.payee_name',
    label: 'UPI payee name',
    kind: 'text',
    hint: 'Shown in the customer’s UPI app; empty uses the shop name.',
  },
  { key: 'payments.razorpay.key_id', label: 'Razorpay key id', kind: 'text', placeholder: 'rzp_live_…' },
  { key: 'payments.razorpay.key_secret', label: 'Razorpay key secret', kind: 'secret' },
  { key: 'payments.razorpay.accept_partial', label: 'Razorpay: accept part payments', kind: 'bool' },
  { key: 'payments.stripe.secret_key', label: 'Stripe secret key', kind: 'secret' },
  {
    key: 'payments.stripe.success_url',
    label: 'Stripe: page after paying',
    kind: 'text',
    placeholder: 'https://…',
  },
  {
    key: 'payments.custom.template',
    label: 'Your own payment link',
    kind: 'text',
    placeholder: 'https://paypal.me/yourshop/{amount}{currency}',
    hint: 'Placeholders: {amount}, {amount_minor}, {order}, {currency}.',
  },
  { key: 'payments.custom.label', label: 'Line above your own link', kind: 'text' },
  {
    key: 'payments.reminder_after_minutes',
    label: 'Remind once after (minutes)',
    kind: 'number',
    hint: '0 means never remind.',
  },
]

const PAYMENTS_ADVANCED: FieldDef[] = [
  { key: 'payments.poll_interval_seconds', label: 'Check gateway links every (seconds)', kind: 'number' },
  { key: 'payments.razorpay.expiry_minutes', label: 'Razorpay link valid for (minutes)', kind: 'number' },
  { key: 'payments.stripe.expiry_minutes', label: 'Stripe link valid for (minutes)', kind: 'number' },
  { key: 'payments.razorpay.base_url', label: 'Razorpay API address (testing only)', kind: 'text' },
  { key: 'payments.stripe.base_url', label: 'Stripe API address (testing only)', kind: 'text' },
]

const LIMIT_LABEL: Record<string, string> = {
  'limits.maxMessageChars': 'Characters of a message the bot reads',
  'limits.inboundPerChatPerMinute': 'Messages per customer per minute that get a reply',
  'limits.outboundPerChatPerMinute': 'Replies to one customer per minute',
  'limits.outboundPerMinute': 'Replies to everyone per minute',
  'limits.maxCartLines': 'Products in one order',
  'limits.maxOrderTotal': 'Largest order total',
  'limits.sendAttempts': 'Send attempts before giving up',
  'limits.retryBaseMs': 'First retry after (ms)',
  'limits.retryMaxMs': 'Longest retry wait (ms)',
  'limits.sendTimeoutMs': 'Send timeout (ms)',
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

function setterFor(key: string) {
  return key.startsWith('payments.')
    ? (value: unknown) => api.call('payments.settings.set', { key, value })
    : (value: unknown) => api.call('settings.set', { key, value })
}

export function SettingsView() {
  const { t } = useTranslation()
  const settings = usePayments((s) => s.settings)
  const payments = usePayments((s) => s.payments)
  const error = usePayments((s) => s.settingsError)
  const load = usePayments((s) => s.loadSettings)
  useEffect(() => {
    void load()
  }, [load])

  const known = useMemo(() => new Set(Object.keys(settings ?? {})), [settings])
  const present = (defs: FieldDef[]) =>
    defs.filter((d) => d.kind === 'secret' || known.has(d.key) || (payments && d.key in payments.values))
  const limits: FieldDef[] = [...known]
    .filter((k) => k.startsWith('limits.'))
    .map((key) => ({ key, label: LIMIT_LABEL[key] ?? key.slice('limits.'.length), kind: 'number' as const }))
  // Anything else the engine registered with a plain value, so no setting is out of reach.
  const covered = new Set(
    [...SHOP, ...ORDERS, ...PAYMENTS, ...PAYMENTS_ADVANCED, ...limits].map((d) => d.key),
  )
  const others: FieldDef[] = [...known]
    .filter((k) => !covered.has(k) && ['string', 'number', 'boolean'].includes(typeof settings?.[k]))
    .sort()
    .map((key) => ({
      key,
      label: key,
      kind:
        typeof settings?.[key] === 'boolean'
          ? 'bool'
          : typeof settings?.[key] === 'number'
            ? 'number'
            : 'text',
    }))

  return (
    <section className="view settings" aria-labelledby="view-title">
      <header className="view-header">
        <div>
          <h1 id="view-title">{t('views.settings')}</h1>
          <p className="view-sub">Changes apply at once; customers see them in the next message.</p>
        </div>
      </header>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {!settings || !payments ? (
        !error && <p className="muted">Loading settings…</p>
      ) : (
        <div className="settings-forms">
          <SettingsForm id="shop" title="Shop" fields={present(SHOP)} values={settings} payments={payments} />
          <SettingsForm
            id="orders"
            title="Orders"
            fields={present(ORDERS)}
            values={settings}
            payments={payments}
          />
          <SettingsForm
            id="payments"
            title="Payments"
            fields={present(PAYMENTS)}
            advanced={present(PAYMENTS_ADVANCED)}
            values={{ ...settings, ...payments.values }}
            payments={payments}
          >
            {payments.problems.length > 0 && (
              <ul className="settings-problems" data-testid="payment-problems">
                {payments.problems.map((p) => (
                  <li key={p.provider}>{p.message}</li>
                ))}
              </ul>
            )}
          </SettingsForm>
          {limits.length > 0 && (
            <SettingsForm
              id="limits"
              title="Limits"
              note="Keep one noisy chat from hurting the shop; the defaults suit most shops."
              fields={limits}
              values={settings}
              payments={payments}
              collapsed
            />
          )}
          {others.length > 0 && (
            <SettingsForm
              id="other"
              title="Other"
              fields={others}
              values={settings}
              payments={payments}
              collapsed
            />
          )}
        </div>
      )}
    </section>
  )
}

function SettingsForm(props: {
  id: string
  title: string
  note?: string
  fields: FieldDef[]
  advanced?: FieldDef[]
  values: Record<string, unknown>
  payments: PaymentSettingsView
  collapsed?: boolean
  children?: ReactNode
}) {
  const { fields, advanced = [], values, payments } = props
  const all = [...fields, ...advanced]
  const currency = (values['shop.currency'] ?? 'INR') as Currency
  const stored = (): Record<string, string> =>
    Object.fromEntries(all.map((d) => [d.key, JSON.stringify([currency, values[d.key] ?? null])]))
  const initialDraft = () =>
    Object.fromEntries(all.map((d) => [d.key, toUi(d, values[d.key])])) as Record<string, UiValue>
  // Fresh values from the engine (saved here, in another tab or by the CLI) replace the draft of the fields
  // whose stored value changed; what is being typed elsewhere in the form stays. Compared by content, since
  // every read brings new objects.
  const now = stored()
  const signature = JSON.stringify(now)
  const [base, setBase] = useState<{ signature: string; byKey: Record<string, string> }>(() => ({
    signature,
    byKey: now,
  }))
  const [draft, setDraft] = useState<Record<string, UiValue>>(initialDraft)
  if (base.signature !== signature) {
    const fresh = initialDraft()
    setDraft((d) => {
      const next = { ...d }
      for (const def of all) if (base.byKey[def.key] !== now[def.key]) next[def.key] = fresh[def.key]!
      return next
    })
    setBase({ signature, byKey: now })
  }
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const showToast = useToasts((s) => s.show)

  const changes = () => {
    const out: Array<{ def: FieldDef; value: unknown } | { def: FieldDef; error: string }> = []
    for (const def of all) {
      const ui = draft[def.key]
      if (ui === undefined) continue
      if (def.kind === 'secret') {
        if (String(ui).trim() !== '') out.push({ def, value: String(ui).trim() })
        continue
      }
      const r = fromUi(def, ui, currency)
      if ('error' in r) out.push({ def, error: r.error })
      else if (
        JSON.stringify(r.value) !== JSON.stringify(values[def.key] ?? (def.kind === 'text' ? '' : null))
      )
        out.push({ def, value: r.value })
    }
    return out
  }
  const pending = changes()

  const save = async (extra: Array<{ def: FieldDef; value: unknown }> = []) => {
    const list = [...pending, ...extra]
    const errs: Record<string, string> = {}
    for (const c of list) if ('error' in c) errs[c.def.key] = c.error
    setSaving(true)
    let saved = 0
    for (const c of list) {
      if ('error' in c) continue
      try {
        await setterFor(c.def.key)(c.value)
        saved++
        if (c.def.kind === 'secret') setDraft((d) => ({ ...d, [c.def.key]: '' }))
      } catch (err) {
        // "invalid value for payments.upi.vpa: not a UPI ID …" → the reason only, next to the field.
        errs[c.def.key] = messageOf(err).replace(/^.*?invalid value for [\w.]+: /, '')
      }
    }
    // Re-read before the button comes back, so the form shows what the engine stored (and nothing pending).
    if (saved > 0) await usePayments.getState().loadSettings()
    setSaving(false)
    setErrors(errs)
    if (saved > 0) showToast({ message: `${props.title} settings saved.` })
  }

  const field = (def: FieldDef) => (
    <Field
      key={def.key}
      def={def}
      value={draft[def.key] ?? toUi(def, undefined)}
      error={errors[def.key]}
      secret={payments.secrets[def.key]}
      currency={currency}
      onChange={(v) => setDraft((d) => ({ ...d, [def.key]: v }))}
      onRemoveSecret={() => void save([{ def, value: '' }])}
    />
  )

  const body = (
    <form
      className="settings-form"
      aria-labelledby={`settings-${props.id}`}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      {props.note && <p className="muted">{props.note}</p>}
      {props.children}
      <div className="settings-fields">{fields.map(field)}</div>
      {advanced.length > 0 && (
        <details className="settings-advanced">
          <summary>Advanced</summary>
          <div className="settings-fields">{advanced.map(field)}</div>
        </details>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={saving || pending.length === 0}>
          {saving ? 'Saving…' : `Save ${props.title.toLowerCase()}`}
        </button>
        {pending.length > 0 && !saving && <span className="muted small">Unsaved changes</span>}
      </div>
    </form>
  )

  return props.collapsed ? (
    <details className="panel settings-panel" data-testid={`settings-${props.id}`}>
      <summary>
        <h2 id={`settings-${props.id}`}>{props.title}</h2>
      </summary>
      {body}
    </details>
  ) : (
    <div className="panel settings-panel" data-testid={`settings-${props.id}`}>
      <h2 id={`settings-${props.id}`}>{props.title}</h2>
      {body}
    </div>
  )
}

function Field(props: {
  def: FieldDef
  value: UiValue
  error: string | undefined
  secret: { set: boolean; hint: string | null } | undefined
  currency: Currency
  onChange(v: UiValue): void
  onRemoveSecret(): void
}) {
  const { def, value, error, onChange } = props
  const id = `set-${def.key.replace(/\./g, '-')}`
  const described = [def.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined }
  let input: ReactNode
  switch (def.kind) {
    case 'bool':
      return (
        <div className="field field-check">
          <label>
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              onChange={(e) => onChange(e.target.checked)}
              {...aria}
            />{' '}
            {def.label}
          </label>
          {error && (
            <span className="field-error" id={`${id}-error`}>
              {error}
            </span>
          )}
        </div>
      )
    case 'providers': {
      const on = value as string[]
      input = (
        <div className="settings-checks" role="group" aria-labelledby={`${id}-label`}>
          {PAYMENT_PROVIDERS.map((p: PaymentProvider) => (
            <label key={p} className="check-chip">
              <input
                type="checkbox"
                checked={on.includes(p)}
                onChange={(e) => onChange(e.target.checked ? [...on, p] : on.filter((x) => x !== p))}
              />{' '}
              {PROVIDER_LABEL[p]}
            </label>
          ))}
        </div>
      )
      break
    }
    case 'hours': {
      const h = value as Hours
      const set = (patch: Partial<Hours>) => onChange({ ...h, ...patch })
      input = (
        <div className="settings-hours" role="group" aria-labelledby={`${id}-label`}>
          <label>
            <input type="checkbox" checked={h.always} onChange={(e) => set({ always: e.target.checked })} />{' '}
            Always open
          </label>
          {!h.always && (
            <>
              <label>
                Opens{' '}
                <input type="time" value={h.open} onChange={(e) => set({ open: e.target.value })} required />
              </label>
              <label>
                Closes{' '}
                <input
                  type="time"
                  value={h.close}
                  onChange={(e) => set({ close: e.target.value })}
                  required
                />
              </label>
              <span className="settings-days">
                Closed on:
                {DAYS.map((d, i) => (
                  <label key={d} className="check-chip">
                    <input
                      type="checkbox"
                      checked={h.closedDays.includes(i)}
                      onChange={(e) =>
                        set({
                          closedDays: e.target.checked
                            ? [...h.closedDays, i].sort()
                            : h.closedDays.filter((x) => x !== i),
                        })
                      }
                    />{' '}
                    {d}
                  </label>
                ))}
              </span>
            </>
          )}
        </div>
      )
      break
    }
    case 'select':
      input = (
        <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value)} {...aria}>
          {def.options?.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )
      break
    case 'secret':
      input = (
        <span className="settings-secret">
          <input
            id={id}
            type="password"
            autoComplete="off"
            value={String(value)}
            placeholder={props.secret?.set ? `Saved: ${props.secret.hint ?? '••••'}` : 'Not set'}
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
          {props.secret?.set && (
            <button type="button" className="btn btn-small btn-quiet" onClick={props.onRemoveSecret}>
              Remove
            </button>
          )}
        </span>
      )
      break
    default:
      input = (
        <input
          id={id}
          type="text"
          inputMode={def.kind === 'number' || def.kind === 'money' ? 'decimal' : undefined}
          value={String(value)}
          placeholder={def.placeholder}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      )
  }
  return (
    <div className={`field field-${def.kind}`}>
      <label htmlFor={id} id={`${id}-label`}>
        {def.label}
        {def.kind === 'money' && <span className="muted"> ({props.currency})</span>}
      </label>
      {input}
      {def.kind === 'secret' && props.secret?.set && (
        <span className="field-hint" data-testid={`${id}-hint-saved`}>
          Saved as {props.secret.hint}. Type a new one to replace it.
        </span>
      )}
      {def.hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {def.hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
