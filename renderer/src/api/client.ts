// The renderer's one way to the engine. `api.call` is typed by the shared contract and throws ApiCallError
// with the engine's plain-words message, so a view can show `err.message` as is.
import type { ApiError, Args, EventName, EventPayload, MethodName, Result } from '../../../shared/contract'
import { apiSocketUrl, bridgeTransport, socketTransport, type Transport } from './transport'
import { errorText } from '../i18n/errors'

export class ApiCallError extends Error {
  readonly code: ApiError['code']
  readonly details: unknown
  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.details = error.details
  }
}

let transport: Transport | null = null

/** Picks the transport on first use: the preload bridge inside the desktop app, the WebSocket elsewhere. */
export function getTransport(): Transport {
  if (!transport) {
    transport = window.counterchat
      ? bridgeTransport(window.counterchat)
      : socketTransport(apiSocketUrl(window.location))
  }
  return transport
}

export const api = {
  async call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> {
    const result = await getTransport().call(method, args)
    if (!result.ok) throw new ApiCallError(result.error)
    return result.value as Result<M>
  },

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return getTransport().onEvent((name, payload) => {
      if (name === event) listener(payload as EventPayload<E>)
    })
  },
}

/** A message fit for the shopkeeper from anything a call can throw. */
export function messageOf(err: unknown): string {
  // The engine's words in the screens' language when the error carries a key.
  if (err instanceof ApiCallError && err.error.text) return errorText(err.error.text) ?? err.message
  if (err instanceof Error) return err.message
  return String(err)
}
