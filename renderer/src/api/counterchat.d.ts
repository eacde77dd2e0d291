// The preload bridge the desktop host exposes (electron/preload/index.ts). In a browser served by the
// headless host it is absent and the API client falls back to the WebSocket.
import type { ApiResult } from '../../../shared/contract'

declare global {
  interface Window {
    counterchat?: {
      call(method: string, args: unknown): Promise<ApiResult<unknown>>
      subscribe(listener: (event: string, payload: unknown) => void): () => void
    }
  }
}

export {}
