// npm run eval:parse: scores shared/understanding on the public corpora in ../shared/corpora (each on its own).
//   ingredients/nyt-clean.csv     quantity and unit accuracy (first number, first unit token), vs parse-ingredient
//   food-ordering/*/dev.json      item+count line F1, each menu's alias files as the catalog
//   ingredients/tasteset-2.csv    QUANTITY / UNIT / FOOD span agreement on whole multi-line lists
//   eval/real-customers/*.jsonl   people's own writing, per language: line F1 and intent accuracy, read against
//                                 catalogs/bigbasket.csv (scripts/eval-parse-real.ts, eval/real-customers/SOURCES.md)
// The corpora are test data only and are never copied into the project; absent -> a message and exit 0.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { parseIngredient } from 'parse-ingredient'
import { parseCatalogCsv } from '../electron/engine/catalog/csv'
import type { Product } from '../shared/domain'
import {
  buildCatalogIndex,
  readLines,
  readQuantitiesIn,
  readQuantitySpans,
  understand,
  type QGroup,
} from '../shared/understanding'
import { evalRealCustomers } from './eval-parse-real'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// EVAL_CORPORA: the corpora folder when the checkout does not sit beside shared/ (a worktree)
const CORPORA = resolve(ROOT, process.env.EVAL_CORPORA ?? '../shared/corpora')
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`)

if (!existsSync(CORPORA)) {
  console.log(`corpora not found at ${CORPORA}, skipping`)
  process.exit(0)
}

// ---------------------------------------------------------------- NYT
function goldFirstNumber(q: string): number | null {
  if (/^half\b/.test(q)) return 0.5
  const m = /-?\d+(?:\.\d+)?/.exec(q)
  return m ? Number(m[0]) : null
}
function sameQty(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) < 0.011
}
/** The first quantity of the line; its unit, or the unit of a size written right after it ("1 2-pound roast"). */
function firstGroup(text: string): (QGroup & { sizeUnit?: string }) | undefined {
  const gs = readQuantitiesIn(text)
  const g = gs[0]
  const next = gs[1]
  if (g && next && next.from === g.to && next.unit) return { ...g, sizeUnit: next.unit.measure }
  return g
}
function ourUnit(g: (QGroup & { sizeUnit?: string }) | undefined): string {
  if (!g) return ''
  return g.descriptor ?? g.unit?.measure ?? g.sizeUnit ?? ''
}
function ourQty(g: QGroup | undefined): number | null {
  if (!g || Number.isNaN(g.value)) return null
  return g.value
}

function evalNyt(): void {
  const file = join(CORPORA, 'ingredients/nyt-clean.csv')
  if (!existsSync(file)) return console.log('nyt-clean.csv: not found, skipping')
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[]
  let q = 0
  let u = 0
  let bq = 0
  let bu = 0
  const misses: string[] = []
  const t0 = performance.now()
  for (const r of rows) {
    const input = r.input ?? ''
    const gq = goldFirstNumber(r.quantity ?? '')
    const gu = (r.unit ?? '').split(' ')[0] ?? ''
    const g = firstGroup(input)
    const okQ = sameQty(ourQty(g), gq)
    const okU = ourUnit(g) === gu
    if (okQ) q++
    if (okU) u++
    if ((!okQ || !okU) && misses.length < 12)
      misses.push(`  ${JSON.stringify(input)} gold=${gq}|${gu} ours=${ourQty(g)}|${ourUnit(g)}`)
  }
  const ours = performance.now() - t0
  const t1 = performance.now()
  for (const r of rows) {
    const input = r.input ?? ''
    const gq = goldFirstNumber(r.quantity ?? '')
    const gu = (r.unit ?? '').split(' ')[0] ?? ''
    let res: ReturnType<typeof parseIngredient>[number] | undefined
    try {
      res = parseIngredient(input)[0]
    } catch {
      res = undefined
    }
    if (sameQty(res?.quantity ?? null, gq)) bq++
    if ((res?.unitOfMeasureID ?? '') === gu) bu++
  }
  const base = performance.now() - t1
  const n = rows.length
  console.log(`ingredients/nyt-clean.csv (${n} lines; gold = first number, first unit token)`)
  console.log(
    `  understanding     quantity ${pct(q, n)}  unit ${pct(u, n)}  (${(ours / n).toFixed(3)} ms/line)`,
  )
  console.log(
    `  parse-ingredient  quantity ${pct(bq, n)}  unit ${pct(bu, n)}  (${(base / n).toFixed(3)} ms/line, same scorer)`,
  )
  if (process.env.EVAL_VERBOSE) console.log(misses.join('\n'))
}

// ---------------------------------------------------------------- food-ordering
const ITEM_FILES = new Set([
  'main_dishes',
  'drink_types',
  'side_types',
  'drinks',
  'base_sandwich',
  'drink_type',
  'side_type',
])
/** Orders whose item is the order itself (no type slot): the menu entry is named after it. */
const ORDER_ITEMS: Record<string, string[]> = {
  PIZZAORDER: ['pizza', 'pie'],
  BURRITO_ORDER: ['burrito'],
  BURRITO_BOWL_ORDER: ['burrito bowl', 'bowl'],
  QUESADILLA_ORDER: ['quesadilla'],
  SALAD_ORDER: ['salad', 'burrito salad'],
  TACO_ORDER: ['taco'],
}
const TYPE_SLOTS = ['MAIN_DISH_TYPE', 'DRINK_TYPE', 'DRINKTYPE', 'SIDE_TYPE', 'BASE_SANDWICH']

interface GoldLine {
  item: string
  n: number
}

/** Top-level order groups of an EXR tree: item and count. */
function goldLines(exr: string): GoldLine[] {
  const out: GoldLine[] = []
  let depth = 0
  let start = -1
  for (let i = 0; i < exr.length; i++) {
    if (exr[i] === '(') {
      if (depth === 0) start = i
      depth++
    } else if (exr[i] === ')') {
      depth--
      if (depth === 0 && start >= 0) {
        const g = exr.slice(start, i + 1)
        const kind = /^\((\S+)/.exec(g)?.[1] ?? ''
        const n = Number(/\(NUMBER (\S+) \)/.exec(g)?.[1] ?? '1')
        let item: string | undefined
        for (const slot of TYPE_SLOTS) {
          const m = new RegExp(`\\(${slot} (\\S+) \\)`).exec(g)
          if (m) item = m[1]
        }
        if (!item && ORDER_ITEMS[kind]) item = kind
        if (item) out.push({ item, n: Number.isFinite(n) ? n : 1 })
      }
    }
  }
  return out
}

function menuProducts(dir: string): Product[] {
  const byItem = new Map<string, string[]>()
  for (const f of readdirSync(join(dir, 'alias'))) {
    if (!ITEM_FILES.has(f.replace(/\.txt$/, ''))) continue
    for (const line of readFileSync(join(dir, 'alias', f), 'utf8').split('\n')) {
      const [alias, target] = line.split('\t')
      const m = target ? /\(([^)]+)\)/.exec(target) : null
      if (!alias || !m) continue
      const list = byItem.get(m[1]!) ?? []
      list.push(alias.trim())
      byItem.set(m[1]!, list)
    }
  }
  const products: Product[] = []
  const add = (sku: string, name: string, aliases: string[]) =>
    products.push({
      sku,
      name,
      price: 100,
      unit: 'pc',
      size: null,
      aliases,
      category: 'menu',
      stock: null,
      active: true,
      updatedAt: 0,
    })
  for (const [item, aliases] of byItem) add(item, item.replace(/_/g, ' '), aliases)
  const text = readFileSync(join(dir, 'dev.json'), 'utf8')
  for (const [kind, names] of Object.entries(ORDER_ITEMS))
    if (text.includes(`(${kind} `)) add(kind, names[0]!, names.slice(1))
  return products
}

function evalFood(): void {
  const root = join(CORPORA, 'food-ordering')
  if (!existsSync(root)) return console.log('food-ordering: not found, skipping')
  console.log('food-ordering/*/dev.json (line = item + count; catalog = the menu alias files)')
  for (const d of readdirSync(root).sort()) {
    const dir = join(root, d)
    if (!existsSync(join(dir, 'dev.json'))) continue
    const index = buildCatalogIndex(menuProducts(dir))
    let tp = 0
    let fp = 0
    let fn = 0
    let itp = 0
    let ifp = 0
    let ifn = 0
    let n = 0
    const misses: string[] = []
    for (const raw of readFileSync(join(dir, 'dev.json'), 'utf8').split('\n')) {
      if (!raw.trim()) continue
      const { SRC, EXR } = JSON.parse(raw) as { SRC: string; EXR: string }
      n++
      const gold = goldLines(EXR).map((g) => `${g.item}#${g.n}`)
      const u = understand(SRC, index)
      const pred = u.lines.filter((l) => l.sku !== null).map((l) => `${l.sku}#${l.qty}`)
      const score = (g: string[], p: string[]) => {
        const left = [...g]
        let hit = 0
        for (const x of p) {
          const k = left.indexOf(x)
          if (k >= 0) {
            left.splice(k, 1)
            hit++
          }
        }
        return { hit, fp: p.length - hit, fn: g.length - hit }
      }
      const s = score(gold, pred)
      tp += s.hit
      fp += s.fp
      fn += s.fn
      const si = score(
        gold.map((x) => x.split('#')[0]!),
        pred.map((x) => x.split('#')[0]!),
      )
      itp += si.hit
      ifp += si.fp
      ifn += si.fn
      if ((s.fp || s.fn) && misses.length < Number(process.env.EVAL_MISSES ?? 10))
        misses.push(
          `  ${SRC}\n    gold ${gold.join(' ')}\n    ours ${pred.join(' ')} ?${u.lines
            .filter((l) => !l.sku)
            .map((l) => l.candidates.join('/'))
            .join(' ')} unmatched=${u.unmatched.join('|')}`,
        )
    }
    const f1 = (a: number, b: number, c: number) => (2 * a + b + c === 0 ? 0 : (2 * a) / (2 * a + b + c))
    const p = tp / Math.max(1, tp + fp)
    const r = tp / Math.max(1, tp + fn)
    console.log(
      `  ${d.padEnd(8)} ${String(n).padStart(4)} orders  line F1 ${(100 * f1(tp, fp, fn)).toFixed(1)}% (P ${(100 * p).toFixed(1)}% R ${(100 * r).toFixed(1)}%)  item-only F1 ${(100 * f1(itp, ifp, ifn)).toFixed(1)}%`,
    )
    if (process.env.EVAL_VERBOSE) console.log(misses.join('\n'))
  }
}

