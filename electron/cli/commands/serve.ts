import { existsSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { parseFlags, UsageError, type Command } from '../io'
import { startHost } from '../../host/server'
import { ensureLanToken } from '../../host/token'
import { forgetDevices } from '../../host/auth'
import { dataDirFrom } from '../data-dir'
import { projectRoot } from '../project-root'
import { openShop } from '../../shop/open'
import { ensureRendererBuilt } from '../build-ui'

export const DEFAULT_PORT = 7420

/** `counterchat serve [--port N] [--data DIR] [--lan] [--reset-token]`: the app in any browser. */
export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, {
    port: 'string',
    data: 'string',
    lan: 'boolean',
    'reset-token': 'boolean',
  })
  const port = flags.port === undefined ? DEFAULT_PORT : Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0-65535, got ${String(flags.port)}`)
  const dataDir = dataDirFrom(flags.data)
  // Everything this long-running host creates (WAL, logs, backups, WhatsApp's browser profile) is private.
  if (process.platform !== 'win32') process.umask(0o077)
  // Stop on SIGTERM/SIGINT from the moment we start, so a signal during start-up does not leave a host behind.
  let stopRequested = false
  let wake: () => void = () => {}
  const stop = () => {
    stopRequested = true
    wake()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  process.on('SIGHUP', stop)
  // Started through npm (`npx counterchat serve`, `npm run serve`), we are npm's grandchild behind a shell; a
  // SIGTERM to npm ends npm and the shell but is not passed on, and we would keep serving, orphaned. So when
  // npm started us and our parent goes away, we stop too.
  const launcher = process.env.npm_command ? process.ppid : null
  const orphanWatch = launcher !== null ? setInterval(() => process.ppid !== launcher && stop(), 500) : null
  orphanWatch?.unref()
  const staticDir = join(projectRoot(), 'out', 'renderer')
  await ensureRendererBuilt(staticDir, projectRoot(), io)
  // WhatsApp starts on "Link WhatsApp", or here when this shop was linked before (docs/whatsapp.md).
  const shop = openShop({ dataDir, host: 'headless', env: process.env })
  const lan = flags.lan === true
  let host: Awaited<ReturnType<typeof startHost>>
  let token: string | null
  try {
    // A new token unpairs every device paired with the old one.
    if (flags['reset-token'] === true) forgetDevices(dataDir)
    token = lan ? ensureLanToken(dataDir, flags['reset-token'] === true) : null
    host = await startHost({ engine: shop.engine, port, lan, staticDir: existsSync(staticDir) ? staticDir : null })
  } catch (err) {
    // The port is taken, say: nothing of the shop is left running (WhatsApp's browser, host.lock).
    if (orphanWatch) clearInterval(orphanWatch)
    await shop.close()
    throw err
  }
  io.stdout.write(`CounterChat is running at ${host.url} (data in ${dataDir})\n`)
  if (lan) {
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address)
    if (token) {
      io.stdout.write(
        "LAN access is on. Open this on the shop's tablet or second screen (shown only now; keep it private):\n",
      )
      for (const a of addresses) io.stdout.write(`  http://${a}:${host.port}/?token=${token}\n`)
    } else {
      io.stdout.write(
        `LAN access is on at ${addresses.map((a) => `http://${a}:${host.port}/`).join(' ')} with the pairing token shown when it was created (--reset-token makes a new one)\n`,
      )
    }
  }
  if (!stopRequested) await new Promise<void>((resolveStop) => (wake = resolveStop))
  // A second signal while closing ends at once (the shopkeeper pressed Ctrl+C twice).
  process.removeListener('SIGINT', stop)
  process.removeListener('SIGTERM', stop)
  process.removeListener('SIGHUP', stop)
  const hardStop = () => process.exit(130)
  process.once('SIGINT', hardStop)
  process.once('SIGTERM', hardStop)
  if (orphanWatch) clearInterval(orphanWatch)
  await host.close()
  await shop.close()
  return 0
}
