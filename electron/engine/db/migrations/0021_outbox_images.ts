import type { Migration } from '../migrate'

// Payments (range 20-29): the UPI QR code goes to the customer as a picture. An outbox row may carry a PNG;
// its `text` is then the picture's caption. Kept in the row itself (a QR is ~1-2 KB) so a picture is stored
// before it is sent and survives a crash exactly like a text.
export const m0021: Migration = {
  version: 21,
  name: 'outbox_images',
  up: (db) => {
    db.exec(`ALTER TABLE outbox ADD COLUMN image_png BLOB`)
  },
}
