import type { Migration } from '../migrate'

// The catalog's version as the order reader's index sees it (catalog/index-cache.ts keeps the index between
// starts under it): a random token, new whenever a product is added, removed, or changed in what the index is
// built from or in its place in catalog order. Stock and price edits (every sale, a price list) leave it:
// the index never reads them. Kept by triggers, so every writer (the app, the CLI beside it) changes it; a
// token is never reused, so a restored backup brings back the token of the very catalog it holds.
const CHANGED = [
  'old.rowid IS NOT new.rowid',
  'old.sku IS NOT new.sku COLLATE BINARY',
  ...['name', 'aliases', 'category', 'unit', 'barcode'].map((c) => `old.${c} IS NOT new.${c} COLLATE BINARY`),
  ...['size_value', 'size_unit', 'active'].map((c) => `old.${c} IS NOT new.${c}`),
].join(' OR ')

export const m0006: Migration = {
  version: 6,
  name: 'catalog_version',
  up: (db) => {
    db.exec(`
      CREATE TABLE catalog_version (
        id    INTEGER PRIMARY KEY CHECK (id = 1),
        token BLOB NOT NULL
      );
      INSERT INTO catalog_version (id, token) VALUES (1, randomblob(16));
      CREATE TRIGGER catalog_version_insert AFTER INSERT ON products BEGIN
        UPDATE catalog_version SET token = randomblob(16) WHERE id = 1;
      END;
      CREATE TRIGGER catalog_version_delete AFTER DELETE ON products BEGIN
        UPDATE catalog_version SET token = randomblob(16) WHERE id = 1;
      END;
      CREATE TRIGGER catalog_version_update AFTER UPDATE ON products WHEN ${CHANGED} BEGIN
        UPDATE catalog_version SET token = randomblob(16) WHERE id = 1;
      END;
    `)
  },
}
