// Warming the reader at start-up. The first message a process reads pays for compiling the reader's regular
// expressions (V8 compiles one on its first use and again to machine code on its second) and its first-time
// JIT: on the 27,555-product catalog that was 100-250 ms for one message, and every message that arrived
// meanwhile waited behind it. The engine runs these steps in the background at start-up, after the catalog
// index is built (Conversation.warmIndex), so the first customer does not pay. Twice for the first index of a
// process (what is compiled is the code), and once again for each later index (after a catalog change): the
// reader's tables of a catalog (the talk words in its names, its multipacks, its categories' words …) are made
// per index on first use, and on the 27,555-product catalog the first messages read on a new index paid
// 150 ms for them, up to 27 ms one message. Pure: nothing is stored, and the reader's caches only hold results.
import { detectAccountIntent } from './account-intent'
import type { CatalogIndex } from './catalog-index'
import { understand } from './understand'

/**
 * Messages of every kind the reader tells apart, in the languages it reads, so each of its paths runs once:
 * orders made of the shop's own product names (counts, weights, packs, a list over lines, a typo) and the
 * talk around an order (greeting, yes, no, cancel, status, pickup, delivery, paying, the khata, a price).
 */
export function warmingMessages(index: CatalogIndex): string[] {
  const n = index.products.length
  const names: string[] = []
  for (let k = 0; k < 6 && n > 0; k++) {
    const p = index.products[Math.floor((k * n) / 6)]
    if (p) names.push(p.name.toLowerCase())
  }
  const [a = 'rice', b = a, c = b, d = c, e = d, f = e] = names
  const typo = a.length > 4 ? a.slice(0, 2) + a.slice(3) : a
  return [
    `2 ${a}`,
    `${b} 1 kg, ${c} x2`,
    `${d} - 3\naadha kilo ${e}\n${f}: 500g`,
    `do packet ${typo}`,
    `3 pcs ${c} and 2 ${e} please`,
    `bhaiya ${a} 2 kilo bhej do`,
    `Hallo, bitte 2 ${b} und 500 g ${d}`,
    `२ किलो ${a} भेज दो`,
    `price of ${f}`,
    `no ${b}, make it 3`,
    'hi',
    'namaste',
    'Guten Morgen',
    'yes confirm',
    'haan bhej do',
    'ja, passt',
    'no',
    'cancel',
    'storniere die bestellung',
    'where is my order',
    'kab tak aayega?',
    'pickup',
    'deliver to 12 MG Road, near the temple',
    'how do I pay',
    'what do I owe',
    'khate mein likh do',
    'same as last time',
    'menu',
    'ok thanks',
    'danke',
    'धन्यवाद',
    '👍',
    '1',
  ]
}

let warm = false
const warmedIndexes = new WeakSet<CatalogIndex>()

/** Whether this process's reader has been warmed (warmingSteps ran to the end). */
export function readerWarm(): boolean {
  return warm
}

/**
 * Reads the warming messages twice on the process's first index (the second time is when V8 compiles the
 * expressions to machine code), once on each later one (its tables), yielding after each message so the caller
 * spreads the work between other work. Nothing for an index warmed before.
 */
export function* warmingSteps(index: CatalogIndex): Generator<void, void, void> {
  if (warmedIndexes.has(index)) return
  const messages = warmingMessages(index)
  const passes = warm ? 1 : 2
  for (let pass = 0; pass < passes; pass++) {
    for (const m of messages) {
      understand(m, index)
      if (!warm) detectAccountIntent(m)
      yield
    }
  }
  warmedIndexes.add(index)
  warm = true
}
