import { z } from 'zod'
import { method } from './define'
import { KeyedTextSchema } from './texts'
import { ProductInputSchema, ProductPatchSchema, ProductSchema } from './schemas'

/** `message` is English (CLI, log); `text` the same keyed for the screens (`importRow.<key>`). */
const RowErrorSchema = z.object({
  line: z.number().int(),
  message: z.string(),
  text: KeyedTextSchema.optional(),
})
export const ImportReportSchema = z.object({
  fileName: z.string(),
  inserted: z.number().int(),
  updated: z.number().int(),
  /** Products not in the file taken off sale by a replace (a dry run: that replace would take off). */
  deactivated: z.number().int(),
  errors: z.array(RowErrorSchema),
  /** Set when the whole file was refused (empty, wrong header, too big, not UTF-8): nothing changed. */
  fileError: z.string().nullable(),
  /** `fileError` keyed for the screens (`importFile.<key>`). */
  fileErrorText: KeyedTextSchema.optional(),
})
export type ImportReport = z.infer<typeof ImportReportSchema>

/** merge: update and add, keep the rest; replace: the file is the catalog, the rest goes off sale. */
export const ImportModeSchema = z.enum(['merge', 'replace'])
export type ImportMode = z.infer<typeof ImportModeSchema>

export const catalogMethods = {
  'catalog.list': method(
    z.object({
      query: z.string().max(200).optional(),
      category: z.string().max(100).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    z.object({ total: z.number().int(), items: z.array(ProductSchema) }),
  ),
  'catalog.categories': method(
    z.object({}),
    z.array(z.object({ name: z.string(), count: z.number().int() })),
  ),
  'catalog.get': method(z.object({ sku: z.string() }), ProductSchema),
  'catalog.create': method(z.object({ product: ProductInputSchema }), ProductSchema),
  'catalog.update': method(z.object({ sku: z.string(), patch: ProductPatchSchema }), ProductSchema),
  /** Returns the deleted product so the UI can offer "Undo" by calling catalog.create with it. */
  'catalog.delete': method(z.object({ sku: z.string() }), ProductSchema),
  /** The file travels as text: the UI reads it (File.text()) and the CLI reads it from disk. */
  'catalog.import': method(
    z.object({
      fileName: z.string().max(300),
      bytesBase64: z.string().max(30 * 1024 * 1024),
      mode: ImportModeSchema.default('merge'),
      /** Write nothing; say what would happen (the screen shows it before the shopkeeper confirms). */
      dryRun: z.boolean().default(false),
    }),
    ImportReportSchema,
  ),
  'catalog.export': method(z.object({}), z.object({ csv: z.string() })),
  'catalog.loadSample': method(z.object({}), ImportReportSchema),
}

export const catalogEvents = {
  /** Something in the catalog changed; `skus` empty means "reload everything". */
  'catalog.changed': z.object({ skus: z.array(z.string()), reason: z.string() }),
  'catalog.importProgress': z.object({
    fileName: z.string(),
    done: z.number().int(),
    total: z.number().int(),
  }),
}
