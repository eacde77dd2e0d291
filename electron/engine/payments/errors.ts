// One error type for every provider call, classified so the caller knows whether to retry, and worded so the
// shopkeeper knows what to do. Messages never contain keys or secrets.

export type PaymentErrorKind = 'auth' | 'invalid' | 'rate_limited' | 'server' | 'network' | 'timeout'

export class PaymentError extends Error {
  readonly kind: PaymentErrorKind
  readonly provider: string
  /** HTTP status when there was a response. */
  readonly status: number | null
  /** The provider's own error code/description (already free of secrets), for the log. */
  readonly detail: string | null
  /**
   * The provider's machine-readable error code or type (Stripe `error.code`/`error.type`, Razorpay `error.code`),
   * so callers decide on structure, never on the wording of a message.
   */
  readonly code: string | null
  /**
   * Whether the request may have taken effect although no clear answer arrived (a timeout, a dropped
   * connection, a 5xx, a 409 "same key still in flight"). A create that ends uncertain is looked up by its
   * reference before anything is created again.
   */
  readonly uncertain: boolean

  constructor(opts: {
    kind: PaymentErrorKind
    provider: string
    message: string
    status?: number | null
    detail?: string | null
    code?: string | null
    uncertain?: boolean
  }) {
    super(opts.message)
    this.name = 'PaymentError'
    this.kind = opts.kind
    this.provider = opts.provider
    this.status = opts.status ?? null
    this.detail = opts.detail ?? null
    this.code = opts.code ?? null
    this.uncertain =
      opts.uncertain ?? (opts.kind === 'timeout' || opts.kind === 'network' || opts.kind === 'server')
  }

  /** Whether trying again later may work (the service keeps the order moving either way). */
  get retryable(): boolean {
    return this.kind !== 'auth' && this.kind !== 'invalid'
  }

  toJSON(): { kind: PaymentErrorKind; provider: string; message: string; status: number | null } {
    return { kind: this.kind, provider: this.provider, message: this.message, status: this.status }
  }
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
