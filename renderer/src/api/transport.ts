// How calls reach the engine: the Electron preload bridge when the page runs in the desktop app, otherwise a
// WebSocket to the headless host that served this page. Both speak the same contract; only the wire differs.
import type { ApiResult } from '../../../shared/contract'

export type ConnectionState = 'connecting' | 'open' | 'reconnecting'

export interface Transport {
  readonly kind: 'desktop' | 'websocket'
  call(method: string, args: unknown): Promise<ApiResult<unknown>>
  /** Every pushed engine event, in order. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void
  /** Connection changes; `reconnected` is true when the link came back after being lost. */
  onState(
    listener: (state: ConnectionState, info: { reconnected: boolean; failures: number }) => void,
  ): () => void
  readonly state: ConnectionState
}

export function bridgeTransport(bridge: NonNullable<Window['counterchat']>): Transport {
  return {
    kind: 'desktop',
    state: 'open',
    call: (method, args) => bridge.call(method, args),
    onEvent: (listener) => bridge.subscribe(listener),
    // IPC to our own main process does not drop; the window lives and dies with it.
    onState: () => () => {},
  }
}

/**
 * The API socket of the host that served this page. No secret travels in the address: the host set an
 * HttpOnly cookie with the page (owner on the shop's computer; a paired device's cookie on a tablet, whose
 * pairing link the host turned into that cookie and removed from the address bar), and the browser sends it.
 */
export function apiSocketUrl(loc: Location): string {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${loc.host}/api`
}

/**
 * Before reconnecting: the host may have restarted, and its per-start cookie with it; /session hands this page
 * the new one (on the shop's computer only; a paired tablet keeps its device cookie across restarts).
 */
async function refreshSession(): Promise<void> {
  try {
    await fetch('/session', { credentials: 'same-origin', cache: 'no-store' })
  } catch {
    // The host is still down: the next attempt asks again.
  }
}

interface Pending {
  resolve(result: ApiResult<unknown>): void
}

const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000]

export function socketTransport(url: string): Transport {
  let socket: WebSocket | null = null
  let state: ConnectionState = 'connecting'
  let everOpened = false
  let failures = 0
  let nextId = 1
  const pending = new Map<number, Pending>()
  // Calls made while the link is down wait here and go out once it is back.
  const queued: { id: number; msg: string }[] = []
  const eventListeners = new Set<(event: string, payload: unknown) => void>()
  const stateListeners = new Set<
    (s: ConnectionState, info: { reconnected: boolean; failures: number }) => void
  >()

  const setState = (next: ConnectionState, reconnected = false) => {
    state = next
    for (const l of stateListeners) l(next, { reconnected, failures })
  }

  const connect = () => {
    const ws = new WebSocket(url)
    socket = ws
    ws.onopen = () => {
      const reconnected = everOpened
      everOpened = true
      failures = 0
      setState('open', reconnected)
      for (const q of queued.splice(0)) ws.send(q.msg)
    }
    ws.onmessage = (e: MessageEvent) => {
      let msg: { t?: string; id?: number; result?: ApiResult<unknown>; event?: string; payload?: unknown }
      try {
        msg = JSON.parse(String(e.data)) as typeof msg
      } catch {
        return
      }
      if (msg.t === 'result' && typeof msg.id === 'number' && msg.result) {
        pending.get(msg.id)?.resolve(msg.result)
        pending.delete(msg.id)
      } else if (msg.t === 'event' && typeof msg.event === 'string') {
        for (const l of eventListeners) l(msg.event, msg.payload)
      }
    }
    ws.onclose = () => {
      if (socket !== ws) return
      socket = null
      // A call in flight may or may not have run; the caller gets a plain answer instead of waiting forever.
      const waiting = new Set(queued.map((q) => q.id))
      for (const [id, p] of pending) {
        if (waiting.has(id)) continue
        p.resolve({
          ok: false,
          error: { code: 'failed', message: 'The connection to CounterChat was lost. Please try again.' },
        })
        pending.delete(id)
      }
      failures++
      setState(everOpened ? 'reconnecting' : 'connecting')
      const delay = BACKOFF_MS[Math.min(failures - 1, BACKOFF_MS.length - 1)] ?? 8000
      setTimeout(() => void refreshSession().then(connect), delay + Math.random() * 200)
    }
  }
  connect()

  return {
    kind: 'websocket',
    get state() {
      return state
    },
    call(method, args) {
      const id = nextId++
      const msg = JSON.stringify({ t: 'call', id, method, args })
      return new Promise((resolve) => {
        pending.set(id, { resolve })
        if (socket && socket.readyState === WebSocket.OPEN) socket.send(msg)
        else queued.push({ id, msg })
      })
    },
    onEvent(listener) {
      eventListeners.add(listener)
      return () => eventListeners.delete(listener)
    },
    onState(listener) {
      stateListeners.add(listener)
      return () => stateListeners.delete(listener)
    },
  }
}
