// Real people's writing, scored per language: the sets in eval/real-customers/ (copied under their licence,
// see SOURCES.md there) and any set kept outside the project in ../shared/corpora/real-customers/ (sources
// whose licence does not allow copying are read where they are). One JSON object a line:
//   {"id", "text", "intent": "order" | "other" | null, "lines": [{"item", "qty", "unit"?}], "source"}
// `intent` null = not labelled (left out of intent accuracy). `lines` are the goods the text asks for; a line
// is right when its quantity (and unit, where the gold gives one) is right and every word of the gold item is
// in the name of the product it matched, or of one of its candidates (a which-one question still understood
// the item). Lines that remove or set are not scored. A file's language is its name up to the first dot. The catalog is the shop catalog of the shared corpora.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Product } from '../shared/domain'
import { buildCatalogIndex, understand, type CatalogIndex } from '../shared/understanding'

export interface GoldLine {
  item: string
  qty: number
  unit?: string
}
export interface RealMessage {
  id: string
  text: string
  intent: 'order' | 'other' | null
  lines: GoldLine[]
  source: string
}

/** The languages the project reads, with what each set's file is named after. */
const LANGS: { code: string; label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'hi', label: 'Hinglish (Hindi in Latin script)' },
  { code: 'de', label: 'German' },
  { code: 'hi-Deva', label: 'Hindi in Devanagari' },
]

export function readSet(file: string): RealMessage[] {
  const out: RealMessage[] = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return
      try {
        out.push(JSON.parse(raw) as RealMessage)
      } catch {
        throw new Error(`${file}:${i + 1}: not a JSON line`)
      }
    })
  return out
}

const words = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

export interface SetScore {
  messages: number
  intentLabelled: number
  intentRight: number
  tp: number
  fp: number
  fn: number
  /** Messages labelled "other" that came out with goods matched: a cart filled from chatter. */
  otherWithGoods: number
  otherLabelled: number
  misses: string[]
}

export function scoreSet(set: RealMessage[], index: CatalogIndex, names: Map<string, string>): SetScore {
  const s: SetScore = {
    messages: 0,
    intentLabelled: 0,
    intentRight: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    otherWithGoods: 0,
    otherLabelled: 0,
    misses: [],
  }
  for (const m of set) {
    s.messages++
    const u = understand(m.text, index)
    const said = u.intent === 'order' ? 'order' : 'other'
    if (m.intent !== null) {
      s.intentLabelled++
      if (said === m.intent) s.intentRight++
    }
    const pred = u.lines.filter((l) => l.op === 'add' && (l.sku !== null || l.candidates.length > 0))
    if (m.intent === 'other') {
      s.otherLabelled++
      if (pred.length > 0) s.otherWithGoods++
    }
    const left = [...m.lines]
    let hit = 0
    for (const l of pred) {
      const named = (l.sku !== null ? [l.sku] : l.candidates).map((sku) => new Set(words(names.get(sku) ?? '')))
      const k = left.findIndex(
        (g) =>
          Math.abs(g.qty - l.qty) < 0.011 &&
          (g.unit === undefined || g.unit === l.unit) &&
          named.some((n) => words(g.item).every((w) => n.has(w))),
      )
      if (k >= 0) {
        left.splice(k, 1)
        hit++
      }
    }
    s.tp += hit
    s.fp += pred.length - hit
    s.fn += left.length
    if ((said !== m.intent && m.intent !== null) || hit !== pred.length || left.length > 0)
      s.misses.push(
        `  ${m.id} ${JSON.stringify(m.text)} gold ${m.intent ?? '-'} ${m.lines.map((g) => `${g.item}#${g.qty}`).join(' ')}` +
          ` | ours ${u.intent} ${pred.map((l) => `${names.get(l.sku ?? l.candidates[0] ?? '') ?? '?'}#${l.qty}${l.unit}`).join(' ; ')}`,
      )
  }
  return s
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`)

/** Prints one block per language; `products` is the shop catalog the sets are read against. */
export function evalRealCustomers(projectDir: string, externalDir: string, products: Product[]): void {
  const files: { file: string; where: string }[] = []
  for (const [dir, where] of [
    [projectDir, 'eval/real-customers'],
    [externalDir, 'shared corpora, read in place'],
  ] as const) {
    if (!existsSync(dir)) continue
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.jsonl')) files.push({ file: join(dir, f), where })
  }
  const index = buildCatalogIndex(products)
  const names = new Map(products.map((p) => [p.sku, p.name]))
  console.log(
    `people's own writing (eval/real-customers/SOURCES.md; catalog: ${products.length} products; line = item words + qty)`,
  )
  for (const { code, label } of LANGS) {
    // a set's language is its file name up to the first dot: en.jsonl, de.bakery.jsonl, hi-Deva.jsonl
    const exact = files.filter((f) => basename(f.file).split('.')[0] === code)
    if (exact.length === 0) {
      console.log(`  ${code.padEnd(8)} ${label}: no set (no public source with a licence that allows it was found)`)
      continue
    }
    for (const { file, where } of exact) {
      const s = scoreSet(readSet(file), index, names)
      const gold = s.tp + s.fn
      const f1 = 2 * s.tp + s.fp + s.fn === 0 ? 'n/a' : `${((200 * s.tp) / (2 * s.tp + s.fp + s.fn)).toFixed(1)}%`
      console.log(
        `  ${code.padEnd(8)} ${String(s.messages).padStart(4)} messages (${where})  line F1 ${f1} over ${gold} gold lines` +
          ` (P ${pct(s.tp, s.tp + s.fp)} R ${pct(s.tp, gold)})  intent ${pct(s.intentRight, s.intentLabelled)} of ${s.intentLabelled} labelled` +
          `  goods read from non-orders ${s.otherWithGoods} of ${s.otherLabelled}`,
      )
      if (process.env.EVAL_VERBOSE) console.log(s.misses.join('\n'))
    }
  }
}
