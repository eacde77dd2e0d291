// `counterchat restore FILE --data DIR`: puts a backup back as the shop's database. Refused while the app or a
// host runs on DIR (it holds the database open). The file it replaces, damaged or not, is kept aside by a
// rename (never overwritten), and the restored copy is checked and opened before the command says it is done.
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { systemClock } from '../../engine'
import { openShop } from '../../shop/open'
import { databaseProblem } from '../../engine/db/open-check'
import { runningHostPid } from '../../engine/host-lock'
import { FILE_MODE, mkdirPrivate } from '../../engine/private-files'
import { backupName } from '../../engine/db/backup-files'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'

export const run: Command = async (argv, io) => {
  const { flags, positionals } = parseFlags(argv, { data: 'string' })
  if (positionals.length !== 1) throw new UsageError('usage: counterchat restore FILE --data DIR')
  const file = resolve(positionals[0]!)
  const dataDir = dataDirFrom(flags.data)
  const target = join(dataDir, 'counterchat.db')
  if (!existsSync(file)) {
    io.stderr.write(`counterchat restore: ${file} does not exist\n`)
    return 1
  }
  const problem = databaseProblem(file)
  if (problem) {
    io.stderr.write(`counterchat restore: the backup ${file} ${problem}; nothing was changed\n`)
    return 1
  }
  if (!isCounterChatDatabase(file)) {
    io.stderr.write(`counterchat restore: ${file} is a database, but not a CounterChat shop; nothing was changed\n`)
    return 1
  }
  const pid = runningHostPid(dataDir)
  if (pid !== null) {
    io.stderr.write(
      `counterchat restore: CounterChat is running on ${dataDir} (process ${pid}). Close the app or stop "counterchat serve" first; nothing was changed.\n`,
    )
    return 1
  }
  mkdirPrivate(dataDir)
  // The replaced database (with its WAL, which may hold its newest changes) is kept aside under one name.
  let keptAside: string | null = null
  if (existsSync(target)) {
    keptAside = join(dataDir, backupName(systemClock.now(), 'before-restore').replace(/^counterchat-/, 'replaced-'))
    for (const suffix of ['-wal', '-shm', '']) {
      if (existsSync(target + suffix)) renameSync(target + suffix, keptAside + suffix)
    }
  }
  const tmp = join(dataDir, `.restore-${process.pid}.db`)
  copyFileSync(file, tmp)
  chmodSync(tmp, FILE_MODE)
  renameSync(tmp, target)
  try {
    // Opens (and, for a copy from an older app, updates) the restored shop, so a problem shows now.
    const shop = openShop({ dataDir, host: 'cli' })
    const { engine } = shop
    const orders = (engine.db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n
    const products = (engine.db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n
    await shop.close()
    io.stdout.write(
      `restored ${file} into ${target}: ${orders} order${orders === 1 ? '' : 's'}, ${products} product${products === 1 ? '' : 's'}\n` +
        (keptAside ? `the replaced database is kept as ${keptAside}\n` : ''),
    )
    return 0
  } catch (err) {
    // Put things back as they were.
    for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true })
    if (keptAside) for (const suffix of ['', '-wal', '-shm']) if (existsSync(keptAside + suffix)) renameSync(keptAside + suffix, target + suffix)
    throw err
  }
}

function isCounterChatDatabase(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'orders'").get()
  } finally {
    db.close()
  }
}
