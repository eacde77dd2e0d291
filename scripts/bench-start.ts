// npm run bench:start — start-up costs of the built CLI and headless host on a big shop (the 27,555-product
// BigBasket catalog from ../shared/corpora and 100,000 orders, seeded into a fresh data folder):
//   help_ms         `counterchat --help`, whole process (p50 of 10), beside `node -e 0` for the floor;
//   index_ms        the catalog index as the engine makes it at start from its database (Conversation.index():
//                   active products read + index built; p50 of 5), with nothing kept;
//   index_loaded_ms the same with the index kept by an earlier start (engine/catalog/index-cache.ts: products
//                   read + the kept index loaded; p50 of 5); index_keep_ms what keeping it cost that start;
//   host_first_ms   `counterchat serve` spawned -> its first API answer over the WebSocket (orders.counts);
//                   and -> the first page (GET /), p50 of 3;
//   parse_one_ms    `counterchat parse` on one message (start-up, catalog read, index, answer);
//   parse_one_kept_ms  the same with the index kept by an earlier run (electron/cli/catalog-cache.ts; Linux).
// The last line is one JSON object with these figures.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import WebSocket from 'ws'
import { createEngine } from '../electron/engine'
import { catalogVersion, keepIndex, type IndexCacheAt } from '../electron/engine/catalog/index-cache'
import { codeVersion } from '../electron/engine/catalog/index-file'
import { seedOrders } from './bench-queue'

