// The part of the hash after the screen: "1001" in #/queue/1001, "+919800000001" in #/chats/+919800000001.
import { useSyncExternalStore } from 'react'

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

function param(): string | null {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/')
  const rest = parts.slice(1).join('/')
  return rest === '' ? null : decodeURIComponent(rest)
}

export function useHashParam(): string | null {
  return useSyncExternalStore(subscribe, param)
}

/** Opens `#/<view>/<param>` (or just the view with null). */
export function goTo(view: string, value: string | number | null = null): void {
  window.location.hash = value === null ? `#/${view}` : `#/${view}/${encodeURIComponent(String(value))}`
}
