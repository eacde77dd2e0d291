// Settings are cached in memory; the cache must never hide a change: one made here, one committed by another
// process on the same database (`counterchat config set` beside the app), or one undone by a rollback.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from './db/connection'
import { Settings } from './settings'
import './conversation/settings'

let dir: string | null = null
const dbs: DB[] = []
afterEach(() => {
  for (const db of dbs.splice(0)) db.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

function open(path: string): Settings {
  const db = openDatabase(path)
  dbs.push(db)
  return new Settings(db, () => 1)
}

describe('Settings cache', () => {
  it('sees a value committed by another connection', () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-settings-'))
    const path = join(dir, 'counterchat.db')
    const app = open(path)
    const cli = open(path)
    expect(app.get('shop.name')).toBe('My Shop')
    const v = app.version()
    cli.set('shop.name', 'Sharma Stores')
    expect(app.get('shop.name')).toBe('Sharma Stores')
    expect(app.version()).not.toBe(v)
  })

  it('forgets a value set inside a transaction that rolled back', () => {
    const s = open(':memory:')
    const db = dbs[0]!
    s.set('shop.name', 'Before')
    expect(s.get('shop.name')).toBe('Before')
    expect(() =>
      db.transaction(() => {
        s.set('shop.name', 'During')
        expect(s.get('shop.name')).toBe('During')
        throw new Error('rolled back')
      })(),
    ).toThrow('rolled back')
    expect(s.get('shop.name')).toBe('Before')
  })

  it('hands out values that cannot be changed in place by one caller for everyone', () => {
    const s = open(':memory:')
    s.set('shop.hours', { open: '09:00', close: '21:00', closedDays: [0] })
    const hours = s.get('shop.hours') as { closedDays: number[] }
    expect(() => hours.closedDays.push(1)).toThrow()
    expect(s.get('shop.hours')).toEqual({ open: '09:00', close: '21:00', closedDays: [0] })
  })
})
