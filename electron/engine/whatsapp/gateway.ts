// The seam between CounterChat and a chat network. The simulator, whatsapp-web.js and (one day) Meta's
// official Cloud API all sit behind this interface, so a shop that outgrows the unofficial client can
// switch without touching the conversation, the inbox or the outbox.

/** What the shopkeeper sees on the "Link WhatsApp" screen. */
export type LinkState =
  | { state: 'starting' }
  | { state: 'qr'; qr: string }
  | { state: 'pairing_code'; code: string }
  | { state: 'syncing'; percent: number | null }
  | { state: 'ready'; me: { phone: string; name: string } }
  /** `reason` English; the screens say it from the code before ":" in `detail` (shared/contract/texts.ts). */
  | { state: 'disconnected'; reason: string; detail: string; retryInSeconds?: number }

export type InboundKind = 'text' | 'media' | 'location' | 'contact' | 'other'

/** One customer message as it arrived. `from` is the customer's phone in E.164 form ("+919800000001"). */
export interface InboundMessage {
  /** The network's own id: stable across redelivery, used to drop duplicates. */
  providerId: string
  from: string
  name: string | null
  text: string
  kind: InboundKind
  /** Milliseconds since the epoch, from the network. */
  timestamp: number
}

export interface InboundMedia {
  mimetype: string
  data: Uint8Array
  filename: string | null
}

export type OutboundBody = { text: string } | { imagePng: Uint8Array; caption: string }

/** Delivery progress of a sent message, as WhatsApp's ticks: 1 server, 2 delivered, 3 read. */
export type AckLevel = -1 | 0 | 1 | 2 | 3

export interface GatewayEvents {
  state: (state: LinkState) => void
  message: (message: InboundMessage) => void
  ack: (providerId: string, ack: AckLevel) => void
}

export interface Gateway {
  readonly kind: 'simulator' | 'whatsapp-web' | 'cloud-api'
  start(): Promise<void>
  stop(): Promise<void>
  /** Unlinks the device (WhatsApp "Log out"); the next start needs a new scan. */
  logout(): Promise<void>
  /** Sends one message; resolves with the network's id for it once the network accepted it. */
  send(to: string, body: OutboundBody): Promise<{ providerId: string }>
  /**
   * Messages that arrived while CounterChat was not running, newest last. The inbox drops any it already has,
   * so a gateway may return more than strictly missed.
   */
  fetchMissed(sinceTimestamp: number): Promise<InboundMessage[]>
  /** Optional: link by phone number instead of QR. */
  requestPairingCode?(phone: string): Promise<string>
  /**
   * Optional: a message the shop already sent to `to` with exactly `text`, at or after `sinceTimestamp`, and
   * not one of `exclude` (messages the outbox already accounts for: the same text may rightly go out twice).
   * Lets the outbox settle a send that was in flight when the app died without sending it twice.
   */
  findSent?(
    to: string,
    text: string,
    sinceTimestamp: number,
    exclude?: ReadonlySet<string>,
  ): Promise<{ providerId: string } | null>
  /** Optional: the bytes of an inbound media message (kind 'media'), null when the network no longer has them. */
  downloadMedia?(providerId: string): Promise<InboundMedia | null>
  /** Optional: how the link is doing, for the health view. */
  health?(): GatewayHealth
  /**
   * Optional: restart the network client on purpose (daily refresh, memory), holding new sends back and letting
   * sends in flight finish first. Resolves true once it restarted, false when it was not ready to.
   */
  recycle?(reason: string): Promise<boolean>
  on<E extends keyof GatewayEvents>(event: E, listener: GatewayEvents[E]): () => void
  readonly linkState: LinkState
}

export interface GatewayHealth {
  /** When the current LinkState began (ms since the epoch, the engine's clock). */
  stateSince: number
  /** The browser's whole process tree, resident, in bytes; null when none runs or it cannot be read. */
  browserRss: number | null
  browserPid: number | null
  lastRecycle: { at: number; reason: string } | null
  /** Sends handed to the network that have not come back yet. */
  sendsInFlight: number
}
