// The CLI's view of the outside world, so a command can be run from a test with strings in and out.
import type { Readable, Writable } from 'node:stream'

export interface CliIO {
  stdin: Readable
  stdout: Writable
  stderr: Writable
}

export type Command = (argv: string[], io: CliIO) => Promise<number>

/** Exit codes: 0 ok, 1 the work failed, 2 the command line was wrong. */
export class UsageError extends Error {}

/** Minimal flag reader: --name value, --flag, and positionals. Unknown flags are a usage error. */
export function parseFlags(
  argv: string[],
  spec: Record<string, 'string' | 'boolean'>,
): { flags: Record<string, string | boolean | undefined>; positionals: string[] } {
  const flags: Record<string, string | boolean | undefined> = {}
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) {
      positionals.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    const kind = spec[name]
    if (!kind) throw new UsageError(`unknown option --${name}`)
    if (kind === 'boolean') flags[name] = true
    else {
      const value = inline ?? argv[++i]
      if (value === undefined) throw new UsageError(`--${name} needs a value`)
      flags[name] = value
    }
  }
  return { flags, positionals }
}
