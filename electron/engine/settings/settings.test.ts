// Settings are cached in memory; the cache must never hide a change: one made here, one committed by another
// process on the same database (`counterchat config set` beside the app), or one undone by a rollback. And an
// engine knows exactly the settings it was built with: importing an area declares nothing by itself.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { openDatabase, type DB } from '../db/connection'
import { SettingError } from '../errors'
import { combineSettings, Settings, type SettingDefs } from './settings'
import { ENGINE_SETTINGS } from '../index'
import { SHOP_SETTINGS } from './shop'
import { CONVERSATION_SETTINGS } from '../conversation/settings'

let dir: string | null = null
const dbs: DB[] = []
afterEach(() => {
  for (const db of dbs.splice(0)) db.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

function open<D extends SettingDefs>(path: string, defs: D): Settings<D> {
  const db = openDatabase(path)
  dbs.push(db)
  return new Settings(db, () => 1, defs)
}

describe('Settings cache', () => {
  it('sees a value committed by another connection', () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-settings-'))
    const path = join(dir, 'counterchat.db')
    const app = open(path, ENGINE_SETTINGS)
    const cli = open(path, ENGINE_SETTINGS)
    expect(app.get('shop.name')).toBe('My Shop')
    const v = app.version()
    cli.set('shop.name', 'Sharma Stores')
    expect(app.get('shop.name')).toBe('Sharma Stores')
    expect(app.version()).not.toBe(v)
  })

  it('forgets a value set inside a transaction that rolled back', () => {
    const s = open(':memory:', ENGINE_SETTINGS)
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
    const s = open(':memory:', ENGINE_SETTINGS)
    s.set('shop.hours', { open: '09:00', close: '21:00', closedDays: [0] })
    expect(() => s.get('shop.hours')?.closedDays.push(1)).toThrow()
    expect(s.get('shop.hours')).toEqual({ open: '09:00', close: '21:00', closedDays: [0] })
  })
})

describe('Settings built from declarations', () => {
  it('knows only the declarations it was built with, whatever else was imported', () => {
    // CONVERSATION_SETTINGS is imported by this file: an import must not make its keys known here.
    expect(Object.keys(CONVERSATION_SETTINGS)).toContain('orders.minimumOrder')
    const s = open(':memory:', SHOP_SETTINGS)
    expect(s.knownKeys()).toEqual(Object.keys(SHOP_SETTINGS).sort())
    expect(s.isKnown('orders.minimumOrder')).toBe(false)
    expect(() => s.set('orders.minimumOrder', 100)).toThrow(SettingError)
    expect(() => s.set('orders.minimumOrder', 100)).toThrow(/unknown setting "orders.minimumOrder"; known: setup.done, shop.country/)
    expect(Object.keys(s.all()).sort()).toEqual(Object.keys(SHOP_SETTINGS).sort())
  })

  it('the engine knows every area’s keys, and Object.prototype’s names are not settings', () => {
    const s = open(':memory:', ENGINE_SETTINGS)
    for (const key of ['shop.locale', 'orders.minimumOrder', 'limits.maxCartLines', 'payments.upi.vpa', 'khata.reminder_every_days', 'receipt.width', 'whatsapp.recycleAt'])
      expect(s.knownKeys()).toContain(key)
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(s.isKnown(key)).toBe(false)
      expect(() => s.set(key, 'x')).toThrow(/unknown setting/)
    }
  })

  it('reads a stored value as its schema makes it, and one that no longer fits as the default', () => {
    const s = open(':memory:', ENGINE_SETTINGS)
    const db = dbs[0]!
    const put = (key: string, value: unknown) =>
      db.prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, 1)').run(key, JSON.stringify(value))
    // An older app stored opening hours without closed days: the schema's default fills them in.
    put('shop.hours', { open: '09:00', close: '21:00' })
    put('receipt.width', 72)
    put('shop.name', '')
    expect(s.get('shop.hours')).toEqual({ open: '09:00', close: '21:00', closedDays: [] })
    expect(s.get('receipt.width')).toBe(80)
    expect(s.get('shop.name')).toBe('My Shop')
  })

  it('every declared default fits its own schema', () => {
    for (const [key, def] of Object.entries(ENGINE_SETTINGS))
      expect({ key, ok: def.schema.safeParse(def.default).success }).toEqual({ key, ok: true })
  })

  it('refuses a key declared by two areas instead of letting one win', () => {
    const a = { 'x.one': { schema: z.number(), default: 1 } } satisfies SettingDefs
    const b = { 'x.one': { schema: z.string(), default: 'one' } } satisfies SettingDefs
    expect(() => combineSettings(a, b)).toThrow(/x\.one is declared twice/)
    expect(Object.keys(combineSettings(a, { 'x.two': b['x.one'] }))).toEqual(['x.one', 'x.two'])
  })
})
