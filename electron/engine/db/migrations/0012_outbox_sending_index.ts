import type { Migration } from '../migrate'

// The outbox worker looks for rows left in `sending` (by a crash or a timed-out send) on every pass; with
// this index that look reads only those few rows, not every reply still waiting for a rate window.
export const m0012: Migration = {
  version: 12,
  name: 'outbox_sending_index',
  up: (db) => {
    db.exec(`CREATE INDEX outbox_sending ON outbox (id) WHERE status = 'sending'`)
  },
}
