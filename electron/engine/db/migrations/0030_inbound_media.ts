import type { Migration } from '../migrate'

// WhatsApp (range 30-39): the bytes of a customer's photo (or other media), fetched once from WhatsApp after it
// arrived, so the chats view can show it after WhatsApp has dropped it. Keyed by the inbox row's provider id;
// a row exists only for media that was fetched.
export const m0030: Migration = {
  version: 30,
  name: 'inbound_media',
  up: (db) => {
    db.exec(`
      CREATE TABLE inbox_media (
        provider_id TEXT PRIMARY KEY,
        mimetype    TEXT NOT NULL,
        filename    TEXT,
        bytes       INTEGER NOT NULL,
        data        BLOB NOT NULL,
        fetched_at  INTEGER NOT NULL
      )
    `)
  },
}
