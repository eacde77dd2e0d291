// A running host (the desktop app or `counterchat serve`) marks its data folder with host.lock (its process
// id), so `counterchat restore` can refuse to swap the database underneath it. A lock left by a process that
// is gone (a crash, a power cut) does not count.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { processAlive as alive, writeFilePrivate } from './private-files'

const FILE = 'host.lock'

/** Marks `dataDir` as served by this process; the returned function removes the mark (if still ours). */
export function markHostRunning(dataDir: string): () => void {
  const path = join(dataDir, FILE)
  writeFilePrivate(path, `${process.pid}\n`)
  return () => {
    if (runningHostPid(dataDir) === process.pid) rmSync(path, { force: true })
  }
}

/** The process id of a host running on `dataDir`, or null. */
export function runningHostPid(dataDir: string): number | null {
  let text: string
  try {
    text = readFileSync(join(dataDir, FILE), 'utf8')
  } catch {
    return null
  }
  const pid = Number(text.trim())
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null
}
