// whatsapp-web.js reports disconnects as WhatsApp Web's internal state names; the shopkeeper needs words.

/** Codes the gateway itself produces, next to WhatsApp's own (CONFLICT, LOGOUT, TIMEOUT, ...). */
export type GatewayCode =
  | 'STOPPED'
  | 'LOGOUT_LOCAL'
  | 'BROWSER_CLOSED'
  | 'PAGE_CRASHED'
  | 'PAGE_UNRESPONSIVE'
  | 'PAGE_CLOSED'
  | 'RECYCLE'
  | 'LOAD_FAILED'
  | 'STUCK'
  | 'NO_BROWSER'

const PLAIN: Record<string, string> = {
  CONFLICT: 'WhatsApp Web was opened on another computer or browser.',
  LOGOUT: 'This computer was logged out from your phone (Linked devices). Link WhatsApp again to continue.',
  LOGOUT_LOCAL: 'You logged out of WhatsApp in CounterChat. Link WhatsApp again to continue.',
  UNPAIRED: 'This computer is no longer linked to your phone. Link WhatsApp again to continue.',
  UNPAIRED_IDLE: 'This computer is no longer linked to your phone. Link WhatsApp again to continue.',
  TIMEOUT: 'Your phone has not answered for a while. Check that it is switched on and online.',
  PROXYBLOCK: 'WhatsApp refused the connection from this network.',
  TOS_BLOCK: 'WhatsApp has blocked this number. Open WhatsApp on your phone for details.',
  SMB_TOS_BLOCK:
    'WhatsApp has blocked this business number. Open WhatsApp Business on your phone for details.',
  DEPRECATED_VERSION: 'WhatsApp no longer accepts this version of WhatsApp Web. Update CounterChat.',
  'Max qrcode retries reached': 'The QR code was not scanned in time.',
  STOPPED: 'WhatsApp is switched off in CounterChat.',
  BROWSER_CLOSED: 'The browser that runs WhatsApp closed unexpectedly.',
  PAGE_CRASHED: 'The WhatsApp page in the browser crashed (often the computer ran short of memory).',
  PAGE_UNRESPONSIVE: 'The WhatsApp page in the browser stopped responding.',
  PAGE_CLOSED: 'The WhatsApp page in the browser was closed.',
  RECYCLE: 'Restarting the browser that runs WhatsApp, as planned, to keep it fast. No message is lost.',
  LOAD_FAILED: 'WhatsApp Web did not load. Check the internet connection.',
  STUCK: 'WhatsApp Web did not finish loading.',
  NO_BROWSER: 'No Chrome, Chromium or Microsoft Edge was found on this computer.',
}

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
])

export function plainReason(code: string): string {
  return PLAIN[code] ?? `WhatsApp disconnected (${code}).`
}

export function isTerminal(code: string): boolean {
  return TERMINAL.has(code)
}

export function describeDelay(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000))
  return s < 60 ? `${s} s` : `${Math.round(s / 60)} min`
}
