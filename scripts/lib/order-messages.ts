// Order messages as customers type them, generated from a catalog with a seeded generator so every run of a
// benchmark measures the same work: 1–4 lines per message in several line forms, some typos, some chatter.
import type { Product } from '../../shared/domain'

export function seededRandom(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return s / 0x7fffffff
  }
}

const LINE_FORMS = [
  (w: string) => `2 ${w}`,
  (w: string) => `${w} x2`,
  (w: string) => `1 kg ${w}`,
  (w: string) => `${w} - 3`,
  (w: string) => `do packet ${w}`,
  (w: string) => `aadha kilo ${w}`,
  (w: string) => `${w}: 500g`,
  (w: string) => `${w}`,
  (w: string) => `3 pcs ${w}`,
]
const CHATTER = [
  'hi',
  'where is my order',
  'thanks!',
  'haan bhej do',
  'kya kya milega',
  'price of sugar',
  'Ja, passt',
  '👍',
]

/** `count` messages over `products`; the same seed gives the same messages. */
export function orderMessages(
  products: readonly Product[],
  count: number,
  rand = seededRandom(42),
): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const typo = (w: string): string => {
    if (w.length < 5) return w
    const i = 1 + Math.floor(rand() * (w.length - 3))
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
  }
  const itemWords = (p: Product): string => {
    const ws = p.name
      .split(/\s[-–]\s|[(,]/)[0]!
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => /^[a-z]+$/.test(w))
    const n = Math.min(ws.length, 1 + Math.floor(rand() * 3))
    const chosen = ws.slice(Math.max(0, ws.length - n))
    if (rand() < 0.2 && chosen.length > 0) chosen[chosen.length - 1] = typo(chosen[chosen.length - 1]!)
    return chosen.join(' ') || 'rice'
  }
  const messages: string[] = []
  for (let i = 0; i < count; i++) {
    if (rand() < 0.1) {
      messages.push(pick(CHATTER))
      continue
    }
    const n = 1 + Math.floor(rand() * 4)
    const lines: string[] = []
    for (let k = 0; k < n; k++) lines.push(pick(LINE_FORMS)(itemWords(pick(products))))
    messages.push(rand() < 0.5 ? lines.join('\n') : lines.join(', '))
  }
  return messages
}
