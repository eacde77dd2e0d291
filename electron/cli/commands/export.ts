import { parseFlags, type Command } from '../io'
import { openShop } from '../../shop/open'
import { dataDirFrom } from '../data-dir'

/** `counterchat export --data DIR`: the catalog as CSV on stdout, in the import format. */
export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { data: 'string' })
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli', access: 'read' })
  const { engine } = shop
  try {
    io.stdout.write(engine.catalog.exportCsv())
    return 0
  } finally {
    await shop.close()
  }
}
