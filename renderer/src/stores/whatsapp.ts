// The shop's WhatsApp link: its status (read once, then kept current by `whatsapp.state` events, each QR
// rotation included) and the Link screen's commands. The status pill in the nav reads the same store.
import { create } from 'zustand'
import type { WhatsAppStatus } from '../../../shared/contract/whatsapp'
import { api, messageOf } from '../api/client'
import { onReconnect } from './connection'

interface WhatsAppStore {
  status: WhatsAppStatus | null
  /** A command in flight ('link', 'pairing', 'logout', 'stop'): its button shows it. */
  busy: string | null
  /** The last command's failure, in the engine's plain words. */
  error: string | null
  /** The number a pairing code was asked for, and the code once WhatsApp gave it. */
  pairingPhone: string | null
  refresh(): Promise<void>
  link(): Promise<void>
  pairingCode(phone: string): Promise<void>
  logout(): Promise<void>
  stop(): Promise<void>
  clearError(): void
}

export const useWhatsApp = create<WhatsAppStore>((set, get) => {
  const run = async (name: string, call: () => Promise<WhatsAppStatus | void>) => {
    set({ busy: name, error: null })
    try {
      const status = await call()
      if (status) set({ status })
    } catch (err) {
      set({ error: messageOf(err) })
    } finally {
      if (get().busy === name) set({ busy: null })
    }
  }
  return {
    status: null,
    busy: null,
    error: null,
    pairingPhone: null,
    async refresh() {
      try {
        set({ status: await api.call('whatsapp.state', {}) })
      } catch (err) {
        set({ error: messageOf(err) })
      }
    },
    link: () =>
      run('link', async () => {
        set({ pairingPhone: null })
        return api.call('whatsapp.link', {})
      }),
    pairingCode: (phone) =>
      run('pairing', async () => {
        set({ pairingPhone: phone })
        await api.call('whatsapp.pairingCode', { phone })
        // The code itself arrives with the `pairing_code` state (and is renewed there every 3 minutes).
      }),
    logout: () =>
      run('logout', async () => {
        set({ pairingPhone: null })
        return api.call('whatsapp.logout', {})
      }),
    stop: () => run('stop', () => api.call('whatsapp.stop', {})),
    clearError: () => set({ error: null }),
  }
})

let started = false

export function startWhatsAppStore(): void {
  if (started) return
  started = true
  api.on('whatsapp.state', (status) =>
    // A failed command's message is stale once WhatsApp is linked.
    useWhatsApp.setState((s) => ({ status, error: status.link.state === 'ready' ? null : s.error })),
  )
  void useWhatsApp.getState().refresh()
  // States changed while the link to the engine was down: read the current one.
  onReconnect(() => void useWhatsApp.getState().refresh())
}
