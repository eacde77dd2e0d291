import type { Migration } from '../migrate'

// When replies to one chat pile up behind the rate limits, the worker sends the queued texts as one message.
// Each folded-in row keeps its own text and points at the row that carried it (`merged_into`); it moves with
// that row (sending, sent with the same network id, back to queued, failed), so after a crash nothing folded in
// is lost or sent a second time.
export const m0016: Migration = {
  version: 16,
  name: 'outbox_merged',
  up: (db) => {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN merged_into INTEGER REFERENCES outbox (id);
      CREATE INDEX outbox_merged ON outbox (merged_into) WHERE merged_into IS NOT NULL;
    `)
  },
}
