// One SQLite transaction per unit of work, with effects (UI events, waking the outbox worker) held back until
// it commits: a rolled-back message must not announce rows that never existed.
import type { DB } from './connection'

export class Tx {
  private depth = 0
  private effects: (() => void)[] = []

  constructor(private db: DB) {}

  run<T>(fn: () => T): T {
    this.depth++
    let result: T
    try {
      // IMMEDIATE takes the write lock up front: a second process on the same database (the CLI beside the
      // app) then waits its turn instead of both reading "pending" and one failing at commit.
      const t = this.db.transaction(fn)
      result = this.depth === 1 ? t.immediate() : t()
    } catch (err) {
      if (this.depth === 1) this.effects = []
      throw err
    } finally {
      this.depth--
    }
    if (this.depth === 0) this.flush()
    return result
  }

  /** Runs `fn` after the outermost transaction commits (at once when none is open). */
  after(fn: () => void): void {
    if (this.depth === 0) fn()
    else this.effects.push(fn)
  }

  private flush(): void {
    const effects = this.effects
    this.effects = []
    for (const fn of effects) {
      try {
        fn()
      } catch {
        // An effect is a notification; failing to notify must not undo committed work.
      }
    }
  }
}
