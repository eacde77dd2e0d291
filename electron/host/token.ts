// The LAN pairing token: shown once to the shopkeeper, stored only as a hash, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const FILE = 'lan-token.sha256'

function hash(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

/** Returns a new token if none existed (or `reset`), else null: the old one stays valid and is not shown again. */
export function ensureLanToken(dataDir: string, reset = false): string | null {
  const file = join(dataDir, FILE)
  if (existsSync(file) && !reset) return null
  const token = randomBytes(18).toString('base64url')
  writeFileSync(file, hash(token).toString('hex'), { mode: 0o600 })
  return token
}

export function checkLanToken(dataDir: string, candidate: string | null): boolean {
  const file = join(dataDir, FILE)
  if (!candidate || !existsSync(file)) return false
  const stored = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
  const given = hash(candidate)
  return stored.length === given.length && timingSafeEqual(stored, given)
}
