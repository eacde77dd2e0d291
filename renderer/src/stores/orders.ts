// The order queue's data: orders grouped by status, each group a window onto a possibly huge list (a busy shop
// has 100,000 orders after a few years). Group sizes come from `orders.counts`; rows are fetched a page at a
// time, per group, only for the part of the list on screen. Every `orders.changed` event (this tab, another
// tab, a customer's "cancel", a payment) re-reads the counts and what is on screen; nothing is polled.
// New orders also ring a short tone and show a desktop notification (see ../components/queue/alerts).
import { create } from 'zustand'
import type { EventPayload } from '../../../shared/contract'
import type { OrderDetail, OrderStatus, OrderSummary } from '../../../shared/contract/orders'
import { api } from '../api/client'
import { announceNewOrder } from '../components/queue/alerts'
import { DONE_GROUPS, OPEN_GROUPS } from '../components/orders/words'
import { onReconnect } from './connection'

export const ORDERS_PAGE_SIZE = 100

export type QueueFilter = 'open' | 'done'
type Counts = Partial<Record<OrderStatus, number>>
/** A status group, or 'found': the orders matching a search, all statuses, newest first. */
export type GroupKey = OrderStatus | 'found'

/** One group of the queue as laid out in the list: a header row at `start`, then `count` order rows. */
export interface Group {
  status: GroupKey
  start: number
  count: number
}

export type QueueRow =
  { kind: 'header'; status: GroupKey; count: number } | { kind: 'order'; status: GroupKey; offset: number }

interface OrdersStore {
  filter: QueueFilter
  /** The search box's text (order number, phone, name). */
  query: string
  /** The search the list shows (the box's text a moment after typing stops); while set, matches of every status. */
  searched: string
  /** How many orders match the search; null until the first answer. */
  found: number | null
  /** Orders per status; null until the first answer. */
  counts: Counts | null
  /** Loaded rows by `${status}:${page}`. A page may be stale (kept on screen until its fresh copy arrives). */
  pages: Record<string, OrderSummary[]>
  error: string | null
  /** Orders that arrived in the last few seconds: their rows are highlighted. */
  fresh: Record<number, true>

  setFilter(filter: QueueFilter): void
  setQuery(query: string): void
  /** The list calls this with the rows it shows (flat indices into the grouped layout). */
  showRange(start: number, end: number): void
  refresh(): void
  transition(number: number, to: OrderStatus, reason?: string): Promise<OrderDetail>
}

export function groupsOf(filter: QueueFilter): readonly OrderStatus[] {
  return filter === 'open' ? OPEN_GROUPS : DONE_GROUPS
}

/**
 * The grouped list's layout: empty groups are left out. While searching (`found` not undefined) it is one
 * group of matches instead.
 */
export function layoutGroups(
  counts: Counts | null,
  filter: QueueFilter,
  found?: number | null,
): { groups: Group[]; size: number } {
  if (found !== undefined) {
    return found
      ? { groups: [{ status: 'found', start: 0, count: found }], size: 1 + found }
      : { groups: [], size: 0 }
  }
  const groups: Group[] = []
  let at = 0
  for (const status of groupsOf(filter)) {
    const count = counts?.[status] ?? 0
    if (count === 0) continue
    groups.push({ status, start: at, count })
    at += 1 + count
  }
  return { groups, size: at }
}

export function rowAt(groups: Group[], index: number): QueueRow | null {
  for (const g of groups) {
    if (index === g.start) return { kind: 'header', status: g.status, count: g.count }
    if (index > g.start && index <= g.start + g.count)
      return { kind: 'order', status: g.status, offset: index - g.start - 1 }
  }
  return null
}

export function orderAt(
  pages: Record<string, OrderSummary[]>,
  status: GroupKey,
  offset: number,
): OrderSummary | undefined {
  return pages[`${status}:${Math.floor(offset / ORDERS_PAGE_SIZE)}`]?.[offset % ORDERS_PAGE_SIZE]
}

// Bookkeeping that does not drive rendering lives outside the store.
let generation = 0
const inFlight = new Set<string>()
let stale = new Set<string>()
let visible: [number, number] = [0, 30]
let countsGeneration = 0
let searchTimer: ReturnType<typeof setTimeout> | undefined
const SEARCH_DELAY_MS = 200
/** Pages kept in memory before the ones off screen are dropped (each is 100 orders). */
const MAX_PAGES = 40

