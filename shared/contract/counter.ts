// The counter: walk-in sales by barcode or search, weighed items, payment by cash (with change), UPI (the
// counter QR for the amount) or khata; day close; receipts on the thermal printer.
import { z } from 'zod'
import { method } from './define'
import { KeyedTextSchema } from './texts'
import { CurrencySchema, ProductSchema, UnitSchema } from './schemas'
import { OrderLineSchema } from './orders'

export const CounterLineInputSchema = z.object({
  sku: z.string().trim().min(1).max(64),
  /** In `unit` when given, else in the product's selling unit (kg for loose onions). */
  qty: z
    .number({ message: 'Quantity must be a number' })
    .finite('Quantity must be a number')
    .positive('Quantity (or weight) must be more than zero'),
  unit: UnitSchema.optional(),
})
export type CounterLineInput = z.infer<typeof CounterLineInputSchema>

const Lines = z.array(CounterLineInputSchema).min(1, 'The sale has no items').max(500)

export const CounterPaymentSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('cash'),
    /** What the customer handed over, minor units; change is computed. Omitted: exact money. */
    tendered: z.number().int().min(0).max(10_000_000_00).optional(),
  }),
  z.object({ method: z.literal('upi') }),
  z.object({
    method: z.literal('khata'),
    customer: z.string().trim().min(3, 'A khata sale needs the customer’s phone number').max(40),
    name: z.string().trim().max(100).optional(),
    /** The shopkeeper allows a sale past the customer's credit limit. */
    override: z.boolean().optional(),
  }),
])
export type CounterPayment = z.infer<typeof CounterPaymentSchema>

export const CounterQuoteSchema = z.object({
  lines: z.array(OrderLineSchema),
  total: z.number().int(),
  currency: CurrencySchema,
})

export const DayCloseSchema = z.object({
  day: z.string(),
  from: z.number(),
  to: z.number(),
  currency: CurrencySchema,
  orders: z.number().int(),
  counterSales: z.number().int(),
  /** The day's sales by how they were paid (khata: sold on credit); repayments of khata are not in it. */
  takings: z.object({
    cash: z.number().int(),
    upi: z.number().int(),
    online: z.number().int(),
    khata: z.number().int(),
    total: z.number().int(),
  }),
  cash: z.object({
    sales: z.number().int(),
    khataReceived: z.number().int(),
    expected: z.number().int(),
    counted: z.number().int().nullable(),
    difference: z.number().int().nullable(),
  }),
  upi: z.number().int(),
  online: z.number().int(),
  khataGiven: z.number().int(),
  khataReceived: z.object({ cash: z.number().int(), upi: z.number().int(), online: z.number().int() }),
  unpaid: z.number().int(),
})
export type DayClose = z.infer<typeof DayCloseSchema>

const Receipt = z.object({ printed: z.boolean(), error: z.string().nullable() })

export const counterMethods = {
  'counter.lookup': method(
    z.object({ code: z.string().trim().min(1, 'Type a barcode or a name').max(200) }),
    z.object({
      /** A barcode scan that found its product, or the best name match. */
      product: ProductSchema.nullable(),
      /** Other products the search could mean (ask the shopkeeper to pick). */
      candidates: z.array(ProductSchema),
      /** A valid barcode no product has: offer to add it. */
      unknownBarcode: z.string().nullable(),
      /** A barcode-looking code whose check digit is wrong (a misread or a typo). */
      error: z.string().nullable(),
      /** `error` keyed for the screens (`importRow.barcode*`, the same words as a catalog file's barcode). */
      errorText: KeyedTextSchema.optional(),
    }),
  ),
  'counter.quote': method(z.object({ lines: Lines }), CounterQuoteSchema),
  'counter.upiQr': method(
    z.object({ lines: Lines }),
    z.object({ link: z.string(), dataUrl: z.string(), amount: z.number().int(), currency: CurrencySchema }),
  ),
  'counter.sell': method(
    z.object({
      lines: Lines,
      payment: CounterPaymentSchema,
      /** Print the receipt on the configured printer (default: when one is set). */
      print: z.boolean().optional(),
    }),
    z.object({
      number: z.number().int(),
      total: z.number().int(),
      currency: CurrencySchema,
      change: z.number().int().nullable(),
      /** The customer's khata balance after a khata sale. */
      balance: z.number().int().nullable(),
      receipt: Receipt.nullable(),
    }),
  ),
  'counter.dayClose': method(
    z.object({
      day: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Day is YYYY-MM-DD')
        .optional(),
      counted: z.number().int().min(0).max(10_000_000_00).optional(),
    }),
    DayCloseSchema,
  ),
  'counter.dayCloseCsv': method(
    z.object({
      day: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Day is YYYY-MM-DD')
        .optional(),
    }),
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
  'receipts.print': method(z.object({ number: z.number().int() }), Receipt),
  'receipts.printDayClose': method(
    z.object({
      day: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Day is YYYY-MM-DD')
        .optional(),
      counted: z.number().int().min(0).max(10_000_000_00).optional(),
    }),
    Receipt,
  ),
  'receipts.testPrint': method(z.object({}).strict(), Receipt),
  'receipts.text': method(z.object({ number: z.number().int() }), z.object({ text: z.string() })),
}

export const counterEvents = {}
