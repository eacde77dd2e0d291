import { parseFlags, type Command } from '../io'
import { createEngine } from '../../engine'
import { dataDirFrom } from '../data-dir'

/** `counterchat export --data DIR`: the catalog as CSV on stdout, in the import format. */
export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { data: 'string' })
  const engine = createEngine({ dataDir: dataDirFrom(flags.data), startMessaging: false, access: 'read' })
  try {
    io.stdout.write(engine.catalog.exportCsv())
    return 0
  } finally {
    await engine.close()
  }
}
