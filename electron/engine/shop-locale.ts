// The shop's locale as the engine reads it: the `shop.locale` setting, else derived from the shop's country,
// language and currency (shared/locale.ts). One function, so the screens (app.info), the printed slip and the
// khata statement write money and dates the same way.
import type { Settings } from './settings'
import { resolveLocale } from '../../shared/locale'
import type { Currency } from '../../shared/money'

export function shopLocale(settings: Settings): string {
  return resolveLocale({
    locale: settings.get('shop.locale'),
    language: settings.get('shop.language'),
    country: settings.get('shop.country'),
    currency: settings.get('shop.currency') as Currency,
  })
}
