// Shop settings as typed key/value rows. Each area declares its keys (schema and default) in a plain object with
// no side effect; the engine combines the declarations (settings/all.ts) and builds one Settings over them, so a
// fresh database works out of the box, `counterchat config set KEY VALUE` can validate what it is given, and
// `get('orders.minimumOrder')` is a number to the compiler without a cast.
import { SettingError } from '../errors'
import { zodIssueText } from '../../../shared/contract/texts'
import type { z } from 'zod'
import { stmt, type DB } from '../db/connection'

/** One area's declaration: `{ 'orders.minimumOrder': { schema, default }, ... } satisfies SettingDefs`. */
export type SettingDefs = Record<string, { schema: z.ZodType; default: unknown }>

/** The value each key of some declarations reads as (the schema's output). */
export type SettingValues<D extends SettingDefs> = { [K in keyof D]: z.output<D[K]['schema']> }

/**
 * What an area takes instead of the engine's whole Settings: a reader typed from the declarations it names (its
 * own, the shop's), optionally narrowed to the keys it uses, e.g. `SettingsReader<typeof SHOP_SETTINGS,
 * 'shop.name'>`. The engine's Settings, built over every declaration, is one of these for any such pick.
 */
export interface SettingsReader<D extends SettingDefs, K extends keyof D & string = keyof D & string> {
  get<Key extends K>(key: Key): SettingValues<D>[Key]
  /** Changes whenever any setting may have changed; for caches built on settings. */
  version(): number
}

type Combined<L> = L extends readonly [infer Head, ...infer Rest] ? Head & Combined<Rest> : unknown

/** One object of several declarations; a key two of them declare is a mistake, so it throws instead of one winning. */
export function combineSettings<const L extends readonly SettingDefs[]>(...areas: L): Combined<L> {
  const out: SettingDefs = {}
  for (const defs of areas)
    for (const [key, def] of Object.entries(defs)) {
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new Error(`setting ${key} is declared twice`)
      out[key] = def
    }
  return out as Combined<L>
}

/** Changes a setting by key, checked against its schema (what `settings.set` over the API and the CLI do). */
export interface SettingsWriter {
  set(key: string, value: unknown): unknown
}

/** The keys of a declaration, typed as its keys (Object.keys only promises strings). */
export function settingKeys<D extends SettingDefs>(defs: D): (keyof D & string)[] {
  return Object.keys(defs)
}

export class Settings<D extends SettingDefs> implements SettingsReader<D>, SettingsWriter {
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
    private defs: D,
  ) {}

  /** Every key this engine knows, sorted (what `counterchat config list` shows). */
  knownKeys(): (keyof D & string)[] {
    return settingKeys(this.defs).sort()
  }

  /** Whether a key from outside (the API, the command line) is a setting here. */
  isKnown(key: string): key is keyof D & string {
    return this.definition(key) !== undefined
  }

  /** Changes whenever any setting may have changed (here or in another process); for caches built on settings. */
  version(): number {
    this.fresh()
    return this.generation
  }

  get<K extends keyof D & string>(key: K): SettingValues<D>[K] {
    const cacheable = this.fresh()
    if (cacheable && this.cache.has(key)) return this.cache.get(key) as SettingValues<D>[K]
    const value = deepFreeze(this.read(key))
    // Frozen: every caller shares the cached object, so none may change it in place.
    if (cacheable) this.cache.set(key, value)
    return value as SettingValues<D>[K]
  }

  /** Checks `value` against the key's schema and stores what the schema made of it; an unknown key is refused. */
  set(key: string, value: unknown): unknown {
    const def = this.definition(key)
    if (!def)
      throw new SettingError(`unknown setting "${key.slice(0, 100)}"; known: ${this.knownKeys().join(', ')}`)
    const parsed = def.schema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new SettingError(
        `invalid value for ${key}: ${issue?.message ?? 'invalid'}`,
        issue ? zodIssueText(issue) : undefined,
      )
    }
    stmt(
      this.db,
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    ).run(key, JSON.stringify(parsed.data), this.now())
    this.invalidate()
    if (this.db.inTransaction) this.writeInTx = true
    return parsed.data
  }

  /** Every known setting with its current value (secrets are stored elsewhere, never here). */
  all(): Record<string, unknown> {
    return Object.fromEntries(this.knownKeys().map((k) => [k, this.get(k)]))
  }

  private definition(key: string): SettingDefs[string] | undefined {
    // Own keys only: "__proto__" or "constructor" must be an unknown setting, not Object.prototype's members.
    return Object.prototype.hasOwnProperty.call(this.defs, key) ? this.defs[key] : undefined
  }

  private read(key: string): unknown {
    const def = this.definition(key)
    const row = stmt(this.db, 'SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined
    if (!def) return row ? (JSON.parse(row.value) as unknown) : undefined
    if (!row) return def.default
    // What the schema makes of the stored value (its output type, which get() promises); a value that no longer
    // fits (an older app wrote it) falls back to the default, not a crash.
    const parsed = def.schema.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : def.default
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
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
