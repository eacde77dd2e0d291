import { describe, expect, it } from 'vitest'
import { firstInOrder } from './first-in-order'

/** A small seeded generator, so every run checks the same lists. */
function numbers(seed: number): () => number {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
}

/** What the ranking replaced: a stable sort of them all, then the first k. */
function bySort(ps: number[], order: (p: number) => number, score: Float64Array, k: number): number[] {
  return [...ps].sort((a, b) => order(a) - order(b) || score[b]! - score[a]!).slice(0, k)
}

describe('firstInOrder', () => {
  it('gives the first k of a stable sort by order, the higher score first among equal orders', () => {
    const next = numbers(7)
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(next() * 60)
      // few distinct values, so ties in the order and in the score are common
      const keys = Array.from({ length: n }, () => Math.floor(next() * 4) / 2)
      const score = Float64Array.from({ length: n }, () => Math.floor(next() * 3) / 10)
      const ps = Array.from({ length: n }, (_, i) => i).sort(() => next() - 0.5)
      const k = 1 + Math.floor(next() * 8)
      const order = (p: number) => keys[p]!
      expect(firstInOrder(ps, order, score, k)).toEqual(bySort(ps, order, score, k))
    }
  })

  it('keeps the order products came in when both order and score tie', () => {
    const score = new Float64Array([0.5, 0.5, 0.5, 0.5])
    expect(firstInOrder([3, 1, 2, 0], () => 1, score, 3)).toEqual([3, 1, 2])
  })

  it('gives all of them in order when there are fewer than k', () => {
    const score = new Float64Array([0.1, 0.9, 0.5])
    expect(firstInOrder([0, 1, 2], (p) => (p === 0 ? 0 : 1), score, 5)).toEqual([0, 1, 2])
  })
})
