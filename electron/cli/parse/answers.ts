// What `counterchat parse` does with one catalog and one input line, shared by the command and its second
// thread (parse/thread.ts), so both write exactly the same answer for the same line.
import { readFile } from 'node:fs/promises'
import { decodeCatalogBytes, parseCatalogCsv } from '../../engine/catalog/csv'
import type { Product } from '../../../shared/domain'
import { buildCatalogIndex, understand, type CatalogIndex } from '../../../shared/understanding'

/** Inputs longer than this are refused per line (a WhatsApp message is at most 65,536 characters). */
const MAX_INPUT_LINE = 256 * 1024

export interface LoadedCatalog {
  index: CatalogIndex | null
  products: number
  errors: { line: number; message: string }[]
}

export async function loadCatalog(file: string): Promise<LoadedCatalog> {
  const parsed = parseCatalogCsv(decodeCatalogBytes(await readFile(file)))
  if (parsed.products.length === 0) return { index: null, products: 0, errors: parsed.errors }
  const products: Product[] = parsed.products.map((p) => ({ ...p, active: p.active ?? true, updatedAt: 0 }))
  return { index: buildCatalogIndex(products), products: products.length, errors: parsed.errors }
}

/** The answers to `lines`, one JSON line each (blank lines are skipped), ready to be written in one go. */
export function answerLines(lines: readonly string[], index: CatalogIndex): string {
  let out = ''
  for (const raw of lines) if (raw.trim() !== '') out += JSON.stringify(answer(raw, index)) + '\n'
  return out
}

type Out =
  | { id: unknown; error: string }
  | {
      id: unknown
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

function answer(raw: string, index: CatalogIndex): Out {
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
  try {
    const u = understand(rec.text, index)
    return {
      id,
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
  } catch (err) {
    return { id, error: `could not understand: ${err instanceof Error ? err.message : String(err)}` }
  }
}
