// The errors every area throws and the dispatcher turns into the contract's codes (api.ts `toApiError`):
// the message is for the shopkeeper, in plain words.
import type { ErrorKey, KeyedText, PayProblemKey } from '../../shared/contract/texts'

/**
 * The message as a key (renderer i18n `errors.<key>`) and its values, so the screens say it in the shopkeeper's
 * language; the English `message` stays for the CLI, the log and anything that has no translation.
 */
export type ErrorText = KeyedText<ErrorKey>

class ShopError extends Error {
  constructor(
    message: string,
    readonly text?: ErrorText,
  ) {
    super(message)
  }
}

/** Something named by the caller does not exist (a SKU, an order, a backup): `not_found`. */
export class NotFoundError extends ShopError {}

/** The request is well formed but clashes with the current state (a duplicate SKU, an order already done): `conflict`. */
export class ConflictError extends ShopError {}

/** This caller may not do this (a LAN device changing payment settings): `not_allowed`. */
export class NotAllowedError extends ShopError {}

/** A setting's key is unknown or its value does not fit: `invalid_args`. */
export class SettingError extends ShopError {}

/** How a payment provider call failed; `auth` and `invalid` are not worth retrying. */
export type PaymentErrorKind = 'auth' | 'invalid' | 'rate_limited' | 'server' | 'network' | 'timeout'

/**
 * A payment provider call failed (payments/providers/http.ts makes these and classifies them): the kind tells
 * the caller whether to retry, the message tells the shopkeeper what to do. Never contains keys or secrets.
 */
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
  /** The message keyed for the screens (`payProblem.<key>`); without one, the screens say it by `kind`. */
  readonly text: KeyedText<PayProblemKey> | undefined

  constructor(opts: {
    kind: PaymentErrorKind
    provider: string
    message: string
    status?: number | null
    detail?: string | null
    code?: string | null
    uncertain?: boolean
    text?: KeyedText<PayProblemKey>
  }) {
    super(opts.message)
    this.name = 'PaymentError'
    this.kind = opts.kind
    this.provider = opts.provider
    this.status = opts.status ?? null
    this.detail = opts.detail ?? null
    this.code = opts.code ?? null
    this.text = opts.text
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
