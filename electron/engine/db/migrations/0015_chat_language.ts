import type { Migration } from '../migrate'

// Conversation (range 10-19): a customer's language is decided from several messages (electron/engine/voice/
// language.ts): the running score per language, and whether the shopkeeper set the language by hand (then the
// customer's messages never change it). A chat from before keeps its language: it starts with a lead for it.
export const m0015: Migration = {
  version: 15,
  name: 'chat_language',
  up: (db) => {
    db.exec(`
      ALTER TABLE chats ADD COLUMN language_scores TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE chats ADD COLUMN language_pinned INTEGER NOT NULL DEFAULT 0 CHECK (language_pinned IN (0, 1));
      UPDATE chats SET language_scores = json_object(language, 3);
    `)
  },
}
