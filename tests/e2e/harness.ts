// End-to-end harness: the real headless host (`counterchat serve`) as a child process on a fresh data folder,
// driven by Debian's Chromium through playwright-core. Assumes `npm run build` ran (as `npm test` does), so
// out/renderer holds the UI. Nothing here downloads a browser.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import WebSocket from 'ws'
import { afterAll, beforeAll } from 'vitest'
import type { ApiResult, Args, MethodName, Result } from '../../shared/contract'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const CLI = join(ROOT, 'bin', 'counterchat.mjs')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A fresh, empty folder under the system temp dir; removed by the caller (or by Host.stop for its own). */
export function freshDataDir(prefix = 'counterchat-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `counterchat <args>` to completion, e.g. runCli(['import', file, '--data', dir]). */
export function runCli(args: string[], opts: { timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      fail(new Error(`counterchat ${args.join(' ')} timed out\n${stderr}`))
    }, opts.timeoutMs ?? 50_000)
    child.on('error', fail)
    child.on('close', (code) => {
      clearTimeout(timer)
      ok({ code, stdout, stderr })
    })
  })
}

export interface Host {
  /** Where the UI is served, e.g. http://127.0.0.1:41234/ */
  url: string
  dataDir: string
  process: ChildProcess
  /** `counterchat <args> --data <this host's data dir>` (the CLI opens the same database). */
  cli(args: string[]): Promise<CliResult>
  /** One API call over the host's WebSocket, as a non-browser client; throws on {ok:false}. */
  call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>>
  /** Everything the host printed so far, for failure messages. */
  output(): string
  stop(): Promise<void>
}

/**
 * Opens the host's API socket the way its page does: load the page (which sets the per-start HttpOnly session
 * cookie), then connect with that cookie and the page's Origin. Without both the host answers 401.
 */
export async function connectLikeThePage(url: string): Promise<WebSocket> {
  const page = await fetch(`${url.replace(/\/$/, '')}/session`)
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  if (!cookie) throw new Error(`${url} set no session cookie (HTTP ${page.status})`)
  return new Promise<WebSocket>((ok, fail) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws').replace(/\/$/, '')}/api`, {
      headers: { Cookie: cookie, Origin: new URL(url).origin },
    })
    ws.once('open', () => ok(ws))
    ws.once('error', fail)
    ws.once('unexpected-response', (_req, res) => fail(new Error(`HTTP ${res.statusCode}`)))
  })
}

export interface HostOptions {
  /** A fixed port (e.g. to restart a host where the open pages expect it); default: any free port. */
  port?: number
  /** More `serve` flags, e.g. ['--lan']. */
  args?: string[]
  /** Extra environment for the host, e.g. doubleEnv(port) to point its WhatsApp at the WhatsApp Web double. */
  env?: Record<string, string>
}

/** A TCP port that was free a moment ago, for a host that must come back on the same port. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => ok(port))
    })
  })
}

/**
 * Starts `counterchat serve --port 0 --data <dir>` and resolves once it prints its URL.
 * Without a dataDir a fresh one is made and removed again by stop().
 */
export async function startHost(dataDir?: string, opts: HostOptions = {}): Promise<Host> {
  const ownDir = dataDir === undefined
  const dir = dataDir ?? freshDataDir()
  const serveArgs = ['serve', '--port', String(opts.port ?? 0), '--data', dir, ...(opts.args ?? [])]
  const child = spawn(process.execPath, [CLI, ...serveArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
  })
  let out = ''
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (d: string) => (out += d))
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`counterchat serve did not start in 30 s:\n${out}`)),
      30_000,
    )
    child.stdout.on('data', (d: string) => {
      out += d
      const m = /running at (http:\/\/\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        ok(m[1]!)
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`counterchat serve exited with ${code}:\n${out}`))
    })
  })

  let socket: Promise<WebSocket> | null = null
  let nextId = 1
  const openSocket = () => (socket ??= connectLikeThePage(url))

  return {
    url,
    dataDir: dir,
    process: child,
    cli: (args) => runCli([...args, '--data', dir]),
    async call(method, args) {
      const ws = await openSocket()
      const id = nextId++
      return new Promise((ok, fail) => {
        const onMessage = (data: WebSocket.RawData) => {
          const msg = JSON.parse(data.toString()) as { t: string; id?: number; result?: ApiResult<unknown> }
          if (msg.t !== 'result' || msg.id !== id || !msg.result) return
          ws.off('message', onMessage)
          if (msg.result.ok) ok(msg.result.value as never)
          else fail(new Error(`${method}: ${msg.result.error.message}`))
        }
        ws.on('message', onMessage)
        ws.send(JSON.stringify({ t: 'call', id, method, args }))
      })
    },
    output: () => out,
    async stop() {
      if (socket) (await socket.catch(() => null))?.close()
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      if (ownDir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Debian's Chromium, headless. Never downloads a browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * A page that fails the test on any console error or uncaught exception (CSP violations show up as
 * console errors), at the given viewport.
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  /** e.g. { locale: 'de-DE' } for the browser's language, { colorScheme: 'dark' } for the system theme. */
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  return { page, errors }
}

/** Takes a screenshot to /tmp (or $E2E_SCREENSHOTS) when asked to, so people can look at the UI. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS
  if (!dir) return
  await page.screenshot({ path: join(dir, `${name}.png`) })
}

export interface SampleShop {
  host: Host
  browser: Browser
  page: Page
  /** Errors the page logged (console errors, uncaught exceptions, CSP reports). */
  errors: string[]
}

/**
 * For a test file about one screen: before its tests, a host with the sample shop and a page on `route`
 * (e.g. "#/settings"); after them, both stopped. Read the fields inside tests (they are set by then).
 */
export function useSampleShop(route: string): SampleShop {
  const shop = {} as SampleShop
  beforeAll(async () => {
    ;[shop.host, shop.browser] = await Promise.all([startHost(), launchBrowser()])
    await shop.host.call('catalog.loadSample', {})
    Object.assign(shop, await openPage(shop.browser, `${shop.host.url}${route}`))
  })
  afterAll(async () => {
    await shop.browser?.close()
    await shop.host?.stop()
  })
  return shop
}
