// `counterchat serve` in a fresh clone (after `npm ci`, before any build) builds the UI once instead of
// serving an empty page: electron-vite is a dev dependency, present in a clone, absent from an installed app
// (which ships out/renderer built).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { CliIO } from './io'

export async function ensureRendererBuilt(staticDir: string, root: string, io: CliIO): Promise<boolean> {
  if (existsSync(join(staticDir, 'index.html'))) return true
  let bin: string
  try {
    bin = join(dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  } catch {
    io.stderr.write('note: the UI is not built yet (npm run build); serving the API only\n')
    return false
  }
  io.stderr.write('The UI is not built yet: building it once (npm run build), this takes a minute…\n')
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', () => resolve(null))
    child.on('exit', (c) => resolve(c))
  })
  const ok = code === 0 && existsSync(join(staticDir, 'index.html'))
  if (!ok) io.stderr.write('note: building the UI failed (see above); serving the API only. Try `npm run build`.\n')
  return ok
}
