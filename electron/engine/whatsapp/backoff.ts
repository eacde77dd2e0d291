// Exponential backoff with jitter for rebuilding the WhatsApp client: quick after a blip, patient when
// WhatsApp keeps refusing, and never in lock-step with another CounterChat fighting over the same number.

export interface BackoffOptions {
  initialMs: number
  maxMs: number
  factor?: number
  /** 0..1 share of the delay that is randomised. */
  jitter?: number
  random?: () => number
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 2_000, maxMs: 5 * 60_000, factor: 2, jitter: 0.2 }

export class Backoff {
  private attempts = 0
  constructor(private readonly options: BackoffOptions = DEFAULT_BACKOFF) {}

  get attempt(): number {
    return this.attempts
  }

  next(): number {
    const { initialMs, maxMs, factor = 2, jitter = 0, random = Math.random } = this.options
    const base = Math.min(maxMs, initialMs * factor ** this.attempts)
    this.attempts++
    const spread = base * jitter
    return Math.round(Math.min(maxMs, Math.max(0, base - spread + random() * 2 * spread)))
  }

  reset(): void {
    this.attempts = 0
  }
}
