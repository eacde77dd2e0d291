// Settings: the shop, its ordering rules, getting paid and the limits, in sections under one Save (and a
// question before leaving with unsaved changes). Values
// come from the engine (`settings.get`: every registered key with its current value; `payments.settings.get`:
// payment secrets only as "set, rzp_test_…abcd"), so a key the engine does not register is not shown, and the
// engine's validation message is shown next to the field it is about. Secrets are password fields that are
// never filled back: after saving, only the masked hint is shown.
import { useTranslation } from 'react-i18next'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { create } from 'zustand'
import { t as tr } from '../i18n'
import { LANGUAGE_NAMES, i18n } from '../i18n'
import { CURRENCIES, formatMoney, type Currency } from '../../../shared/money'
import { formatDateTime, resolveLocale } from '../../../shared/locale'
import { currentFormat } from '../i18n/format'
import { fromUi, toUi, type FieldDef, type Hours, type UiValue } from '../components/settings/values'
import { PAYMENT_PROVIDERS, type PaymentProvider } from '../../../shared/contract/payments'
import { api, messageOf } from '../api/client'
import { engineText } from '../i18n/errors'
import { PROVIDER_LABEL } from '../components/payments/PaymentPanel'
import { usePayments, type PaymentSettingsView } from '../stores/payments'
import { useToasts } from '../stores/toasts'
import { BackupPanel } from '../components/settings/BackupPanel'

// The customers' languages, named as the chat screen names them.
const LANGUAGE_OPTIONS = () =>
  [
    ['en', tr('chats.lang_en')],
    ['hi', tr('chats.lang_hi')],
    ['hi-Deva', tr('chats.lang_hiDeva')],
    ['de', tr('chats.lang_de')],
  ] as const

// Built when shown, so labels follow the screens' language.
const SHOP = (values: Record<string, unknown> | null): FieldDef[] => [
  {
    key: 'ui.language',
    label: tr('settings.uiLanguage'),
    kind: 'select',
    options: [
      ['', tr('settings.uiLanguageSystem')],
      ...(['en', 'hi', 'de'] as const).map((l) => [l, LANGUAGE_NAMES[l]] as const),
    ],
  },
  {
    key: 'ui.theme',
    label: tr('settings.theme'),
    kind: 'select',
    options: [
      ['system', tr('settings.themeSystem')],
      ['light', tr('settings.themeLight')],
      ['dark', tr('settings.themeDark')],
    ],
  },
  { key: 'shop.name', label: tr('settings.shopName'), kind: 'text', hint: tr('settings.shopNameHint') },
  {
    key: 'shop.currency',
    label: tr('settings.currency'),
    kind: 'select',
    options: CURRENCIES.map((c) => [c, c] as const),
  },
  {
    key: 'shop.language',
    label: tr('settings.customerLanguage'),
    kind: 'select',
    options: LANGUAGE_OPTIONS(),
    hint: tr('settings.customerLanguageHint'),
  },
  {
    key: 'shop.locale',
    label: tr('settings.locale'),
    kind: 'select',
    options: localeOptions(values),
    hint: tr('settings.localeHint'),
  },
  { key: 'shop.timezone', label: tr('settings.timezone'), kind: 'text', placeholder: 'Asia/Kolkata' },
  { key: 'shop.hours', label: tr('settings.hours'), kind: 'hours' },
  { key: 'shop.ordersWhenClosed', label: tr('settings.ordersWhenClosed'), kind: 'bool' },
]

/** The formats offered besides Automatic; any other valid one can be set with `counterchat config set shop.locale`. */
const LOCALES = ['en-IN', 'hi-IN', 'de-DE', 'de-AT', 'en-GB', 'en-US'] as const
// A fixed example instant (1 Dec 2026, 23:38 UTC), shown in UTC so every computer shows the same example.
const EXAMPLE_AT = Date.UTC(2026, 11, 1, 23, 38)