/** The page keys a range of the flat list needs. */
function keysFor(groups: Group[], [start, end]: [number, number]): string[] {
  const keys: string[] = []
  for (const g of groups) {
    const first = Math.max(start, g.start + 1) - g.start - 1
    const last = Math.min(end, g.start + g.count) - g.start - 1
    if (last < first) continue
    for (let p = Math.floor(first / ORDERS_PAGE_SIZE); p <= Math.floor(last / ORDERS_PAGE_SIZE); p++)
      keys.push(`${g.status}:${p}`)
  }
  return keys
}

export const useOrders = create<OrdersStore>((set, get) => {
  const fetchPage = (key: string) => {
    const gen = generation
    const flightKey = `${gen}:${key}`
    if (inFlight.has(flightKey)) return
    inFlight.add(flightKey)
    const [status, page] = key.split(':') as [GroupKey, string]
    const offset = Number(page) * ORDERS_PAGE_SIZE
    const query = get().searched.trim()
    api
      .call(
        'orders.list',
        status === 'found'
          ? { query, offset, limit: ORDERS_PAGE_SIZE }
          : { statuses: [status], offset, limit: ORDERS_PAGE_SIZE },
      )
      .then(
        (res) => {
          inFlight.delete(flightKey)
          if (gen !== generation) return
          stale.delete(key)
          set((s) => {
            const pages = { ...s.pages, [key]: res.items }
            const { groups } = layoutOf(s)
            const wanted = new Set(keysFor(groups, visible))
            for (const k of stale) {
              if (!wanted.has(k)) {
                delete pages[k]
                stale.delete(k)
              }
            }
            // Scrolling through 100,000 orders must not keep them all: far-away pages go (they are re-read if
            // the list comes back to them).
            const keys = Object.keys(pages)
            if (keys.length > MAX_PAGES)
              for (const k of keys) if (!wanted.has(k) && !k.endsWith(':0')) delete pages[k]
            if (status === 'found') return { pages, found: res.total, error: null }
            // The list's answer is newer than the counts we hold when they disagree.
            const counts =
              s.counts && s.counts[status] !== res.total ? { ...s.counts, [status]: res.total } : s.counts
            return { pages, counts, error: null }
          })
        },
        (err: unknown) => {
          inFlight.delete(flightKey)
          if (gen !== generation) return
          set({ error: err instanceof Error ? err.message : String(err) })
        },
      )
  }

  const fetchVisible = () => {
    const s = get()
    if (searching(s) && s.found === null) return fetchPage('found:0')
    if (!searching(s) && !s.counts) return
    const { groups } = layoutOf(s)
    const { pages } = s
    for (const key of keysFor(groups, visible)) if (!pages[key] || stale.has(key)) fetchPage(key)
  }

  const loadCounts = () => {
    const gen = ++countsGeneration
    api.call('orders.counts', {}).then(
      (counts) => {
        if (gen !== countsGeneration) return
        set({ counts, error: null })
        fetchVisible()
      },
      (err: unknown) => {
        if (gen !== countsGeneration) return
        set({ error: err instanceof Error ? err.message : String(err) })
      },
    )
  }

  return {
    filter: 'open',
    query: '',
    searched: '',
    found: null,
    counts: null,
    pages: {},
    error: null,
    fresh: {},

    setFilter(filter) {
      if (filter === get().filter) return
      visible = [0, visible[1] - visible[0]]
      set({ filter })
      fetchVisible()
    },
    setQuery(query) {
      set({ query })
      clearTimeout(searchTimer)
      const run = () => {
        if (query.trim() === get().searched.trim()) return
        generation++
        // Pages of the status groups stay marked stale if they were: they are re-read when the search ends.
        stale = new Set([...stale].filter((k) => !k.startsWith('found:')))
        visible = [0, visible[1] - visible[0]]
        // Results of another search are no use: the list starts empty and fills with the new matches.
        set((s) => ({ searched: query, found: null, pages: dropFound(s.pages) }))
        fetchVisible()
      }
      // Clearing the box is instant; typing waits for a pause.
      if (query.trim() === '') run()
      else searchTimer = setTimeout(run, SEARCH_DELAY_MS)
    },
    showRange(start, end) {
      visible = [start, end]
      fetchVisible()
    },
    refresh() {
      generation++
      stale = new Set(Object.keys(get().pages))
      loadCounts()
      // Not waiting for the counts saves a round trip: the pages on screen by the current layout now (on the
      // first load, the top of every group), and whatever the new counts add once they arrive.
      const s = get()
      if (s.counts || searching(s)) fetchVisible()
      else for (const status of groupsOf(s.filter)) fetchPage(`${status}:0`)
    },
    transition(number, to, reason) {
      return api.call('orders.transition', { number, to, reason })
    },
  }
})

