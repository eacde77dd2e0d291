// Receipt printer settings: the paper width, what the header says, and where the bytes go.
import { z } from 'zod'
import type { SettingDefs } from '../settings/settings'

/**
 * Where receipts go: "" (no printer), "tcp://192.168.1.50:9100" or "192.168.1.50" (a network printer, raw port
 * 9100), or a device or file path ("/dev/usb/lp0", "COM3", "C:\\receipts\\out.bin").
 */
export const PrinterTargetSchema = z
  .string()
  .trim()
  .max(300)
  // eslint-disable-next-line no-control-regex -- control bytes would be printer commands
  .refine((v) => !/[\u0000-\u001f]/.test(v), 'the printer address contains control characters')

export const RECEIPT_SETTINGS = {
  'receipt.width': { schema: z.union([z.literal(58), z.literal(80)]), default: 80 },
  'receipt.address': { schema: z.string().trim().max(300), default: '' },
  'receipt.footer': { schema: z.string().trim().max(200), default: 'Thank you!' },
  'receipt.printer': { schema: PrinterTargetSchema, default: '' },
  /** Print a receipt after every counter sale (when a printer is set). */
  'receipt.autoPrint': { schema: z.boolean(), default: true },
} satisfies SettingDefs