/** "Deutsch (Deutschland): 1.234,50 € · 1.12.2026, 23:38": each choice shows what it writes. */
function localeOptions(values: Record<string, unknown> | null): [string, string][] {
  const f = currentFormat()
  const currency = (values?.['shop.currency'] ?? f.currency) as Currency
  const example = (locale: string) =>
    `${formatMoney(123450, currency, locale)} · ${formatDateTime(EXAMPLE_AT, locale, 'UTC')}`
  const names = new Intl.DisplayNames([f.words], { type: 'language' })
  // Automatic: what the engine derives when shop.locale is unset (shared/locale.ts, the same function).
  const auto = resolveLocale({
    language: values?.['shop.language'] as string | undefined,
    country: values?.['shop.country'] as string | undefined,
    currency,
  })
  const current = values?.['shop.locale']
  const offered: string[] = [...LOCALES]
  // One set with `counterchat config set shop.locale fr-FR` is shown too, not silently replaced.
  if (typeof current === 'string' && !offered.includes(current)) offered.push(current)
  return [
    ['', tr('settings.localeAuto', { example: example(auto) })],
    ...offered.map((l) => [l, `${names.of(l) ?? l}: ${example(l)}`] as [string, string]),
  ]
}

const ORDERS = (): FieldDef[] => [
  {
    key: 'orders.minimumOrder',
    label: tr('settings.minimumOrder'),
    kind: 'money',
    hint: tr('settings.minimumOrderHint'),
  },
  {
    key: 'orders.fulfilment',
    label: tr('settings.fulfilment'),
    kind: 'select',
    options: [
      ['pickup', tr('settings.pickup')],
      ['delivery', tr('settings.delivery')],
      ['ask', tr('settings.ask')],
    ],
  },
  {
    key: 'catalog.outOfStock',
    label: tr('settings.outOfStock'),
    kind: 'select',
    options: [
      ['mark', tr('settings.outMark')],
      ['hide', tr('settings.outHide')],
    ],
  },
]

const CHATS = (): FieldDef[] => [
  {
    key: 'chats.quickReplies',
    label: tr('settings.quickReplies'),
    kind: 'quickReplies',
    hint: tr('settings.quickRepliesHint'),
  },
]

const PAYMENTS = (): FieldDef[] => [
  {
    key: 'payments.providers',
    label: tr('settings.providers'),
    kind: 'providers',
    hint: tr('settings.providersHint'),
  },
  { key: 'payments.auto_request', label: tr('settings.autoRequest'), kind: 'bool' },
  { key: 'payments.upi.vpa', label: tr('settings.upiVpa'), kind: 'text', placeholder: 'yourshop@okaxis' },
  {
    key: 'payments.upi.payee_name',
    label: tr('settings.upiPayee'),
    kind: 'text',
    hint: tr('settings.upiPayeeHint'),
  },
  {
    key: 'payments.razorpay.key_id',
    label: tr('settings.rzpKeyId'),
    kind: 'text',
    placeholder: 'rzp_live_…',
  },
  { key: 'payments.razorpay.key_secret', label: tr('settings.rzpSecret'), kind: 'secret' },
  { key: 'payments.razorpay.accept_partial', label: tr('settings.rzpPartial'), kind: 'bool' },
  { key: 'payments.stripe.secret_key', label: tr('settings.stripeSecret'), kind: 'secret' },
  {
    key: 'payments.stripe.success_url',
    label: tr('settings.stripeSuccess'),
    kind: 'text',
    placeholder: 'https://…',
  },
  {
    key: 'payments.custom.template',
    label: tr('settings.customTemplate'),
    kind: 'text',
    placeholder: 'https://paypal.me/yourshop/{amount}{currency}',
    hint: tr('settings.customTemplateHint'),
  },
  { key: 'payments.custom.label', label: tr('settings.customLabel'), kind: 'text' },
  {
    key: 'payments.reminder_after_minutes',
    label: tr('settings.reminder'),
    kind: 'number',
    hint: tr('settings.reminderHint'),
  },
]