function searching(s: { searched: string }): boolean {
  return s.searched.trim() !== ''
}

function dropFound(pages: Record<string, OrderSummary[]>): Record<string, OrderSummary[]> {
  const out: Record<string, OrderSummary[]> = {}
  for (const [k, v] of Object.entries(pages)) if (!k.startsWith('found:')) out[k] = v
  return out
}

/** The list's layout for the store's state: the matches of a search, or the status groups of the tab. */
export function layoutOf(s: Pick<OrdersStore, 'counts' | 'filter' | 'searched' | 'found'>): {
  groups: Group[]
  size: number
} {
  return layoutGroups(s.counts, s.filter, searching(s) ? s.found : undefined)
}

/** Counts for the two tabs (open work, finished). */
export function totalOf(counts: Counts | null, filter: QueueFilter): number | null {
  if (!counts) return null
  return groupsOf(filter).reduce((n, s) => n + (counts[s] ?? 0), 0)
}

// ---------- one order, opened in the detail panel ----------

interface OrderDetailStore {
  number: number | null
  detail: OrderDetail | null
  loading: boolean
  error: string | null
  open(number: number | null): void
  reload(): void
  /** Applies an answer from a change made here (transition, edit) without waiting for the event. */
  put(detail: OrderDetail): void
}

let detailGeneration = 0

export const useOrderDetail = create<OrderDetailStore>((set, get) => ({
  number: null,
  detail: null,
  loading: false,
  error: null,
  open(number) {
    if (number === get().number) return
    set({ number, detail: null, error: null, loading: number !== null })
    get().reload()
  },
  reload() {
    const { number } = get()
    const gen = ++detailGeneration
    if (number === null) return
    api.call('orders.get', { number }).then(
      (detail) => {
        if (gen === detailGeneration) set({ detail, loading: false, error: null })
      },
      (err: unknown) => {
        if (gen === detailGeneration)
          set({ loading: false, error: err instanceof Error ? err.message : String(err) })
      },
    )
  },
  put(detail) {
    if (detail.number !== get().number) return
    ++detailGeneration
    set({ detail, loading: false, error: null })
  },
}))

// ---------- wiring ----------

let started = false
let refreshTimer: ReturnType<typeof setTimeout> | undefined
const FRESH_MS = 8000

/** Many changes in a burst (an import, a busy minute) become one re-read. */
function scheduleRefresh() {
  if (refreshTimer) return
  refreshTimer = setTimeout(() => {
    refreshTimer = undefined
    useOrders.getState().refresh()
  }, 80)
}

export function startOrdersStore(): void {
  if (started) return
  started = true
  useOrders.getState().refresh()
  api.on('orders.changed', (e: EventPayload<'orders.changed'>) => {
    scheduleRefresh()
    if (e.number === useOrderDetail.getState().number) useOrderDetail.getState().reload()
  })
  api.on('orders.created', (e) => {
    useOrders.setState((s) => ({ fresh: { ...s.fresh, [e.number]: true } }))
    setTimeout(
      () =>
        useOrders.setState((s) => {
          const fresh = { ...s.fresh }
          delete fresh[e.number]
          return { fresh }
        }),
      FRESH_MS,
    )
    scheduleRefresh()
    announceNewOrder(e)
  })
  // Another process (the CLI) wrote to the database: the host only says "reload" through catalog.changed.
  api.on('catalog.changed', ({ reason }) => {
    if (reason !== 'external') return
    scheduleRefresh()
    useOrderDetail.getState().reload()
  })
  onReconnect(() => {
    useOrders.getState().refresh()
    useOrderDetail.getState().reload()
  })
}