const ROOT = resolve(import.meta.dirname, '..')
const CORPUS = resolve(ROOT, '../shared/corpora/catalogs/bigbasket.csv')
const CLI = join(ROOT, 'bin', 'counterchat.mjs')
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function timeRun(args: string[], input?: string, env?: Record<string, string>): number {
  const t = performance.now()
  const r = spawnSync(process.execPath, args, {
    input,
    stdio: ['pipe', 'ignore', 'pipe'],
    env: env ? { ...process.env, ...env } : process.env,
  })
  const ms = performance.now() - t
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr?.toString()}`)
  return ms
}

/** Spawns the host and times its first answers; the child is stopped by its own pid. */
async function hostFirst(dataDir: string): Promise<{ api: number; page: number }> {
  const t0 = performance.now()
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const url = await new Promise<string>((ok, fail) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /running at (http:\/\/\S+)/.exec(out)
        if (m) ok(m[1]!)
      })
      child.once('exit', (code) => fail(new Error(`serve exited (${code})`)))
    })
    // Connect the way the page does: the per-start session cookie, then the socket with it and our Origin.
    const session = await fetch(`${url}session`)
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const api = await new Promise<number>((ok, fail) => {
      const ws = new WebSocket(`${url.replace(/^http/, 'ws')}api`, {
        headers: { Cookie: cookie, Origin: new URL(url).origin },
      })
      ws.on('open', () => ws.send(JSON.stringify({ t: 'call', id: 1, method: 'orders.counts', args: {} })))
      ws.on('message', (data) => {
        const m = JSON.parse(data.toString()) as { t: string; id?: number }
        if (m.t === 'result' && m.id === 1) {
          ok(performance.now() - t0)
          ws.close()
        }
      })
      ws.on('error', fail)
    })
    const res = await fetch(url)
    await res.arrayBuffer()
    return { api, page: performance.now() - t0 }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(
      `bench:start: corpus not found at ${CORPUS}; skipping (it lives in ../shared/corpora beside the project)`,
    )
    return
  }
  if (!existsSync(join(ROOT, 'out', 'cli', 'main.js')))
    throw new Error('out/cli is not built: npm run build:cli')
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-start-'))
  try {
    const seed = createEngine({ dataDir: dir, startMessaging: false })
    await seed.catalog.importCsv('bigbasket.csv', readFileSync(CORPUS))
    seedOrders(seed.db, 100_000, Date.now())
    seed.db.exec('ANALYZE')
    await seed.close()
    console.log(`seeded ${dir}: 27,555 products, 100,000 orders (load average ${load()})`)

    const floor = Array.from({ length: 10 }, () => timeRun(['-e', '0']))
    const help = Array.from({ length: 10 }, () => timeRun([CLI, '--help']))
    console.log(
      `counterchat --help: p50 ${median(help).toFixed(0)} ms (node -e 0: ${median(floor).toFixed(0)} ms) (load average ${load()})`,
    )

    // The engine's own start path (Conversation.index() does at once what a start does between other work),
    // built with nothing kept, and loaded from what an earlier start kept: named by the built CLI's chunks, as
    // the host names it (hashed at each start, as the host does), in a folder of the bench's own.
    const chunks = join(ROOT, 'out', 'cli', 'chunks')
    const chunk = pathToFileURL(
      join(
        chunks,
        readdirSync(chunks).find((n) => n.endsWith('.js'))!,
      ),
    ).href
    const kept: IndexCacheAt = { dir: join(dir, 'bench-cache'), code: () => codeVersion(chunk) }
    const startIndex = async (cache: IndexCacheAt | null) => {
      const engine = createEngine({ dataDir: dir, startMessaging: false, indexCache: cache })
      const t = performance.now()
      const index = engine.conversation.index()
      const ms = performance.now() - t
      let keep = 0
      if (cache) {
        const k = performance.now()
        keepIndex(cache, catalogVersion(engine.db)!, index)
        keep = performance.now() - k
      }
      await engine.close()
      return { ms, keep }
    }
    const builds: number[] = []
    const loads: number[] = []
    const keeps: number[] = []
    for (let i = 0; i < 5; i++) builds.push((await startIndex(null)).ms)
    keeps.push((await startIndex(kept)).keep)
    for (let i = 0; i < 5; i++) loads.push((await startIndex(kept)).ms)
    console.log(
      `catalog index at engine start: built from the database p50 ${median(builds).toFixed(0)} ms (${builds.map((b) => b.toFixed(0)).join(', ')}), loaded as kept by an earlier start p50 ${median(loads).toFixed(0)} ms (${loads.map((b) => b.toFixed(0)).join(', ')}); keeping it cost the first start ${keeps[0]!.toFixed(0)} ms (load average ${load()})`,
    )

    const firsts: { api: number; page: number }[] = []
    for (let i = 0; i < 3; i++) firsts.push(await hostFirst(dir))
    const api = median(firsts.map((f) => f.api))
    const page = median(firsts.map((f) => f.page))
    console.log(
      `headless host, spawn -> first API answer: p50 ${api.toFixed(0)} ms, -> first page ${page.toFixed(0)} ms (load average ${load()})`,
    )

    const one = JSON.stringify({ id: 1, text: '2 kg aloo, 1 amul butter 500g' }) + '\n'
    const parseArgs = [CLI, 'parse', '--catalog', CORPUS]
    const parseOne = median(
      Array.from({ length: 3 }, () => timeRun(parseArgs, one, { COUNTERCHAT_NO_CACHE: '1' })),
    )
    // the index kept from an earlier run (in a cache folder of our own, the first run fills it)
    const cacheEnv = { XDG_CACHE_HOME: join(dir, 'cache') }
    timeRun(parseArgs, one, cacheEnv)
    const parseKept = median(Array.from({ length: 3 }, () => timeRun(parseArgs, one, cacheEnv)))
    console.log(
      `counterchat parse, one message over the big catalog: p50 ${parseOne.toFixed(0)} ms building the index, ${parseKept.toFixed(0)} ms with it kept from an earlier run (load average ${load()})`,
    )
    console.log(
      JSON.stringify({
        help_ms: Math.round(median(help)),
        index_ms: Math.round(median(builds)),
        index_loaded_ms: Math.round(median(loads)),
        index_keep_ms: Math.round(keeps[0]!),
        host_first_api_ms: Math.round(api),
        host_first_page_ms: Math.round(page),
        parse_one_ms: Math.round(parseOne),
        parse_one_kept_ms: Math.round(parseKept),
      }),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
