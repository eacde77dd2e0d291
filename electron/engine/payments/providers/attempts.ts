// The state of one try at a gateway link (CreateAttempt in types.ts): made once per order, provider and attempt,
// kept in the store, and read back on every later call, so the body under one idempotency key never changes.
import type { AttemptBook, CreateAttempt, PaymentOrder } from '../types'

/** An AttemptBook in memory: the default for a client used on its own (contract tests, one-off calls). */
export class MemoryAttemptBook implements AttemptBook {
  private readonly rows = new Map<string, CreateAttempt>()
  get(orderNumber: string, provider: CreateAttempt['provider'], attempt: number): CreateAttempt | null {
    const row = this.rows.get(`${provider}:${orderNumber}:${attempt}`)
    return row ? { ...row } : null
  }
  save(a: CreateAttempt): void {
    this.rows.set(`${a.provider}:${a.orderNumber}:${a.attempt}`, { ...a })
  }
}

/** The stored attempt, or a new one (generation 1, expiry computed now) saved before any call goes out. */
export function openAttempt(
  book: AttemptBook,
  order: PaymentOrder,
  provider: CreateAttempt['provider'],
  attempt: number,
  now: number,
  expiresAt: (now: number) => number,
): CreateAttempt {
  const found = book.get(order.number, provider, attempt)
  if (found) return found
  const fresh: CreateAttempt = {
    orderNumber: order.number,
    provider,
    attempt,
    generation: 1,
    amount: order.total,
    currency: order.currency,
    expiresAt: expiresAt(now),
    startedAt: now,
    uncertain: false,
  }
  book.save(fresh)
  return fresh
}

/** The next generation: a new key/reference, and a body of its own (current total, expiry computed now). */
export function nextGeneration(
  a: CreateAttempt,
  order: PaymentOrder,
  now: number,
  expiresAt: (now: number) => number,
): CreateAttempt {
  return {
    ...a,
    generation: a.generation + 1,
    amount: order.total,
    currency: order.currency,
    expiresAt: expiresAt(now),
    uncertain: false,
  }
}

/** Whether this generation's body still asks for the order's current total. */
export function sameBody(a: CreateAttempt, order: PaymentOrder): boolean {
  return a.amount === order.total && a.currency === order.currency
}
