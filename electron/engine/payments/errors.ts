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

  constructor(opts: {
    kind: PaymentErrorKind
    provider: string
    message: string
    status?: number | null
    detail?: string | null
  }) {
    super(opts.message)
    this.name = 'PaymentError'
    this.kind = opts.kind
    this.provider = opts.provider
    this.status = opts.status ?? null
    this.detail = opts.detail ?? null
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
