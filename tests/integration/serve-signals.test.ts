// `counterchat serve` stops on SIGTERM and SIGINT however it was started: run directly, or through npm
// (`npx counterchat serve`), where npm and a shell sit between the signal and the server and do not pass a
// SIGTERM on. Stopped means: the port is closed, the host.lock is gone, and no server process is left.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { runningHostPid } from '../../electron/engine/host-lock'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const dirs: string[] = []
const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function start(command: string, args: string[]): Promise<{ child: ChildProcess; port: number; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-signal-'))
  dirs.push(dataDir)
  const child = spawn(command, [...args, 'serve', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
  })
  children.push(child)
  let out = ''
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start:\n${out}`)), 40_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)
      if (m) {
        clearTimeout(timer)
        ok(Number(m[1]))
      }
    })
    child.on('exit', () => fail(new Error(`serve exited early:\n${out}`)))
  })
  return { child, port, dataDir }
}

async function stopped(port: number, dataDir: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => true,
      () => false,
    )
    if (!up && runningHostPid(dataDir) === null && !existsSync(join(dataDir, 'host.lock'))) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

/** The process has ended (gone, or a zombie nobody reaped yet: it runs no code any more). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      if (/^\d+ \(.*\) Z/.test(stat)) return true
    } catch {
      return true
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

describe('serve stops on a signal', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`run directly: ${signal} stops it cleanly (exit 0)`, async () => {
      const { child, port, dataDir } = await start(process.execPath, [join(ROOT, 'bin', 'counterchat.mjs')])
      expect(runningHostPid(dataDir)).toBe(child.pid)
      const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
      child.kill(signal)
      expect(await exit).toBe(0)
      expect(await stopped(port, dataDir)).toBe(true)
    }, 60_000)
  }

  it('through npx: a SIGTERM to npx stops the server underneath too', async (ctx) => {
    const npx = [dirname(process.execPath), ...(process.env.PATH ?? '').split(':')]
      .map((d) => join(d, 'npx'))
      .find((p) => existsSync(p))
    if (!npx) return ctx.skip()
    const { child, port, dataDir } = await start(npx, ['--offline', '--no-install', 'counterchat'])
    const server = runningHostPid(dataDir)
    expect(server).not.toBeNull()
    expect(server).not.toBe(child.pid)
    try {
      child.kill('SIGTERM')
      expect(await stopped(port, dataDir)).toBe(true)
      expect(await gone(server!)).toBe(true)
    } finally {
      // Never leave an orphaned server behind, even when this test fails.
      try {
        process.kill(server!, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }, 60_000)
})
