// WhatsApp disconnect reasons in English, in one place for both sides: the engine says them in the log, the CLI
// and a link state's `reason`; the screens' English (renderer/src/i18n/en.ts) takes them as they are, and de.ts and
// hi.ts translate the same keys (LINK_REASON_KEYS).
import type { LinkReasonKey } from './texts'

export const LINK_REASONS_EN: Record<LinkReasonKey, string> = {
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
  QR_RETRIES: 'The QR code was not scanned in time.',
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
  NO_GATEWAY: 'This copy of CounterChat runs without WhatsApp (only "Try as customer").',
  unknown: 'WhatsApp disconnected ({{code}}).',
}
