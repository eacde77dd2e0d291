import type { Migration } from '../migrate'

// Chats (range 50-59): labels the shopkeeper puts on a customer's chat ("regular", "wholesale", "pays late"),
// as in WhatsApp Business; one row per chat and label, case-insensitive so "VIP" and "vip" are one label.
export const m0050: Migration = {
  version: 50,
  name: 'chat_labels',
  up: (db) => {
    db.exec(`
      CREATE TABLE chat_labels (
        phone      TEXT NOT NULL REFERENCES chats (phone) ON DELETE CASCADE,
        label      TEXT NOT NULL COLLATE NOCASE,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (phone, label)
      );
      CREATE INDEX chat_labels_label ON chat_labels (label, phone);
    `)
  },
}
