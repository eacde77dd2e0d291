// Where the project's own files are (out/renderer for the headless host), found from this module's location:
// it runs from electron/cli/ as TypeScript and from out/cli/ (or a chunk below it) once built.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function projectRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from))
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir
    const up = dirname(dir)
    if (up === dir) throw new Error('cannot find the CounterChat folder (no package.json above the CLI)')
    dir = up
  }
}
