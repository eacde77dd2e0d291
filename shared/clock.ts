// One notion of "now" for the engine and for every double that plays a remote party in tests. A test that
// fixes the engine's clock hands the same Clock to the doubles it starts, so a link's expiry or a message's
// timestamp is judged against the same instant on both sides, whatever the computer's calendar says.
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** Unix seconds of a clock, as the payment APIs count time. */
export function unixSeconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000)
}
