// Getting paid: the payment message (sent on confirmation or by "Request payment"), the shopkeeper's one-click
// "Mark paid", the unpaid list, the order's payment links, the payment settings (secrets only as masked hints)
// and the UPI QR for the customer-facing counter window. Money is always integer minor units.
import { z } from 'zod'
import { method } from './define'
import { KeyedTextSchema } from './texts'
import { CurrencySchema } from './schemas'
import { OrderDetailSchema, PaymentStateSchema } from './orders'

export const PAYMENT_PROVIDERS = ['upi', 'razorpay', 'stripe', 'custom', 'cash'] as const
export const PaymentProviderSchema = z.enum(PAYMENT_PROVIDERS)
export type PaymentProvider = z.infer<typeof PaymentProviderSchema>

/** What the shopkeeper can confirm by hand: a UPI payment seen in the bank app, cash, a custom link. */
export const MANUAL_PAYMENT_METHODS = ['upi', 'cash', 'custom'] as const
export const ManualPaymentMethodSchema = z.enum(MANUAL_PAYMENT_METHODS)

/**
 * The keys whose values are sealed secrets: written through payments.settings.set (or `config set`), never a
 * settings row, never logged, read back only as masked hints.
 */
export const PAYMENT_SECRET_KEYS = ['payments.razorpay.key_secret', 'payments.stripe.secret_key'] as const
export type PaymentSecretKey = (typeof PAYMENT_SECRET_KEYS)[number]

/**
 * Where a payment link stands. 'created' means payable and unpaid; 'partially_paid' is still open (Razorpay
 * links with accept_partial); 'paid', 'expired', 'cancelled' and 'failed' are final.
 */
export const PAYMENT_LINK_STATUSES = [
  'created',
  'paid',
  'partially_paid',
  'expired',
  'cancelled',
  'failed',
] as const
export type PaymentLinkStatus = (typeof PAYMENT_LINK_STATUSES)[number]

/** Where an order's payment request stands. */
export const PAYMENT_REQUEST_STATUSES = ['unpaid', 'partially_paid', 'paid', 'cancelled'] as const
export type PaymentRequestStatus = (typeof PAYMENT_REQUEST_STATUSES)[number]

export const PaymentLinkViewSchema = z.object({
  id: z.string(),
  provider: PaymentProviderSchema,
  /** https://..., upi://pay?..., or null for cash. */
  url: z.string().nullable(),
  amount: z.number().int(),
  currency: CurrencySchema,
  status: z.enum(PAYMENT_LINK_STATUSES),
  amountPaid: z.number().int(),
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
})
export type PaymentLinkView = z.infer<typeof PaymentLinkViewSchema>

export const PaymentRequestViewSchema = z.object({
  number: z.number().int(),
  customer: z.string(),
  customerName: z.string().nullable(),
  total: z.number().int(),
  currency: CurrencySchema,
  status: z.enum(PAYMENT_REQUEST_STATUSES),
  amountPaid: z.number().int(),
  /** Still to pay (total - amountPaid, never below 0). */
  due: z.number().int(),
  requestedAt: z.number(),
  reminderSentAt: z.number().nullable(),
  paidAt: z.number().nullable(),
  paidVia: PaymentProviderSchema.nullable(),
})
export type PaymentRequestView = z.infer<typeof PaymentRequestViewSchema>

export const PaymentFailureSchema = z.object({
  provider: PaymentProviderSchema,
  kind: z.string(),
  /** Plain words for the shopkeeper (never shown to the customer). */
  message: z.string(),
})

const Number_ = z.number().int().positive()

export const paymentsMethods = {
  /**
   * Sends the customer the payment message (every way to pay that is switched on, the UPI QR as a picture),
   * or only one provider's link. Asking again reuses open links; a changed total replaces them.
   */
  'payments.request': method(
    z.object({ number: Number_, provider: PaymentProviderSchema.optional() }),
    z.object({
      /** At least one way to pay went out. */
      ok: z.boolean(),
      /** The text queued for the customer. */
      message: z.string(),
      /** Open links from an earlier request were reused. */
      reused: z.boolean(),
      links: z.array(PaymentLinkViewSchema),
      failures: z.array(PaymentFailureSchema),
      payment: PaymentStateSchema,
    }),
  ),
  /** The one click: paid by UPI (seen in the bank app), cash or the custom link. Sends the receipt. */
  'payments.markPaid': method(
    z.object({ number: Number_, method: ManualPaymentMethodSchema }),
    OrderDetailSchema,
  ),
  /** Orders asked to pay and not paid yet, oldest first. */
  'payments.unpaid': method(z.object({}), z.object({ items: z.array(PaymentRequestViewSchema) })),
  /** The order's payment request and every link sent for it (for the order detail view). */
  'payments.status': method(
    z.object({ number: Number_ }),
    z.object({
      request: PaymentRequestViewSchema.nullable(),
      links: z.array(PaymentLinkViewSchema),
      /** A UPI QR can be shown at the counter (UPI is set up and the shop takes rupees). */
      qrAvailable: z.boolean(),
    }),
  ),
  /** The payments.* settings. Secrets appear only in `secrets`, as set/not set with a masked hint. */
  'payments.settings.get': method(
    z.object({}),
    z.object({
      values: z.record(z.string(), z.unknown()),
      secrets: z.record(z.string(), z.object({ set: z.boolean(), hint: z.string().nullable() })),
      /** Providers switched on but not ready, in plain words. */
      /** `message` is English; `text` the same keyed for the screens (`payProblem.<key>`). */
      problems: z.array(
        z.object({ provider: PaymentProviderSchema, message: z.string(), text: KeyedTextSchema.optional() }),
      ),
    }),
  ),
  /** Writes one payments.* setting. A secret is sealed and answered with its masked hint only. */
  'payments.settings.set': method(
    z.object({ key: z.string().min(1).max(100).startsWith('payments.'), value: z.unknown() }),
    z.object({ key: z.string(), value: z.unknown() }),
  ),
  /** The UPI QR for the counter window: a PNG data URL plus what the customer sees beside it. */
  'payments.qr': method(
    z.object({ number: Number_ }),
    z.object({
      number: z.number().int(),
      dataUrl: z.string().startsWith('data:image/png;base64,'),
      link: z.string().startsWith('upi://pay?'),
      amount: z.number().int(),
      currency: CurrencySchema,
      payeeName: z.string(),
      payment: PaymentStateSchema,
    }),
  ),
}

export const paymentsEvents = {
  /** Something about an order's payment changed (link sent, link status, paid): refresh its payment panel. */
  'payments.changed': z.object({ number: z.number().int() }),
  /** A provider call failed (bad key, gateway down): show the shopkeeper; never the customer. */
  'payments.problem': z.object({
    number: z.number().int().nullable(),
    provider: PaymentProviderSchema,
    kind: z.string(),
    message: z.string(),
    /** `message` keyed for the screens (`payProblem.<key>`). */
    text: KeyedTextSchema.optional(),
  }),
}
