// openShop: a shop's data folder opened the one way every host does it. The desktop main process, the headless
// host (`counterchat serve`) and the CLI commands all come through here, so start-up is written once and close()
// undoes exactly what open did, in reverse: the external-write watcher, WhatsApp's browser, the engine, the
// host.lock. Plain Node (no electron import): the desktop passes its safeStorage in as `secretEncryptor`.
import { createEngine, type Engine, type EngineOptions } from '../engine'
import { watchExternalWrites } from '../engine/external-writes'
import { markHostRunning } from '../engine/host-lock'
import { createHostWhatsApp, type HostWhatsApp } from '../engine/whatsapp/host'

export interface OpenShopOptions extends Omit<EngineOptions, 'dataDir' | 'host' | 'gateway'> {
  dataDir: string
  /**
   * 'desktop' and 'headless' serve the shop: WhatsApp (started now when it was linked before), the outbox,
   * payment polling and backups, host.lock (so `counterchat restore` refuses), and a watcher that tells open
   * screens about writes made by another process. 'cli' is a command beside a host that may be running: only the
   * engine, nothing in the background unless asked (`startMessaging: true`, as `counterchat chat` does).
   */
  host: 'desktop' | 'headless' | 'cli'
  /** Environment for WhatsApp's browser options (default process.env). */
  env?: Record<string, string | undefined>
  /** How often a host looks for another process's writes (ms, default 1000). */
  watchIntervalMs?: number
  /** Download a browser for WhatsApp when none is installed (default true; tests say false). */
  downloadBrowser?: boolean
}

export interface Shop {
  readonly engine: Engine
  /** WhatsApp as the host wires it; null for a CLI command (the simulator only). */
  readonly whatsapp: HostWhatsApp | null
  /** Stops everything open started, last-started first; a second call waits for the first. */
  close(): Promise<void>
}

export function openShop(o: OpenShopOptions): Shop {
  const { dataDir, host, env, watchIntervalMs, downloadBrowser, ...engineOptions } = o
  if (host === 'cli') {
    const engine = createEngine({ startMessaging: false, ...engineOptions, dataDir })
    return { engine, whatsapp: null, close: once(() => engine.close()) }
  }
  // WhatsApp's gateway exists before the engine (the engine sends through it) and is attached after, so the
  // browser path comes from Settings and its logs go to the engine's log.
  const whatsapp = createHostWhatsApp({
    dataDir,
    env: env ?? process.env,
    ...(downloadBrowser === false ? { download: false } : {}),
  })
  const engine = createEngine({ ...engineOptions, dataDir, host, gateway: whatsapp.gateway })
  const undo: (() => void | Promise<void>)[] = [() => engine.close(), () => whatsapp.stop()]
  const close = once(async () => {
    let first: unknown = null
    for (const step of undo.reverse()) {
      try {
        await step()
      } catch (err) {
        first ??= err // keep closing the rest: a browser that will not stop must not keep the database open
      }
    }
    if (first) throw first
  })
  try {
    const unmark = markHostRunning(dataDir)
    undo.splice(0, 0, unmark) // host.lock goes last, once nothing holds the database any more
    undo.push(watchExternalWrites(engine.db, engine.events, watchIntervalMs))
    whatsapp.attach(engine)
  } catch (err) {
    void close().catch(() => {})
    throw err
  }
  return { engine, whatsapp, close }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null
  return () => (running ??= fn())
}
