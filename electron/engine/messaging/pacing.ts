// Even pacing of sends. The per-minute windows alone let a whole minute's allowance go out in its first seconds
// and then nothing, and bursts are what WhatsApp punishes. A pacer spaces sends one interval apart (60 s / the
// per-minute limit) as a token bucket that holds at most BURST sends, never closer than a quarter interval,
// and moves each send a little later at random so the rhythm is not machine-exact. In any stretch of T ms it
// lets through at most BURST + T / interval sends; the windows stay as the hard limit on top.

/** Sends that may go back to back (a gap apart) after a quiet spell. */
export const BURST = 2
/** The least time between two sends, as a share of the interval. */
export const MIN_GAP_SHARE = 1 / 4
/** The most a send is moved later at random, as a share of the interval. */
export const MAX_JITTER_SHARE = 1 / 5

export class Pacer {
  /**
   * When the bucket would next be full again, GCRA style: a send at t is allowed once t >= tat - (BURST - 1)
   * intervals, and each send moves tat one interval on from max(tat, t).
   */
  private tat = -Infinity
  private last = -Infinity
  /** The next send's delay as a share of the interval: drawn once per send, so every look agrees. */
  private jitter = 0

  constructor(private random: () => number) {}

  /** The earliest time the next send may go, for a limit of `perMinute`. */
  freeAt(perMinute: number): number {
    const interval = 60_000 / perMinute
    const bucket = this.tat - (BURST - 1) * interval
    const gap = this.last + MIN_GAP_SHARE * interval
    return Math.max(bucket, gap) + this.jitter * interval
  }

  /** A send went out at `at` (also used to replay the last minute's sends on start). */
  record(at: number, perMinute: number): void {
    const interval = 60_000 / perMinute
    this.tat = Math.max(this.tat, at) + interval
    this.last = Math.max(this.last, at)
    this.jitter = Math.min(Math.max(this.random(), 0), 1) * MAX_JITTER_SHARE
  }

  /** The bucket is full again (so the gap has passed too): forgetting this pacer changes nothing that matters. */
  idle(now: number): boolean {
    return this.tat <= now
  }
}
