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
  /**
   * The locale money, numbers and dates are written in ("de-DE": "3,29 €", "1.12.2026, 23:38"): the `shop.locale`
   * setting, else derived from the country, language and currency (shared/locale.ts `resolveLocale`).
   */
  locale: z.string(),
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
      /**
       * Who is calling: the owner at the shop's computer (desktop app, or the page on loopback), or staff on a
       * paired LAN device, who cannot touch payment settings, the browser or the WhatsApp link.
       */
      role: z.enum(['owner', 'staff']),
      /** The screens' language (null: follow the browser) and colour theme. */
      ui: z.object({ language: UiLanguageSchema.nullable(), theme: UiThemeSchema }),
      /** False until the first-start setup is finished. */
      setupDone: z.boolean(),
    }),
  ),
  'settings.get': method(z.object({}), z.record(z.string(), z.unknown())),
  'settings.set': method(
    z.object({ key: z.string().min(1).max(100), value: z.unknown() }),
    z.object({ key: z.string(), value: z.unknown() }),
  ),
}

export const BackupInfoSchema = z.object({ file: z.string(), at: z.number(), bytes: z.number().int() })

export const BackupStatusSchema = z.object({
  /** The newest copy in <data>/backups, or null when none was made yet. */
  last: BackupInfoSchema.nullable(),
  /** Every kept copy, newest first (7 daily and 4 weekly at most, plus copies made by hand). */
  backups: z.array(BackupInfoSchema),
  /** False for an in-memory engine (nothing to back up). */
  available: z.boolean(),
})

export const backupMethods = {
  /** The last backup and the kept copies, for Settings. */
  'backup.status': method(z.object({}), BackupStatusSchema),
  /** A copy now (owner only). */
  'backup.now': method(z.object({}), BackupInfoSchema),
  /**
   * Restore a kept copy (owner only, by its file name in backups/): the running shop is copied aside first,
   * then every table is replaced from the copy inside one transaction.
   */
  'backup.restore': method(
    z.object({
      file: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[\w.-]+\.db$/, 'a backup file name like counterchat-2026-01-01.db'),
    }),
    z.object({ restored: z.string(), keptAside: z.string() }),
  ),
}

export const appEvents = {
  'settings.changed': z.object({ key: z.string() }),
}
