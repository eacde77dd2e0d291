// The CLI (`counterchat import`, `config set`) writes to the same database from another process while the
// app is open. SQLite's data_version changes only when *another* connection commits, so a cheap check once a
// second tells the running engine to announce "reload" to every open screen; the screens themselves never poll.
import type { DB } from './db/connection'
import type { EngineEvents } from './events'

export function watchExternalWrites(db: DB, events: EngineEvents, intervalMs = 1000): () => void {
  let last = db.pragma('data_version', { simple: true }) as number
  const timer = setInterval(() => {
    let now: number
    try {
      now = db.pragma('data_version', { simple: true }) as number
    } catch {
      return // closed under us: the engine is shutting down
    }
    if (now === last) return
    last = now
    events.emit('catalog.changed', { skus: [], reason: 'external' })
    events.emit('settings.changed', { key: '*' })
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
