// The built CLI keeps V8's compiled code of its bundle in the user's cache folder, private to the user, and
// keeps nothing when told not to cache (COUNTERCHAT_NO_CACHE=1). Assumes `npm run build` ran, as `npm test` does.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOT, freshDataDir } from './harness'

const CLI = join(ROOT, 'bin', 'counterchat.mjs')
const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function helpWith(env: Record<string, string>): string {
  const cache = freshDataDir('counterchat-cache-')
  made.push(cache)
  const run = spawnSync(process.execPath, [CLI, '--help'], {
    cwd: ROOT,
    env: { ...process.env, XDG_CACHE_HOME: cache, ...env },
    encoding: 'utf8',
  })
  expect(run.status).toBe(0)
  return join(cache, 'counterchat', 'compiled')
}

describe.skipIf(process.platform === 'win32')('the compiled-code cache of the CLI', () => {
  it('is kept in the cache folder, readable by the user alone', () => {
    const dir = helpWith({})
    expect(existsSync(dir)).toBe(true)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(readdirSync(dir, { recursive: true }).length).toBeGreaterThan(0)
  })

  it('is not written with COUNTERCHAT_NO_CACHE=1', () => {
    expect(existsSync(helpWith({ COUNTERCHAT_NO_CACHE: '1' }))).toBe(false)
  })
})
