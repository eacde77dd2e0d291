import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { parseFlags, UsageError, type Command } from '../io'
import { openShop } from '../../shop/open'
import { MAX_CSV_BYTES } from '../../engine/catalog/csv'
import { dataDirFrom } from '../data-dir'

/**
 * `counterchat import FILE.csv --data DIR [--replace]`: the same import as the catalog screen, from a terminal.
 * Merges by default (update and add, keep the rest); --replace takes products not in the file off sale.
 */
export const run: Command = async (argv, io) => {
  const { flags, positionals } = parseFlags(argv, { data: 'string', replace: 'boolean' })
  const file = positionals[0]
  if (!file) throw new UsageError('usage: counterchat import FILE.csv --data DIR [--replace]')
  const mode = flags.replace ? 'replace' : 'merge'
  const size = statSync(file).size
  if (size > MAX_CSV_BYTES) {
    io.stderr.write(`${file}: ${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_CSV_BYTES / 1024 / 1024} MB limit; nothing imported\n`)
    return 1
  }
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli' })
  const { engine } = shop
  try {
    let lastShown = 0
    const unsubscribe = engine.events.subscribe((event, payload) => {
      if (event !== 'catalog.importProgress') return
      const p = payload as { done: number; total: number }
      if (io.stderr === process.stderr && process.stderr.isTTY && p.total > 5000 && p.done - lastShown >= 5000) {
        lastShown = p.done
        io.stderr.write(`\rimporting ${p.done}/${p.total}`)
      }
    })
    const report = await engine.catalog.importCsv(basename(file), readFileSync(file), { mode })
    unsubscribe()
    if (lastShown) io.stderr.write('\n')
    if (report.fileError) {
      io.stderr.write(`${file}: ${report.fileError}\n`)
      return 1
    }
    for (const e of report.errors) io.stderr.write(`${file}:${e.line}: ${e.message}\n`)
    io.stdout.write(
      `imported ${report.inserted + report.updated} products (${report.inserted} new, ${report.updated} updated), ${report.errors.length} rows skipped\n`,
    )
    if (mode === 'replace') io.stdout.write(`${report.deactivated} products not in the file taken off sale\n`)
    return report.errors.length > 0 && report.inserted + report.updated === 0 ? 1 : 0
  } finally {
    await shop.close()
  }
}
