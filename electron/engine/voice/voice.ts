// The one voice the shop speaks with: every text a customer reads is rendered here, in the chat's language,
// with the shop's own wording where it has one (setting `conversation.templates`), the shop's name in `{shop}`
// and money written the shop's way (`shop.locale`, else from its country, language and currency: "3,29 €" in
// Germany, "₹1,23,456" in India). Areas that talk to customers (conversation, order notices, payments, khata,
// the inbox's flood note) ask the voice; none keeps its own copy of the overrides or the language lookup.
import type { DB } from '../db/connection'
import type { SettingsReader } from '../settings/settings'
import { shopLocale, type SHOP_SETTINGS } from '../settings/shop'
import type { VOICE_SETTINGS } from './settings'
import { getChat } from '../chats/repository'
import { CURRENCY_LOCALE, formatMoney, type Currency } from '../../../shared/money'
import { renderTemplate, type Language, type TemplateKey, type TemplateOverrides } from './templates'

/** An amount in a template's variables: written in the shop's locale when the text is rendered. */
export interface Money {
  minor: number
  currency: Currency
}

export function money(minor: number, currency: Currency): Money {
  return { minor, currency }
}

export type Vars = Record<string, string | number | Money>

/** The voice bound to one language (one chat): what a composer of a longer message needs. */
export interface Speaker {
  readonly language: Language
  readonly locale: string
  t(key: TemplateKey, vars?: Vars): string
  money(minor: number, currency: Currency): string
}

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'minor' in v && 'currency' in v
}

function speaker(
  language: Language,
  locale: string | undefined,
  base: Record<string, string>,
  overrides: TemplateOverrides,
): Speaker {
  const fmt = (minor: number, currency: Currency) => formatMoney(minor, currency, locale)
  return {
    language,
    locale: locale ?? CURRENCY_LOCALE.INR,
    money: fmt,
    t(key, vars = {}) {
      const filled: Record<string, string | number> = { ...base }
      for (const [k, v] of Object.entries(vars)) filled[k] = isMoney(v) ? fmt(v.minor, v.currency) : v
      return renderTemplate(key, language, filled, overrides)
    },
  }
}

/**
 * A speaker without a shop behind it (a payment text made by a tool or a test with no engine): the built-in
 * wording, money in each currency's usual locale.
 */
export function plainSpeaker(language: Language = 'en'): Speaker {
  return speaker(language, undefined, {}, {})
}

export interface VoiceDeps {
  db: DB
  settings: SettingsReader<typeof SHOP_SETTINGS & typeof VOICE_SETTINGS>
}

export class Voice {
  constructor(private d: VoiceDeps) {}

  /** The language a chat is answered in: the chat's own (sticky, see language.ts), else the shop's. */
  languageOf(chat: string): Language {
    return getChat(this.d.db, chat)?.language ?? this.shopLanguage()
  }

  shopLanguage(): Language {
    return this.d.settings.get('shop.language')
  }

  /** The shop's locale for money, numbers and dates. */
  locale(): string {
    return shopLocale(this.d.settings)
  }

  currency(): Currency {
    return this.d.settings.get('shop.currency')
  }

  /** An amount as the shop writes it. */
  money(minor: number, currency: Currency = this.currency()): string {
    return formatMoney(minor, currency, this.locale())
  }

  /** The speaker for one language: templates with the shop's overrides, `{shop}` and money filled. */
  in(language: Language): Speaker {
    return speaker(
      language,
      this.locale(),
      { shop: String(this.d.settings.get('shop.name')) },
      this.d.settings.get('conversation.templates'),
    )
  }

  /** The speaker for a chat, in that chat's language. */
  for(chat: string): Speaker {
    return this.in(this.languageOf(chat))
  }

  /** One text for one chat. */
  render(chat: string, key: TemplateKey, vars: Vars = {}): string {
    return this.for(chat).t(key, vars)
  }
}
