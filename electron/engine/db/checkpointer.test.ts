// Background WAL checkpoints (checkpointer.ts): the log is copied into the database file by a worker thread,
// not inside a message's commit; the engine's connection keeps SQLite's own checkpoint only as a backstop.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from './connection'
import { BACKSTOP_AUTOCHECKPOINT, Checkpointer, DEFAULT_AUTOCHECKPOINT } from './checkpointer'
import { createEngine } from '..'
import { silentLogger } from '../log'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cc-ckpt-'))
  dirs.push(d)
  return d
}

const autocheckpoint = (db: DB) => db.pragma('wal_autocheckpoint', { simple: true })

async function until(ok: () => boolean, poke: () => void): Promise<void> {
  for (let i = 0; i < 500 && !ok(); i++) {
    poke()
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('background checkpoints', () => {
  it('copies committed pages into the database file from another thread, then hands back on stop', async () => {
    const path = join(tempDir(), 'counterchat.db')
    const db = openDatabase(path)
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)')
    const cp = Checkpointer.start(db, silentLogger, 10_000)!
    expect(cp).not.toBeNull()
    // the engine's connection no longer checkpoints every 1,000 pages
    expect(autocheckpoint(db)).toBe(BACKSTOP_AUTOCHECKPOINT)
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)')
    for (let i = 0; i < 50; i++) db.transaction(() => insert.run('x'.repeat(3000)))()
    await until(
      () => (cp.lastResult()?.checkpointed ?? 0) > 0,
      () => cp.poke(),
    )
    const r = cp.lastResult()!
    expect(r.checkpointed).toBeGreaterThan(50)
    expect(r.checkpointed).toBe(r.log)
    await cp.stop()
    expect(autocheckpoint(db)).toBe(DEFAULT_AUTOCHECKPOINT)
    // the worker's connection is closed: the engine's is the last, and closing it folds in and removes the log
    db.close()
    expect(existsSync(`${path}-wal`)).toBe(false)
    const again = openDatabase(path)
    expect(again.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 50 })
    again.close()
  })

  it('is not started for a database in memory', () => {
    const db = openDatabase(':memory:')
    expect(Checkpointer.start(db, silentLogger)).toBeNull()
    expect(autocheckpoint(db)).toBe(DEFAULT_AUTOCHECKPOINT)
    db.close()
  })

  it('runs while the engine answers messages on disk, not for a short command', async () => {
    const running = createEngine({ dataDir: tempDir() })
    expect(running.checkpointer).toBeInstanceOf(Checkpointer)
    expect(autocheckpoint(running.db)).toBe(BACKSTOP_AUTOCHECKPOINT)
    await running.close()
    const command = createEngine({ dataDir: tempDir(), startMessaging: false })
    expect(command.checkpointer).toBeNull()
    expect(autocheckpoint(command.db)).toBe(DEFAULT_AUTOCHECKPOINT)
    await command.close()
  })
})
