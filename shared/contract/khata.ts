// The khata (customer credit ledger) per customer phone: append-only entries, running balance, statement,
// payments (a payment beyond the balance becomes an advance), corrections, credit limit and reminders.
import { z } from 'zod'
import { method } from './define'
import { CurrencySchema } from './schemas'

const Phone = z.string().trim().min(3, 'Phone number is required').max(40)
/** Minor units; a counter amount never comes near this (₹1 crore). */
const Amount = z
  .number()
  .int('Amount is in minor units (paise/cents)')
  .positive('Amount must be more than zero')
  .max(10_000_000_00, 'Amount is too large')

export const KhataEntrySchema = z.object({
  id: z.number().int(),
  at: z.number(),
  kind: z.enum(['sale', 'payment', 'correction']),
  /** Positive: the customer owes more; negative: paid or credited. */
  amount: z.number().int(),
  method: z.enum(['cash', 'upi', 'online']).nullable(),
  orderNumber: z.number().int().nullable(),
  note: z.string().nullable(),
  /** The balance after this entry (running balance). */
  balance: z.number().int(),
})
export type KhataEntry = z.infer<typeof KhataEntrySchema>

export const KhataCustomerSchema = z.object({
  customer: z.string(),
  name: z.string().nullable(),
  /** What the customer owes; negative is an advance the shop holds. */
  balance: z.number().int(),
  creditLimit: z.number().int().nullable(),
  reminders: z.boolean(),
  lastReminderAt: z.number().nullable(),
  entries: z.number().int(),
  lastEntryAt: z.number().nullable(),
})
export type KhataCustomer = z.infer<typeof KhataCustomerSchema>

export const KhataStatementSchema = z.object({
  customer: KhataCustomerSchema,
  currency: CurrencySchema,
  entries: z.array(KhataEntrySchema),
})
export type KhataStatement = z.infer<typeof KhataStatementSchema>

const EntryResult = z.object({
  entry: KhataEntrySchema,
  balance: z.number().int(),
  /** Set when a payment went past what was owed: the shop now holds this much for the customer. */
  advance: z.number().int(),
})

export const khataMethods = {
  'khata.balances': method(
    z.object({}).strict(),
    z.object({ currency: CurrencySchema, items: z.array(KhataCustomerSchema) }),
  ),
  'khata.statement': method(z.object({ customer: Phone }), KhataStatementSchema),
  'khata.payment': method(
    z.object({
      customer: Phone,
      amount: Amount,
      method: z.enum(['cash', 'upi', 'online']),
      note: z.string().trim().max(200).optional(),
    }),
    EntryResult,
  ),
  'khata.correction': method(
    z.object({
      customer: Phone,
      /** Signed: +500 adds to what is owed, -500 takes it off. */
      amount: z
        .number()
        .int()
        .refine((n) => n !== 0, 'A correction cannot be zero')
        .refine((n) => Math.abs(n) <= 10_000_000_00, 'Amount is too large'),
      note: z.string().trim().min(1, 'Say why (the statement shows it)').max(200),
    }),
    EntryResult,
  ),
  'khata.chargeOrder': method(
    z.object({ number: z.number().int(), override: z.boolean().optional() }),
    EntryResult,
  ),
  'khata.setCustomer': method(
    z.object({
      customer: Phone,
      name: z.string().trim().max(100).nullable().optional(),
      creditLimit: z.number().int().min(0).max(10_000_000_00).nullable().optional(),
      reminders: z.boolean().optional(),
    }),
    KhataCustomerSchema,
  ),
  'khata.remind': method(
    z.object({ customer: Phone }),
    z.object({ sent: z.boolean(), text: z.string(), nextAllowedAt: z.number().nullable() }),
  ),
}

export const khataEvents = {
  /** A khata entry was added: refresh that customer's balance and the list. */
  'khata.changed': z.object({ customer: z.string(), balance: z.number().int() }),
}
