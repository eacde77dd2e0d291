#!/usr/bin/env node
// Runs the built CLI (out/cli: `npm run build`, and at install by the `prepare` script), so a start never
// compiles TypeScript. Without a build, or with sources edited since it was made (a checkout between builds),
// it runs the TypeScript directly through tsx instead, so `npx counterchat` always does what the code says.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import module from 'node:module'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// `counterchat export | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'out', 'cli', 'main.js')

/** Whether a .ts file the CLI is built from changed after the build (a few ms for ~150 files). */
function sourcesNewerThan(ms) {
  for (const dir of ['electron', 'shared']) {
    const base = join(root, dir)
    if (!existsSync(base)) continue
    for (const e of readdirSync(base, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.ts') || e.name.endsWith('.test.ts')) continue
      if (statSync(join(e.parentPath, e.name)).mtimeMs > ms) return true
    }
  }
  return false
}

/**
 * Where V8 keeps the bundle's compiled code between runs: beside the kept catalog indexes (the same folder as
 * defaultCacheDir() in electron/cli/catalog-cache.ts), private to the user.
 */
function compileCacheDir() {
  const home = homedir()
  const base =
    process.platform === 'win32'
      ? join(process.env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'counterchat', 'Cache')
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Caches', 'counterchat')
        : join(
            process.env.XDG_CACHE_HOME && isAbsolute(process.env.XDG_CACHE_HOME)
              ? process.env.XDG_CACHE_HOME
              : join(home, '.cache'),
            'counterchat',
          )
  return join(base, 'compiled')
}

let main
if (existsSync(built) && !sourcesNewerThan(statSync(built).mtimeMs)) {
  // Compiling the bundle is about a tenth of a short run ("counterchat parse" of one message); V8 keeps the
  // result keyed by the file's contents, so a new build is compiled afresh. No folder (a read-only home): no cache.
  if (process.env.COUNTERCHAT_NO_CACHE !== '1' && module.enableCompileCache) {
    try {
      const dir = compileCacheDir()
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      module.enableCompileCache(dir)
    } catch {
      // the cache only saves time
    }
  }
  ;({ main } = await import(new URL('../out/cli/main.js', import.meta.url).href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../electron/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
