// Chrome is a tree of processes (browser, GPU, utility, one renderer per page): its memory is the sum of the
// tree, and a crashed or frozen WhatsApp page is one renderer in it. Linux reads /proc; elsewhere `ps` (macOS);
// where neither works (Windows) the answer is null, never a guess.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

export interface ProcessInfo {
  pid: number
  ppid: number
  /** Resident memory in bytes. */
  rss: number
  /**
   * Its proportional share of resident memory (Linux PSS): Chrome's processes share most of their pages, so
   * summing their RSS counts the shared ones once per process; summing PSS does not. RSS where PSS is unknown.
   */
  share: number
  /** The command line, arguments joined by spaces. */
  command: string
}

function procTable(): ProcessInfo[] | null {
  if (existsSync('/proc/self/status')) {
    const out: ProcessInfo[] = []
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue
      try {
        const status = readFileSync(`/proc/${name}/status`, 'utf8')
        const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1)
        // A zombie or kernel thread has no VmRSS line: it holds no user memory.
        const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0)
        let pssKb: number | null = null
        try {
          pssKb = Number(/^Pss:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${name}/smaps_rollup`, 'utf8'))?.[1])
        } catch {
          // Older kernels, or another user's process.
        }
        const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim()
        out.push({
          pid: Number(name),
          ppid,
          rss: rssKb * 1024,
          share: (pssKb !== null && Number.isFinite(pssKb) ? pssKb : rssKb) * 1024,
          command,
        })
      } catch {
        // The process ended while we looked.
      }
    }
    return out
  }
  if (process.platform === 'win32') return null
  try {
    const text = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss=,command='], {
      encoding: 'utf8',
      timeout: 5000,
    })
    return text
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => {
        const rss = Number(m[3]) * 1024
        return { pid: Number(m[1]), ppid: Number(m[2]), rss, share: rss, command: m[4] ?? '' }
      })
  } catch {
    return null
  }
}

/** `rootPid` and all its descendants, or null where the process table cannot be read. */
export function processTree(rootPid: number): ProcessInfo[] | null {
  const table = procTable()
  if (!table) return null
  const children = new Map<number, ProcessInfo[]>()
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  const root = table.find((p) => p.pid === rootPid)
  if (!root) return []
  const out: ProcessInfo[] = []
  const stack = [root]
  while (stack.length) {
    const p = stack.pop()!
    out.push(p)
    stack.push(...(children.get(p.pid) ?? []))
  }
  return out
}

/**
 * Resident memory of a process and everything it started, in bytes (shared pages counted once, see
 * ProcessInfo.share); null when unknown.
 */
export function treeRss(rootPid: number): number | null {
  const tree = processTree(rootPid)
  if (!tree || tree.length === 0) return null
  return tree.reduce((sum, p) => sum + p.share, 0)
}

/** Chrome's page renderers under a browser process (not its GPU, network or extension processes). */
export function rendererPids(browserPid: number): number[] {
  return (processTree(browserPid) ?? [])
    .filter((p) => p.command.includes('--type=renderer') && !p.command.includes('--extension-process'))
    .map((p) => p.pid)
}
