// Every message the engine sends to a screen as a key with values, so each screen says it in its own language
// (renderer/src/i18n: `<namespace>.<key>`). These lists are the one source of truth: the engine can only emit
// a key listed here (the types hold it), and tests/unit/engine-texts.test.ts holds that every listed key is
// translated in every language. The English `message`/`text` beside a key stays for the CLI, the log, and a
// screen of an older build that does not know the key.
import { z } from 'zod'

export const TextParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]))

/** A message as a key and its values. */
export const KeyedTextSchema = z.object({ key: z.string(), params: TextParamsSchema.optional() })
export type KeyedText<K extends string = string> = { key: K; params?: Record<string, string | number> }

/** The engine's refusals (ShopError and the dispatcher): `errors.<key>`. */
export const ERROR_KEYS = [
  'noProduct',
  'barcodeTaken',
  'skuExists',
  'noChat',
  'noOrder',
  'cannotBecome',
  'notEditable',
  'noLine',
  'lastLine',
  'paidWouldGrow',
  'overLimit',
  'alreadyOnKhata',
  'alreadyPaid',
  'nothingToCharge',
  'noAmount',
  'paymentZero',
  'correctionZero',
  'noReminderOptIn',
  'owesNothing',
  'upiRupees',
  'upiNotSetUp',
  'saleNothing',
  'tenderedShort',
  'qtyZero',
  'notPlausible',
  'unitMismatch',
  'wholeNumber',
  'tooSmall',
  'disk_full',
  'disk_readonly',
  'disk_damaged',
  'disk_io',
  'failed',
  // A value that does not fit its schema (zod v4 issue codes), said for the field it is about.
  'zod_invalid_type',
  'zod_too_small',
  'zod_too_small_exclusive',
  'zod_too_small_string',
  'zod_empty',
  'zod_too_small_items',
  'zod_too_big',
  'zod_too_big_exclusive',
  'zod_too_big_string',
  'zod_too_big_items',
  'zod_invalid_format',
  'zod_not_multiple_of',
  'zod_unrecognized_keys',
  'zod_invalid_union',
  'zod_invalid_key',
  'zod_invalid_element',
  'zod_invalid_value',
  'zod_custom',
  // A rule of our own with its own words (see `keyedRule`).
  'zod_upiVpa',
  'zod_providerTwice',
  'zod_customTemplate',
  'zod_apiAddress',
  'zod_hhmm',
  'zod_labelComma',
  'zod_shortcut',
  'zod_shortcutTwice',
  'zod_timeOrEmpty',
  'zod_timeZone',
  'zod_locale',
  'zod_browserPath',
] as const
export type ErrorKey = (typeof ERROR_KEYS)[number]

function isErrorKey(key: unknown): key is ErrorKey {
  return typeof key === 'string' && (ERROR_KEYS as readonly string[]).includes(key)
}

/**
 * The options of a `.refine` whose words are our own: the English message, and the key the screens say it
 * with (`z.string().refine(ok, keyedRule('zod_upiVpa', 'not a UPI ID'))`).
 */
export function keyedRule(key: ErrorKey, message: string): { message: string; params: { key: ErrorKey } } {
  return { message, params: { key } }
}

/**
 * A zod issue as a key (`zod_<code>`, sizes told apart by what is measured) and its limits. The field's name is
 * left out: the screen shows the text next to the field it is about.
 */
