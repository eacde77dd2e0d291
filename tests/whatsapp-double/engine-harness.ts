// The engine wired to the real gateway, pointed at the double: shared by the in-process acceptance test and
// the child process the crash test kills.
import { createEngine, type Engine } from '../../electron/engine/index'
import type { Limits } from '../../electron/engine/messaging/limits'
import { WwebjsGateway, type WwebjsGatewayOptions } from '../../electron/engine/whatsapp/wwebjs-gateway'
import { doubleClientOptions } from './server'

export interface DoubleEngine {
  engine: Engine
  gateway: WwebjsGateway
}

export async function createDoubleEngine(o: {
  dataDir: string
  port: number
  limits?: Partial<Limits>
  gateway?: Partial<WwebjsGatewayOptions>
}): Promise<DoubleEngine> {
  const gateway = new WwebjsGateway({
    dataDir: o.dataDir,
    clientOptions: doubleClientOptions(o.port),
    backoff: { initialMs: 200, maxMs: 2000, jitter: 0 },
    ...o.gateway,
  })
  const engine = createEngine({ dataDir: o.dataDir, gateway, ...(o.limits ? { limits: o.limits } : {}) })
  if (engine.catalog.isEmpty()) await engine.catalog.loadSample()
  return { engine, gateway }
}
