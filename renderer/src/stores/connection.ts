// The link to the engine: whether it is up, and who to tell when it comes back so they re-read what they show.
import { create } from 'zustand'
import { getTransport } from '../api/client'
import type { ConnectionState } from '../api/transport'

interface ConnectionStore {
  state: ConnectionState
  /** Failed attempts in a row; after a few, the banner explains instead of just spinning. */
  failures: number
  kind: 'desktop' | 'websocket' | null
}

export const useConnection = create<ConnectionStore>(() => ({ state: 'connecting', failures: 0, kind: null }))

const refreshers = new Set<() => void>()

/** Registers a re-fetch to run whenever the connection comes back after a drop (events were missed meanwhile). */
export function onReconnect(refresh: () => void): () => void {
  refreshers.add(refresh)
  return () => refreshers.delete(refresh)
}

let started = false

export function startConnection(): void {
  if (started) return
  started = true
  const transport = getTransport()
  useConnection.setState({ state: transport.state, kind: transport.kind })
  transport.onState((state, { reconnected, failures }) => {
    useConnection.setState({ state, failures })
    if (state === 'open' && reconnected) for (const r of refreshers) r()
  })
}
