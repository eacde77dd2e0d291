// The shop's own settings: who it is, its money, language and locale, and the shopkeeper's screens. Every area
// reads some of these, so they are declared here, below the areas, and not by any one of them.
import { z } from 'zod'
import { keyedRule } from '../../../shared/contract/texts'
import type { SettingDefs, SettingsReader } from './settings'
import { resolveLocale } from '../../../shared/locale'
import { CurrencySchema } from '../../../shared/contract'
import { cleanName } from '../../../shared/text'
import { validLocale } from '../../../shared/money'
import { LanguageSchema } from '../../../shared/contract/chats'
import { UiLanguageSchema, UiThemeSchema } from '../../../shared/contract/app'

function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

const TimeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz })
      return true
    } catch {
      return false
    }
  },
  keyedRule('zod_timeZone', 'unknown time zone (use e.g. Asia/Kolkata, Europe/Berlin)'),
)

export const SHOP_SETTINGS = {
  'shop.name': {
    schema: z.string().transform(cleanName).pipe(z.string().min(1).max(100)),
    default: 'My Shop',
  },
  'shop.currency': { schema: CurrencySchema, default: 'INR' },
  'shop.language': { schema: LanguageSchema, default: 'en' },
  /** Opening hours, day ends and slips are in this zone; the computer's own until the shop picks one. */
  'shop.timezone': { schema: TimeZoneSchema, default: systemTimeZone() },
  /** Two-letter country code chosen at setup (sets currency, locale and language defaults); null before setup. */
  'shop.country': {
    schema: z
      .string()
      .regex(/^[A-Z]{2}$/, 'a two-letter country code like IN or DE')
      .nullable(),
    default: null,
  },
  /**
   * How money, numbers and dates are written ("de-DE": "3,29 €", "1.12.2026, 23:38"); null: from the shop's
   * country and language (shared/locale.ts `resolveLocale`).
   */
  'shop.locale': {
    schema: z
      .string()
      .max(35)
      .refine((v) => validLocale(v) !== null, keyedRule('zod_locale', 'a locale like de-DE or en-IN'))
      .nullable(),
    default: null,
  },
  /** The language of the shopkeeper's screens; null follows the system (the browser's language). */
  'ui.language': { schema: UiLanguageSchema.nullable(), default: null },
  /** Light, dark, or follow the system's colour scheme. */
  'ui.theme': { schema: UiThemeSchema, default: 'system' },
  /** Set when the first-start setup is finished (or skipped), so it is asked once. */
  'setup.done': { schema: z.boolean(), default: false },
} satisfies SettingDefs

/**
 * The shop's locale as the engine reads it: the `shop.locale` setting, else derived from the shop's country,
 * language and currency (shared/locale.ts). One function, so the customers' texts (the voice), the screens
 * (app.info), the printed slip and the khata statement write money and dates the same way.
 */
export function shopLocale(
  settings: SettingsReader<
    typeof SHOP_SETTINGS,
    'shop.locale' | 'shop.language' | 'shop.country' | 'shop.currency'
  >,
): string {
  return resolveLocale({
    locale: settings.get('shop.locale'),
    language: settings.get('shop.language'),
    country: settings.get('shop.country'),
    currency: settings.get('shop.currency'),
  })
}
