// The voice's one setting: the shop's own wording of replies, { key: { en|hi|de|hi-Deva: text } }.
import { z } from 'zod'
import type { SettingDefs } from '../settings/settings'
import { LanguageSchema } from '../../../shared/contract/chats'

const TemplatesSchema = z.record(z.string().max(60), z.partialRecord(LanguageSchema, z.string().max(2000)))

export const VOICE_SETTINGS = {
  /** Overrides of the built-in templates (voice/templates.ts), per key and language; edited in Settings → Replies. */
  'conversation.templates': { schema: TemplatesSchema, default: {} },
} satisfies SettingDefs
