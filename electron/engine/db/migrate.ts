// Numbered, append-only migrations tracked in PRAGMA user_version (the Signal Desktop pattern): each runs in
// its own transaction, so a crash mid-migration leaves the previous version intact, and a database written by
// a newer CounterChat is refused instead of being silently damaged.
import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  name: string
  up: (db: Database.Database) => void
}

export class FutureDatabaseError extends Error {}

export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
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
  for (const m of sorted) {
    if (m.version <= current) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return latest
}
