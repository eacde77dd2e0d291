// `counterchat parse` with worker threads: the same bytes out as one thread, in input order, bad lines in place.
// Worker threads run only from the built CLI (a worker cannot load TypeScript), so this test runs the build
// (`npm test` builds first; run alone, it builds the CLI when the sources are newer).
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CLI = join(ROOT, 'bin', 'counterchat.mjs')
const CATALOG = join(ROOT, 'tests', 'fixtures', 'kirana-catalog.csv')

function builtIsFresh(): boolean {
  const built = join(ROOT, 'out', 'cli', 'main.js')
  if (!existsSync(built)) return false
  const at = statSync(built).mtimeMs
  for (const dir of ['electron', 'shared'])
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true }))
      if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
        if (statSync(join(e.parentPath, e.name)).mtimeMs > at) return false
  return true
}

function parse(
  input: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'parse', '--catalog', CATALOG, ...args], {
      cwd: ROOT,
      env: { ...process.env, COUNTERCHAT_PARSE_STATS: '1', ...env },
    })
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, out, err }))
    child.stdin.end(input)
  })
}

/** Lines a shop's export could hold: orders in three languages, chatter, repeats, and broken lines. */
function messages(n: number): string {
  const goods = ['aloo', 'pyaz', 'tamatar', 'doodh', 'atta', 'chini', 'Zwiebeln', 'butter', 'eggs', 'maggi']
  const units = ['kg', 'g', 'packet', '', 'litre', 'x']
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const g = goods[i % goods.length]!
    const h = goods[(i * 7 + 3) % goods.length]!
    const u = units[i % units.length]!
    const text =
      i % 97 === 0
        ? 'hello bhaiya'
        : i % 50 === 0
          ? '2 kg aloo, 1 amul butter' // said again and again
          : i % 3 === 0
            ? `${(i % 9) + 1} ${u} ${g} aur ${(i % 4) + 1} ${h} bhej do`
            : i % 3 === 1
              ? `bitte ${(i % 5) + 1} ${g} und ${h}, danke (${i})`
              : `need ${(i % 6) + 1}${u} ${g} + ${h} #${i}`
    out.push(JSON.stringify({ id: i % 11 === 0 ? i : `m${i}`, text }))
    if (i % 401 === 0) out.push('not json {')
    if (i % 577 === 0) out.push(JSON.stringify({ id: `no-text-${i}` }))
    if (i % 613 === 0) out.push('')
  }
  // Windows line ends on every other line
  return out.map((l, k) => l + (k % 2 === 0 ? '\n' : '\r\n')).join('')
}

describe('counterchat parse with worker threads', () => {
  const cache = mkdtempSync(join(tmpdir(), 'parse-threads-'))
  beforeAll(() => {
    if (!builtIsFresh())
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
          'build',
          '--config',
          'vite.cli.config.ts',
          '--logLevel',
          'warn',
        ],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      )
  }, 180_000)
  afterAll(() => rmSync(cache, { recursive: true, force: true }))

  it('answers a big input in worker threads, byte for byte as one thread does', async () => {
    const input = messages(4000)
    const env = { XDG_CACHE_HOME: cache }
    const one = await parse(input, ['--threads', '0'], env)
    expect(one.code).toBe(0)
    expect(one.err).toMatch(/ in this thread, 0 in 0 worker thread\(s\)/)
    const lines = one.out.trimEnd().split('\n')
    // one answer per non-empty line, the broken ones in place as {"id","error"}
    expect(lines.length).toBe(input.split(/\r?\n/).filter((l) => l.trim() !== '').length)
    expect(lines.filter((l) => l.includes('"error"')).length).toBe(10 + 7)
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: null, error: 'not valid JSON' })

    // the catalog index kept by the first run, then built anew and handed over without the cache
    for (const more of [{}, { COUNTERCHAT_NO_CACHE: '1' }] as Record<string, string>[]) {
      const two = await parse(input, ['--threads', '2'], { ...env, ...more })
      expect(two.code).toBe(0)
      const [, total, here, inWorkers, used] =
        /(\d+) lines, (\d+) in this thread, (\d+) in (\d+) worker/.exec(two.err)!
      expect(Number(total)).toBe(lines.length)
      expect(Number(used)).toBe(2)
      expect(Number(inWorkers)).toBeGreaterThan(0)
      expect(Number(here) + Number(inWorkers)).toBe(lines.length)
      expect(two.out).toBe(one.out)
    }
  }, 120_000)

  it('answers a short input in its own thread, starting no worker', async () => {
    const input = messages(40)
    const got = await parse(input, ['--threads', '4'], { XDG_CACHE_HOME: cache })
    expect(got.code).toBe(0)
    expect(got.err).toMatch(/ in 0 worker thread\(s\)/)
    expect(got.out).toBe((await parse(input, ['--threads', '0'], { XDG_CACHE_HOME: cache })).out)
  }, 60_000)

  it('refuses a thread count that is not a small whole number', async () => {
    for (const bad of ['-1', 'two', '1.5', '65']) {
      const got = await parse('', ['--threads', bad], {})
      expect(got.code).toBe(2)
      expect(got.err).toMatch(/--threads/)
    }
  })
})
