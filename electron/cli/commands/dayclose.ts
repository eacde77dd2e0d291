// `counterchat dayclose --data DIR [--day YYYY-MM-DD] [--counted AMOUNT] [--json | --csv | --escpos]`: the day
// close (cash expected vs counted, UPI, online, khata given and received). --counted is in major units ("4520.50").
import { openShop } from '../../shop/open'
import { dayClose, dayCloseCsv, dayCloseLines } from '../../engine/counter/day-close'
import { parseMajor } from '../../../shared/money'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'

const USAGE =
  'usage: counterchat dayclose --data DIR [--day YYYY-MM-DD] [--counted AMOUNT] [--json | --csv | --escpos]\n'

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, {
    data: 'string',
    day: 'string',
    counted: 'string',
    json: 'boolean',
    csv: 'boolean',
    escpos: 'boolean',
    help: 'boolean',
  })
  if (flags.help) {
    io.stdout.write(USAGE)
    return 0
  }
  if (typeof flags.day === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(flags.day))
    throw new UsageError('--day is YYYY-MM-DD')
  let counted: number | undefined
  if (typeof flags.counted === 'string') {
    const n = parseMajor(flags.counted)
    if (n === null || n < 0)
      throw new UsageError(`--counted "${flags.counted}" is not an amount (e.g. 4520.50)`)
    counted = n
  }
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli' })
  const { engine } = shop
  try {
    const r = dayClose(engine.db, engine.settings, engine.clock.now(), {
      ...(typeof flags.day === 'string' ? { day: flags.day } : {}),
      ...(counted !== undefined ? { counted } : {}),
    })
    if (flags.json) io.stdout.write(`${JSON.stringify(r)}\n`)
    else if (flags.csv) io.stdout.write(dayCloseCsv(r).csv)
    else if (flags.escpos) io.stdout.write(Buffer.from(engine.receipts.dayCloseBytes(r)))
    else
      io.stdout.write(
        `${dayCloseLines(r, engine.settings.get('shop.name'))
          .map(([a, b]) => (b ? `${a.padEnd(28)} ${b}` : a))
          .join('\n')}\n`,
      )
    return 0
  } finally {
    await shop.close()
  }
}
