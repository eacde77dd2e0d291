// Which links the desktop window may hand to the system browser (shell.openExternal): https only, and only to
// hosts the app itself links to: the payment providers' pages and WhatsApp's wa.me. Anything else a page could
// ask for (file:, smb:, a custom protocol handler, a look-alike host) is refused. Plain Node: tested without
// Electron.

/** Exact hosts, and parent domains whose subdomains are allowed (".razorpay.com" allows rzp pages on it). */
const EXACT = new Set(['wa.me', 'api.whatsapp.com', 'rzp.io', 'razorpay.me', 'checkout.stripe.com', 'buy.stripe.com', 'billing.stripe.com'])
const SUFFIXES = ['.razorpay.com', '.stripe.com']

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false
  const host = url.hostname.toLowerCase()
  return EXACT.has(host) || host === 'razorpay.com' || SUFFIXES.some((s) => host.endsWith(s))
}
