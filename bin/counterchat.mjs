#!/usr/bin/env node
// Runs the built CLI (out/cli: `npm run build`, and at install by the `prepare` script), so a start never
// compiles TypeScript. Without a build, or with sources edited since it was made (a checkout between builds),
// it runs the TypeScript directly through tsx instead, so `npx counterchat` always does what the code says.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
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

let main
if (existsSync(built) && !sourcesNewerThan(statSync(built).mtimeMs)) {
  ;({ main } = await import(new URL('../out/cli/main.js', import.meta.url).href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../electron/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
