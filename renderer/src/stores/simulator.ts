// "Try it as a customer": a pretend phone inside the app. What it sends goes to the engine as a customer's
// message (`simulator.send`); what the shop answers arrives as `simulator.message` events for that number.
// The earlier conversation of the number is read once from the chat's transcript when the panel opens.
import { create } from 'zustand'
import { t } from '../i18n'
import { api } from '../api/client'
import { onReconnect } from './connection'

export const DEFAULT_SIM_PHONE = '+919800000001'

export interface SimMessage {
  id: string
  /** From the phone's point of view: 'me' is the pretend customer, 'shop' is CounterChat. */
  from: 'me' | 'shop'
  text: string
  at: number
  /** A picture from the shop (the UPI QR code) as a data URL; `text` is its caption. */
  image?: string
  /** For the customer's own messages: not yet accepted by the engine, or refused. */
  state?: 'sending' | 'failed'
}

interface SimulatorStore {
  phone: string
  name: string
  messages: SimMessage[]
  /** The phone whose history is loaded (or being loaded). */
  loadedFor: string | null
  error: string | null
  setPhone(phone: string): void
  setName(name: string): void
  send(text: string): Promise<void>
  loadHistory(): void
  clear(): void
}

let seq = 0
const localId = () => `sim:${Date.now()}:${++seq}`
let historyGeneration = 0

const OUT_DELIVERED = new Set(['sent', 'uncertain'])

export const useSimulator = create<SimulatorStore>((set, get) => ({
  phone: DEFAULT_SIM_PHONE,
  name: 'Asha',
  messages: [],
  loadedFor: null,
  error: null,
  setPhone(phone) {
    if (phone === get().phone) return
    set({ phone, messages: [], loadedFor: null, error: null })
  },
  setName(name) {
    set({ name })
  },
  async send(text) {
    const { phone, name } = get()
    const id = localId()
    set((s) => ({
      messages: [...s.messages, { id, from: 'me', text, at: Date.now(), state: 'sending' }],
      error: null,
    }))
    const mark = (state: SimMessage['state']) =>
      set((s) => ({ messages: s.messages.map((m) => (m.id === id ? { ...m, state } : m)) }))
    try {
      const res = await api.call('simulator.send', { from: phone, text, name: name.trim() || undefined })
      mark(res.accepted ? undefined : 'failed')
      if (!res.accepted) set({ error: t('sim.refused') })
    } catch (err) {
      mark('failed')
      set({ error: err instanceof Error ? err.message : String(err) })
    }
  },
  loadHistory() {
    const { phone } = get()
    const gen = ++historyGeneration
    set({ loadedFor: phone })
    api.call('chats.messages', { phone, limit: 50 }).then(
      (res) => {
        if (gen !== historyGeneration || get().phone !== phone) return
        const history: SimMessage[] = res.items
          .filter((m) => m.direction === 'in' || OUT_DELIVERED.has(m.status))
          .map((m) => ({ id: m.id, from: m.direction === 'in' ? 'me' : 'shop', text: m.text, at: m.at }))
        const firstLive = get().messages[0]?.at ?? Infinity
        set((s) => ({ messages: [...history.filter((m) => m.at < firstLive), ...s.messages] }))
      },
      // A number that never wrote has no chat yet: an empty phone is right.
      () => {},
    )
  },
  clear() {
    ++historyGeneration
    set({ messages: [], loadedFor: get().phone, error: null })
  },
}))

let started = false

export function startSimulatorStore(): void {
  if (started) return
  started = true
  api.on('simulator.message', ({ to, text, at, image }) => {
    if (to !== useSimulator.getState().phone) return
    useSimulator.setState((s) => ({
      messages: [...s.messages, { id: localId(), from: 'shop', text, at, ...(image ? { image } : {}) }],
    }))
  })
  onReconnect(() => {
    // Replies sent while the link was down were missed: read the conversation again.
    if (useSimulator.getState().loadedFor) {
      useSimulator.setState({ messages: [] })
      useSimulator.getState().loadHistory()
    }
  })
}
