// `counterchat parse --catalog FILE.csv`: JSON lines {"id","text"} on stdin, one understood order per line on
// stdout, in order. A malformed input line gets {"id", "error"} on its own line and processing continues.
import { readFile } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { setFlagsFromString } from 'node:v8'
import { decodeCatalogBytes, parseCatalogCsv } from '../../engine/catalog/csv'
import type { Product } from '../../../shared/domain'
import { buildCatalogIndex, understand } from '../../../shared/understanding'
import { UsageError, parseFlags, type Command } from '../io'
import { cachedCatalog, codeVersion, defaultCacheDir, type CacheAt, type ReadCatalog } from '../catalog-cache'

/** Inputs longer than this are refused per line (a WhatsApp message is at most 65,536 characters). */
const MAX_INPUT_LINE = 256 * 1024

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { catalog: 'string', help: 'boolean' })
  if (flags.help) {
    io.stdout.write('usage: counterchat parse --catalog FILE.csv < messages.jsonl\n')
    return 0
  }
  const file = flags.catalog
  if (typeof file !== 'string' || file === '') throw new UsageError('--catalog FILE.csv is required')
  lessInlining()
  const bytes = await readFile(file)
  const { index, skipped } = cachedCatalog(bytes, cacheAt(), () => readCatalog(bytes))
  if (skipped) {
    io.stderr.write(
      `counterchat parse: ${skipped.count} catalog row(s) skipped (first: line ${skipped.line}: ${skipped.message})\n`,
    )
  }
  if (index.products.length === 0) {
    io.stderr.write('counterchat parse: the catalog has no products\n')
    return 1
  }

  // The answers to all the lines that arrived together are written in one go (one write per line was a tenth
  // of the time for a big file); a line that arrives on its own is still answered at once.
  const said = new SaidBefore()
  const answer = async (lines: string[]) => {
    let out = ''
    for (const raw of lines) if (raw.trim() !== '') out += answerLine(raw, index, said) + '\n'
    if (out !== '' && !io.stdout.write(out))
      await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()))
  }
  const decoder = new StringDecoder('utf8')
  let rest = ''
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk)
    // a long line in many chunks is only split once its end has come
    if (!LINE_END.test(text)) {
      rest += text
      continue
    }
    const lines = (rest + text).split(LINE_END)
    rest = lines.pop()!
    await answer(lines)
  }
  rest += decoder.end()
  if (rest !== '') await answer([rest])
  return 0
}

/**
 * V8 builds the order reader's big functions (readOrder, matchUncached, readQuantities ...) with their callees
 * inlined, and builds them again after each rare branch a new message takes: on 3,000 messages the optimising
 * compiler did 43% of all the work. A smaller inlining budget makes each of those builds cheaper (and a rare
 * branch in a callee no longer throws the whole reader out): 15.1 G -> 14.0 G instructions for 3,000 NYT lines.
 * Only how fast, never what: the JIT's choices do not change any answer. Read by each later compilation.
 */
function lessInlining(): void {
  try {
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=300')
  } catch {
    // the default budget only costs time
  }
}

function readCatalog(bytes: Uint8Array): ReadCatalog {
  const parsed = parseCatalogCsv(decodeCatalogBytes(bytes))
  const first = parsed.errors[0]
  const products: Product[] = parsed.products.map((p) => ({ ...p, active: p.active ?? true, updatedAt: 0 }))
  return {
    index: buildCatalogIndex(products),
    skipped: first ? { count: parsed.errors.length, line: first.line, message: first.message } : null,
  }
}

/** Kept indexes live in the user's cache folder; COUNTERCHAT_NO_CACHE=1 builds every time. */
function cacheAt(): CacheAt | null {
  if (process.env.COUNTERCHAT_NO_CACHE === '1') return null
  return { dir: defaultCacheDir(), code: codeVersion() }
}

/** Line ends as readline reads them: "\r\n", "\n" or a lone "\r" (an empty line between is skipped anyway). */
const LINE_END = /\r\n|\n|\r/

interface Understood {
  intent: string
  lines: {
    sku: string | null
    candidates: string[]
    qty: number
    unit: string
    text: string
    confidence: number
  }[]
  unmatched: string[]
}

/**
 * Answers already given, by text, as the JSON that follows the id. understand() reads nothing but the text and
 * the catalog, so a text always gets the same answer, and shops get the same few messages again and again.
 */
class SaidBefore {
  private readonly tails = new Map<string, string>()
  private static readonly MAX_TEXT = 2000
  private static readonly MAX_ENTRIES = 100_000

  get(text: string): string | undefined {
    return this.tails.get(text)
  }

  put(text: string, tail: string): void {
    if (text.length > SaidBefore.MAX_TEXT) return
    if (this.tails.size >= SaidBefore.MAX_ENTRIES) this.tails.clear()
    this.tails.set(text, tail)
  }
}

/** One output line: {"id", "intent", "lines", "unmatched"}, or {"id", "error"}. */
function answerLine(raw: string, index: ReturnType<typeof buildCatalogIndex>, said: SaidBefore): string {
  const read = readLine(raw)
  if ('error' in read) return JSON.stringify(read)
  let tail = said.get(read.text)
  if (tail === undefined) {
    let u: Understood
    try {
      u = understood(read.text, index)
    } catch (err) {
      const error = `could not understand: ${err instanceof Error ? err.message : String(err)}`
      return JSON.stringify({ id: read.id, error })
    }
    // {"intent":...} without its "{": what follows {"id":<id>, in the same object
    tail = JSON.stringify(u).slice(1)
    said.put(read.text, tail)
  }
  return `{"id":${JSON.stringify(read.id)},${tail}`
}

function readLine(raw: string): { id: string | number; text: string } | { id: unknown; error: string } {
  if (raw.length > MAX_INPUT_LINE)
    return { id: null, error: `input line longer than ${MAX_INPUT_LINE} characters` }
  let msg: unknown
  try {
    msg = JSON.parse(raw.replace(/^\uFEFF/, ''))
  } catch {
    return { id: null, error: 'not valid JSON' }
  }
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg))
    return { id: null, error: 'expected a JSON object' }
  const rec = msg as Record<string, unknown>
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null
  if (!('id' in rec) || id === null) return { id: null, error: 'missing "id" (a string)' }
  if (typeof rec.text !== 'string') return { id, error: 'missing "text" (a string)' }
  return { id, text: rec.text }
}

function understood(text: string, index: ReturnType<typeof buildCatalogIndex>): Understood {
  const u = understand(text, index)
  return {
    intent: u.intent,
    lines: u.lines.map((l) => ({
      sku: l.sku,
      candidates: l.candidates,
      qty: l.qty,
      unit: l.unit,
      text: l.text,
      confidence: l.confidence,
    })),
    unmatched: u.unmatched,
  }
}
