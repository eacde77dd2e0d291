import { z } from 'zod'
import { method } from './define'
import { CurrencySchema } from './schemas'

export const ShopSchema = z.object({ name: z.string(), currency: CurrencySchema })

export const appMethods = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      shop: ShopSchema,
      host: z.enum(['desktop', 'headless']),
      /** True on a fresh database: the UI offers the sample shop. */
      catalogEmpty: z.boolean(),
    }),
  ),
  'settings.get': method(z.object({}), z.record(z.string(), z.unknown())),
  'settings.set': method(z.object({ key: z.string().min(1).max(100), value: z.unknown() }), z.object({ key: z.string(), value: z.unknown() })),
}

export const appEvents = {
  'settings.changed': z.object({ key: z.string() }),
}
