// whatsapp-web.js reports disconnects as WhatsApp Web's internal state names; the shopkeeper needs words.

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
  LOAD_FAILED: 'WhatsApp Web did not load.',
  BROWSER_SANDBOX:
    'The browser for WhatsApp refused to start: CounterChat runs as the administrator (root) and the browser will not run that way with its sandbox. Start CounterChat as a normal user, or ask whoever set up this computer.',
  BROWSER_LIBS:
    'The browser for WhatsApp cannot start: parts it needs are missing on this computer. Install Google Chrome or Chromium from your system\u2019s software centre, or choose another browser below.',
  BROWSER_BAD_FILE:
    'The browser file chosen for WhatsApp cannot be started (missing, not a program, or not allowed to run). Choose the Chrome, Chromium or Edge program under "Use another browser…".',
  BROWSER_EXITED:
    'The browser for WhatsApp closed as soon as it started. Restart the computer and press Reconnect; if it happens again, choose another browser below.',
  NO_INTERNET:
    'This computer cannot reach WhatsApp: check the internet connection (Wi-Fi or cable). CounterChat keeps trying.',
  WA_REFUSED:
    'WhatsApp refused the connection from this computer. Wait a few minutes and press Reconnect; if it keeps happening, try another network.',
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
  'BROWSER_SANDBOX',
  'BROWSER_LIBS',
  'BROWSER_BAD_FILE',
  'BROWSER_EXITED',
])

/** Every code with its own words (the screens translate each: shared/contract/texts.ts LINK_REASON_KEYS). */
export const REASON_CODES: readonly string[] = Object.keys(PLAIN)

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
