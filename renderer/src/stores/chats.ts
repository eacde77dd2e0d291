// Conversations: the chats list (needs-a-person first, then unread, then recent: the engine's order), the open
// chat's details, and transcripts by phone (shared by the chats view and the order detail). Live through
// `chats.changed` and `chat.message`; re-read after a reconnect.
import { create } from 'zustand'
import type { Result } from '../../../shared/contract'
import type { ChatMessage, ChatSummary } from '../../../shared/contract/chats'
import { api } from '../api/client'
import { onReconnect } from './connection'

export const CHATS_PAGE_SIZE = 100

type ChatDetail = Result<'chats.get'>

interface ChatsStore {
  query: string
  /** Only chats with this label (null: all). */
  label: string | null
  /** Every label in use, for the filter. */
  labels: { name: string; count: number }[]
  total: number | null
  items: ChatSummary[]
  /** How many rows the list asked for (grows by a page with "Show more"). */
  limit: number
  error: string | null
  setQuery(query: string): void
  setLabel(label: string | null): void
  showMore(): void
  reload(): void
}

let listGeneration = 0

export const useChats = create<ChatsStore>((set, get) => ({
  query: '',
  label: null,
  labels: [],
  total: null,
  items: [],
  limit: CHATS_PAGE_SIZE,
  error: null,
  setQuery(query) {
    if (query === get().query) return
    set({ query, limit: CHATS_PAGE_SIZE })
    get().reload()
  },
  setLabel(label) {
    if (label === get().label) return
    set({ label, limit: CHATS_PAGE_SIZE })
    get().reload()
  },
  showMore() {
    set((s) => ({ limit: s.limit + CHATS_PAGE_SIZE }))
    get().reload()
  },
  reload() {
    const gen = ++listGeneration
    const { query, limit, label } = get()
    api.call('chats.labels', {}).then(
      (labels) => {
        if (gen === listGeneration) set({ labels })
      },
      () => {},
    )
    api
      .call('chats.list', {
        query: query.trim() || undefined,
        label: label ?? undefined,
        offset: 0,
        limit: Math.min(limit, 500),
      })
      .then(
        (res) => {
          if (gen === listGeneration) set({ total: res.total, items: res.items, error: null })
        },
        (err: unknown) => {
          if (gen === listGeneration) set({ error: err instanceof Error ? err.message : String(err) })
        },
      )
  },
}))

// ---------- the open chat ----------

interface ChatStore {
  phone: string | null
  detail: ChatDetail | null
  error: string | null
  open(phone: string | null): void
  reload(): void
  put(summary: ChatSummary): void
  /** Applies a fresh detail from a change made here (customer details). */
  putDetail(detail: ChatDetail): void
}

let chatGeneration = 0

export const useChat = create<ChatStore>((set, get) => ({
  phone: null,
  detail: null,
  error: null,
  open(phone) {
    if (phone === get().phone) return
    set({ phone, detail: null, error: null })
    get().reload()
  },
  reload() {
    const { phone } = get()
    const gen = ++chatGeneration
    if (phone === null) return
    api.call('chats.get', { phone }).then(
      (detail) => {
        if (gen === chatGeneration) set({ detail, error: null })
      },
      (err: unknown) => {
        if (gen === chatGeneration) set({ error: err instanceof Error ? err.message : String(err) })
      },
    )
  },
  put(summary) {
    set((s) => (s.detail && s.detail.phone === summary.phone ? { detail: { ...s.detail, ...summary } } : {}))
  },
  putDetail(detail) {
    if (detail.phone !== get().phone) return
    ++chatGeneration
    set({ detail, error: null })
  },
}))

// ---------- transcripts by phone ----------

export interface Transcript {
  items: ChatMessage[]
  hasMore: boolean
  loading: boolean
  error: string | null
}

interface TranscriptStore {
  byPhone: Record<string, Transcript>
  /** Loads the latest messages of a chat (again, if already loaded). */
  load(phone: string): void
  loadOlder(phone: string): void
}

const TRANSCRIPT_PAGE = 100

function merge(items: ChatMessage[], more: ChatMessage[]): ChatMessage[] {
  const byId = new Map(items.map((m) => [m.id, m]))
  for (const m of more) byId.set(m.id, m)
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
}

export const useTranscripts = create<TranscriptStore>((set, get) => {
  const patch = (phone: string, p: Partial<Transcript>) =>
    set((s) => ({
      byPhone: {
        ...s.byPhone,
        [phone]: { items: [], hasMore: false, loading: false, error: null, ...s.byPhone[phone], ...p },
      },
    }))
  return {
    byPhone: {},
    load(phone) {
      patch(phone, { loading: true })
      api.call('chats.messages', { phone, limit: TRANSCRIPT_PAGE }).then(
        (res) => {
          const had = get().byPhone[phone]?.items ?? []
          // Keep live messages that arrived while the page was on its way.
          const newest = res.items.at(-1)?.at ?? 0
          patch(phone, {
            items: merge(
              res.items,
              had.filter((m) => m.at > newest),
            ),
            hasMore: res.hasMore,
            loading: false,
            error: null,
          })
        },
        (err: unknown) =>
          patch(phone, { loading: false, error: err instanceof Error ? err.message : String(err) }),
      )
    },
    loadOlder(phone) {
      const t = get().byPhone[phone]
      const first = t?.items[0]
      if (!t || !first || !t.hasMore || t.loading) return
      patch(phone, { loading: true })
      api.call('chats.messages', { phone, before: first.at, limit: TRANSCRIPT_PAGE }).then(
        (res) => {
          const cur = get().byPhone[phone]?.items ?? []
          patch(phone, { items: merge(cur, res.items), hasMore: res.hasMore, loading: false })
        },
        (err: unknown) =>
          patch(phone, { loading: false, error: err instanceof Error ? err.message : String(err) }),
      )
    },
  }
})

/** A chat's transcript, loaded on first use. */
export function useTranscript(phone: string | null): Transcript | undefined {
  return useTranscripts((s) => (phone ? s.byPhone[phone] : undefined))
}

// ---------- wiring ----------

let started = false
let listTimer: ReturnType<typeof setTimeout> | undefined

function scheduleListReload() {
  if (listTimer) return
  listTimer = setTimeout(() => {
    listTimer = undefined
    useChats.getState().reload()
  }, 100)
}

export function startChatsStore(): void {
  if (started) return
  started = true
  useChats.getState().reload()
  api.on('chats.changed', ({ phone }) => {
    scheduleListReload()
    if (phone === useChat.getState().phone) useChat.getState().reload()
  })
  api.on('chat.message', (m) => {
    const t = useTranscripts.getState().byPhone[m.phone]
    if (!t) return
    useTranscripts.setState((s) => ({
      byPhone: { ...s.byPhone, [m.phone]: { ...t, items: merge(t.items, [m]) } },
    }))
  })
  // Another process (the CLI) wrote to the database: the host only says "reload" through catalog.changed.
  api.on('catalog.changed', ({ reason }) => {
    if (reason !== 'external') return
    scheduleListReload()
    useChat.getState().reload()
  })
  onReconnect(() => {
    useChats.getState().reload()
    useChat.getState().reload()
    for (const phone of Object.keys(useTranscripts.getState().byPhone)) useTranscripts.getState().load(phone)
  })
}
