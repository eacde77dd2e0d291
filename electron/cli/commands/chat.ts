// `counterchat chat --data DIR --from PHONE [--json]`: be a customer from a terminal. Each stdin line is one
// message from PHONE through the simulator gateway; every reply to PHONE is printed (with --json as one
// {"to","text"} object per line). Exits at end of input once every reply has been sent.
import { createInterface } from 'node:readline'
import { openShop } from '../../shop/open'
import { dataDirFrom } from '../data-dir'
import { parseFlags, UsageError, type Command } from '../io'

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, {
    data: 'string',
    from: 'string',
    json: 'boolean',
    name: 'string',
    help: 'boolean',
  })
  if (flags.help) {
    io.stdout.write('usage: counterchat chat --data DIR --from PHONE [--json] [--name NAME] < messages.txt\n')
    return 0
  }
  const from = typeof flags.from === 'string' ? flags.from.trim() : ''
  if (!from) throw new UsageError('--from PHONE is required (e.g. --from +919800000001)')
  const name = typeof flags.name === 'string' ? flags.name : null
  const shop = openShop({
    dataDir: dataDirFrom(flags.data),
    host: 'cli',
    // A customer at the terminal: the outbox runs (to the simulator), as it would in the app.
    startMessaging: true,
    // The simulator is no WhatsApp number that could be banned, and a script types faster than a person:
    // lift the per-chat flood and rate limits so every line gets its reply at once.
    limits: {
      inboundPerChatPerMinute: 1_000_000,
      outboundPerChatPerMinute: 1_000_000,
      outboundPerMinute: 1_000_000,
    },
    // Its own simulator channel: the app may be running on the same folder with its own simulator, and each
    // must print (or show) only the replies of its own pretend phones.
    simulatorChannel: `cli-${process.pid}`,
  })
  const { engine } = shop
  const writes: Promise<void>[] = []
  const unsubscribe = engine.simulator.onSent((m) => {
    if (m.to !== from) return
    const out = flags.json ? `${JSON.stringify({ to: m.to, text: m.text })}\n` : `${m.text}\n\n`
    if (!io.stdout.write(out)) writes.push(new Promise<void>((r) => io.stdout.once('drain', () => r())))
  })
  try {
    await engine.messaging.start()
    const rl = createInterface({ input: io.stdin, crlfDelay: Infinity })
    for await (const line of rl) {
      if (line.trim() === '') continue
      engine.simulator.simulateInbound(from, line, name)
      // One message at a time, as a person types: each reply is printed before the next line is read.
      await engine.messaging.whenIdle()
      // A confirmed order's payment message is prepared in the background (it may call a gateway): wait for it
      // too, or it would be queued on this process's simulator channel after the last reply and never sent.
      await engine.payments.idle()
      await engine.messaging.whenIdle()
    }
    await engine.messaging.whenIdle()
    await Promise.all(writes)
    return 0
  } finally {
    unsubscribe()
    await shop.close()
  }
}
