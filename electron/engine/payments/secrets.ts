// API keys at rest. The desktop app seals them with the OS keychain (Electron safeStorage, passed in by the main
// process as an ExternalEncryptor); the headless host uses AES-256-GCM with a random key kept in
// <dataDir>/secret.key, readable only by the user. Sealed strings carry a prefix saying which box made them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'

export interface SecretBox {
  encrypt(plain: string): string
  decrypt(sealed: string): string
}

/** The slice of Electron's safeStorage the engine needs (so the engine never imports electron). */
export interface ExternalEncryptor {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Uint8Array
  decryptString(sealed: Uint8Array): string
}

export class SecretError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SecretError'
  }
}

const FILE_PREFIX = 'fk1:'
const EXTERNAL_PREFIX = 'os1:'
const KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16
export const KEY_FILE_NAME = 'secret.key'

export function isSealed(value: string): boolean {
  return value.startsWith(FILE_PREFIX) || value.startsWith(EXTERNAL_PREFIX)
}

/** AES-256-GCM with a random 12-byte IV per value; the tag authenticates, so any tampering is rejected. */
export class FileKeySecretBox implements SecretBox {
  private readonly key: Buffer

  constructor(key: Uint8Array) {
    if (key.byteLength !== KEY_BYTES) throw new SecretError(`the secret key must be ${KEY_BYTES} bytes`)
    this.key = Buffer.from(key)
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return FILE_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
  }

  decrypt(sealed: string): string {
    if (!sealed.startsWith(FILE_PREFIX)) throw new SecretError('this secret was not sealed with the key file')
    const raw = Buffer.from(sealed.slice(FILE_PREFIX.length), 'base64')
    if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretError('the stored secret is damaged')
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES))
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      )
    } catch {
      throw new SecretError('the stored secret is damaged or was sealed with another key')
    }
  }
}

export class ExternalSecretBox implements SecretBox {
  constructor(private readonly external: ExternalEncryptor) {}

  encrypt(plain: string): string {
    return EXTERNAL_PREFIX + Buffer.from(this.external.encryptString(plain)).toString('base64')
  }

  decrypt(sealed: string): string {
    if (!sealed.startsWith(EXTERNAL_PREFIX))
      throw new SecretError('this secret was not sealed by the OS keychain')
    try {
      return this.external.decryptString(Buffer.from(sealed.slice(EXTERNAL_PREFIX.length), 'base64'))
    } catch {
      throw new SecretError('the OS keychain could not open the stored secret')
    }
  }
}

/**
 * Reads <dataDir>/secret.key, creating it (mode 0600, 32 random bytes) when missing. On POSIX, refuses a key
 * file that group or others can read or write: fix it with `chmod 600`.
 */
export function loadOrCreateKeyFile(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): Uint8Array {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const path = join(dataDir, KEY_FILE_NAME)
  let fd: number | null = null
  try {
    fd = openSync(path, 'wx', 0o600)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  if (fd !== null) {
    try {
      writeSync(fd, randomBytes(KEY_BYTES))
      // The umask can only remove bits, but be explicit in case the file system honours chmod only.
      if (platform !== 'win32') chmodSync(path, 0o600)
      if (platform !== 'win32' && (fstatSync(fd).mode & 0o077) !== 0) {
        throw new SecretError(`${path} could not be made private`)
      }
    } finally {
      closeSync(fd)
    }
  }
  if (platform !== 'win32') {
    const mode = statSync(path).mode & 0o777
    if ((mode & 0o077) !== 0) {
      throw new SecretError(
        `${path} can be read by other users (mode ${mode.toString(8)}); run "chmod 600 ${path}" and start again`,
      )
    }
  }
  const key = readFileSync(path)
  if (key.length !== KEY_BYTES) throw new SecretError(`${path} is not a CounterChat key file`)
  return new Uint8Array(key)
}

/**
 * The box the engine should use: the OS keychain when the host passes one that works, otherwise the key file.
 * Either way, values sealed by the other box still open when that box is available (e.g. after moving a data
 * folder from the headless host to the desktop app).
 */
export function createSecretBox(opts: { dataDir: string; external?: ExternalEncryptor | null }): SecretBox {
  const external =
    opts.external && opts.external.isEncryptionAvailable() ? new ExternalSecretBox(opts.external) : null
  let fileBox: FileKeySecretBox | null = null
  const file = (): FileKeySecretBox => (fileBox ??= new FileKeySecretBox(loadOrCreateKeyFile(opts.dataDir)))
  return {
    encrypt: (plain) => (external ? external.encrypt(plain) : file().encrypt(plain)),
    decrypt: (sealed) => {
      if (sealed.startsWith(EXTERNAL_PREFIX)) {
        if (!external)
          throw new SecretError('this secret was sealed by the desktop app; enter the key again here')
        return external.decrypt(sealed)
      }
      return file().decrypt(sealed)
    },
  }
}

/** "rzp_test_…abcd": enough for the shopkeeper to recognise which key is saved, never enough to use it. */
export function maskSecret(plain: string): string {
  if (plain.length < 16) return '••••'
  const prefix = /^(sk_live_|sk_test_|rk_live_|rk_test_|rzp_live_|rzp_test_)/.exec(plain)?.[1] ?? ''
  return `${prefix}…${plain.slice(-4)}`
}
