import type { Migration } from '../migrate'

// Payments (range 20-29): one row per order, gateway and attempt (issue #18). It keeps what the create for that
// attempt sends (amount, currency and the expiry computed once), its generation (a new idempotency key or
// reference after a create whose answer was lost found nothing), when it began (Stripe lookups list sessions
// created since) and whether a create is out without a clear answer (then it is looked up before creating).
// No foreign key: the attempt is saved before the order's payment_requests row exists.
export const m0022: Migration = {
  version: 22,
  name: 'payment_attempts',
  up: (db) => {
    db.exec(`
      CREATE TABLE payment_attempts (
        order_number TEXT NOT NULL,
        provider     TEXT NOT NULL CHECK (provider IN ('razorpay', 'stripe')),
        attempt      INTEGER NOT NULL CHECK (attempt >= 1),
        generation   INTEGER NOT NULL CHECK (generation >= 1),
        amount       INTEGER NOT NULL,
        currency     TEXT NOT NULL,
        expires_at   INTEGER NOT NULL,
        started_at   INTEGER NOT NULL,
        uncertain    INTEGER NOT NULL CHECK (uncertain IN (0, 1)),
        PRIMARY KEY (order_number, provider, attempt)
      );
    `)
  },
}
