// `counterchat khata --data DIR [--customer PHONE] [--json]`: every customer's balance, or one customer's
// statement. JSON shapes (amounts in minor units, times as ISO 8601 UTC; see docs/counter.md):
//   balances:  {"currency","totalDue","totalAdvance","customers":[{"customer","name","balance","creditLimit",
//               "reminders","entries","lastEntryAt"}]}   (largest balance first; negative balance = advance)
//   statement: {"currency","customer","name","balance","creditLimit","reminders","entries":[{"id","at","kind",
//               "amount","method","order","note","balance"}]}   (oldest first; "balance" is the running balance)
import { openShop } from '../../shop/open'
import { formatMoney, type Currency } from '../../../shared/money'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'
import { PhoneError } from '../../engine/khata/phone'

const USAGE = 'usage: counterchat khata --data DIR [--customer PHONE] [--json]\n'
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { data: 'string', customer: 'string', json: 'boolean', help: 'boolean' })
  if (flags.help) {
    io.stdout.write(USAGE)
    return 0
  }
  if (flags.customer === '') throw new UsageError('--customer needs a phone number')
  // Reading the ledger must not start sending anything queued in the shop's outbox.
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli' })
  const { engine } = shop
  try {
    const { khata } = engine
    let doc: Record<string, unknown>
    let text: string
    if (typeof flags.customer === 'string') {
      let st
      try {
        st = khata.statement(flags.customer)
      } catch (err) {
        if (err instanceof PhoneError) throw new UsageError(err.message)
        throw err
      }
      const m = (n: number) => formatMoney(n, st.currency as Currency)
      doc = {
        currency: st.currency,
        customer: st.customer.customer,
        name: st.customer.name,
        balance: st.customer.balance,
        creditLimit: st.customer.creditLimit,
        reminders: st.customer.reminders,
        entries: st.entries.map((e) => ({
          id: e.id,
          at: iso(e.at),
          kind: e.kind,
          amount: e.amount,
          method: e.method,
          order: e.orderNumber,
          note: e.note,
          balance: e.balance,
        })),
      }
      text = [
        `${st.customer.customer}${st.customer.name ? ` (${st.customer.name})` : ''}`,
        ...st.entries.map(
          (e) =>
            `${iso(e.at)!.slice(0, 16).replace('T', ' ')}  ${e.kind.padEnd(10)} ${(e.orderNumber ? `#${e.orderNumber}` : (e.method ?? e.note ?? '')).padEnd(12)} ${m(e.amount).padStart(12)} ${m(e.balance).padStart(12)}`,
        ),
        `balance ${m(st.customer.balance)}`,
      ].join('\n')
    } else {
      const b = khata.balances()
      const m = (n: number) => formatMoney(n, b.currency)
      doc = {
        currency: b.currency,
        totalDue: b.items.reduce((s, c) => s + Math.max(0, c.balance), 0),
        totalAdvance: b.items.reduce((s, c) => s + Math.max(0, -c.balance), 0),
        customers: b.items.map((c) => ({
          customer: c.customer,
          name: c.name,
          balance: c.balance,
          creditLimit: c.creditLimit,
          reminders: c.reminders,
          entries: c.entries,
          lastEntryAt: iso(c.lastEntryAt),
        })),
      }
      text =
        b.items.length === 0
          ? 'no khata entries yet'
          : b.items
              .map(
                (c) => `${c.customer.padEnd(16)} ${(c.name ?? '').padEnd(20)} ${m(c.balance).padStart(12)}`,
              )
              .join('\n')
    }
    io.stdout.write(flags.json ? `${JSON.stringify(doc)}\n` : `${text}\n`)
    return 0
  } finally {
    await shop.close()
  }
}
