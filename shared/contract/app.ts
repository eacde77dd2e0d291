import { z } from 'zod'
import { method } from './define'
import { CurrencySchema } from './schemas'

export const UiLanguageSchema = z.enum(['en', 'hi', 'de'])
export const UiThemeSchema = z.enum(['system', 'light', 'dark'])

export const ShopSchema = z.object({
  name: z.string(),
  currency: CurrencySchema,
  /** IANA time zone: dates and times on screen are shown in the shop's zone, not the device's. */
  timezone: z.string(),
  /** Two-letter country code, null before the first-start setup. */
  country: z.string().nullable(),
})

export const appMethods = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      shop: ShopSchema,
      host: z.enum(['desktop', 'headless']),
      /** True on a fresh database: the UI offers the sample shop. */
      catalogEmpty: z.boolean(),
      /** The screens' language (null: follow the browser) and colour theme. */
      ui: z.object({ language: UiLanguageSchema.nullable(), theme: UiThemeSchema }),
      /** False until the first-start setup is finished. */
      setupDone: z.boolean(),
    }),
  ),
  'settings.get': method(z.object({}), z.record(z.string(), z.unknown())),
  'settings.set': method(z.object({ key: z.string().min(1).max(100), value: z.unknown() }), z.object({ key: z.string(), value: z.unknown() })),
}

export const appEvents = {
  'settings.changed': z.object({ key: z.string() }),
}
