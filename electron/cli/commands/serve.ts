import { existsSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseFlags, UsageError, type Command } from '../io'
import { createEngine } from '../../engine'
import { startHost } from '../../host/server'
import { ensureLanToken } from '../../host/token'
import { dataDirFrom } from '../data-dir'
import { watchExternalWrites } from '../../engine/external-writes'
import { createHostWhatsApp } from '../../engine/whatsapp-host'
import { ensureRendererBuilt } from '../build-ui'

export const DEFAULT_PORT = 7420

/** `counterchat serve [--port N] [--data DIR] [--lan] [--reset-token]`: the app in any browser. */
export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { port: 'string', data: 'string', lan: 'boolean', 'reset-token': 'boolean' })
  const port = flags.port === undefined ? DEFAULT_PORT : Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got ${String(flags.port)}`)
  const dataDir = dataDirFrom(flags.data)
  const staticDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url))
  await ensureRendererBuilt(staticDir, fileURLToPath(new URL('../../..', import.meta.url)), io)
  // WhatsApp starts on "Link WhatsApp", or here when this shop was linked before (docs/whatsapp.md).
  const whatsapp = createHostWhatsApp({ dataDir, env: process.env })
  const engine = createEngine({ dataDir, host: 'headless', logger: undefined, gateway: whatsapp.gateway })
  const lan = flags.lan === true
  const token = lan ? ensureLanToken(dataDir, flags['reset-token'] === true) : null
  const host = await startHost({ engine, port, lan, staticDir: existsSync(staticDir) ? staticDir : null })
  const stopWatching = watchExternalWrites(engine.db, engine.events)
  whatsapp.attach(engine)
  io.stdout.write(`CounterChat is running at ${host.url} (data in ${dataDir})\n`)
  if (lan) {
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address)
    if (token) {
      io.stdout.write('LAN access is on. Open this on the shop\'s tablet or second screen (shown only now; keep it private):\n')
      for (const a of addresses) io.stdout.write(`  http://${a}:${host.port}/?token=${token}\n`)
    } else {
      io.stdout.write(`LAN access is on at ${addresses.map((a) => `http://${a}:${host.port}/`).join(' ')} with the pairing token shown when it was created (--reset-token makes a new one)\n`)
    }
  }
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  stopWatching()
  await host.close()
  await whatsapp.stop()
  await engine.close()
  return 0
}
