// A small rotating log in the data folder: enough for a shopkeeper to send us when something went wrong,
// bounded so it never fills the counter PC's disk. Values under secret-looking keys are never written.
import { appendFileSync, renameSync, statSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { systemClock, type Clock } from '../../shared/clock'

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void
  warn(msg: string, fields?: Record<string, unknown>): void
  error(msg: string, fields?: Record<string, unknown>): void
}

const SECRET_KEY = /secret|token|password|key|authorization|cookie/i

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(fields)) {
    if (SECRET_KEY.test(k)) out[k] = '[redacted]'
    else if (v && typeof v === 'object' && !Array.isArray(v)) out[k] = redact(v as Record<string, unknown>)
    else out[k] = v
  }
  return out
}

export function createFileLogger(
  dir: string,
  opts: { maxBytes?: number; keep?: number; echo?: boolean; clock?: Clock } = {},
): Logger {
  const file = join(dir, 'counterchat.log')
  const maxBytes = opts.maxBytes ?? 1024 * 1024
  const keep = opts.keep ?? 3
  const now = (opts.clock ?? systemClock).now
  const write = (level: string, msg: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({ t: new Date(now()).toISOString(), level, msg, ...(fields ? redact(fields) : {}) }) + '\n'
    try {
      if (existsSync(file) && statSync(file).size + line.length > maxBytes) rotate(file, keep)
      appendFileSync(file, line)
    } catch {
      // Logging must never take the engine down (disk full, read-only folder).
    }
    if (opts.echo && level !== 'info') process.stderr.write(line)
  }
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}

function rotate(file: string, keep: number): void {
  const oldest = `${file}.${keep}`
  if (existsSync(oldest)) rmSync(oldest)
  for (let i = keep - 1; i >= 1; i--) if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`)
  renameSync(file, `${file}.1`)
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }
