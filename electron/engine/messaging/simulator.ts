// The simulator gateway: customers typed in the app ("Try it as a customer") or on the command line, behind
// the same Gateway interface as WhatsApp, so the whole flow works before a phone is linked.
import { randomUUID } from 'node:crypto'
import type {
  AckLevel,
  Gateway,
  GatewayEvents,
  InboundMessage,
  LinkState,
  OutboundBody,
} from '../whatsapp/gateway'

export interface SimulatedSend {
  to: string
  text: string
  providerId: string
  at: number
  /** A picture (the UPI QR code), with `text` as its caption; tests decode it. */
  imagePng?: Uint8Array
}

/**
 * How many sends the simulator remembers. It is the pretend phones' inbox for tests and findSent, not an
 * archive (the outbox is): unbounded, a day of "Try it as a customer" or simulator traffic kept every reply
 * and payment QR in memory for good (a heap snapshot comparison found it as the host's main growth).
 */
export const SIMULATOR_SENT_KEPT = 10_000

export class SimulatorGateway implements Gateway {
  readonly kind = 'simulator' as const
  linkState: LinkState = { state: 'ready', me: { phone: '+0000000000', name: 'Simulator' } }
  /** What was sent, oldest first (the last SIMULATOR_SENT_KEPT or so): what the pretend phones received. */
  readonly sent: SimulatedSend[] = []
  /** Tests set this to make the next sends fail (throw) or hang, as a flaky network would. */
  sendHook: ((to: string, text: string) => void | Promise<void>) | null = null
  private listeners: { [E in keyof GatewayEvents]: Set<GatewayEvents[E]> } = {
    state: new Set(),
    message: new Set(),
    ack: new Set(),
  }
  private sentListeners = new Set<(m: SimulatedSend) => void>()
  private counter = 0

  /** `now` is the engine's clock, so findSent's time window and the engine agree. */
  constructor(private now: () => number) {}

  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async logout(): Promise<void> {}

  async send(to: string, body: OutboundBody): Promise<{ providerId: string }> {
    const text = 'text' in body ? body.text : body.caption
    if (this.sendHook) await this.sendHook(to, text)
    const m: SimulatedSend = {
      to,
      text,
      providerId: `sim-out-${randomUUID()}`,
      at: this.now(),
      ...('imagePng' in body ? { imagePng: body.imagePng } : {}),
    }
    this.sent.push(m)
    // Trimmed in chunks, so a busy simulator does not shift the whole list on every send.
    if (this.sent.length > SIMULATOR_SENT_KEPT + 1000)
      this.sent.splice(0, this.sent.length - SIMULATOR_SENT_KEPT)
    for (const l of this.sentListeners) l(m)
    // The pretend phone "receives" at once, but after the caller has recorded the id, as on a real network.
    setImmediate(() => this.emit('ack', m.providerId, 2 as AckLevel))
    return { providerId: m.providerId }
  }

  async fetchMissed(): Promise<InboundMessage[]> {
    return []
  }

  async findSent(
    to: string,
    text: string,
    sinceTimestamp: number,
    exclude: ReadonlySet<string> = new Set(),
  ): Promise<{ providerId: string } | null> {
    const hit = this.sent.find(
      (m) => m.to === to && m.text === text && m.at >= sinceTimestamp && !exclude.has(m.providerId),
    )
    return hit ? { providerId: hit.providerId } : null
  }

  /** One message from a pretend customer, delivered to whoever listens (the engine's inbox). */
  simulateInbound(from: string, text: string, name: string | null = null): InboundMessage {
    const msg: InboundMessage = {
      providerId: `sim-in-${randomUUID()}-${++this.counter}`,
      from,
      name,
      text,
      kind: 'text',
      timestamp: this.now(),
    }
    this.emit('message', msg)
    return msg
  }

  /** Listens to what the simulator "delivers" to pretend phones. */
  onSent(listener: (m: SimulatedSend) => void): () => void {
    this.sentListeners.add(listener)
    return () => this.sentListeners.delete(listener)
  }

  sentTo(phone: string): string[] {
    return this.sent.filter((m) => m.to === phone).map((m) => m.text)
  }

  on<E extends keyof GatewayEvents>(event: E, listener: GatewayEvents[E]): () => void {
    this.listeners[event].add(listener)
    return () => this.listeners[event].delete(listener)
  }

  private emit<E extends keyof GatewayEvents>(event: E, ...args: Parameters<GatewayEvents[E]>): void {
    for (const l of this.listeners[event]) (l as (...a: Parameters<GatewayEvents[E]>) => void)(...args)
  }
}
