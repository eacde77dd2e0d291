// The engine's live events, typed by the contract. Hosts forward them to every connected UI.
import type { EventName, EventPayload } from '../../shared/contract'

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void

export class EngineEvents {
  private listeners = new Set<Listener>()

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) {
      try {
        l(event, payload)
      } catch {
        // A broken UI connection must never break the engine's own work.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