// ---------------------------------------------------------------- TASTEset
interface Ent {
  type: string
  spans: [number, number][]
}

function evalTaste(): void {
  const file = join(CORPORA, 'ingredients/tasteset-2.csv')
  if (!existsSync(file)) return console.log('tasteset-2.csv: not found, skipping')
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[]
  const stats: Record<string, { tp: number; fp: number; fn: number }> = {
    QUANTITY: { tp: 0, fp: 0, fn: 0 },
    UNIT: { tp: 0, fp: 0, fn: 0 },
    FOOD: { tp: 0, fp: 0, fn: 0 },
  }
  let lines = 0
  for (const r of rows) {
    const text = r.ingredients ?? ''
    const ents = (JSON.parse(r.ingredients_entities ?? '[]') as { span: string; type: string }[]).map(
      (e): Ent => ({
        type: e.type,
        spans: [...e.span.matchAll(/\((\d+),\s*(\d+)\)/g)].map(
          (m) => [Number(m[1]), Number(m[2])] as [number, number],
        ),
      }),
    )
    const gold: Record<string, Set<string>> = { QUANTITY: new Set(), UNIT: new Set(), FOOD: new Set() }
    for (const e of ents) {
      if (!gold[e.type]) continue
      if (e.type === 'FOOD') {
        // FOOD is scored on words (a food can be split: "cinnamon roll ... with icing")
        for (const [a, b] of e.spans) for (const w of wordSpans(text, a, b)) gold.FOOD!.add(w)
      } else for (const [a, b] of e.spans) gold[e.type]!.add(`${a}:${b}`)
    }
    const pred: Record<string, Set<string>> = { QUANTITY: new Set(), UNIT: new Set(), FOOD: new Set() }
    let offset = 0
    for (const line of text.split('\n')) {
      const base = offset
      offset += line.length + 1
      if (!line.trim()) continue
      lines++
      // every quantity and unit of the line; the food is the item of its first order line
      for (const g of readQuantitySpans(line)) {
        if (g.numStart !== undefined && g.numEnd !== undefined)
          pred.QUANTITY!.add(`${base + g.numStart}:${base + g.numEnd}`)
        if (g.unitStart !== undefined && g.unitEnd !== undefined)
          pred.UNIT!.add(`${base + g.unitStart}:${base + g.unitEnd}`)
      }
      const first = readLines(line, 5).find((l) => l.item !== '')
      if (first)
        for (const w of wordSpans(line, first.itemStart, first.itemEnd)) {
          const [a, b] = w.split(':').map(Number) as [number, number]
          pred.FOOD!.add(`${a + base}:${b + base}`)
        }
    }
    for (const k of Object.keys(stats)) {
      const s = stats[k]!
      for (const x of pred[k]!)
        if (gold[k]!.has(x)) s.tp++
        else s.fp++
      for (const x of gold[k]!) if (!pred[k]!.has(x)) s.fn++
    }
  }
  console.log(`ingredients/tasteset-2.csv (${rows.length} lists, ${lines} lines; exact spans, FOOD by word)`)
  for (const [k, s] of Object.entries(stats)) {
    const f1 = (2 * s.tp) / Math.max(1, 2 * s.tp + s.fp + s.fn)
    console.log(
      `  ${k.padEnd(9)} F1 ${(100 * f1).toFixed(1)}%  (P ${pct(s.tp, s.tp + s.fp)} R ${pct(s.tp, s.tp + s.fn)})`,
    )
  }
}

function wordSpans(text: string, a: number, b: number): string[] {
  const out: string[] = []
  for (const m of text.slice(a, b).matchAll(/[\p{L}\p{N}]+/gu))
    out.push(`${a + (m.index ?? 0)}:${a + (m.index ?? 0) + m[0].length}`)
  return out
}

evalNyt()
evalFood()
evalTaste()

function evalReal(): void {
  const file = join(CORPORA, 'catalogs/bigbasket.csv')
  if (!existsSync(file))
    return console.log('catalogs/bigbasket.csv: not found, skipping the real customer sets')
  const products: Product[] = parseCatalogCsv(readFileSync(file, 'utf8')).products.map((p) => ({
    ...p,
    active: true,
    updatedAt: 0,
  }))
  evalRealCustomers(join(ROOT, 'eval/real-customers'), join(CORPORA, 'real-customers'), products)
}
evalReal()
