// `counterchat import FILE.csv --data DIR [--replace]`: merging keeps the output line it always had; --replace
// adds how many products not in the file went off sale.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../electron/cli/main'
import { createEngine } from '../../electron/engine'

let dir: string

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => (out += d.toString()))
  stderr.on('data', (d: Buffer) => (err += d.toString()))
  const code = await main(argv, { stdin: Readable.from(['']), stdout, stderr })
  return { code, out, err }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-import-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const HEADER = 'sku,name,price,unit,size,aliases,category,stock\n'

describe('counterchat import', () => {
  it('merges by default and replaces with --replace, saying how many went off sale', async () => {
    const data = join(dir, 'shop')
    const first = join(dir, 'first.csv')
    const second = join(dir, 'second.csv')
    writeFileSync(first, HEADER + 'A,Apple,10,kg,,,Fruit,\nB,Bread,20,pc,,,Bakery,\nC,Curd,30,pc,,,Dairy,\n')
    writeFileSync(second, HEADER + 'B,Bread,22,pc,,,Bakery,\nD,Dal,40,kg,,,Pulses,\n')
    expect((await run(['import', first, '--data', data])).out).toBe(
      'imported 3 products (3 new, 0 updated), 0 rows skipped\n',
    )
    const merged = await run(['import', second, '--data', data])
    expect(merged.out).toBe('imported 2 products (1 new, 1 updated), 0 rows skipped\n')
    const replaced = await run(['import', second, '--data', data, '--replace'])
    expect(replaced.code).toBe(0)
    expect(replaced.out).toBe(
      'imported 2 products (0 new, 2 updated), 0 rows skipped\n2 products not in the file taken off sale\n',
    )
    const engine = createEngine({ dataDir: data, startMessaging: false })
    try {
      expect(['A', 'B', 'C', 'D'].map((s) => engine.catalog.get(s).active)).toEqual([false, true, false, true])
    } finally {
      await engine.close()
    }
  })
})
