import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createSecretBox,
  FileKeySecretBox,
  isSealed,
  loadOrCreateKeyFile,
  maskSecret,
  SecretError,
  type ExternalEncryptor,
} from './secrets'

const dirs: string[] = []
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'cc-secrets-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const SECRET = 'rzp_live_SuperSecretValue1234'
const posix = process.platform !== 'win32'

describe('file-key SecretBox', () => {
  it('round-trips, and the sealed form does not contain the secret', () => {
    const box = createSecretBox({ dataDir: tmp() })
    const sealed = box.encrypt(SECRET)
    expect(isSealed(sealed)).toBe(true)
    expect(sealed).not.toContain(SECRET)
    expect(sealed).not.toContain('SuperSecret')
    expect(Buffer.from(sealed.slice(4), 'base64').toString('latin1')).not.toContain('SuperSecret')
    expect(box.decrypt(sealed)).toBe(SECRET)
    expect(box.encrypt(SECRET)).not.toBe(sealed) // random IV per value
  })

  it('rejects a tampered ciphertext (GCM tag)', () => {
    const box = createSecretBox({ dataDir: tmp() })
    const sealed = box.encrypt(SECRET)
    const raw = Buffer.from(sealed.slice(4), 'base64')
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 0x01
    expect(() => box.decrypt('fk1:' + raw.toString('base64'))).toThrow(SecretError)
    expect(() => box.decrypt('fk1:AAAA')).toThrow(/damaged/)
  })

  it('rejects a value sealed with another key file', () => {
    const a = createSecretBox({ dataDir: tmp() })
    const b = createSecretBox({ dataDir: tmp() })
    expect(() => b.decrypt(a.encrypt(SECRET))).toThrow(/another key/)
  })

  it.runIf(posix)('creates <dataDir>/secret.key with 32 random bytes and mode 0600, and reuses it', () => {
    const dir = tmp()
    const key = loadOrCreateKeyFile(dir)
    expect(key.byteLength).toBe(32)
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600)
    expect(Buffer.from(loadOrCreateKeyFile(dir)).equals(Buffer.from(key))).toBe(true)
    expect(readFileSync(join(dir, 'secret.key')).length).toBe(32)
  })

  it.runIf(posix)('refuses a key file readable by group or others', () => {
    const dir = tmp()
    loadOrCreateKeyFile(dir)
    chmodSync(join(dir, 'secret.key'), 0o644)
    expect(() => loadOrCreateKeyFile(dir)).toThrow(/can be read by other users.*chmod 600/)
    chmodSync(join(dir, 'secret.key'), 0o640)
    expect(() => createSecretBox({ dataDir: dir }).encrypt('x')).toThrow(SecretError)
  })

  it('refuses a key of the wrong size', () => {
    expect(() => new FileKeySecretBox(new Uint8Array(16))).toThrow(/32 bytes/)
  })
})

describe('external encryptor (Electron safeStorage in the desktop app)', () => {
  const fake: ExternalEncryptor = {
    isEncryptionAvailable: () => true,
    encryptString: (s) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
    decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
  }

  it('is used when available, and creates no key file', () => {
    const dir = tmp()
    const box = createSecretBox({ dataDir: dir, external: fake })
    const sealed = box.encrypt(SECRET)
    expect(sealed.startsWith('os1:')).toBe(true)
    expect(sealed).not.toContain(SECRET)
    expect(box.decrypt(sealed)).toBe(SECRET)
    expect(() => statSync(join(dir, 'secret.key'))).toThrow()
  })

  it('falls back to the key file when the OS keychain is unavailable, and still opens file-sealed values', () => {
    const dir = tmp()
    const fileSealed = createSecretBox({ dataDir: dir }).encrypt(SECRET)
    const box = createSecretBox({ dataDir: dir, external: { ...fake, isEncryptionAvailable: () => false } })
    expect(box.encrypt('x').startsWith('fk1:')).toBe(true)
    expect(createSecretBox({ dataDir: dir, external: fake }).decrypt(fileSealed)).toBe(SECRET)
  })

  it('explains when a keychain-sealed value reaches a host without the keychain', () => {
    const dir = tmp()
    const sealed = createSecretBox({ dataDir: dir, external: fake }).encrypt(SECRET)
    expect(() => createSecretBox({ dataDir: dir }).decrypt(sealed)).toThrow(/enter the key again/)
  })
})

describe('maskSecret', () => {
  it('shows the kind of key and its last four characters only', () => {
    expect(maskSecret('rzp_test_abcdefghijkl1234')).toBe('rzp_test_…1234')
    expect(maskSecret('sk_live_51Habcdefghijklmnop9876')).toBe('sk_live_…9876')
    expect(maskSecret('0123456789abcdefWXYZ')).toBe('…WXYZ')
    expect(maskSecret('short')).toBe('••••')
  })
})
