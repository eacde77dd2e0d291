import type { Migration } from '../migrate'

// Catalog search as you type over tens of thousands of products: an FTS5 index with the trigram tokenizer
// over products.search_text, so "any word anywhere" (a substring, as the old LIKE '%w%' matched) comes from
// the index instead of a scan of every row. It stores no text of its own (content=products) and triggers keep
// it in step with every insert, delete and change of search_text (stock and price edits do not touch it).
// The list's order (name, then SKU) gets a covering index, so a page deep in the list skips rows inside the
// index and a common short word ("a") stops after one page instead of sorting every match.
export const m0005: Migration = {
  version: 5,
  name: 'catalog_search',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE products_search USING fts5(
        search_text, content = 'products', content_rowid = 'rowid', tokenize = 'trigram'
      );
      CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
        INSERT INTO products_search (rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
        INSERT INTO products_search (products_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      END;
      CREATE TRIGGER products_search_update AFTER UPDATE OF search_text ON products
      WHEN old.search_text IS NOT new.search_text BEGIN
        INSERT INTO products_search (products_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        INSERT INTO products_search (rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      INSERT INTO products_search (products_search) VALUES ('rebuild');
      DROP INDEX products_name;
      CREATE INDEX products_list ON products (name COLLATE NOCASE, sku);
    `)
  },
}
