// The shop's files are private to the user running CounterChat: the data folder and the folders in it
// (backups/, whatsapp/ with the WhatsApp login) are 0700, every file in them 0600. New files are made that way;
// folders and files left more open by an older version are tightened at start, and the log says so once
// (the next start finds nothing to tighten). No-op on Windows, where folder ACLs already belong to the user.
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

export const DIR_MODE = 0o700
export const FILE_MODE = 0o600

const posix = process.platform !== 'win32'

/** Creates `dir` (and parents) as 0700; an existing folder keeps its mode until `tightenDataDir`. */
export function mkdirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE })
}

/** Writes `data` to `path` as 0600, through a temporary file and a rename, so a reader never sees half of it. */
export function writeFilePrivate(path: string, data: string | Uint8Array): void {
  // A random name (not the time): two writers in one process never share a temporary file.
  const tmp = join(dirname(path), `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(tmp, 'w', FILE_MODE)
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path)
}

/** Sets one path's mode when it is wider than wanted; returns true when it changed something. */
function tighten(path: string, mode: number): boolean {
  if (!posix) return false
  const st = statSync(path, { throwIfNoEntry: false })
  if (!st || st.isSymbolicLink() || (st.mode & 0o777) === mode) return false
  if ((st.mode & 0o077) === 0 && (st.mode & 0o777 & ~mode) === 0) return false
  chmodSync(path, mode)
  return true
}

/**
 * The data folder, its files and the folders the app keeps in it: 0700 / 0600. The WhatsApp browser profile
 * below whatsapp/ is reachable only through the 0700 folders, so its own many files are left as they are.
 * Returns what was tightened (relative paths); a folder the user cannot change (read-only) is skipped.
 */
export function tightenDataDir(dataDir: string): string[] {
  const changed: string[] = []
  const visit = (rel: string, depth: number) => {
    const path = join(dataDir, rel)
    let st
    try {
      st = statSync(path)
    } catch {
      return
    }
    try {
      if (st.isDirectory()) {
        if (tighten(path, DIR_MODE)) changed.push(rel || '.')
        if (depth === 0 || (depth === 1 && (rel === 'backups' || rel === 'whatsapp'))) {
          for (const name of readdirSync(path)) visit(rel ? join(rel, name) : name, depth + 1)
        }
      } else if (st.isFile() && depth <= 2) {
        if (tighten(path, FILE_MODE)) changed.push(rel)
      }
    } catch {
      // Not ours to change (another owner, a read-only disk): the engine still opens or says why it cannot.
    }
  }
  visit('', 0)
  return changed
}

/** Whether process `pid` still runs (EPERM: it exists but belongs to someone else; still running). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
