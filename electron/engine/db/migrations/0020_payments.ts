import type { Migration } from '../migrate'

// Payments (range 20-29): one row per order that was asked to pay, one row per link sent for it, and the
// sealed provider secrets (never in the settings table, never sent to the renderer).
export const m0020: Migration = {
  version: 20,
  name: 'payments',
  up: (db) => {
    db.exec(`
      CREATE TABLE payment_requests (
        order_number     TEXT PRIMARY KEY,
        customer         TEXT NOT NULL,
        customer_name    TEXT,
        total            INTEGER NOT NULL CHECK (total > 0),
        currency         TEXT NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('unpaid', 'partially_paid', 'paid', 'cancelled')),
        amount_paid      INTEGER NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
        requested_at     INTEGER NOT NULL,
        reminder_sent_at INTEGER,
        paid_at          INTEGER,
        paid_via         TEXT,
        updated_at       INTEGER NOT NULL
      );
      CREATE INDEX payment_requests_open ON payment_requests (status, requested_at);

      CREATE TABLE payment_links (
        id               TEXT PRIMARY KEY,
        order_number     TEXT NOT NULL REFERENCES payment_requests (order_number) ON DELETE CASCADE,
        provider         TEXT NOT NULL,
        provider_link_id TEXT,
        url              TEXT,
        amount           INTEGER NOT NULL CHECK (amount > 0),
        currency         TEXT NOT NULL,
        status           TEXT NOT NULL
                         CHECK (status IN ('created', 'paid', 'partially_paid', 'expired', 'cancelled', 'failed')),
        amount_paid      INTEGER NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL,
        expires_at       INTEGER
      );
      CREATE INDEX payment_links_order ON payment_links (order_number, created_at);
      CREATE INDEX payment_links_open ON payment_links (status, provider);

      CREATE TABLE payment_secrets (
        key        TEXT PRIMARY KEY,
        sealed     TEXT NOT NULL,
        hint       TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `)
  },
}
