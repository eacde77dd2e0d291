// `counterchat paylink --data DIR --order NUMBER [--provider upi]`: prints the payment link(s) the order's
// customer would get, one per line. UPI, custom and cash are computed without changing anything; a gateway link
// (razorpay, stripe) has to be created to have a URL, so it is created once, stored and later polled.
import { openShop } from '../../shop/open'
import { NotFoundError } from '../../engine/errors'
import { PAYMENT_PROVIDERS, type PaymentProvider } from '../../../shared/contract/payments'
import { paymentOrderFrom } from '../../engine/payments/service'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'

const USAGE = `usage: counterchat paylink --data DIR --order NUMBER [--provider ${PAYMENT_PROVIDERS.join('|')}]\n`

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { data: 'string', order: 'string', provider: 'string', help: 'boolean' })
  if (flags.help) {
    io.stdout.write(USAGE)
    return 0
  }
  const number = typeof flags.order === 'string' ? Number(flags.order.replace(/^#/, '')) : NaN
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new UsageError('--order NUMBER is required (e.g. --order 1001)')
  let provider: PaymentProvider | undefined
  if (typeof flags.provider === 'string') {
    const p = flags.provider.trim().toLowerCase()
    if (!(PAYMENT_PROVIDERS as readonly string[]).includes(p)) {
      throw new UsageError(`unknown provider "${flags.provider}"; known: ${PAYMENT_PROVIDERS.join(', ')}`)
    }
    provider = p as PaymentProvider
  }
  // Printing a link must not start sending anything queued in the shop's outbox.
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli' })
  const { engine } = shop
  try {
    let order
    try {
      order = engine.orders.get(number)
    } catch (err) {
      if (err instanceof NotFoundError) {
        io.stderr.write(`counterchat paylink: there is no order #${number}\n`)
        return 1
      }
      throw err
    }
    const out = await engine.payments.paylinkText(paymentOrderFrom(order), provider)
    for (const e of out.errors) io.stderr.write(`${e}\n`)
    if (out.ok) io.stdout.write(`${out.text}\n`)
    else if (out.errors.length === 0)
      io.stderr.write('no payment provider is switched on (payments.providers)\n')
    return out.ok ? 0 : 1
  } finally {
    await shop.close()
  }
}
