// Who may use the headless host's API. Every WebSocket connection is authenticated, loopback included:
//  - owner: a page this host served on loopback. The page arrives with a per-start secret in an HttpOnly,
//    SameSite=Strict cookie; scripts cannot read it and other sites' pages never send it. A program that only
//    knows the port has no cookie and gets 401.
//  - staff: a LAN device (--lan) that opened the pairing link once. The token in that link is exchanged for a
//    long-lived device cookie (only its SHA-256 hash is kept, in the data folder) and leaves the URL by a
//    redirect. Its connections must also come from the page's own Origin.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { writeFilePrivate } from '../engine/private-files'

export const OWNER_COOKIE = 'cc_session'
export const DEVICE_COOKIE = 'cc_device'
const DEVICES_FILE = 'lan-devices.sha256'
/** Paired devices kept at most; the oldest pairing is dropped first. */
const MAX_DEVICES = 50

export type Role = 'owner' | 'staff'

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    if (!out.has(name)) out.set(name, part.slice(eq + 1).trim())
  }
  return out
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false
  const x = sha256(a)
  const y = sha256(b)
  return timingSafeEqual(x, y)
}

export function isLoopbackAddress(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
}

/** The Host header names this computer's loopback (not a DNS name an attacker's page rebound to 127.0.0.1). */
export function isLoopbackHost(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false
  try {
    const h = new URL(`http://${hostHeader}`).hostname
    return h === '127.0.0.1' || h === 'localhost' || h === '[::1]'
  } catch {
    return false
  }
}

export class HostAuth {
  /** New at every start: a page from an earlier run must fetch the page (or /session) again. */
  private readonly ownerSecret = randomBytes(32).toString('base64url')

  constructor(
    private readonly opts: { lan: boolean; dataDir: string | null; checkToken: (token: string | null) => boolean },
  ) {}

  /** Cookie attributes: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it). */
  private cookie(name: string, value: string, maxAgeSeconds?: number): string {
    return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict${maxAgeSeconds ? `; Max-Age=${maxAgeSeconds}` : ''}`
  }

  /** The owner's cookie, for a page (or /session) requested from this computer's loopback; else null. */
  ownerCookieFor(req: IncomingMessage): string | null {
    if (!isLoopbackAddress(req.socket.remoteAddress) || !isLoopbackHost(req.headers.host)) return null
    return this.cookie(OWNER_COOKIE, this.ownerSecret)
  }

  /** --lan: a valid pairing token becomes a device cookie; returns the Set-Cookie value, or null. */
  pairDevice(token: string | null): string | null {
    if (!this.opts.lan || !this.opts.dataDir || !this.opts.checkToken(token)) return null
    const device = randomBytes(32).toString('base64url')
    const hashes = this.deviceHashes()
    hashes.push(sha256(device).toString('hex'))
    writeFilePrivate(join(this.opts.dataDir, DEVICES_FILE), hashes.slice(-MAX_DEVICES).join('\n') + '\n')
    return this.cookie(DEVICE_COOKIE, device, 400 * 24 * 3600)
  }

  private deviceHashes(): string[] {
    if (!this.opts.dataDir) return []
    const file = join(this.opts.dataDir, DEVICES_FILE)
    if (!existsSync(file)) return []
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[0-9a-f]{64}$/.test(l))
  }

  private isPairedDevice(cookie: string | undefined): boolean {
    if (!this.opts.lan || !cookie) return false
    const given = sha256(cookie)
    let found = false
    for (const h of this.deviceHashes()) {
      const stored = Buffer.from(h, 'hex')
      if (stored.length === given.length && timingSafeEqual(stored, given)) found = true
    }
    return found
  }

  /** The role of a WebSocket upgrade request, or null (401). */
  roleOf(req: IncomingMessage): Role | null {
    const cookies = parseCookies(req.headers.cookie)
    if (!this.originMatches(req)) return null
    const loopback = isLoopbackAddress(req.socket.remoteAddress) && isLoopbackHost(req.headers.host)
    if (loopback && sameSecret(cookies.get(OWNER_COOKIE), this.ownerSecret)) return 'owner'
    if (this.isPairedDevice(cookies.get(DEVICE_COOKIE))) return 'staff'
    return null
  }

  /**
   * The Origin must be the page's own: same host and port as the request, http. Browsers always send it on
   * a WebSocket; a client without one is refused too (the cookie alone is not enough).
   */
  private originMatches(req: IncomingMessage): boolean {
    const origin = req.headers.origin
    if (!origin || !req.headers.host) return false
    try {
      const o = new URL(origin)
      return o.protocol === 'http:' && o.host === req.headers.host
    } catch {
      return false
    }
  }
}

/** `--reset-token`: every paired device must pair again with the new token. */
export function forgetDevices(dataDir: string): void {
  rmSync(join(dataDir, DEVICES_FILE), { force: true })
}
