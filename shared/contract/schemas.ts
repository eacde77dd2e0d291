import { z } from 'zod'
import { UNITS } from '../units'
import { CURRENCIES } from '../money'
import { cleanName } from '../text'

/** Text shown as a name: control characters removed (shared/text.ts), then trimmed and bounded. */
export const nameText = (max: number, required?: string) =>
  z
    .string()
    .transform(cleanName)
    .pipe(required ? z.string().min(1, required).max(max) : z.string().max(max))
import { checkBarcode, normalizeBarcode } from '../barcode'

export const UnitSchema = z.enum(UNITS)
export const QuantitySchema = z.object({ value: z.number().positive().finite(), unit: UnitSchema })
export const CurrencySchema = z.enum(CURRENCIES)

const sku = z
  .string()
  .trim()
  .min(1, 'SKU is required')
  .max(64, 'SKU is at most 64 characters')
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  .regex(/^[^\u0000-\u001f]+$/, 'SKU contains control characters')

export const ProductInputSchema = z.object({
  sku,
  name: nameText(200, 'Name is required'),
  price: z
    .number()
    .int('Price is in minor units (paise/cents)')
    .min(0, 'Price cannot be negative')
    .max(100_000_000_00),
  unit: UnitSchema,
  size: QuantitySchema.nullable(),
  aliases: z.array(nameText(100, 'An alias cannot be empty')).max(50),
  category: nameText(100, 'Category is required'),
  stock: z.number().min(0, 'Stock cannot be negative').finite().nullable(),
  active: z.boolean().optional(),
  barcode: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null
      const check = checkBarcode(v)
      if (!check.ok) {
        ctx.addIssue({ code: 'custom', message: check.message })
        return z.NEVER
      }
      return normalizeBarcode(check.code)
    })
    .nullable()
    .optional(),
})

export const ProductSchema = ProductInputSchema.extend({ active: z.boolean(), updatedAt: z.number() })

export const ProductPatchSchema = ProductInputSchema.omit({ sku: true }).partial()
