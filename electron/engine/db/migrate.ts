// Numbered, append-only migrations. Each runs in its own transaction, so a crash mid-migration leaves the
// previous state intact. Applied versions are recorded one by one (not just the highest), so a migration
// merged later with a lower number than one already applied on a developer's database still runs.
// PRAGMA user_version keeps the highest version, so a database written by a newer CounterChat is refused
// instead of being silently damaged.
import { systemClock } from '../../../shared/clock'
import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  name: string
  up: (db: Database.Database) => void
}

export class FutureDatabaseError extends Error {}

export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  /** When a change was applied is a record for people, so it is the computer's time unless a test says. */
  now: () => number = systemClock.now,
): number {
  const sorted = [...migrations].sort((a, b) => a.version - b.version)
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1]
    if (prev && prev.version === m.version) throw new Error(`two migrations share version ${m.version}`)
  })
  const latest = sorted.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    throw new FutureDatabaseError(
      `This database was written by a newer CounterChat (schema ${current}, this app knows up to ${latest}). Update the app; the data was not touched.`,
    )
  }
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  )
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  )
  if (applied.size === 0 && current > 0) {
    // A database from before versions were recorded one by one: everything up to user_version ran.
    for (const m of sorted) if (m.version <= current) applied.add(m.version)
  }
  // Numbers are taken in ranges by area, so a newer app's migration can sit below this app's highest one.
  const unknown = [...applied].filter((v) => !sorted.some((m) => m.version === v))
  if (unknown.length > 0) {
    throw new FutureDatabaseError(
      `This database was changed by a newer CounterChat (schema changes ${unknown.join(', ')} are unknown to this app). Update the app; the data was not touched.`,
    )
  }
  const record = db.prepare(
    'INSERT OR REPLACE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  for (const m of sorted) {
    if (applied.has(m.version)) continue
    db.transaction(() => {
      m.up(db)
      record.run(m.version, m.name, now())
      db.pragma(
        `user_version = ${Math.max(m.version, db.pragma('user_version', { simple: true }) as number)}`,
      )
    })()
  }
  // Record the ones inferred from user_version too, so the table is complete from now on.
  db.transaction(() => {
    for (const m of sorted) if (applied.has(m.version)) record.run(m.version, m.name, now())
  })()
  return latest
}
