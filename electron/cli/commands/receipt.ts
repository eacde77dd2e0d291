// `counterchat receipt --data DIR --order N [--escpos | --print]`: order N's receipt. --escpos writes the
// ESC/POS bytes to stdout (pipe them to a printer: `> /dev/usb/lp0`, `| nc printer 9100`); --print sends them
// to the printer set in Settings (receipt.printer); without either, a text preview.
import { openShop } from '../../shop/open'
import { NotFoundError } from '../../engine/errors'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'

const USAGE = 'usage: counterchat receipt --data DIR --order N [--escpos | --print]\n'

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, {
    data: 'string',
    order: 'string',
    escpos: 'boolean',
    print: 'boolean',
    help: 'boolean',
  })
  if (flags.help) {
    io.stdout.write(USAGE)
    return 0
  }
  const number = typeof flags.order === 'string' ? Number(flags.order.replace(/^#/, '')) : NaN
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new UsageError('--order N is required (e.g. --order 1001)')
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli' })
  const { engine } = shop
  try {
    try {
      engine.orders.get(number)
    } catch (err) {
      if (err instanceof NotFoundError) {
        io.stderr.write(`counterchat receipt: there is no order #${number}\n`)
        return 1
      }
      throw err
    }
    if (flags.print) {
      const out = await engine.receipts.print(number)
      if (!out.printed) {
        io.stderr.write(`counterchat receipt: ${out.error}\n`)
        return 1
      }
      io.stdout.write(`printed the receipt of #${number}\n`)
      return 0
    }
    const bytes = flags.escpos
      ? engine.receipts.bytes(number)
      : new TextEncoder().encode(`${engine.receipts.text(number)}\n`)
    await new Promise<void>((resolve, reject) =>
      io.stdout.write(Buffer.from(bytes), (err) => (err ? reject(err) : resolve())),
    )
    return 0
  } finally {
    await shop.close()
  }
}
