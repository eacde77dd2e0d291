import type { Migration } from '../migrate'

export const m0002: Migration = {
  version: 2,
  name: 'settings',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `)
  },
}
