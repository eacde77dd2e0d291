// The order queue: the shopkeeper's main screen, order detail, payment state and today's summary.
import { z } from 'zod'
import { method } from './define'
import { CurrencySchema, UnitSchema } from './schemas'

export const ORDER_STATUSES = [
  'new',
  'accepted',
  'packed',
  'ready',
  'out_for_delivery',
  'completed',
  'rejected',
  'cancelled',
] as const
export const OrderStatusSchema = z.enum(ORDER_STATUSES)
export type OrderStatus = z.infer<typeof OrderStatusSchema>

/** Statuses still on the shopkeeper's plate: the queue shows these by default. */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = [
  'new',
  'accepted',
  'packed',
  'ready',
  'out_for_delivery',
]

/** Which status each status may move to by one click; an empty list means the order is finished. */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  new: ['accepted', 'rejected', 'cancelled'],
  accepted: ['packed', 'rejected', 'cancelled'],
  packed: ['ready', 'out_for_delivery', 'cancelled'],
  ready: ['completed', 'cancelled'],
  out_for_delivery: ['completed', 'cancelled'],
  completed: [],
  rejected: [],
  cancelled: [],
}

export const PAYMENT_STATES = ['unpaid', 'link_sent', 'paid', 'refunded'] as const
export const PaymentStateSchema = z.enum(PAYMENT_STATES)
export type PaymentState = z.infer<typeof PaymentStateSchema>

export const FulfilmentSchema = z.enum(['pickup', 'delivery'])

export const OrderLineSchema = z.object({
  position: z.number().int(),
  sku: z.string(),
  /** Name and prices as sold: later catalog edits do not change them. */
  name: z.string(),
  qty: z.number(),
  unit: UnitSchema,
  unitPrice: z.number().int(),
  amount: z.number().int(),
})
export type OrderLineView = z.infer<typeof OrderLineSchema>

export const OrderSummarySchema = z.object({
  number: z.number().int(),
  customer: z.string(),
  customerName: z.string().nullable(),
  status: OrderStatusSchema,
  payment: PaymentStateSchema,
  currency: CurrencySchema,
  /** Minor units (paise, cents). */
  total: z.number().int(),
  itemCount: z.number().int(),
  fulfilment: FulfilmentSchema,
  /**
   * link_sent: what the customer was sent (providers: upi, razorpay, stripe, custom; "cash" when only asked to
   * pay cash); paid: how it was paid (one entry). Empty otherwise or when not known.
   */
  paymentVia: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
})
export type OrderSummary = z.infer<typeof OrderSummarySchema>

export const OrderEventSchema = z.object({
  at: z.number(),
  kind: z.enum(['created', 'status', 'payment', 'edit']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  detail: z.string().nullable(),
})

export const OrderDetailSchema = OrderSummarySchema.extend({
  lines: z.array(OrderLineSchema),
  address: z.string().nullable(),
  note: z.string().nullable(),
  /** Why it was rejected or cancelled. */
  reason: z.string().nullable(),
  /** Customer notes kept on the chat (allergies, "ring twice"). */
  customerNotes: z.string().nullable(),
  /** Every status, payment and edit, oldest first, each with its timestamp. */
  events: z.array(OrderEventSchema),
  /** Where this order may go next by one click. */
  next: z.array(OrderStatusSchema),
  editable: z.boolean(),
})
export type OrderDetail = z.infer<typeof OrderDetailSchema>

const Page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
}

export const ordersMethods = {
  /**
   * One page of the queue, newest first. Filter by statuses (default: all), customer phone, a search
   * query, or a createdAt range. Paged by offset so a virtualized list can fetch any window.
   */
  'orders.list': method(
    z.object({
      statuses: z.array(OrderStatusSchema).max(ORDER_STATUSES.length).optional(),
      customer: z.string().max(40).optional(),
      /** An order number ("1042" or "#1042"), or part of a phone number or customer name. */
      query: z.string().trim().max(100).optional(),
      from: z.number().optional(),
      to: z.number().optional(),
      ...Page,
    }),
    z.object({ total: z.number().int(), items: z.array(OrderSummarySchema) }),
  ),
  /** How many orders are in each status (the queue's group headers). */
  'orders.counts': method(z.object({}), z.record(OrderStatusSchema, z.number().int())),
  'orders.get': method(z.object({ number: z.number().int() }), OrderDetailSchema),
  /** One click in the queue: moves the order and messages the customer. `reason` is for rejected/cancelled. */
  'orders.transition': method(
    z.object({
      number: z.number().int(),
      to: OrderStatusSchema,
      reason: z.string().trim().max(500).optional(),
    }),
    OrderDetailSchema,
  ),
  /**
   * Edits one line before packing: a new quantity (in the line's unit), a substitute product, or removal.
   * The customer is told what changed and the new total.
   */
  'orders.editLine': method(
    z.object({
      number: z.number().int(),
      position: z.number().int(),
      change: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('qty'), qty: z.number().positive().finite().max(1_000_000) }),
        z.object({
          kind: z.literal('substitute'),
          sku: z.string().min(1).max(64),
          qty: z.number().positive().finite().max(1_000_000).optional(),
        }),
        z.object({ kind: z.literal('remove') }),
      ]),
    }),
    OrderDetailSchema,
  ),
  /** For the payments area and the shopkeeper's "mark paid": records the payment state beside the status. */
  'orders.setPayment': method(
    z.object({
      number: z.number().int(),
      payment: PaymentStateSchema,
      detail: z.string().max(500).optional(),
    }),
    OrderDetailSchema,
  ),
  'orders.setNote': method(
    z.object({ number: z.number().int(), note: z.string().max(2000).nullable() }),
    OrderDetailSchema,
  ),
  /** A plain-text slip for printing (the UI may also lay out its own from orders.get). */
  'orders.slip': method(z.object({ number: z.number().int() }), z.object({ text: z.string() })),
  /** Today's (or any range's) figures: `from`/`to` are epoch ms; default is the shop's local today. */
  'orders.summary': method(
    z.object({ from: z.number().optional(), to: z.number().optional() }),
    z.object({
      from: z.number(),
      to: z.number(),
      currency: CurrencySchema,
      orders: z.number().int(),
      /** Sum of totals of orders not rejected or cancelled. */
      revenue: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      topItems: z.array(
        z.object({
          sku: z.string(),
          name: z.string(),
          qty: z.number(),
          unit: UnitSchema,
          amount: z.number().int(),
        }),
      ),
    }),
  ),
  /** Orders in a range as CSV (one row per line). */
  'orders.exportCsv': method(
    z.object({ from: z.number().optional(), to: z.number().optional() }),
    z.object({ csv: z.string(), fileName: z.string() }),
  ),
}

export const ordersEvents = {
  /** A customer confirmed a cart: the UI plays a sound and shows a desktop notification. */
  'orders.created': z.object({
    number: z.number().int(),
    customer: z.string(),
    customerName: z.string().nullable(),
    total: z.number().int(),
    currency: CurrencySchema,
  }),
  /** An order changed (created, status, payment, edit): refresh that row and the counts. */
  'orders.changed': z.object({
    number: z.number().int(),
    status: OrderStatusSchema,
    payment: PaymentStateSchema,
    reason: z.enum(['created', 'status', 'payment', 'edit', 'note']),
  }),
}
