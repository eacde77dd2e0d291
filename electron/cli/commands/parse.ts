// `counterchat parse --catalog FILE.csv`: JSON lines {"id","text"} on stdin, one understood order per line on
// stdout, in order. A malformed input line gets {"id", "error"} on its own line and processing continues.
import { readFile } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { decodeCatalogBytes, parseCatalogCsv } from '../../engine/catalog/csv'
import type { Product } from '../../../shared/domain'
import { buildCatalogIndex } from '../../../shared/understanding'
import { UsageError, parseFlags, type Command } from '../io'
import {
  cachedCatalog,
  codeVersion,
  defaultCacheDir,
  encodeIndex,
  type CacheAt,
  type ReadCatalog,
} from '../catalog-cache'
import { ParsePipeline, defaultThreads } from './parse-threads'

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { catalog: 'string', threads: 'string', help: 'boolean' })
  if (flags.help) {
    io.stdout.write('usage: counterchat parse --catalog FILE.csv [--threads N] < messages.jsonl\n')
    return 0
  }
  const threads = flags.threads === undefined ? defaultThreads() : Number(flags.threads)
  if (!Number.isInteger(threads) || threads < 0 || threads > 64)
    throw new UsageError('--threads takes a whole number from 0 (this thread only) to 64')
  const file = flags.catalog
  if (typeof file !== 'string' || file === '') throw new UsageError('--catalog FILE.csv is required')
  const bytes = await readFile(file)
  const kept = cachedCatalog(bytes, cacheAt(), () => readCatalog(bytes))
  const { index, skipped } = kept
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
  const pipeline = new ParsePipeline(
    index,
    io.stdout,
    threads,
    () => kept.bytes ?? encodeIndex(kept),
    (text) => io.stderr.write(text),
  )
  const answer = async (lines: string[]) => {
    pipeline.add(lines)
    await pipeline.ahead()
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
  if (rest !== '') pipeline.add([rest])
  await pipeline.finish()
  if (process.env.COUNTERCHAT_PARSE_STATS === '1') {
    const { here, workers, threads: used } = pipeline.counts
    io.stderr.write(
      `counterchat parse: ${here + workers} lines, ${here} in this thread, ${workers} in ${used} worker thread(s)\n`,
    )
  }
  return 0
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
