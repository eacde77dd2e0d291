// The reply templates as the shopkeeper edits them (Settings → Replies): every text in every language with
// its default, the shop's override and the placeholders it must keep. Overrides live in the setting
// `conversation.templates`; the voice reads them at each reply.
import type { EngineEvents } from '../events'
import type { SettingsReader, SettingsWriter } from '../settings/settings'
import type { VOICE_SETTINGS } from './settings'
import { NotFoundError } from '../errors'
import {
  LANGUAGES,
  TEMPLATES,
  isTemplateKey,
  placeholdersOf,
  type Language,
} from './templates'

export class TemplateEditor {
  constructor(
    private settings: SettingsReader<typeof VOICE_SETTINGS, 'conversation.templates'> & SettingsWriter,
    private events: EngineEvents,
  ) {}

  list() {
    const overrides = this.settings.get('conversation.templates')
    return Object.entries(TEMPLATES).flatMap(([key, texts]) =>
      LANGUAGES.map((language) => ({
        key,
        language,
        default: texts[language],
        override: overrides[key]?.[language] ?? null,
        placeholders: placeholdersOf(texts[language]),
      })),
    )
  }

  /** Sets (or, with null or blank text, removes) the shop's own wording of one template in one language. */
  set(key: string, language: Language, text: string | null) {
    if (!isTemplateKey(key)) throw new NotFoundError(`No reply template "${key}"`)
    const overrides = structuredClone(this.settings.get('conversation.templates'))
    const forKey = { ...(overrides[key] ?? {}) }
    if (text === null || text.trim() === '') delete forKey[language]
    else forKey[language] = text
    overrides[key] = forKey
    this.settings.set('conversation.templates', overrides)
    this.events.emit('settings.changed', { key: 'conversation.templates' })
    return this.list().find((t) => t.key === key && t.language === language)!
  }
}
