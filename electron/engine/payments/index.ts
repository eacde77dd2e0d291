// The payments area's front door for the engine: `createPayments(...)` wires the secret box, the SQLite
// store, the settings view and the PaymentDesk together. Everything else in this folder is reachable from here.
import { randomBytes } from 'node:crypto'
import type { DB } from '../db/connection'
import { registerSettings } from '../settings'
import { PaymentDesk, startPaymentPoller, type PaymentEvent } from './controller'
import type { RetryOptions } from './http'
import { createSecretBox, FileKeySecretBox, type ExternalEncryptor, type SecretBox } from './secrets'
import { PaymentService } from './service'
import {
  isSecretSettingKey,
  PAYMENT_SETTINGS,
  readPaymentSettings,
  type PaymentSettings,
  type SecretReader,
  type SecretSettingKey,
} from './settings'
import { SqlitePaymentSecrets, SqlitePaymentStore } from './store'
import type { ProviderId } from './types'

export * from './types'
export { PaymentError, type PaymentErrorKind } from './errors'
export { PaymentDesk, startPaymentPoller, type PaymentEvent, type RequestPaymentResult } from './controller'
export {
  PaymentService,
  reminderDue,
  type PaymentRequestResult,
  type ProviderFailure,
  type PaymentImage,
} from './service'
export { buildUpiLink, parseUpiLink, upiQrPng, upiQrSvg, isValidVpa } from './upi'
export { renderCustomLink, validateCustomTemplate } from './custom'
export { createSecretBox, maskSecret, type ExternalEncryptor, type SecretBox } from './secrets'
export {
  PAYMENT_SETTINGS,
  SECRET_SETTING_KEYS,
  isSecretSettingKey,
  readPaymentSettings,
  type PaymentSettings,
} from './settings'
export { SqlitePaymentStore, SqlitePaymentSecrets, MemoryPaymentStore, type PaymentStore } from './store'

export interface PaymentsOptions {
  db: DB
  /** The data folder (holds secret.key for the headless host); null for an in-memory engine. */
  dataDir: string | null
  now: () => number
  /** The engine's settings reader (`settings.get`). */
  getSetting: (key: string) => unknown
  /** Electron safeStorage, passed in by the desktop main process. */
  external?: ExternalEncryptor | null
  /** Every payment event as it happens: emit to the UI, queue customer texts (receipt/message). */
  onEvent?: (event: PaymentEvent) => void
  /** Problems worth a log line (never contains secrets). */
  warn?: (msg: string, fields?: Record<string, unknown>) => void
  retry?: RetryOptions
}

export interface Payments {
  readonly desk: PaymentDesk
  readonly secrets: SqlitePaymentSecrets
  /** Current settings with secrets opened: for the engine only, never for the renderer. */
  settings(): PaymentSettings
  /**
   * For `config set` and the Settings screen: secret keys are sealed into payment_secrets and answer with a
   * masked hint; other payments.* keys go to the engine's settings through `setPlain`.
   */
  setSetting(
    key: string,
    value: string,
    setPlain: (key: string, value: unknown) => unknown,
  ): { key: string; value: unknown }
  /** What the renderer may see about secrets: set or not, masked. */
  secretHints(): Record<SecretSettingKey, string | null>
  /** Starts polling open gateway links every payments.poll_interval_seconds. */
  startPolling(): { stop(): void }
  /** Links the CLI prints: `counterchat paylink --order N [--provider upi]`. */
  paylinkText(
    order: Parameters<PaymentDesk['requestPayment']>[0],
    provider?: ProviderId,
  ): Promise<{ ok: boolean; text: string; errors: string[] }>
}

let registered = false

/** Registers the payments.* keys with the engine's settings (idempotent; createPayments calls it). */
export function registerPaymentSettings(): void {
  if (registered) return
  registerSettings(PAYMENT_SETTINGS)
  registered = true
}

export function createPayments(opts: PaymentsOptions): Payments {
  registerPaymentSettings()
  // An in-memory engine (tests) gets a throwaway key: secrets live only as long as the process.
  const box: SecretBox = opts.dataDir
    ? createSecretBox({ dataDir: opts.dataDir, external: opts.external })
    : new FileKeySecretBox(randomBytes(32))
  const secrets = new SqlitePaymentSecrets(opts.db, box, opts.now)
  // A secret that cannot be opened (key file replaced, keychain reset) reads as "not set": the provider is then
  // reported as not configured instead of an exception reaching the order flow.
  const safeSecrets: SecretReader = {
    getSecret: (key) => {
      try {
        return secrets.getSecret(key)
      } catch (err) {
        opts.warn?.('payment secret could not be opened', { setting: key, reason: (err as Error).message })
        return null
      }
    },
  }
  const settings = () => readPaymentSettings(opts.getSetting, safeSecrets)
  const service = new PaymentService({ now: opts.now, retry: opts.retry })
  const desk = new PaymentDesk({
    store: new SqlitePaymentStore(opts.db),
    settings,
    service,
    now: opts.now,
    onEvent: opts.onEvent,
  })

  return {
    desk,
    secrets,
    settings,
    setSetting(key, value, setPlain) {
      if (isSecretSettingKey(key)) return { key, value: secrets.setSecret(key, value).hint }
      return { key, value: setPlain(key, value) }
    },
    secretHints: () => secrets.hints(),
    startPolling() {
      return startPaymentPoller(desk, {
        intervalMs: () => settings().pollIntervalSeconds * 1000,
        onError: (err) => opts.warn?.('payment polling failed', { reason: (err as Error).message }),
      })
    },
    async paylinkText(order, provider) {
      const res = await desk.requestPayment(order, provider ? { provider } : {})
      const urls = res.allLinks
        .filter((l) => l.url && (l.status === 'created' || l.status === 'partially_paid'))
        .filter((l) => !provider || l.provider === provider)
        .map((l) => l.url as string)
      const cashOnly =
        urls.length === 0 && (provider === 'cash' || (!provider && settings().providers.includes('cash')))
      return {
        ok: urls.length > 0 || cashOnly,
        text:
          urls.length > 0 ? urls.join('\n') : cashOnly ? 'cash on delivery / at the counter (no link)' : '',
        errors: res.failures.map((f) => `${f.provider}: ${f.message}`),
      }
    },
  }
}
