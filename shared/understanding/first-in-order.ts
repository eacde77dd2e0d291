// The few first of many products in a ranking, found without sorting them all.
/**
 * The first `k` of `ps` by `order`, the higher score first among equals, as a stable sort of them all would put
 * them: a bare word names hundreds of products over a big catalog and only the few offered need to be in order.
 */
export function firstInOrder(
  ps: readonly number[],
  order: (p: number) => number,
  score: Float64Array,
  k: number,
): number[] {
  const top: number[] = []
  const keys: number[] = []
  for (const p of ps) {
    const key = order(p)
    const s = score[p]!
    // after every one already held that it does not beat (ties keep the order they came in)
    let at = top.length
    while (at > 0 && (keys[at - 1]! - key || s - score[top[at - 1]!]!) > 0) at--
    if (at >= k) continue
    top.splice(at, 0, p)
    keys.splice(at, 0, key)
    if (top.length > k) {
      top.pop()
      keys.pop()
    }
  }
  return top
}
