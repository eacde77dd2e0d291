// Process-level overrides for the WhatsApp client, read by the hosts. They exist for what Signal Desktop
// does with its mock server: end-to-end tests start the real app pointed at the offline WhatsApp Web double
// (tests/whatsapp-double), and support can point a shop at a known-good WhatsApp Web build.
import type WAWebJS from 'whatsapp-web.js'

export const WHATSAPP_ENV = {
  /** Where to fetch WhatsApp Web's HTML, `{version}` replaced (whatsapp-web.js's remote version cache). */
  webUrl: 'COUNTERCHAT_WHATSAPP_WEB_URL',
  /** The WhatsApp Web version to ask for. */
  webVersion: 'COUNTERCHAT_WHATSAPP_WEB_VERSION',
  /** Extra Chrome switches, space separated. */
  browserArgs: 'COUNTERCHAT_BROWSER_ARGS',
} as const

export function clientOptionsFromEnv(
  env: Record<string, string | undefined>,
): Partial<WAWebJS.ClientOptions> {
  const out: Partial<WAWebJS.ClientOptions> = {}
  const url = env[WHATSAPP_ENV.webUrl]?.trim()
  if (url) {
    // strict: a failed fetch must fail, not silently fall back to the live site.
    out.webVersionCache = { type: 'remote', remotePath: url, strict: true }
    out.webVersion = env[WHATSAPP_ENV.webVersion]?.trim() || '2.3000.0'
  }
  const args = env[WHATSAPP_ENV.browserArgs]?.split(/\s+/).filter(Boolean) ?? []
  if (args.length) out.puppeteer = { args }
  return out
}
