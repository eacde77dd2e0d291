// One Content-Security-Policy for the app in both hosts: no inline scripts, no remote code, the API only to
// our own origin. (React sets styles through the CSSOM, which style-src does not restrict.)
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
