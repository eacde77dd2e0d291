// Getting paid, as the UI sees it: the unpaid list (Today screen), the open order's payment request and links
// (order detail), and the settings screen's values (shop, orders, limits, payments with secrets only as hints).
// Live through payments.changed / orders.changed / settings.changed; a payments.problem becomes a toast.
import { create } from 'zustand'
import type { Result } from '../../../shared/contract'
import type { PaymentRequestView } from '../../../shared/contract/payments'
import { api, messageOf } from '../api/client'
import { onReconnect } from './connection'
import { useToasts } from './toasts'
import { t } from '../i18n'
import { engineText } from '../i18n/errors'

export type PaymentStatus = Result<'payments.status'>
export type PaymentSettingsView = Result<'payments.settings.get'>

interface PaymentsStore {
  unpaid: PaymentRequestView[] | null
  unpaidError: string | null
  /** The payment request and links of orders shown in a detail view, by order number. */
  status: Record<number, PaymentStatus>
  /** Every non-secret setting (settings.get) and the payments view (secrets as hints); null until asked for. */
  settings: Record<string, unknown> | null
  payments: PaymentSettingsView | null
  settingsError: string | null

  loadUnpaid(): void
  loadStatus(number: number): void
  forgetStatus(number: number): void
  loadSettings(): Promise<void>
}

let unpaidGen = 0
let settingsGen = 0

export const usePayments = create<PaymentsStore>((set) => ({
  unpaid: null,
  unpaidError: null,
  status: {},
  settings: null,
  payments: null,
  settingsError: null,

  loadUnpaid() {
    const gen = ++unpaidGen
    api.call('payments.unpaid', {}).then(
      ({ items }) => {
        if (gen === unpaidGen) set({ unpaid: items, unpaidError: null })
      },
      (err: unknown) => {
        if (gen === unpaidGen) set({ unpaidError: messageOf(err) })
      },
    )
  },
  loadStatus(number) {
    api.call('payments.status', { number }).then(
      (st) => set((s) => ({ status: { ...s.status, [number]: st } })),
      () => {
        // The order detail shows its own error; the panel just stays without links.
      },
    )
  },
  forgetStatus(number) {
    set((s) => {
      const status = { ...s.status }
      delete status[number]
      return { status }
    })
  },
  async loadSettings() {
    const gen = ++settingsGen
    try {
      const [settings, payments] = await Promise.all([
        api.call('settings.get', {}),
        api.call('payments.settings.get', {}),
      ])
      if (gen === settingsGen) set({ settings, payments, settingsError: null })
    } catch (err) {
      if (gen === settingsGen) set({ settingsError: messageOf(err) })
    }
  },
}))

let started = false
let unpaidTimer: ReturnType<typeof setTimeout> | undefined

/** A burst of payment changes (a poll settling several orders) becomes one re-read. */
function scheduleUnpaid() {
  if (unpaidTimer) return
  unpaidTimer = setTimeout(() => {
    unpaidTimer = undefined
    usePayments.getState().loadUnpaid()
  }, 100)
}

export function startPaymentsStore(): void {
  if (started) return
  started = true
  const s = () => usePayments.getState()
  s().loadUnpaid()
  api.on('payments.changed', ({ number }) => {
    scheduleUnpaid()
    if (number in s().status) s().loadStatus(number)
  })
  api.on('orders.changed', ({ number, reason }) => {
    if (reason === 'payment' || reason === 'status' || reason === 'edit') scheduleUnpaid()
    if (number in s().status) s().loadStatus(number)
  })
  api.on('payments.problem', (p) => {
    const message = engineText('payProblem', p.text, p.message)
    const shown =
      p.number !== null ? t('pay.problemOrder', { number: p.number, message }) : t('pay.problem', { message })
    useToasts.getState().show({ message: shown, tone: 'error' }, 12_000)
  })
  api.on('settings.changed', () => {
    if (s().settings) void s().loadSettings()
    scheduleUnpaid()
  })
  // Another process wrote to the database (e.g. `counterchat config set` beside the running host).
  api.on('catalog.changed', ({ reason }) => {
    if (reason !== 'external') return
    scheduleUnpaid()
    for (const n of Object.keys(s().status)) s().loadStatus(Number(n))
    if (s().settings) void s().loadSettings()
  })
  onReconnect(() => {
    s().loadUnpaid()
    for (const n of Object.keys(s().status)) s().loadStatus(Number(n))
    if (s().settings) void s().loadSettings()
  })
}
