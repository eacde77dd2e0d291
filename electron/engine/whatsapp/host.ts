// How a host (the desktop main process, `counterchat serve`) wires WhatsApp: a WwebjsGateway on the engine's
// data folder, built before the engine (createLinkedEngine takes it), then attached once the engine exists so the
// browser path comes from Settings, logs go to the engine's log and download progress reaches the UI.
// WhatsApp is started only by "Link WhatsApp", or here at start-up when a session was linked before.
import type { LinkedEngine } from './link'
import type { Logger } from '../log'
import { chromeForTestingDownloader } from './browser'
import { clientOptionsFromEnv } from './env'
import { WwebjsGateway, type WwebjsGatewayOptions } from './wwebjs-gateway'
import { whatsappLink } from './link'

export interface HostWhatsApp {
  gateway: WwebjsGateway
  /** Call once createEngine({gateway}) returned: starts WhatsApp if the shop was linked before. */
  attach(engine: LinkedEngine): { autoStarted: boolean }
  /**
   * Stops WhatsApp (closes its browser) and the link's own timers (the recycler, media downloads); for the
   * host's shutdown. Keeps the session and the setting.
   */
  stop(): Promise<void>
}

export function createHostWhatsApp(o: {
  dataDir: string
  env?: Record<string, string | undefined>
  /** Download a browser when none is installed (default true; the download needs the internet). */
  download?: boolean
}): HostWhatsApp {
  let engine: LinkedEngine | null = null
  const logger: Logger = {
    info: (m, f) => engine?.log.info(m, f),
    warn: (m, f) => engine?.log.warn(m, f),
    error: (m, f) => engine?.log.error(m, f),
  }
  const options: WwebjsGatewayOptions = {
    dataDir: o.dataDir,
    browserDownloader: o.download === false ? null : chromeForTestingDownloader(),
    onBrowserDownload: (fraction) => {
      if (engine) whatsappLink(engine).browserDownload(fraction)
    },
    clientOptions: clientOptionsFromEnv(o.env ?? process.env),
    logger,
  }
  // Read at every start, so a browser path saved in Settings counts from the next "Link WhatsApp"/"Reconnect".
  Object.defineProperty(options, 'browserPath', {
    enumerable: true,
    get: () => {
      const v = engine?.settings.get('whatsapp.browserPath')
      return typeof v === 'string' && v.trim() ? v.trim() : null
    },
  })
  const gateway = new WwebjsGateway(options)
  return {
    gateway,
    attach(e) {
      engine = e
      return { autoStarted: whatsappLink(e).autoStart() }
    },
    async stop() {
      if (engine) whatsappLink(engine).dispose()
      await gateway.stop()
    },
  }
}
