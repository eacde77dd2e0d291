// The shop's conversation and ordering rules, as settings with defaults that work for a shop on day one.
import { z } from 'zod'
import { keyedRule } from '../../../shared/contract/texts'
import type { SettingDefs } from '../settings/settings'

const HHMM = z
  .string()
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), keyedRule('zod_hhmm', 'use HH:MM (24 hours)'))

export const OpeningHoursSchema = z
  .object({
    open: HHMM,
    close: HHMM,
    /** 0 = Sunday … 6 = Saturday. */
    closedDays: z.array(z.number().int().min(0).max(6)).max(7).default([]),
  })
  .nullable()
export type OpeningHours = z.infer<typeof OpeningHoursSchema>

export const CONVERSATION_SETTINGS = {
  /** Orders below this total (minor units) are not taken; 0 means no minimum. */
  'orders.minimumOrder': { schema: z.number().int().min(0).max(100_000_000), default: 0 },
  /** pickup: every order is collected; delivery: every order is delivered (address asked); ask: the customer picks. */
  'orders.fulfilment': { schema: z.enum(['pickup', 'delivery', 'ask']), default: 'pickup' },
  /** Opening hours in the shop's time zone; null means always open. */
  'shop.hours': { schema: OpeningHoursSchema, default: null },
  /** When closed, keep taking orders (with an away note) or only answer with the away note. */
  'shop.ordersWhenClosed': { schema: z.boolean(), default: true },
  /** Out-of-stock products in the catalog message: marked, or left out. */
  'catalog.outOfStock': { schema: z.enum(['mark', 'hide']), default: 'mark' },
} satisfies SettingDefs