const PAYMENTS_ADVANCED = (): FieldDef[] => [
  { key: 'payments.poll_interval_seconds', label: tr('settings.poll'), kind: 'number' },
  { key: 'payments.razorpay.expiry_minutes', label: tr('settings.rzpExpiry'), kind: 'number' },
  { key: 'payments.stripe.expiry_minutes', label: tr('settings.stripeExpiry'), kind: 'number' },
  { key: 'payments.razorpay.base_url', label: tr('settings.rzpBase'), kind: 'text' },
  { key: 'payments.stripe.base_url', label: tr('settings.stripeBase'), kind: 'text' },
]

const RECEIPT = (): FieldDef[] => [
  {
    key: 'receipt.printer',
    label: tr('settings.receiptPrinter'),
    kind: 'text',
    placeholder: tr('settings.receiptPrinterPlaceholder'),
    hint: tr('settings.receiptPrinterHint'),
  },
  {
    key: 'receipt.width',
    label: tr('settings.receiptWidth'),
    kind: 'number',
    hint: tr('settings.receiptWidthHint'),
  },
  { key: 'receipt.address', label: tr('settings.receiptAddress'), kind: 'text' },
  { key: 'receipt.footer', label: tr('settings.receiptFooter'), kind: 'text' },
  { key: 'receipt.autoPrint', label: tr('settings.receiptAutoPrint'), kind: 'bool' },
  { key: 'khata.reminder_every_days', label: tr('settings.khataReminderDays'), kind: 'number' },
]

/** A limit's label (`settings.limit_<name>`); a limit this build has no words for shows its name. */
function limitLabel(key: string): string {
  const name = key.slice('limits.'.length)
  const id = `settings.limit_${name}`
  return i18n.exists(id) ? (tr as unknown as (k: string) => string)(id) : name
}

/** Sunday..Saturday, short, in the screens' language (7 Jan 2024 was a Sunday). */
function dayNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
  return [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(Date.UTC(2024, 0, 7 + i)))
}

/**
 * The one Save: each section registers how many changes it holds and how to save them; the bar at the
 * bottom saves every section, and leaving the screen with changes asks first.
 */
interface Section {
  pending: number
  save(): Promise<number>
}
const useSections = create<{ sections: Record<string, Section> }>(() => ({ sections: {} }))
function pendingTotal(sections: Record<string, Section>): number {
  return Object.values(sections).reduce((n, s) => n + s.pending, 0)
}

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
  const sections = useSections((s) => s.sections)
  const dirty = pendingTotal(sections)
  useLeaveGuard(dirty > 0, t('settings.leave'))
  const present = (defs: FieldDef[]) =>
    defs.filter((d) => d.kind === 'secret' || known.has(d.key) || (payments && d.key in payments.values))
  const limits: FieldDef[] = [...known]
    .filter((k) => k.startsWith('limits.'))
    .map((key) => ({ key, label: limitLabel(key), kind: 'number' as const }))
  const shopDefs = SHOP(settings)
  const orderDefs = ORDERS()
  const chatDefs = CHATS()
  const paymentDefs = PAYMENTS()
  const advancedDefs = PAYMENTS_ADVANCED()
  const receiptDefs = RECEIPT()
  // Anything else the engine registered with a plain value, so no setting is out of reach.
  const covered = new Set(
    [
      ...shopDefs,
      ...orderDefs,
      ...chatDefs,
      ...paymentDefs,
      ...advancedDefs,
      ...receiptDefs,
      ...limits,
      { key: 'setup.done' },
      { key: 'shop.country' },
    ].map((d) => d.key),
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
          <p className="view-sub">{t('settings.sub')}</p>
        </div>
      </header>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {!settings || !payments ? (
        !error && <p className="muted">{t('settings.loading')}</p>
      ) : (
        <div className="settings-forms">
          <SettingsForm
            id="shop"
            title={t('settings.shop')}
            fields={present(shopDefs)}
            values={settings}
            payments={payments}
          />
          <SettingsForm
            id="orders"
            title={t('settings.orders')}
            fields={present(orderDefs)}
            values={settings}
            payments={payments}
          />
          <SettingsForm
            id="chats"
            title={t('settings.chats')}
            fields={present(chatDefs)}
            values={settings}
            payments={payments}
          />
          <SettingsForm
            id="payments"
            title={t('settings.payments')}
            fields={present(paymentDefs)}
            advanced={present(advancedDefs)}
            values={{ ...settings, ...payments.values }}
            payments={payments}
          >
            {payments.problems.length > 0 && (
              <ul className="settings-problems" data-testid="payment-problems">
                {payments.problems.map((p) => (
                  <li key={p.provider}>{engineText('payProblem', p.text, p.message)}</li>
                ))}
              </ul>
            )}
          </SettingsForm>
          <SettingsForm
            id="receipt"
            title={t('settings.receipt')}
            fields={present(receiptDefs)}
            values={settings}
            payments={payments}
          >
            <TestPrint />
          </SettingsForm>
          {limits.length > 0 && (
            <SettingsForm
              id="limits"
              title={t('settings.limits')}
              note={t('settings.limitsNote')}
              fields={limits}
              values={settings}
              payments={payments}
              collapsed
            />
          )}
          <BackupPanel />
          {others.length > 0 && (
            <SettingsForm
              id="other"
              title={t('settings.other')}
              fields={others}
              values={settings}
              payments={payments}
              collapsed
            />
          )}
          <SaveBar />
        </div>
      )}
    </section>
  )
}

