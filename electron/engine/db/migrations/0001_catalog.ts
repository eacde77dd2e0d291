import type { Migration } from '../migrate'

export const m0001: Migration = {
  version: 1,
  name: 'catalog',
  up: (db) => {
    db.exec(`
      CREATE TABLE products (
        sku         TEXT PRIMARY KEY COLLATE NOCASE,
        name        TEXT NOT NULL,
        price       INTEGER NOT NULL CHECK (price >= 0),
        unit        TEXT NOT NULL,
        size_value  REAL,
        size_unit   TEXT,
        aliases     TEXT NOT NULL DEFAULT '[]',
        category    TEXT NOT NULL DEFAULT 'Other',
        stock       REAL CHECK (stock IS NULL OR stock >= 0),
        active      INTEGER NOT NULL DEFAULT 1,
        updated_at  INTEGER NOT NULL,
        -- what search matches on: name, aliases, category and sku, lower-cased, maintained by the repository
        search_text TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX products_category ON products (category, name);
      CREATE INDEX products_name ON products (name COLLATE NOCASE);
    `)
  },
}
