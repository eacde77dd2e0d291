// One shared 30-second clock for every "3 min" on screen. It is display only (the engine is never polled):
// components read it through useAge, which re-renders a row only when its own text changes.
import { useSyncExternalStore } from 'react'
import { ageText } from './words'

const TICK_MS = 30_000
let now = Date.now()
const listeners = new Set<() => void>()
let timer: ReturnType<typeof setInterval> | undefined

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!timer) {
    now = Date.now()
    timer = setInterval(() => {
      now = Date.now()
      for (const l of listeners) l()
    }, TICK_MS)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && timer) {
      clearInterval(timer)
      timer = undefined
    }
  }
}

/** Now, as of the last tick (refreshed every 30 s while anything shows an age). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now)
}

/** "3 min" since `since`, refreshed by the shared clock. */
export function useAge(since: number): string {
  return useSyncExternalStore(subscribe, () => ageText(since, now))
}
