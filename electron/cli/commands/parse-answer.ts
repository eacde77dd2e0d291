// One line of `counterchat parse`: a JSON line {"id","text"} in, the understood order (or {"id","error"}) out.
// Shared by the command's own thread and its worker threads (parse-threads.ts), so both answer alike.
import { buildCatalogIndex, understand } from '../../../shared/understanding'

/** Inputs longer than this are refused per line (a WhatsApp message is at most 65,536 characters). */
const MAX_INPUT_LINE = 256 * 1024

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
export class SaidBefore {
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
export function answerLine(
  raw: string,
  index: ReturnType<typeof buildCatalogIndex>,
  said: SaidBefore,
): string {
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
