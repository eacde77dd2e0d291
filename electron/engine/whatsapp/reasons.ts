// whatsapp-web.js reports disconnects as WhatsApp Web's internal state names; the shopkeeper needs words.
import { LINK_REASONS_EN } from '../../../shared/contract/link-reasons'
import { LINK_REASON_KEYS, linkReasonKey } from '../../../shared/contract/texts'

/** Reasons after which reconnecting on our own would be wrong (the shop must act) or would loop. */
const TERMINAL = new Set([
  'LOGOUT',
  'LOGOUT_LOCAL',
  'STOPPED',
  'NO_BROWSER',
  'TOS_BLOCK',
  'SMB_TOS_BLOCK',
  'DEPRECATED_VERSION',
  'Max qrcode retries reached',
  'BROWSER_SANDBOX',
  'BROWSER_LIBS',
  'BROWSER_BAD_FILE',
  'BROWSER_EXITED',
])

/**
 * Every code the gateway reports with its own words (NO_GATEWAY is link.ts's; whatsapp-web.js says the QR one as
 * a sentence).
 */
export const REASON_CODES: readonly string[] = LINK_REASON_KEYS.filter(
  (k) => k !== 'unknown' && k !== 'NO_GATEWAY',
).map((k) => (k === 'QR_RETRIES' ? 'Max qrcode retries reached' : k))

export function plainReason(code: string): string {
  return LINK_REASONS_EN[linkReasonKey(code)].replace('{{code}}', code)
}

export function isTerminal(code: string): boolean {
  return TERMINAL.has(code)
}

export function describeDelay(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000))
  return s < 60 ? `${s} s` : `${Math.round(s / 60)} min`
}
