import type { Migration } from '../migrate'

// The queue at 100,000 orders (bench:queue): the group headers read per-status counts kept by triggers
// instead of counting the table on every open, and the list indexes carry the tie-breaker (number) so a page
// comes straight off the index, without sorting, and deep pages skip rows inside the index.
export const m0011: Migration = {
  version: 11,
  name: 'order_queue_indexes',
  up: (db) => {
    db.exec(`
      DROP INDEX orders_queue;
      DROP INDEX orders_created;
      CREATE INDEX orders_queue ON orders (status, created_at DESC, number DESC);
      CREATE INDEX orders_created ON orders (created_at DESC, number DESC);

      CREATE TABLE order_status_counts (
        status TEXT PRIMARY KEY,
        n      INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO order_status_counts (status, n) SELECT status, count(*) FROM orders GROUP BY status;

      CREATE TRIGGER orders_count_insert AFTER INSERT ON orders BEGIN
        INSERT INTO order_status_counts (status, n) VALUES (NEW.status, 1)
          ON CONFLICT (status) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER orders_count_update AFTER UPDATE OF status ON orders WHEN OLD.status <> NEW.status BEGIN
        UPDATE order_status_counts SET n = n - 1 WHERE status = OLD.status;
        INSERT INTO order_status_counts (status, n) VALUES (NEW.status, 1)
          ON CONFLICT (status) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER orders_count_delete AFTER DELETE ON orders BEGIN
        UPDATE order_status_counts SET n = n - 1 WHERE status = OLD.status;
      END;
    `)
  },
}
