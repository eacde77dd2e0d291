// `counterchat orders --data DIR [--json] [--status S,...]`: the order queue from a terminal. With --json,
// one order per line: {"number","customer","status","payment","currency","total","lines":[{"sku","name",
// "qty","unit","amount"}]}, amounts in minor units, oldest first.
import { openShop } from '../../shop/open'
import { ORDER_STATUSES, type OrderStatus } from '../../../shared/contract/orders'
import { formatMoney, type Currency } from '../../../shared/money'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'

const PAGE = 500

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { data: 'string', json: 'boolean', status: 'string', help: 'boolean' })
  if (flags.help) {
    io.stdout.write('usage: counterchat orders --data DIR [--json] [--status new,accepted,...]\n')
    return 0
  }
  let statuses: OrderStatus[] | undefined
  if (typeof flags.status === 'string') {
    statuses = flags.status.split(',').map((s) => s.trim()) as OrderStatus[]
    const bad = statuses.find((s) => !(ORDER_STATUSES as readonly string[]).includes(s))
    if (bad) throw new UsageError(`unknown status "${bad}"; known: ${ORDER_STATUSES.join(', ')}`)
  }
  // Reading the queue must not start sending anything queued in the shop's outbox.
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli', access: 'read' })
  const { engine } = shop
  try {
    const { total } = engine.orders.list({ ...(statuses ? { statuses } : {}), offset: 0, limit: 1 })
    // Oldest first, a page at a time, so a shop with 100,000 orders does not load them all at once.
    for (let end = total; end > 0; end -= PAGE) {
      const offset = Math.max(0, end - PAGE)
      const page = engine.orders.list({ ...(statuses ? { statuses } : {}), offset, limit: end - offset })
      for (const summary of page.items.reverse()) {
        const o = engine.orders.get(summary.number)
        let out: string
        if (flags.json) {
          out = JSON.stringify({
            number: o.number,
            customer: o.customer,
            status: o.status,
            payment: o.payment,
            currency: o.currency,
            total: o.total,
            lines: o.lines.map((l) => ({
              sku: l.sku,
              name: l.name,
              qty: l.qty,
              unit: l.unit,
              amount: l.amount,
            })),
          })
        } else {
          const when = new Date(o.createdAt).toISOString().slice(0, 16).replace('T', ' ')
          out = `#${o.number}  ${when}  ${o.customer}  ${o.status}  ${o.payment}  ${formatMoney(o.total, o.currency as Currency)}  (${o.lines.length} lines)`
        }
        if (!io.stdout.write(`${out}\n`)) await new Promise<void>((r) => io.stdout.once('drain', () => r()))
      }
    }
    return 0
  } finally {
    await shop.close()
  }
}
