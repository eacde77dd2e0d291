import type { Migration } from '../migrate'

// The counter (range 40-49): a product's optional barcode, the channel an order came in by (WhatsApp or the
// counter), how a counter sale was paid, and the khata: one append-only row per credit sale, payment or
// correction, with the customer's limit and reminder choice beside it.
export const m0040: Migration = {
  version: 40,
  name: 'counter_khata',
  up: (db) => {
    db.exec(`
      ALTER TABLE products ADD COLUMN barcode TEXT;
      CREATE UNIQUE INDEX products_barcode ON products (barcode) WHERE barcode IS NOT NULL;

      ALTER TABLE orders ADD COLUMN channel TEXT NOT NULL DEFAULT 'whatsapp'
        CHECK (channel IN ('whatsapp', 'counter'));
      -- how a counter sale was settled: cash, upi, khata (NULL for WhatsApp orders: see payment_requests)
      ALTER TABLE orders ADD COLUMN paid_via TEXT;
      ALTER TABLE orders ADD COLUMN tendered INTEGER;

      -- Nothing is edited in place: a correction is a new row with the opposite sign.
      CREATE TABLE khata_entries (
        id           INTEGER PRIMARY KEY,
        customer     TEXT NOT NULL,
        at           INTEGER NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('sale', 'payment', 'correction')),
        -- minor units; positive: the customer owes more, negative: the customer paid / was credited
        amount       INTEGER NOT NULL CHECK (amount <> 0),
        method       TEXT CHECK (method IS NULL OR method IN ('cash', 'upi', 'online')),
        order_number INTEGER,
        note         TEXT
      );
      CREATE INDEX khata_customer ON khata_entries (customer, id);
      CREATE INDEX khata_at ON khata_entries (at);
      -- The database itself refuses to rewrite history.
      CREATE TRIGGER khata_entries_no_update BEFORE UPDATE ON khata_entries
      BEGIN SELECT RAISE(ABORT, 'khata entries are append-only: add a correction instead'); END;
      CREATE TRIGGER khata_entries_no_delete BEFORE DELETE ON khata_entries
      BEGIN SELECT RAISE(ABORT, 'khata entries are append-only: add a correction instead'); END;

      CREATE TABLE khata_customers (
        customer         TEXT PRIMARY KEY,
        name             TEXT,
        credit_limit     INTEGER CHECK (credit_limit IS NULL OR credit_limit >= 0),
        reminders        INTEGER NOT NULL DEFAULT 0,
        last_reminder_at INTEGER,
        updated_at       INTEGER NOT NULL
      );
    `)
  },
}