function SaveBar() {
  const { t } = useTranslation()
  const sections = useSections((s) => s.sections)
  const showToast = useToasts((s) => s.show)
  const [saving, setSaving] = useState(false)
  const dirty = pendingTotal(sections)
  const saveAll = async () => {
    setSaving(true)
    let saved = 0
    try {
      for (const section of Object.values(useSections.getState().sections)) {
        if (section.pending > 0) saved += await section.save()
      }
    } finally {
      setSaving(false)
    }
    if (saved > 0) showToast({ message: t('settings.saved') })
  }
  return (
    <div className="settings-savebar" data-testid="settings-save">
      <button
        type="button"
        className="btn btn-primary btn-large"
        disabled={saving || dirty === 0}
        onClick={() => void saveAll()}
      >
        {saving ? t('common.saving') : t('settings.save')}
      </button>
      <span className="muted" aria-live="polite">
        {dirty > 0 ? t('settings.unsaved', { count: dirty }) : t('settings.nothingToSave')}
      </span>
    </div>
  )
}

/** Asks before leaving Settings by a link in the app or by closing/reloading the page while changes wait. */
function useLeaveGuard(dirty: boolean, question: string) {
  const state = useRef({ dirty, question })
  useEffect(() => {
    state.current = { dirty, question }
  })
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (!state.current.dirty) return
      const link = (e.target as Element | null)?.closest?.('a[href^="#/"]')
      if (!link || link.getAttribute('href')?.startsWith('#/settings')) return
      if (!window.confirm(state.current.question)) {
        e.preventDefault()
        e.stopPropagation()
      }
    }
    const onUnload = (e: BeforeUnloadEvent) => {
      if (state.current.dirty) e.preventDefault()
    }
    document.addEventListener('click', onClick, true)
    window.addEventListener('beforeunload', onUnload)
    return () => {
      document.removeEventListener('click', onClick, true)
      window.removeEventListener('beforeunload', onUnload)
      useSections.setState({ sections: {} })
    }
  }, [])
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
    // A new UPI ID with UPI switched off would never be offered to customers: switch it on too (unless the
    // shopkeeper unticks the offer under the field).
    const providers = all.find((d) => d.key === 'payments.providers')
    if (upiOffer && providers) {
      const on = (draft['payments.providers'] as string[] | undefined) ?? []
      const rest = out.filter((c) => c.def.key !== 'payments.providers')
      const r = fromUi(providers, ['upi', ...on], currency)
      if ('value' in r) return [...rest, { def: providers, value: r.value }]
    }
    return out
  }
  const vpaDraft = String(draft['payments.upi.vpa'] ?? '').trim()
  const upiOffered =
    all.some((d) => d.key === 'payments.upi.vpa') &&
    vpaDraft !== '' &&
    vpaDraft !== String(values['payments.upi.vpa'] ?? '') &&
    !((draft['payments.providers'] as string[] | undefined) ?? []).includes('upi')
  const [upiWanted, setUpiWanted] = useState(true)
  const upiOffer = upiOffered && upiWanted
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
    return saved
  }
  const register = useRef(save)
  useEffect(() => {
    register.current = save
  })
  const pendingCount = pending.length
  useEffect(() => {
    useSections.setState((st) => ({
      sections: { ...st.sections, [props.id]: { pending: pendingCount, save: () => register.current() } },
    }))
  }, [props.id, pendingCount])

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
    >
      {def.key === 'payments.upi.vpa' && upiOffered && (
        <label className="field-offer" data-testid="upi-offer">
          <input type="checkbox" checked={upiWanted} onChange={(e) => setUpiWanted(e.target.checked)} />{' '}
          {tr('settings.upiOn')}
        </label>
      )}
    </Field>
  )

  const body = (
    <form
      className="settings-form"
      aria-labelledby={`settings-${props.id}`}
      onSubmit={(e) => {
        e.preventDefault()
        document.querySelector<HTMLButtonElement>('[data-testid="settings-save"] button')?.click()
      }}
    >
      {props.note && <p className="muted">{props.note}</p>}
      {props.children}
      <div className="settings-fields">{fields.map(field)}</div>
      {advanced.length > 0 && (
        <details className="settings-advanced">
          <summary>{tr('settings.advanced')}</summary>
          <div className="settings-fields">{advanced.map(field)}</div>
        </details>
      )}
      {/* Enter in a field saves everything, like the Save bar. */}
      <button type="submit" hidden disabled={saving || pending.length === 0} />
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
  children?: ReactNode
}) {
  const { t, i18n } = useTranslation()
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
            {t('settings.alwaysOpen')}
          </label>
          {!h.always && (
            <>
              <label>
                {t('settings.opens')}{' '}
                <input type="time" value={h.open} onChange={(e) => set({ open: e.target.value })} required />
              </label>
              <label>
                {t('settings.closes')}{' '}
                <input
                  type="time"
                  value={h.close}
                  onChange={(e) => set({ close: e.target.value })}
                  required
                />
              </label>
              <span className="settings-days">
                {t('settings.closedOn')}
                {dayNames(i18n.language).map((d, i) => (
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
            placeholder={
              props.secret?.set
                ? t('settings.savedSecret', { hint: props.secret.hint ?? '••••' })
                : t('settings.notSet')
            }
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
          {props.secret?.set && (
            <button type="button" className="btn btn-small btn-quiet" onClick={props.onRemoveSecret}>
              {t('settings.remove')}
            </button>
          )}
        </span>
      )
      break
    case 'quickReplies':
      input = (
        <textarea
          id={id}
          rows={5}
          value={String(value)}
          placeholder="thanks: Thank you!"
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
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
          {t('settings.savedAs', { hint: props.secret.hint })}
        </span>
      )}
      {props.children}
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

/** Sends a short receipt to the saved printer, so the shop knows the address and the paper are right. */
function TestPrint() {
  const { t } = useTranslation()
  const [note, setNote] = useState<string | null>(null)
  return (
    <div className="button-row">
      <button
        type="button"
        className="btn"
        onClick={() =>
          api.call('receipts.testPrint', {}).then(
            (r) =>
              setNote(r.printed ? t('settings.testPrinted') : t('dayClose.notPrinted', { error: r.error })),
            (err: unknown) => setNote(messageOf(err)),
          )
        }
      >
        {t('settings.testPrint')}
      </button>
      {note && (
        <span role="status" data-testid="test-print-result">
          {note}
        </span>
      )}
    </div>
  )
}
