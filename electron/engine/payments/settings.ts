// The payment settings: their keys (what `counterchat config set KEY VALUE` and the Settings screen write),
// schemas and defaults, declared for the engine's settings (settings/all.ts), plus the typed view the service uses.
// Secret keys are not settings rows: they are sealed by a SecretBox and kept in the payment_secrets table.
import { z } from 'zod'
import { keyedRule } from '../../../shared/contract/texts'
import type { KeyedText, PayProblemKey } from '../../../shared/contract/texts'
import type { SettingDefs } from '../settings/settings'
import {
  PAYMENT_PROVIDERS,
  PAYMENT_SECRET_KEYS,
  type PaymentSecretKey,
} from '../../../shared/contract/payments'
import { isValidVpa } from './providers/upi'
import { CustomLinkError, validateCustomTemplate } from './providers/custom'
import type { ProviderId } from './types'

/** One of the contract's PAYMENT_SECRET_KEYS: sealed at rest, never logged, never sent back to the renderer. */
export function isSecretSettingKey(key: string): key is PaymentSecretKey {
  return (PAYMENT_SECRET_KEYS as readonly string[]).includes(key)
}

const bool = z.preprocess((v) => {
  if (typeof v !== 'string') return v
  const s = v.trim().toLowerCase()
  if (['true', 'yes', 'on', '1'].includes(s)) return true
  if (['false', 'no', 'off', '0'].includes(s)) return false
  return v
}, z.boolean())

const int = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z.number().int().min(min).max(max),
  )

/** "upi,razorpay" from the command line, or an array from the UI. Order is the order they appear in messages. */
const providers = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean)
      : v,
  z
    .array(z.enum(PAYMENT_PROVIDERS))
    .refine(
      (list) => new Set(list).size === list.length,
      keyedRule('zod_providerTwice', 'a provider is listed twice'),
    ),
)

const vpa = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || isValidVpa(v),
    keyedRule('zod_upiVpa', 'not a UPI ID (it should look like name@bank)'),
  )

const template = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') return
    try {
      validateCustomTemplate(v)
    } catch (err) {
      ctx.addIssue({
        code: 'custom',
        ...keyedRule('zod_customTemplate', err instanceof CustomLinkError ? err.message : 'invalid template'),
      })
    }
  })

/** The providers' own API hosts. The secret key travels with every call, so it may go nowhere else. */
const PROVIDER_API_HOSTS = ['api.razorpay.com', 'api.stripe.com']

/** Empty = the provider's own API; else its API host over https, or this machine (local test doubles). */
const baseUrl = z
  .string()
  .trim()
  .refine(
    (v) => {
      if (v === '') return true
      try {
        const u = new URL(v)
        const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)
        return (
          (u.protocol === 'https:' && (PROVIDER_API_HOSTS.includes(u.hostname) || loopback)) ||
          (u.protocol === 'http:' && loopback)
        )
      } catch {
        return false
      }
    },
    keyedRule('zod_apiAddress', "must be the provider's https API address or this computer (127.0.0.1)"),
  )