export function zodIssueText(issue: z.core.$ZodIssue): KeyedText<ErrorKey> {
  const sized = (
    base: 'zod_too_small' | 'zod_too_big',
    origin: string,
    inclusive: boolean | undefined,
  ): ErrorKey =>
    origin === 'string'
      ? `${base}_string`
      : origin === 'array' || origin === 'set' || origin === 'file'
        ? `${base}_items`
        : inclusive === false
          ? `${base}_exclusive`
          : base
  switch (issue.code) {
    case 'custom': {
      const key: unknown = issue.params?.key
      return { key: isErrorKey(key) ? key : 'zod_custom' }
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { key: 'zod_empty' }
      return {
        key: sized('zod_too_small', issue.origin, issue.inclusive),
        params: { limit: Number(issue.minimum) },
      }
    case 'too_big':
      return {
        key: sized('zod_too_big', issue.origin, issue.inclusive),
        params: { limit: Number(issue.maximum) },
      }
    case 'not_multiple_of':
      return { key: 'zod_not_multiple_of', params: { divisor: Number(issue.divisor) } }
    default:
      return { key: `zod_${issue.code}` }
  }
}

/** Why a row of a catalog CSV was skipped: `importRow.<key>`. */
export const IMPORT_ROW_KEYS = [
  'unreadable',
  'duplicateSku',
  'duplicateBarcode',
  'missingSku',
  'skuTooLong',
  'skuControl',
  'missingName',
  'nameTooLong',
  'missingPrice',
  'priceNotNumber',
  'priceNegative',
  'priceTooLarge',
  'unitUnknown',
  'sizeBad',
  'stockNotNumber',
  'stockNegative',
  'activeBad',
  'barcodeDigits',
  'barcodeLength',
  'barcodeCheckDigit',
] as const
export type ImportRowKey = (typeof IMPORT_ROW_KEYS)[number]

/** Why a whole catalog file was refused: `importFile.<key>`. */
export const IMPORT_FILE_KEYS = ['tooBig', 'notUtf8', 'empty', 'notCsv', 'tooManyRows', 'noHeader'] as const
export type ImportFileKey = (typeof IMPORT_FILE_KEYS)[number]

/** Why a payment could not be asked for or settled: `payProblem.<key>`. */
export const PAY_PROBLEM_KEYS = [
  'upiNoVpa',
  'razorpayNoKeyId',
  'razorpayNoSecret',
  'stripeNoKey',
  'customNoTemplate',
  'totalZero',
  'linkNotMade',
  'notPrepared',
  'paidBeforeChange',
  'paidAfterDone',
  'cancelledAfterDone',
  'stripeNoPaymentRequired',
  'stripeUnpaid',
  'unreadableAnswer',
  'kind_auth',
  'kind_invalid',
  'kind_rate_limited',
  'kind_server',
  'kind_network',
  'kind_timeout',
] as const
export type PayProblemKey = (typeof PAY_PROBLEM_KEYS)[number]

/**
 * Why WhatsApp is disconnected: `linkReason.<key>`. The keys are the codes the gateway reports (WhatsApp Web's
 * own state names and ours), except whatsapp-web.js's sentence-like "Max qrcode retries reached" (see linkReasonKey).
 */
export const LINK_REASON_KEYS = [
  'CONFLICT',
  'LOGOUT',
  'LOGOUT_LOCAL',
  'UNPAIRED',
  'UNPAIRED_IDLE',
  'TIMEOUT',
  'PROXYBLOCK',
  'TOS_BLOCK',
  'SMB_TOS_BLOCK',
  'DEPRECATED_VERSION',
  'QR_RETRIES',
  'STOPPED',
  'BROWSER_CLOSED',
  'PAGE_CRASHED',
  'PAGE_UNRESPONSIVE',
  'PAGE_CLOSED',
  'RECYCLE',
  'LOAD_FAILED',
  'BROWSER_SANDBOX',
  'BROWSER_LIBS',
  'BROWSER_BAD_FILE',
  'BROWSER_EXITED',
  'NO_INTERNET',
  'WA_REFUSED',
  'STUCK',
  'NO_BROWSER',
  'NO_GATEWAY',
  /** Any code not listed: said with the code. */
  'unknown',
] as const
export type LinkReasonKey = (typeof LINK_REASON_KEYS)[number]

/** The translation key of a reported disconnect code ("Max qrcode retries reached" → QR_RETRIES). */
export function linkReasonKey(code: string): LinkReasonKey {
  if (code === 'Max qrcode retries reached') return 'QR_RETRIES'
  return (LINK_REASON_KEYS as readonly string[]).includes(code) && code !== 'unknown'
    ? (code as LinkReasonKey)
    : 'unknown'
}

/** Every namespace the engine emits keys in, for the test that holds them all translated. */
export const ENGINE_TEXT_KEYS = {
  errors: ERROR_KEYS,
  importRow: IMPORT_ROW_KEYS,
  importFile: IMPORT_FILE_KEYS,
  payProblem: PAY_PROBLEM_KEYS,
  linkReason: LINK_REASON_KEYS,
} as const
