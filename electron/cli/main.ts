// `counterchat <command>`: each command lives in commands/<name>.ts and is loaded only when used,
// so `counterchat parse` does not pay for the HTTP host or SQLite.
import { UsageError, type CliIO, type Command } from './io'

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  serve: () => import('./commands/serve'),
  import: () => import('./commands/import'),
  export: () => import('./commands/export'),
  parse: () => import('./commands/parse'),
  chat: () => import('./commands/chat'),
  orders: () => import('./commands/orders'),
  paylink: () => import('./commands/paylink'),
  config: () => import('./commands/config'),
  backup: () => import('./commands/backup'),
  restore: () => import('./commands/restore'),
  khata: () => import('./commands/khata'),
  receipt: () => import('./commands/receipt'),
  dayclose: () => import('./commands/dayclose'),
}

const USAGE = `usage: counterchat <command> [options]

commands:
  serve [--port N] [--data DIR] [--lan]     the headless host: the app in a browser
  import FILE.csv --data DIR [--replace]    load a catalog CSV (sku,name,price,unit,size,aliases,category,stock,active,barcode);
                                            --replace takes products not in the file off sale
  export --data DIR                         print the catalog as CSV
  parse --catalog FILE.csv                  JSON lines {"id","text"} in, understood orders out
  chat --data DIR --from PHONE [--json]     be a customer: stdin lines in, the shop's replies out
  orders --data DIR [--json] [--status S]   the order queue, one order per line
  paylink --data DIR --order N [--provider P]  the payment link(s) order N's customer would get
  config set KEY VALUE --data DIR           change a setting (shop.name, payments.upi.vpa, ...); secrets are sealed
  config get KEY | list --data DIR          show settings (secrets only as a masked hint)
  backup --data DIR [--to FILE]             a copy of the shop's database (into DIR/backups, or FILE)
  restore FILE --data DIR                   put a backup back (not while CounterChat runs on DIR)
  khata --data DIR [--customer PHONE] [--json]  khata balances, or one customer's statement
  receipt --data DIR --order N [--escpos]   order N's receipt (ESC/POS bytes with --escpos, --print to print)
  dayclose --data DIR [--day D] [--counted AMOUNT] [--json|--csv|--escpos]  the day close
`

export async function main(argv: string[], io: CliIO = process): Promise<number> {
  const [name, ...rest] = argv
  const load = name ? COMMANDS[name] : undefined
  if (!load) {
    io.stderr.write(name && name !== '--help' ? `unknown command: ${name}\n\n${USAGE}` : USAGE)
    return name && name !== '--help' ? 2 : 0
  }
  try {
    const { run } = await load()
    return await run(rest, io)
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`counterchat ${name}: ${err.message}\n`)
      return 2
    }
    io.stderr.write(`counterchat ${name}: ${err instanceof Error ? err.message : String(err)}\n`)
    return 1
  }
}
