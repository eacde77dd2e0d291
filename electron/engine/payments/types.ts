// Shapes the payment area uses inside the engine. The ones the UI sees too (providers, link and request
// statuses, secret keys) are declared once, in the contract (shared/contract/payments.ts). Money is always an
// integer count of minor units.
import type { Currency } from '../../../shared/money'
import type { PaymentLinkStatus, PaymentProvider } from '../../../shared/contract/payments'

export type { PaymentLinkStatus }
/** The contract's PaymentProvider: 'upi' | 'razorpay' | 'stripe' | 'custom' | 'cash'. */
export type ProviderId = PaymentProvider

/** Gateways can be polled; the others are confirmed by the shopkeeper with one click. */
export const POLLED_PROVIDERS: readonly ProviderId[] = ['razorpay', 'stripe']

export function isOpenStatus(status: PaymentLinkStatus): boolean {
  return status === 'created' || status === 'partially_paid'
}

/** The order as the payment domain sees it. */
export interface PaymentOrder {
  /** The shop's order number, shown to the customer and used as the provider's reference. */
  number: string
  /** Total in minor units of `currency`. */
  total: number
  currency: Currency
  /** Customer's WhatsApp number in E.164 ("+919876543210"). */
  customer: string
  customerName?: string
}

/** What a gateway returns when it creates a link. */
export interface CreatedGatewayLink {
  /** Provider's id ("plink_..." / "cs_..."). */
  id: string
  url: string
  status: PaymentLinkStatus
  /** Unix ms, or null when the link does not expire. */
  expiresAt: number | null
  /** The reference the provider stored (reference_id / client_reference_id). */
  reference: string
}

export interface GatewayStatus {
  status: PaymentLinkStatus
  /** Amount received so far, minor units. */
  amountPaid: number
  /** The provider's raw status words, for the log and the order detail view. */
  raw: string
}

/**
 * One try at a gateway link for an order ("attempt" 1, 2, ... : a new link after an earlier one ended), kept in
 * the store so that every call for it sends the same body (Stripe's idempotency compares the parameters) and
 * a create whose answer was lost is looked up before anything is created again.
 */
export interface CreateAttempt {
  orderNumber: string
  provider: 'razorpay' | 'stripe'
  attempt: number
  /**
   * Bumped when a create must go out under a new idempotency key / reference: Stripe replays a saved 500 for
   * the old key, or a Razorpay reference is held by a link we cannot use. Generation 1 has the plain key.
   */
  generation: number
  /** What this generation asks for; a changed total starts a new generation (its body differs). */
  amount: number
  currency: Currency
  /** Unix ms, computed once per generation and stored: the same key always carries the same body. */
  expiresAt: number
  /** Unix ms when this attempt was first tried (Stripe lookups list sessions created since then). */
  startedAt: number
  /** A create for this attempt went out and no clear answer came back: look it up before creating. */
  uncertain: boolean
}

/** Where a client keeps its CreateAttempt between calls (the PaymentStore; a Map in contract tests). */
export interface AttemptBook {
  get(orderNumber: string, provider: 'razorpay' | 'stripe', attempt: number): CreateAttempt | null
  save(attempt: CreateAttempt): void
}

/** One gateway client (Razorpay, Stripe): the service only sees this. */
export interface GatewayClient {
  readonly provider: ProviderId
  /**
   * `attempt` (1, 2, ...) distinguishes a new link for the same order after an earlier one ended. `book`
   * keeps the attempt's state between calls (default: the client's own memory, for one client object).
   */
  createLink(
    order: PaymentOrder,
    opts?: { attempt?: number; book?: AttemptBook },
  ): Promise<CreatedGatewayLink>
  getStatus(linkId: string): Promise<GatewayStatus>
  cancel(linkId: string): Promise<GatewayStatus>
}

/** A payment link as stored against an order (the row in the payment_links table). */
export interface StoredPaymentLink {
  /** Local id: "<provider>:<providerLinkId>" for gateways, "<provider>:<order>" for the others. */
  id: string
  orderNumber: string
  provider: ProviderId
  /** Provider's id for gateways; null for UPI, custom, cash. */
  providerLinkId: string | null
  /** What the customer gets: https://..., upi://pay?..., or null for cash. */
  url: string | null
  amount: number
  currency: Currency
  status: PaymentLinkStatus
  amountPaid: number
  createdAt: number
  updatedAt: number
  expiresAt: number | null
}
