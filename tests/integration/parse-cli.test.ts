// `counterchat parse`: the exact output shape other tools read, one line out per line in, errors in place.
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

  it('answers a text said again exactly as the first time, each line with its own id', async () => {
    const texts = [
      '2 kg aloo, 1 amul butter',
      'hello',
      '2 kg aloo, 1 amul butter',
      'hello',
      '2 kg  aloo, 1 amul butter',
    ]
    const ids: (string | number)[] = ['x"1', 7, 'x"1', 0.5, 'z']
    const { out } = await parse(texts.map((text, i) => JSON.stringify({ id: ids[i], text })))
    const once = await Promise.all(texts.map((text) => parse([JSON.stringify({ id: 'one', text })])))
    expect(out).toHaveLength(texts.length)
    out.forEach((line, i) => {
      const got = JSON.parse(line)
      expect(Object.keys(got)).toEqual(['id', 'intent', 'lines', 'unmatched'])
      expect(got.id).toBe(ids[i])
      expect({ ...got, id: 'one' }).toEqual(JSON.parse(once[i]!.out[0]!))
    })
    expect(JSON.parse(out[0]!).lines).toHaveLength(2)
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
})
