// `counterchat parse`: the exact output shape other tools read, one line out per line in, errors in place.
import { spawn } from 'node:child_process'
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../../electron/cli/main'

const CATALOG = fileURLToPath(new URL('../fixtures/catalog-small.csv', import.meta.url))

async function parse(lines: string[], args = ['--catalog', CATALOG]) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => (out += d))
  stderr.on('data', (d) => (err += d))
  const code = await main(['parse', ...args], {
    stdin: Readable.from(lines.map((l) => l + '\n')),
    stdout,
    stderr,
  })
  return { code, out: out.split('\n').filter(Boolean), err }
}

describe('counterchat parse', () => {
  it('answers each JSON line in order, with exactly the documented fields', async () => {
    const { code, out } = await parse([
      JSON.stringify({ id: 'a', text: 'aadha kilo tamatar, 2 mangoes' }),
      JSON.stringify({ id: 'b', text: 'hello' }),
    ])
    expect(code).toBe(0)
    expect(out).toHaveLength(2)
    const a = JSON.parse(out[0]!)
    expect(Object.keys(a)).toEqual(['id', 'intent', 'lines', 'unmatched'])
    expect(a).toMatchObject({ id: 'a', intent: 'order', unmatched: ['mangoes'] })
    expect(Object.keys(a.lines[0])).toEqual(['sku', 'candidates', 'qty', 'unit', 'text', 'confidence'])
    expect(a.lines[0]).toMatchObject({ qty: 0.5, unit: 'kg', text: 'aadha kilo tamatar' })
    expect(JSON.parse(out[1]!)).toMatchObject({ id: 'b', intent: 'greeting', lines: [] })
  })

  it('puts an error object on the line of bad input and goes on', async () => {
    const { code, out } = await parse([
      'not json',
      JSON.stringify({ id: 7 }),
      JSON.stringify({ id: 'ok', text: '2 kg onion' }),
    ])
    expect(code).toBe(0)
    expect(out).toHaveLength(3)
    expect(JSON.parse(out[0]!)).toHaveProperty('error')
    expect(JSON.parse(out[1]!)).toHaveProperty('error')
    expect(JSON.parse(out[2]!)).toMatchObject({ id: 'ok', intent: 'order' })
  })

  it('refuses to run without a catalog', async () => {
    const { code, err } = await parse([], [])
    expect(code).toBe(2)
    expect(err).toMatch(/--catalog/)
  })

  it('says --threads is 1 or 2', async () => {
    const { code, err } = await parse([], ['--catalog', CATALOG, '--threads', '3'])
    expect(code).toBe(2)
    expect(err).toMatch(/--threads/)
  })
})

/** The built command in its own process (a second thread runs built JavaScript only). */
function runBuilt(args: string[], input: string): Promise<{ code: number | null; out: string; err: string }> {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const child = spawn(process.execPath, ['bin/counterchat.mjs', 'parse', ...args], { cwd: root })
  let out = ''
  let err = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d))
  child.stdin.end(input)
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })))
}

describe('counterchat parse on two threads', () => {
  // Enough lines for many batches, each kind of line somewhere in every batch: orders in several forms, chatter,
  // bad JSON, a missing text, blank lines and Windows line ends.
  const forms = [
    (i: number) =>
      JSON.stringify({ id: `o${i}`, text: `${(i % 4) + 1} kg tamatar, ${(i % 3) + 1} amul butter` }),
    (i: number) => JSON.stringify({ id: i, text: `aadha kilo pyaz\n${i % 7} eggs` }),
    (i: number) => JSON.stringify({ id: `c${i}`, text: i % 2 ? 'hello' : 'ja passt so' }),
    () => 'not json',
    (i: number) => JSON.stringify({ id: `m${i}` }),
    () => '',
  ]
  const input = Array.from({ length: 12_000 }, (_, i) => forms[i % forms.length]!(i)).join('\r\n') + '\n'

  it('writes byte for byte what one thread writes, in input order', async () => {
    const one = await runBuilt(['--catalog', CATALOG, '--threads', '1'], input)
    const two = await runBuilt(['--catalog', CATALOG, '--threads', '2'], input)
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    // nothing on stderr: the second thread started (it says so when it cannot, e.g. with no build)
    expect(two.err).toBe('')
    const lines = one.out.split('\n').filter(Boolean)
    expect(lines).toHaveLength(10_000)
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'o0', intent: 'order' })
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ id: 'm11998', error: 'missing "text" (a string)' })
    expect(two.out).toBe(one.out)
  }, 60_000)
})
