import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { backoffDelay } from '../../backoff'
import { parseRetryAfter, paymentBackoff, requestWithRetry } from './http'
import { PaymentError } from '../../errors'

let server: Server | null = null
afterEach(async () => {
  if (server) {
    server.closeAllConnections()
    await new Promise((r) => server!.close(r))
    server = null
  }
})

/** A server answering from a script: one entry per request; 'hang' never answers. */
async function scripted(
  script: Array<{ status: number; body?: unknown; headers?: Record<string, string> } | 'hang'>,
) {
  let i = 0
  server = createServer((req, res) => {
    const step = script[Math.min(i++, script.length - 1)]!
    req.resume()
    if (step === 'hang') return
    res.writeHead(step.status, { 'Content-Type': 'application/json', ...step.headers })
    res.end(JSON.stringify(step.body ?? {}))
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/x`, calls: () => i }
}

const describeErr = (_s: number, json: unknown) => (json as { msg?: string } | null)?.msg ?? null
const instant = (waits: number[]) => ({ sleep: async (ms: number) => void waits.push(ms), random: () => 0.5 })

describe('requestWithRetry', () => {
  it('retries 5xx with growing backoff, then succeeds', async () => {
    const s = await scripted([{ status: 500 }, { status: 503 }, { status: 200, body: { ok: 1 } }])
    const waits: number[] = []
    const res = await requestWithRetry('razorpay', { method: 'GET', url: s.url }, describeErr, {
      baseDelayMs: 100,
      ...instant(waits),
    })
    expect(res.json).toEqual({ ok: 1 })
    expect(s.calls()).toBe(3)
    expect(waits).toEqual([75, 150]) // equal jitter with random 0.5: 100→75, 200→150
  })

  it('honours Retry-After on 429 (never sooner than asked)', async () => {
    const s = await scripted([
      { status: 429, headers: { 'Retry-After': '3' } },
      { status: 200, body: {} },
    ])
    const waits: number[] = []
    await requestWithRetry('stripe', { method: 'GET', url: s.url }, describeErr, {
      baseDelayMs: 100,
      ...instant(waits),
    })
    expect(waits).toEqual([3000])
  })

  it('gives up at once when Retry-After is longer than it is willing to wait', async () => {
    const s = await scripted([{ status: 429, headers: { 'Retry-After': '3600' } }, { status: 200 }])
    const err = await requestWithRetry('stripe', { method: 'GET', url: s.url }, describeErr, {
      ...instant([]),
    }).catch((e) => e)
    expect(err).toBeInstanceOf(PaymentError)
    expect(err.kind).toBe('rate_limited')
    expect(s.calls()).toBe(1)
  })

  it('does not retry other 4xx and words them for the shopkeeper', async () => {
    const s = await scripted([{ status: 400, body: { msg: 'amount: must be at least 100' } }])
    const err = await requestWithRetry(
      'razorpay',
      { method: 'POST', url: s.url },
      describeErr,
      instant([]),
    ).catch((e) => e)
    expect(s.calls()).toBe(1)
    expect(err.kind).toBe('invalid')
    expect(err.message).toBe(
      "Razorpay refused the payment link: amount: must be at least 100. Check the amount and the customer's number.",
    )
    const s401 = await (async () => {
      await new Promise((r) => server!.close(r))
      return scripted([{ status: 401 }])
    })()
    const auth = await requestWithRetry(
      'stripe',
      { method: 'GET', url: s401.url },
      describeErr,
      instant([]),
    ).catch((e) => e)
    expect(auth.kind).toBe('auth')
    expect(auth.message).toMatch(/Stripe did not accept the API key/)
    expect(s401.calls()).toBe(1)
  })

  it('stops after maxAttempts and reports the last kind', async () => {
    const s = await scripted([{ status: 502 }])
    const waits: number[] = []
    const err = await requestWithRetry('stripe', { method: 'GET', url: s.url }, describeErr, {
      maxAttempts: 3,
      ...instant(waits),
    }).catch((e) => e)
    expect(err.kind).toBe('server')
    expect(s.calls()).toBe(3)
    expect(waits).toHaveLength(2)
  })

  it('times out a silent server per attempt and retries', async () => {
    const s = await scripted(['hang', { status: 200, body: { ok: true } }])
    // Long enough that the answering attempt never times out on a busy machine; the silent one still does.
    const res = await requestWithRetry('stripe', { method: 'GET', url: s.url }, describeErr, {
      timeoutMs: 750,
      ...instant([]),
    })
    expect(res.json).toEqual({ ok: true })
    expect(s.calls()).toBe(2)
  })

  it('reports timeout when every attempt times out, and network when nothing listens', async () => {
    const s = await scripted(['hang'])
    const err = await requestWithRetry('stripe', { method: 'GET', url: s.url }, describeErr, {
      timeoutMs: 30,
      maxAttempts: 2,
      ...instant([]),
    }).catch((e) => e)
    expect(err.kind).toBe('timeout')
    expect(err.message).toMatch(/did not answer in time/)
    const port = (server!.address() as AddressInfo).port
    server!.closeAllConnections()
    await new Promise((r) => server!.close(r))
    server = null
    const net = await requestWithRetry(
      'razorpay',
      { method: 'GET', url: `http://127.0.0.1:${port}/` },
      describeErr,
      {
        maxAttempts: 2,
        ...instant([]),
      },
    ).catch((e) => e)
    expect(net.kind).toBe('network')
    expect(net.message).toBe('Could not reach Razorpay. Check the internet connection.')
  })

  it('parses Retry-After seconds and dates; backoff grows and is capped', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000)
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(5000)
    expect(parseRetryAfter('soon', 0)).toBeNull()
    expect(parseRetryAfter(null, 0)).toBeNull()
    expect(backoffDelay(paymentBackoff({ random: () => 0 }), 1)).toBe(250)
    expect(backoffDelay(paymentBackoff({ random: () => 0.999 }), 1)).toBeLessThanOrEqual(500)
    expect(backoffDelay(paymentBackoff({ random: () => 1 }), 10)).toBe(30_000)
  })
})
