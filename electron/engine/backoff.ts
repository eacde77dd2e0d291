// One backoff for every retry in the engine: the WhatsApp client rebuild, payment provider calls and the outbox.
// Waits grow exponentially up to a cap; jitter keeps two clients that failed together from retrying in lock-step.
// `random` is injectable, so tests pin the jitter and run without real waits.

export interface BackoffPolicy {
  /** The first wait. */
  initialMs: number
  /** No wait is ever longer, jitter included. */
  maxMs: number
  /** Growth per retry. Default 2. */
  factor?: number
  /**
   * How the wait is spread around its step (initialMs · factor^(retry − 1), capped at maxMs):
   * - 'none' (default): exactly the step;
   * - 'equal': half the step fixed, half random, [step/2, step], so waits still grow;
   * - a share j in 0..1: step ± j · step.
   */
  jitter?: 'none' | 'equal' | number
  /** [0, 1). Default Math.random. */
  random?: () => number
}

/** The wait before retry number `retry` (1 = the first retry). Whole milliseconds, in [0, maxMs]. */
export function backoffDelay(policy: BackoffPolicy, retry: number): number {
  const { initialMs, maxMs, factor = 2, jitter = 'none', random = Math.random } = policy
  const step = Math.min(maxMs, initialMs * factor ** Math.max(0, retry - 1))
  let delay: number
  if (jitter === 'none' || jitter === 0) delay = step
  else if (jitter === 'equal') delay = step / 2 + random() * (step / 2)
  else {
    const spread = step * jitter
    delay = step - spread + random() * 2 * spread
  }
  return Math.round(Math.min(maxMs, Math.max(0, delay)))
}

/** The same policy with a retry counter, for a loop that retries until something works and then resets. */
export class Backoff {
  private retries = 0
  constructor(private readonly policy: BackoffPolicy) {}

  /** How many waits were handed out since the last reset. */
  get attempt(): number {
    return this.retries
  }

  next(): number {
    this.retries++
    return backoffDelay(this.policy, this.retries)
  }

  reset(): void {
    this.retries = 0
  }
}
