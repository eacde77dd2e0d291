// `counterchat backup --data DIR [--to FILE]`: a consistent copy of the shop's database (SQLite's online backup,
// safe while the app or host is running), into DIR/backups or to FILE. The copy is private (0600).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { openShop } from '../../shop/open'
import { backupTo } from '../../engine/backup/service'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'

export const run: Command = async (argv, io) => {
  const { flags, positionals } = parseFlags(argv, { data: 'string', to: 'string' })
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]!.slice(0, 100)}"; usage: counterchat backup --data DIR [--to FILE]`)
  const to = typeof flags.to === 'string' ? resolve(flags.to) : null
  if (to && existsSync(to)) throw new UsageError(`${to} already exists; choose a new file name`)
  // A copy elsewhere only reads the shop: it works on a read-only data folder too.
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli', access: to ? 'read' : 'write' })
  const { engine } = shop
  try {
    if (to) {
      await backupTo(engine.db, to)
      io.stdout.write(`backup written to ${to}\n`)
    } else {
      const made = await engine.backups.now('manual')
      io.stdout.write(`backup written to ${resolve(engine.dataDir!, 'backups', made.file)}\n`)
    }
    return 0
  } finally {
    await shop.close()
  }
}
