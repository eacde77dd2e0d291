import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger, redact } from './log'

describe('file logger', () => {
  it('never writes values under secret-looking keys, however deep', () => {
    expect(
      redact({
        keySecret: 'rzp_live_x',
        nested: { authorization: 'Basic abc', ok: 1 },
        token: 't',
        count: 2,
      }),
    ).toEqual({
      keySecret: '[redacted]',
      nested: { authorization: '[redacted]', ok: 1 },
      token: '[redacted]',
      count: 2,
    })
    const dir = mkdtempSync(join(tmpdir(), 'cc-log-'))
    createFileLogger(dir).error('provider refused', { secret_key: 'sk_live_123', status: 401 })
    const text = readFileSync(join(dir, 'counterchat.log'), 'utf8')
    expect(text).toContain('provider refused')
    expect(text).not.toContain('sk_live_123')
  })

  it('rotates at the size limit and keeps a bounded number of old files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-log-'))
    const log = createFileLogger(dir, { maxBytes: 2000, keep: 2 })
    for (let i = 0; i < 200; i++) log.info(`line ${i}`, { pad: 'x'.repeat(50) })
    const files = readdirSync(dir).sort()
    expect(files).toEqual(['counterchat.log', 'counterchat.log.1', 'counterchat.log.2'])
    for (const f of files) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(2000)
    expect(readFileSync(join(dir, 'counterchat.log'), 'utf8')).toContain('line 199')
  })
})
