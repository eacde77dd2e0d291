// Shop settings as typed key/value rows. Every key has a default here, so a fresh database works out of the box
// and `counterchat config set KEY VALUE` can validate what it is given.
import { SettingError } from './errors'
import { z } from 'zod'
import { stmt, type DB } from './db/connection'
import { CurrencySchema } from '../../shared/contract'
import { cleanName } from '../../shared/text'
import { validLocale } from '../../shared/money'
import { LanguageSchema } from '../../shared/contract/chats'
import { UiLanguageSchema, UiThemeSchema } from '../../shared/contract/app'

export const SETTINGS = {
  'shop.name': {
    schema: z.string().transform(cleanName).pipe(z.string().min(1).max(100)),
    default: 'My Shop',
  },
  'shop.currency': { schema: CurrencySchema, default: 'INR' },
  'shop.language': { schema: LanguageSchema, default: 'en' },
  /** Two-letter country code chosen at setup (sets currency, locale and language defaults); null before setup. */
  'shop.country': {
    schema: z
      .string()
      .regex(/^[A-Z]{2}$/, 'a two-letter country code like IN or DE')
      .nullable(),
    default: null,
  },
  /**
   * How money, numbers and dates are written ("de-DE": "3,29 €", "1.12.2026, 23:38"); null: from the shop's
   * country and language (shared/locale.ts `resolveLocale`).
   */
  'shop.locale': {
    schema: z
      .string()
      .max(35)
      .refine((v) => validLocale(v) !== null, 'a locale like de-DE or en-IN')
      .nullable(),
    default: null,
  },
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
  // Own keys only: "__proto__" or "constructor" must be an unknown setting, not Object.prototype's members.
  if (Object.prototype.hasOwnProperty.call(SETTINGS, key))
    return (SETTINGS as Record<string, { schema: z.ZodType; default: unknown }>)[key]
  return extra.get(key)
}

export function knownSettingKeys(): string[] {
  return [...Object.keys(SETTINGS), ...extra.keys()].sort()
}


export class Settings {
  /**
   * Parsed, checked values by key. Hot paths (every inbound message, every outbox decision) read a dozen
   * settings; re-reading and re-validating them from SQLite each time was a quarter of the engine's time.
   * Another process writing the same database (`counterchat config set` beside the app) is noticed through
   * SQLite's data_version, which changes whenever another connection commits.
   */
  private cache = new Map<string, unknown>()
  private dataVersion = -1
  private generation = 0
  /** A set() inside a transaction that may still roll back: nothing is cached until it ends. */
  private writeInTx = false

  constructor(
    private db: DB,
    private now: () => number,
  ) {}

  /** Changes whenever any setting may have changed (here or in another process); for caches built on settings. */
  version(): number {
    this.fresh()
    return this.generation
  }

  get<K extends SettingKey>(key: K): SettingValue<K>
  get(key: string): unknown
  get(key: string): unknown {
    const cacheable = this.fresh()
    if (cacheable && this.cache.has(key)) return this.cache.get(key)
    const def = definition(key)
    const row = stmt(this.db, 'SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined
    let value: unknown = def?.default
    if (row) {
      value = JSON.parse(row.value) as unknown
      // A value that no longer fits its schema (an older app wrote it) falls back to the default, not a crash.
      if (def && !def.schema.safeParse(value).success) value = def.default
    }
    // Frozen: every caller shares the cached object, so none may change it in place.
    if (cacheable) this.cache.set(key, deepFreeze(value))
    return value
  }

  set(key: string, value: unknown): unknown {
    const def = definition(key)
    if (!def)
      throw new SettingError(
        `unknown setting "${key.slice(0, 100)}"; known: ${knownSettingKeys().join(', ')}`,
      )
    const parsed = def.schema.safeParse(value)
    if (!parsed.success)
      throw new SettingError(`invalid value for ${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
    stmt(
      this.db,
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    ).run(key, JSON.stringify(parsed.data), this.now())
    this.invalidate()
    if (this.db.inTransaction) this.writeInTx = true
    return parsed.data
  }

  /** Drops the cache when another connection committed; returns whether values may be cached right now. */
  private fresh(): boolean {
    const v = stmt(this.db, 'PRAGMA data_version').pluck().get() as number
    if (v !== this.dataVersion) {
      this.dataVersion = v
      this.invalidate()
    }
    if (this.writeInTx) {
      if (this.db.inTransaction) return false
      // The transaction that wrote ended (committed or rolled back): read again from what is stored.
      this.writeInTx = false
      this.invalidate()
    }
    return true
  }

  private invalidate(): void {
    this.cache.clear()
    this.generation++
  }

  /** Every known setting with its current value (secrets are stored elsewhere, never here). */
  all(): Record<string, unknown> {
    return Object.fromEntries(knownSettingKeys().map((k) => [k, this.get(k)]))
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
