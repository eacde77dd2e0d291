import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { FutureDatabaseError, migrate, type Migration } from './migrate'
import { MIGRATIONS } from './migrations'

describe('migrate', () => {
  it('applies each migration once, in order, and records the version', () => {
    const db = new Database(':memory:')
    const ran: number[] = []
    const ms: Migration[] = [
      { version: 2, name: 'b', up: (d) => (ran.push(2), d.exec('CREATE TABLE b (x)')) },
      { version: 1, name: 'a', up: (d) => (ran.push(1), d.exec('CREATE TABLE a (x)')) },
    ]
    migrate(db, ms)
    migrate(db, ms)
    expect(ran).toEqual([1, 2])
    expect(db.pragma('user_version', { simple: true })).toBe(2)
  })

  it('rolls back a failing migration and keeps the previous version', () => {
    const db = new Database(':memory:')
    const ms: Migration[] = [
      { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x)') },
      { version: 2, name: 'broken', up: (d) => (d.exec('CREATE TABLE half (x)'), d.exec('NOT SQL')) },
    ]
    expect(() => migrate(db, ms)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 })
  })

  it('runs a migration merged later with a lower number than one already applied', () => {
    const db = new Database(':memory:')
    const a: Migration = { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x)') }
    const c: Migration = { version: 20, name: 'c', up: (d) => d.exec('CREATE TABLE c (x)') }
    const b: Migration = { version: 10, name: 'b', up: (d) => d.exec('CREATE TABLE b (x)') }
    migrate(db, [a, c])
    migrate(db, [a, b, c])
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 1 })
    expect(db.pragma('user_version', { simple: true })).toBe(20)
  })

  it('refuses a database that a newer app changed with a migration this app does not know', () => {
    const db = new Database(':memory:')
    const a: Migration = { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x)') }
    const c: Migration = { version: 20, name: 'c', up: (d) => d.exec('CREATE TABLE c (x)') }
    const newer: Migration = { version: 12, name: 'newer', up: (d) => d.exec('CREATE TABLE n (x)') }
    migrate(db, [a, newer, c])
    expect(() => migrate(db, [a, c])).toThrow(/schema changes 12 are unknown/)
  })

  it('refuses a database from a newer app without touching it', () => {
    const db = new Database(':memory:')
    db.pragma('user_version = 999')
    expect(() => migrate(db, MIGRATIONS)).toThrow(FutureDatabaseError)
    expect(db.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toEqual({ n: 0 })
  })

  it('has unique, increasing versions in the real registry', () => {
    const versions = MIGRATIONS.map((m) => m.version)
    expect(new Set(versions).size).toBe(versions.length)
    expect(() => migrate(new Database(':memory:'), MIGRATIONS)).not.toThrow()
  })
})
