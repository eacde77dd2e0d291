import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventEmitter } from 'node:events'

/**
 * Waits for one event with its own deadline: nothing inside whatsapp-web.js bounds the wait for
 * hasSynced, so a broken double must show up as "timeout waiting for ready", not as a stuck test.
 */
export function once<T extends unknown[] = unknown[]>(
  emitter: EventEmitter,
  event: string,
  ms = 15_000,
  filter: (...args: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, on)
      reject(new Error(`timeout waiting for ${event}`))
    }, ms)
    const on = (...args: unknown[]): void => {
      if (!filter(...(args as T))) return
      clearTimeout(timer)
      emitter.off(event, on)
      resolve(args as T)
    }
    emitter.on(event, on)
  })
}

export async function until(
  check: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`timeout waiting for ${what}`)
}

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `counterchat-${prefix}-`))
  // A Chromium that is still shutting down may write into its profile while we delete it.
  return {
    path,
    remove: () => rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }),
  }
}

/** Records the order of client events, for assertions and for a readable failure. */
export function recordEvents(emitter: EventEmitter, names: string[]): string[] {
  const seen: string[] = []
  for (const n of names) emitter.on(n, () => seen.push(n))
  return seen
}

const installed = (createRequire(import.meta.url)('whatsapp-web.js/package.json') as { version: string })
  .version

/**
 * Compares the page members a run touched with `golden-<suite>-<version>.json`. A new module, member or
 * event subscription after an upgrade fails with a diff naming the phase it appeared in. UPDATE_GOLDEN=1
 * rewrites the file (review its diff).
 */
export function surfaceDiff(touched: Map<string, string>, suite: string): string[] {
  const file = new URL(`./golden-${suite}-${installed}.json`, import.meta.url)
  const actual = [...touched.keys()].sort()
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, JSON.stringify(actual, null, 2) + '\n')
  if (!existsSync(file)) {
    return [
      `new whatsapp-web.js ${installed}? No golden surface for it (${file.pathname}). Review what the client ` +
        `reads from the page (tests/whatsapp-double/page/double.js), then run UPDATE_GOLDEN=1 npm run test:whatsapp.`,
    ]
  }
  const golden = JSON.parse(readFileSync(file, 'utf8')) as string[]
  const undefinedReads = actual
    .filter((e) => e.endsWith('(undefined)'))
    .map((e) => `! ${e}: the double lacks it`)
  const added = actual.filter((e) => !golden.includes(e)).map((e) => `+ ${touched.get(e)} ${e}`)
  const removed = golden.filter((e) => !touched.has(e)).map((e) => `- ${e}`)
  return [...undefinedReads, ...added, ...removed]
}
