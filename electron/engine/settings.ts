// Shop settings as typed key/value rows. Every key has a default here, so a fresh database works out of the box
// and `counterchat config set KEY VALUE` can validate what it is given.
import { z } from 'zod'
import type { DB } from './db/connection'
import { CurrencySchema } from '../../shared/contract'
import { UiLanguageSchema, UiThemeSchema } from '../../shared/contract/app'

export const SETTINGS = {
  'shop.name': { schema: z.string().trim().min(1).max(100), default: 'My Shop' },
  'shop.currency': { schema: CurrencySchema, default: 'INR' },
  'shop.language': { schema: z.enum(['en', 'hi', 'de']), default: 'en' },
  /** Two-letter country code chosen at setup (sets currency, locale and language defaults); null before setup. */
  'shop.country': { schema: z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code like IN or DE').nullable(), default: null },
  /** The language of the shopkeeper's screens; null follows the system (the browser's language). */
  'ui.language': { schema: UiLanguageSchema.nullable(), default: null },
  /** Light, dark, or follow the system's colour scheme. */
  'ui.theme': { schema: UiThemeSchema, default: 'system' },
  /** Set when the first-start setup is finished (or skipped), so it is asked once. */
  'setup.done': { schema: z.boolean(), default: false },
} satisfies Record<string, { schema: z.ZodType; default: unknown }>

export type SettingKey = keyof typeof SETTINGS
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>

/** Other areas (payments, conversation) register their settings here at start-up. */
const extra = new Map<string, { schema: z.ZodType; default: unknown }>()
export function registerSettings(defs: Record<string, { schema: z.ZodType; default: unknown }>): void {
  for (const [k, v] of Object.entries(defs)) extra.set(k, v)
}

function definition(key: string): { schema: z.ZodType; default: unknown } | undefined {
  return (SETTINGS as Record<string, { schema: z.ZodType; default: unknown }>)[key] ?? extra.get(key)
}

export function knownSettingKeys(): string[] {
  return [...Object.keys(SETTINGS), ...extra.keys()].sort()
}

export class SettingError extends Error {}

export class Settings {
  constructor(
    private db: DB,
    private now: () => number,
  ) {}

  get<K extends SettingKey>(key: K): SettingValue<K>
  get(key: string): unknown
  get(key: string): unknown {
    const def = definition(key)
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
    if (!row) return def?.default
    const value = JSON.parse(row.value) as unknown
    // A value that no longer fits its schema (an older app wrote it) falls back to the default, not a crash.
    return def && !def.schema.safeParse(value).success ? def.default : value
  }

  set(key: string, value: unknown): unknown {
    const def = definition(key)
    if (!def) throw new SettingError(`unknown setting "${key}"; known: ${knownSettingKeys().join(', ')}`)
    const parsed = def.schema.safeParse(value)
    if (!parsed.success) throw new SettingError(`invalid value for ${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
    this.db
      .prepare(
        'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      )
      .run(key, JSON.stringify(parsed.data), this.now())
    return parsed.data
  }

  /** Every known setting with its current value (secrets are stored elsewhere, never here). */
  all(): Record<string, unknown> {
    return Object.fromEntries(knownSettingKeys().map((k) => [k, this.get(k)]))
  }
}
