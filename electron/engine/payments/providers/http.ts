// Every provider call goes through here: a timeout per attempt, retries with exponential backoff and jitter on
// 5xx, 429 (honouring Retry-After), network errors and timeouts, and no retry on other 4xx. A failure becomes a
// PaymentError classified by kind, worded for the shopkeeper, with anything key-like scrubbed from the
// provider's text. The clock is injectable (`sleep`, `random`) so tests of the backoff run instantly.
import { systemClock } from '../../../../shared/clock'
import { backoffDelay, type BackoffPolicy } from '../../backoff'
import { PaymentError, type PaymentErrorKind } from '../../errors'

export interface RetryOptions {
  /** Per attempt, including reading the body. Default 10 s. */
  timeoutMs?: number
  /** Total attempts including the first. Default 4. */
  maxAttempts?: number
  /** First backoff step. Default 500 ms; doubles each retry. */
  baseDelayMs?: number
  /** Longest single wait; a Retry-After longer than this ends the retries. Default 30 s. */
  maxDelayMs?: number
  sleep?: (ms: number) => Promise<void>
  /** [0, 1), for the jitter. */
  random?: () => number
  fetch?: typeof fetch
  /** The engine's clock, for a Retry-After given as an HTTP date. Default: the computer's. */
  now?: () => number
  /** Told about each failed attempt (never given headers or bodies of requests). */
  onRetry?: (info: {
    attempt: number
    kind: PaymentErrorKind
    status: number | null
    delayMs: number
  }) => void
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH'
  url: string
  headers?: Record<string, string>
  body?: string
}

export interface HttpResponse {
  status: number
  headers: Headers
  /** Parsed JSON, or null when the body was not JSON. */
  json: unknown
}

/** How a provider turns its error body into a short description (no secrets), e.g. "amount: must be ≥ 100". */
export type DescribeError = (status: number, json: unknown) => string | null

/**
 * A provider's own reading of a failed answer, for what the status code alone does not say (Stripe: 409 and
 * `Stripe-Should-Retry`, a 400 whose code is `rate_limit`). Fields left out keep the generic reading.
 */
export interface ErrorVerdict {
  kind?: PaymentErrorKind
  /** Try again (after backoff) or stop now, overriding the kind's default. */
  retry?: boolean
  /** The request may have taken effect (see PaymentError.uncertain). */
  uncertain?: boolean
  /** The provider's error code/type. */
  code?: string | null
}
export type ClassifyError = (status: number, headers: Headers, json: unknown) => ErrorVerdict

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function kindForStatus(status: number): PaymentErrorKind {
  if (status === 401 || status === 403) return 'auth'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'invalid'
}

/** Retry-After as seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return null
  return Math.max(0, at - now)
}

/**
 * Payment calls back off from 500 ms, doubling, with "equal jitter" (half the step fixed, half random, so waits
 * still grow), capped at 30 s. RetryOptions can change the first step, the cap and the random source.
 */
export function paymentBackoff(
  opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'> = {},
): BackoffPolicy {
  return {
    initialMs: opts.baseDelayMs ?? 500,
    maxMs: opts.maxDelayMs ?? 30_000,
    jitter: 'equal',
    random: opts.random ?? Math.random,
  }
}

export async function requestWithRetry(
  provider: string,
  req: HttpRequest,
  describe: DescribeError,
  opts: RetryOptions = {},
  classify?: ClassifyError,
): Promise<HttpResponse> {
  const timeoutMs = opts.timeoutMs ?? 10_000
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 4)
  const backoff = paymentBackoff(opts)
  const sleep = opts.sleep ?? defaultSleep
  const doFetch = opts.fetch ?? fetch
  const now = opts.now ?? systemClock.now

  for (let attempt = 1; ; attempt++) {
    let error: PaymentError
    let retryAfterMs: number | null = null
    let retry: boolean | undefined
    try {
      const res = await doFetch(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal: AbortSignal.timeout(timeoutMs),
      })
      const text = await res.text()
      let json: unknown = null
      try {
        json = text === '' ? null : JSON.parse(text)
      } catch {
        json = null
      }
      if (res.ok) return { status: res.status, headers: res.headers, json }
      const verdict = classify?.(res.status, res.headers, json) ?? {}
      const kind = verdict.kind ?? kindForStatus(res.status)
      const described = describe(res.status, json)
      const detail = described ? scrubSecrets(described) : null
      error = new PaymentError({
        kind,
        provider,
        status: res.status,
        detail,
        code: verdict.code ?? null,
        uncertain: verdict.uncertain,
        message: plainMessage(kind, provider, kind === 'invalid' ? detail : null),
      })
      retry = verdict.retry
      retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now())
    } catch (err) {
      if (err instanceof PaymentError) throw err
      const kind: PaymentErrorKind = isTimeout(err) ? 'timeout' : 'network'
      error = new PaymentError({
        kind,
        provider,
        message: plainMessage(kind, provider),
        detail: causeText(err),
      })
    }

    if (!(retry ?? error.retryable) || attempt >= maxAttempts) throw error
    let delayMs = backoffDelay(backoff, attempt)
    if (retryAfterMs !== null) {
      // The provider said how long to wait: never sooner, and give up rather than stall the caller for long.
      if (retryAfterMs > backoff.maxMs) throw error
      delayMs = Math.max(delayMs, retryAfterMs)
    }
    opts.onRetry?.({ attempt, kind: error.kind, status: error.status, delayMs })
    await sleep(delayMs)
  }
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
}

function causeText(err: unknown): string | null {
  if (!(err instanceof Error)) return null
  const cause = (err as Error & { cause?: unknown }).cause
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : null
  return code ?? err.message
}

const LABEL: Record<string, string> = { razorpay: 'Razorpay', stripe: 'Stripe' }

export function providerLabel(provider: string): string {
  return LABEL[provider] ?? provider
}

/** Plain words for the shopkeeper; `detail` is the provider's own description when it helps (bad amount). */
export function plainMessage(kind: PaymentErrorKind, provider: string, detail?: string | null): string {
  const name = providerLabel(provider)
  switch (kind) {
    case 'auth':
      return `${name} did not accept the API key. Check the key in Settings → Payments.`
    case 'invalid':
      return `${name} refused the payment link${detail ? `: ${detail}` : ''}. Check the amount and the customer's number.`
    case 'rate_limited':
      return `${name} is asking us to slow down. The link will be tried again shortly.`
    case 'server':
      return `${name} is having trouble right now. The link will be tried again shortly.`
    case 'network':
      return `Could not reach ${name}. Check the internet connection.`
    case 'timeout':
      return `${name} did not answer in time. Check the internet connection.`
  }
}

/** Removes anything that looks like a key from a provider's text before it is stored or shown. */
export function scrubSecrets(text: string): string {
  return text
    .replace(/\b(sk|rk|pk)_(live|test)_[A-Za-z0-9*]+/g, '$1_$2_…')
    .replace(/\brzp_(live|test)_[A-Za-z0-9]+/g, 'rzp_$1_…')
}
