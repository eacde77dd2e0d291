// Type-level test, checked by `npm run typecheck` (tsc), never run: the payment requests we build are typed with
// the official SDKs' published types (stripe: Stripe.Checkout.SessionCreateParams, generated from Stripe's OpenAPI
// spec; razorpay: PaymentLinks.RazorpayPaymentLinkCreateRequestBody). Each `@ts-expect-error` below must meet a
// real error: if a misspelt or mistyped field were accepted, the directive itself would fail the type check.
import type { RazorpayLinkCreate } from '../../electron/engine/payments/providers/razorpay'
import type {
  StripeSessionCreate,
  StripeSessionListQuery,
} from '../../electron/engine/payments/providers/stripe'

const lineItem = {
  quantity: 1,
  price_data: { currency: 'eur', unit_amount: 1250, product_data: { name: 'x' } },
}

export const stripeOk: StripeSessionCreate = {
  mode: 'payment',
  client_reference_id: 'A-77',
  line_items: [lineItem],
  metadata: { order: 'A-77' },
  expires_at: 1_800_000_000,
}

export const stripeMisspelt: StripeSessionCreate = {
  // @ts-expect-error misspelt field (client_reference_id)
  client_refrence_id: 'A-77',
  line_items: [lineItem],
}

export const stripeWrongType: StripeSessionCreate = {
  line_items: [lineItem],
  // @ts-expect-error expires_at is Unix seconds (a number), not a date string
  expires_at: '2026-11-24T10:00:00Z',
}

// The SDK's enums are open (`'payment' | 'setup' | 'subscription' | OtherString`), so a wrong enum *value* is not
// caught by the types; a wrong shape is.
export const stripeWrongShape: StripeSessionCreate = {
  // @ts-expect-error line_items is a list
  line_items: lineItem,
}

export const stripeWrongAmount: StripeSessionCreate = {
  line_items: [
    {
      quantity: 1,
      // @ts-expect-error unit_amount is an integer count of minor units, not a string
      price_data: { currency: 'eur', unit_amount: '12.50', product_data: { name: 'x' } },
    },
  ],
}

// @ts-expect-error Stripe's session list has no client_reference_id filter (why stripe.ts filters itself)
export const stripeListByReference: StripeSessionListQuery = { client_reference_id: 'A-77' }

export const razorpayOk: RazorpayLinkCreate = {
  amount: 45250,
  currency: 'INR',
  reference_id: '1042',
  customer: { contact: '+919876543210' },
  expire_by: 1_800_000_000,
}

export const razorpayMisspelt: RazorpayLinkCreate = {
  amount: 45250,
  customer: {},
  // @ts-expect-error misspelt field (reference_id)
  referenceid: '1042',
}

export const razorpayWrongType: RazorpayLinkCreate = {
  amount: 45250,
  customer: {},
  // @ts-expect-error accept_partial is a boolean
  accept_partial: 'yes',
}

// @ts-expect-error customer is required by the SDK's create body
export const razorpayNoCustomer: RazorpayLinkCreate = { amount: 45250 }