const optionalUrl = z
  .string()
  .trim()
  .refine((v) => v === '' || /^https?:\/\//.test(v), 'must start with https://')

export const PAYMENT_SETTINGS = {
  'payments.providers': { schema: providers, default: ['cash'] },
  'payments.auto_request': { schema: bool, default: true },
  'payments.upi.vpa': { schema: vpa, default: '' },
  'payments.upi.payee_name': { schema: z.string().trim().max(50), default: '' },
  'payments.razorpay.key_id': { schema: z.string().trim().max(100), default: '' },
  'payments.razorpay.accept_partial': { schema: bool, default: false },
  'payments.razorpay.expiry_minutes': { schema: int(16, 60 * 24 * 180), default: 60 * 24 },
  'payments.razorpay.base_url': { schema: baseUrl, default: '' },
  'payments.stripe.success_url': { schema: optionalUrl, default: '' },
  'payments.stripe.expiry_minutes': { schema: int(31, 60 * 24), default: 60 * 24 },
  'payments.stripe.base_url': { schema: baseUrl, default: '' },
  'payments.custom.template': { schema: template, default: '' },
  'payments.custom.label': { schema: z.string().trim().min(1).max(60), default: 'Pay online' },
  'payments.reminder_after_minutes': { schema: int(0, 60 * 24 * 7), default: 60 },
  'payments.poll_interval_seconds': { schema: int(5, 3600), default: 20 },
} satisfies SettingDefs

export type PaymentSettingKey = keyof typeof PAYMENT_SETTINGS

/** Everything the payment service needs, secrets opened. Built per use; never sent to the renderer. */
export interface PaymentSettings {
  shopName: string
  providers: ProviderId[]
  /** Send the payment message on confirmation without a click. */
  autoRequest: boolean
  upi: { vpa: string; payeeName: string }
  razorpay: {
    keyId: string
    keySecret: string
    acceptPartial: boolean
    expiryMinutes: number
    baseUrl: string
  }
  stripe: { secretKey: string; successUrl: string; expiryMinutes: number; baseUrl: string }
  custom: { template: string; label: string }
  /** 0 = never remind. */
  reminderAfterMinutes: number
  pollIntervalSeconds: number
}

/** What `readPaymentSettings` reads secrets from (the SQLite store implements it). */
export interface SecretReader {
  getSecret(key: PaymentSecretKey): string | null
}

/**
 * Builds the typed settings from the engine's settings (`get` = `settings.get`) and the secret store.
 * Values that do not fit their schema fall back to the default, like the engine's Settings.get does.
 */
export function readPaymentSettings(
  get: (key: PaymentSettingKey | 'shop.name') => unknown,
  secrets: SecretReader,
): PaymentSettings {
  const read = <K extends PaymentSettingKey>(key: K): z.output<(typeof PAYMENT_SETTINGS)[K]['schema']> => {
    const def = PAYMENT_SETTINGS[key]
    const parsed = def.schema.safeParse(get(key) ?? def.default)
    return (parsed.success ? parsed.data : def.default) as z.output<(typeof PAYMENT_SETTINGS)[K]['schema']>
  }
  const name = get('shop.name')
  const shopName = typeof name === 'string' ? name : 'My Shop'
  return {
    shopName,
    providers: read('payments.providers'),
    autoRequest: read('payments.auto_request'),
    upi: { vpa: read('payments.upi.vpa'), payeeName: read('payments.upi.payee_name') || shopName },
    razorpay: {
      keyId: read('payments.razorpay.key_id'),
      keySecret: secrets.getSecret('payments.razorpay.key_secret') ?? '',
      acceptPartial: read('payments.razorpay.accept_partial'),
      expiryMinutes: read('payments.razorpay.expiry_minutes'),
      baseUrl: read('payments.razorpay.base_url'),
    },
    stripe: {
      secretKey: secrets.getSecret('payments.stripe.secret_key') ?? '',
      successUrl: read('payments.stripe.success_url'),
      expiryMinutes: read('payments.stripe.expiry_minutes'),
      baseUrl: read('payments.stripe.base_url'),
    },
    custom: { template: read('payments.custom.template'), label: read('payments.custom.label') },
    reminderAfterMinutes: read('payments.reminder_after_minutes'),
    pollIntervalSeconds: read('payments.poll_interval_seconds'),
  }
}

/** Defaults plus overrides: for tests and for the engine before anything is configured. */
export function paymentSettings(overrides: Partial<PaymentSettings> = {}): PaymentSettings {
  const base = readPaymentSettings(() => undefined, { getSecret: () => null })
  return { ...base, ...overrides }
}

/** A payment problem in English (CLI, log) and keyed for the screens (`payProblem.<key>`). */
export interface PayProblem {
  message: string
  text: KeyedText<PayProblemKey>
}

/** Why a provider that is switched on cannot be used yet, in plain words; null when it is ready. */
export function providerProblem(provider: ProviderId, s: PaymentSettings): string | null {
  return providerProblemOf(provider, s)?.message ?? null
}

export function providerProblemOf(provider: ProviderId, s: PaymentSettings): PayProblem | null {
  const p = (key: PayProblemKey, message: string): PayProblem => ({ message, text: { key } })
  switch (provider) {
    case 'upi':
      return s.upi.vpa ? null : p('upiNoVpa', 'UPI is on but no UPI ID is set (payments.upi.vpa).')
    case 'razorpay':
      if (!s.razorpay.keyId)
        return p('razorpayNoKeyId', 'Razorpay is on but the key id is not set (payments.razorpay.key_id).')
      return s.razorpay.keySecret
        ? null
        : p(
            'razorpayNoSecret',
            'Razorpay is on but the key secret is not set (payments.razorpay.key_secret).',
          )
    case 'stripe':
      return s.stripe.secretKey
        ? null
        : p('stripeNoKey', 'Stripe is on but the secret key is not set (payments.stripe.secret_key).')
    case 'custom':
      return s.custom.template
        ? null
        : p(
            'customNoTemplate',
            'The custom payment link is on but has no template (payments.custom.template).',
          )
    case 'cash':
      return null
  }
}
