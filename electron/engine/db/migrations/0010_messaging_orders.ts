import type { Migration } from '../migrate'

// Messaging, conversations and orders (range 10-19). Every message in (inbox) and out (outbox) is a row
// before it is acted on; a chat row holds the customer's conversation state so it survives restarts.
export const m0010: Migration = {
  version: 10,
  name: 'messaging_orders',
  up: (db) => {
    db.exec(`
      CREATE TABLE chats (
        phone           TEXT PRIMARY KEY,
        channel         TEXT NOT NULL DEFAULT 'simulator',
        name            TEXT,
        language        TEXT NOT NULL DEFAULT 'en',
        -- the conversation state machine (cart, pending question, catalog page) as JSON
        state           TEXT NOT NULL DEFAULT '{}',
        bot_paused      INTEGER NOT NULL DEFAULT 0,
        needs_human     INTEGER NOT NULL DEFAULT 0,
        attention       TEXT,
        unread          INTEGER NOT NULL DEFAULT 0,
        address         TEXT,
        notes           TEXT,
        last_message_at INTEGER NOT NULL,
        last_text       TEXT NOT NULL DEFAULT '',
        created_at      INTEGER NOT NULL
      );
      CREATE INDEX chats_list ON chats (needs_human DESC, last_message_at DESC);

      CREATE TABLE inbox (
        id           INTEGER PRIMARY KEY,
        provider_id  TEXT NOT NULL UNIQUE,
        channel      TEXT NOT NULL,
        chat         TEXT NOT NULL,
        name         TEXT,
        kind         TEXT NOT NULL,
        text         TEXT NOT NULL,
        sent_at      INTEGER NOT NULL,
        received_at  INTEGER NOT NULL,
        status       TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'processed', 'throttled', 'failed')),
        processed_at INTEGER,
        error        TEXT
      );
      CREATE INDEX inbox_pending ON inbox (id) WHERE status = 'pending';
      CREATE INDEX inbox_chat ON inbox (chat, received_at);

      CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        channel         TEXT NOT NULL,
        chat            TEXT NOT NULL,
        text            TEXT NOT NULL,
        -- bot: a conversation reply; manual: typed by the shopkeeper; status: an order update
        origin          TEXT NOT NULL CHECK (origin IN ('bot', 'manual', 'status', 'payment')),
        in_reply_to     INTEGER,
        order_number    INTEGER,
        status          TEXT NOT NULL DEFAULT 'queued'
                        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'uncertain', 'cancelled')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        created_at      INTEGER NOT NULL,
        sending_at      INTEGER,
        sent_at         INTEGER,
        provider_id     TEXT,
        ack             INTEGER,
        error           TEXT
      );
      CREATE INDEX outbox_open ON outbox (chat, id) WHERE status IN ('queued', 'sending');
      CREATE INDEX outbox_chat ON outbox (chat, created_at);
      CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
      CREATE INDEX outbox_provider ON outbox (provider_id) WHERE provider_id IS NOT NULL;

      CREATE TABLE orders (
        number        INTEGER PRIMARY KEY,
        chat          TEXT NOT NULL,
        customer_name TEXT,
        status        TEXT NOT NULL CHECK (status IN
                      ('new', 'accepted', 'packed', 'ready', 'out_for_delivery', 'completed', 'rejected', 'cancelled')),
        payment       TEXT NOT NULL DEFAULT 'unpaid' CHECK (payment IN ('unpaid', 'link_sent', 'paid', 'refunded')),
        currency      TEXT NOT NULL,
        total         INTEGER NOT NULL CHECK (total >= 0),
        item_count    INTEGER NOT NULL,
        fulfilment    TEXT NOT NULL DEFAULT 'pickup' CHECK (fulfilment IN ('pickup', 'delivery')),
        address       TEXT,
        note          TEXT,
        reason        TEXT,
        stock_applied INTEGER NOT NULL DEFAULT 0,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      );
      CREATE INDEX orders_queue ON orders (status, created_at DESC);
      CREATE INDEX orders_created ON orders (created_at DESC);
      CREATE INDEX orders_chat ON orders (chat, created_at DESC);

      -- lines as sold: later catalog edits never rewrite an old order
      CREATE TABLE order_lines (
        order_number INTEGER NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        sku          TEXT NOT NULL,
        name         TEXT NOT NULL,
        qty          REAL NOT NULL CHECK (qty > 0),
        unit         TEXT NOT NULL,
        unit_price   INTEGER NOT NULL CHECK (unit_price >= 0),
        amount       INTEGER NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (order_number, position)
      ) WITHOUT ROWID;
      CREATE INDEX order_lines_sku ON order_lines (sku);

      CREATE TABLE order_events (
        id           INTEGER PRIMARY KEY,
        order_number INTEGER NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
        at           INTEGER NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('created', 'status', 'payment', 'edit')),
        from_value   TEXT,
        to_value     TEXT,
        detail       TEXT
      );
      CREATE INDEX order_events_order ON order_events (order_number, id);
    `)
  },
}
