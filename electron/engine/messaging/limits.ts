// Limits that keep one noisy or hostile chat from hurting the shop: flood control on the way in, rate limits
// on the way out (WhatsApp bans numbers that send in bursts), and caps on what a single order can hold.
// Each is a setting the shopkeeper can change; createEngine({ limits }) overrides them for tests and tools.
import { z } from 'zod'
import type { SettingDefs, SettingsReader } from '../settings/settings'

export interface Limits {
  /** Characters of one message the bot reads; the rest is ignored (WhatsApp allows 65,536). */
  maxMessageChars: number
  /** Messages from one chat per minute that get a reply; beyond it they are kept but not answered. */
  inboundPerChatPerMinute: number
  /** Replies to one chat per minute. */
  outboundPerChatPerMinute: number
  /** Replies to everyone per minute: bursts are what gets a WhatsApp number banned. */
  outboundPerMinute: number
  /** Distinct products in one cart. */
  maxCartLines: number
  /** Largest order total in minor units (₹1,00,000 / €1,000 by default). */
  maxOrderTotal: number
  /** Send attempts before an outbound message is given up and the chat flagged. */
  sendAttempts: number
  /** First retry delay; doubles per attempt up to retryMaxMs. */
  retryBaseMs: number
  retryMaxMs: number
  /** A send that takes longer is treated as "maybe sent" and reconciled, never blindly repeated. */
  sendTimeoutMs: number
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageChars: 4000,
  inboundPerChatPerMinute: 30,
  outboundPerChatPerMinute: 20,
  outboundPerMinute: 120,
  maxCartLines: 60,
  maxOrderTotal: 10_000_000,
  sendAttempts: 6,
  retryBaseMs: 2_000,
  retryMaxMs: 5 * 60_000,
  sendTimeoutMs: 60_000,
}

const int = (min: number, max: number) => z.number().int().min(min).max(max)
const limit = (schema: z.ZodNumber, key: keyof Limits) => ({ schema, default: DEFAULT_LIMITS[key] })

/** Every limit as a `limits.*` setting (the satisfies clause keeps this list and Limits the same). */
export const LIMIT_SETTINGS = {
  'limits.maxMessageChars': limit(int(100, 65_536), 'maxMessageChars'),
  'limits.inboundPerChatPerMinute': limit(int(1, 10_000), 'inboundPerChatPerMinute'),
  'limits.outboundPerChatPerMinute': limit(int(1, 10_000), 'outboundPerChatPerMinute'),
  'limits.outboundPerMinute': limit(int(1, 100_000), 'outboundPerMinute'),
  'limits.maxCartLines': limit(int(1, 500), 'maxCartLines'),
  'limits.maxOrderTotal': limit(int(100, 100_000_000_00), 'maxOrderTotal'),
  'limits.sendAttempts': limit(int(1, 50), 'sendAttempts'),
  'limits.retryBaseMs': limit(int(10, 3_600_000), 'retryBaseMs'),
  'limits.retryMaxMs': limit(int(10, 86_400_000), 'retryMaxMs'),
  'limits.sendTimeoutMs': limit(int(100, 600_000), 'sendTimeoutMs'),
} satisfies Record<`limits.${keyof Limits}`, SettingDefs[string]>

export const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]

/** Current limits: the engine's overrides win over the shop's settings. */
export function readLimits(
  settings: SettingsReader<typeof LIMIT_SETTINGS>,
  overrides: Partial<Limits> = {},
): Limits {
  const out = { ...DEFAULT_LIMITS }
  for (const k of LIMIT_KEYS) out[k] = overrides[k] ?? settings.get(`limits.${k}`)
  return out
}
