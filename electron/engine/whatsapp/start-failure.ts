// Why WhatsApp did not start, from what the browser launch or the first page load threw. The library (via
// puppeteer) reports a browser that dies at start as "Failed to launch the browser process!" with Chrome's
// own stderr appended, or, when Chrome dies just after the pipe opens, as a CDP "Protocol error
// (Target.setDiscoverTargets): Target closed"; a page that cannot load reports Chrome's net::ERR_* code.
// Each cause gets its own code so the shopkeeper is told what to do instead of "check the internet".

export type StartFailureCode =
  | 'BROWSER_SANDBOX'
  | 'BROWSER_LIBS'
  | 'BROWSER_BAD_FILE'
  | 'BROWSER_EXITED'
  | 'NO_INTERNET'
  | 'WA_REFUSED'
  | 'LOAD_FAILED'

const RULES: Array<[StartFailureCode, RegExp]> = [
  // Chrome's zygote refuses root without a sandbox: "Running as root without --no-sandbox is not supported".
  ['BROWSER_SANDBOX', /without --no-sandbox|No usable sandbox|setuid sandbox|zygote_host_impl/i],
  // The dynamic loader, before Chrome's own code runs.
  ['BROWSER_LIBS', /error while loading shared libraries|cannot open shared object file/i],
  // spawn() could not run the file at all: missing, not executable, not a program for this computer.
  ['BROWSER_BAD_FILE', /\b(ENOENT|EACCES|ENOEXEC)\b|Exec format error|Browser was not found at the configured executablePath/i],
  // Chrome's network error names (net/base/net_error_list.h) for "cannot reach the site at all".
  [
    'NO_INTERNET',
    /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|NETWORK_ACCESS_DENIED|CONNECTION_(REFUSED|RESET|TIMED_OUT|CLOSED|FAILED)|TIMED_OUT|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED)|\b(ENOTFOUND|EAI_AGAIN|ENETUNREACH)\b/i,
  ],
  // The site answered but refused: an HTTP error status for web.whatsapp.com, or a blocked request.
  ['WA_REFUSED', /net::ERR_(HTTP_RESPONSE_CODE_FAILURE|BLOCKED_BY_RESPONSE|BLOCKED_BY_ADMINISTRATOR)|\b(403|429)\b.*whatsapp|whatsapp.*\b(403|429)\b/i],
  // The browser process went away before WhatsApp Web could be opened, for a reason it did not print.
  ['BROWSER_EXITED', /Failed to launch the browser process|Target closed|Target\.setDiscoverTargets|Browser closed|Connection closed/i],
]

export function classifyStartFailure(err: unknown): StartFailureCode {
  const text = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err)
  for (const [code, pattern] of RULES) if (pattern.test(text)) return code
  return 'LOAD_FAILED'
}

/** A browser that will not start will not start on its own next time either: wait for the shop to act. */
export const BROWSER_START_CODES: ReadonlySet<string> = new Set([
  'BROWSER_SANDBOX',
  'BROWSER_LIBS',
  'BROWSER_BAD_FILE',
  'BROWSER_EXITED',
])

/** Chrome refuses to run as root with its sandbox on; as root it must be started without one. */
export function sandboxArgs(uid: number | null = process.getuid?.() ?? null): string[] {
  return uid === 0 ? ['--no-sandbox'] : []
}
