// The khata's settings: how often a customer who asked for reminders is reminded of what they owe.
import { z } from 'zod'
import type { SettingDefs } from '../settings/settings'

export const KHATA_SETTINGS = {
  /** Days between two khata reminders to the same customer (reminders are opt-in per customer). */
  'khata.reminder_every_days': { schema: z.number().int().min(1).max(90), default: 3 },
} satisfies SettingDefs
