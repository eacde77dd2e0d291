// createEngine builds the whole engine from its parts with no globals: a test builds one on an in-memory
// database with a fake clock, the desktop app on the user data folder, the headless host on --data.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type DB } from './db/connection'
import { EngineEvents } from './events'
import { CatalogService } from './catalog/service'
import { Settings } from './settings'
import { createFileLogger, silentLogger, type Logger } from './log'

export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export interface EngineOptions {
  /** Folder for the database, logs and secrets; omit for an in-memory engine (tests). */
  dataDir?: string
  clock?: Clock
  logger?: Logger
  host?: 'desktop' | 'headless'
}

export interface Engine {
  readonly db: DB
  readonly events: EngineEvents
  readonly catalog: CatalogService
  readonly settings: Settings
  readonly clock: Clock
  readonly log: Logger
  readonly dataDir: string | null
  readonly host: 'desktop' | 'headless'
  close(): Promise<void>
}

export function createEngine(opts: EngineOptions = {}): Engine {
  const clock = opts.clock ?? systemClock
  const now = () => clock.now()
  let dbPath = ':memory:'
  let log = opts.logger ?? silentLogger
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true })
    dbPath = join(opts.dataDir, 'counterchat.db')
    log = opts.logger ?? createFileLogger(opts.dataDir)
  }
  const db = openDatabase(dbPath)
  const events = new EngineEvents()
  const settings = new Settings(db, now)
  const catalog = new CatalogService(db, events, now)
  log.info('engine started', { dataDir: opts.dataDir ?? null })

  const closers: (() => Promise<void> | void)[] = []
  return {
    db,
    events,
    catalog,
    settings,
    clock,
    log,
    dataDir: opts.dataDir ?? null,
    host: opts.host ?? 'headless',
    async close() {
      for (const c of closers.reverse()) await c()
      db.close()
    },
  }
}
