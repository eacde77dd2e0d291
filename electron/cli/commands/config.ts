// `counterchat config set KEY VALUE --data DIR` (also `config get KEY`, `config list`): any shop setting from a
// terminal, e.g. shop.name or payments.upi.vpa. Payment secrets (payments.razorpay.key_secret,
// payments.stripe.secret_key) are sealed into the secret store, never a settings row, and are only ever
// shown as a masked hint; pass "-" as VALUE to read a secret from stdin, so it stays out of shell history.
import type { Engine } from '../../engine'
import { openShop } from '../../shop/open'
import { SettingError } from '../../engine/errors'
import { PAYMENT_SECRET_KEYS } from '../../../shared/contract/payments'
import { isSecretSettingKey } from '../../engine/payments/settings'
import { dataDirFrom } from '../data-dir'
import { realHost } from '../../engine/whatsapp/browser'
import { parseFlags, UsageError, type CliIO, type Command } from '../io'

const USAGE = `usage: counterchat config set KEY VALUE --data DIR    (VALUE "-" reads it from stdin)
       counterchat config get KEY --data DIR
       counterchat config list --data DIR

Values are text, numbers, true/false or JSON (e.g. shop.hours '{"open":"09:00","close":"21:00"}').
Money is in minor units (orders.minimumOrder 20000 = ₹200.00).
`

export const run: Command = async (argv, io) => {
  const { flags, positionals } = parseFlags(argv, { data: 'string', help: 'boolean' })
  const [action, key, value, ...extra] = positionals
  if (flags.help || !action) {
    io.stdout.write(USAGE)
    return flags.help ? 0 : 2
  }
  const expected = { set: 2, get: 1, list: 0 }[action]
  if (expected === undefined) throw new UsageError(`unknown action "${action}"; use set, get or list`)
  if (positionals.length - 1 !== expected) {
    throw new UsageError(
      action === 'set'
        ? 'config set needs KEY and VALUE (quote a value with spaces)'
        : action === 'get'
          ? 'config get needs exactly one KEY'
          : `config list takes no arguments (got "${[key, value, ...extra].join(' ')}")`,
    )
  }
  // Reading or writing settings must not start sending anything queued in the shop's outbox.
  const shop = openShop({ dataDir: dataDirFrom(flags.data), host: 'cli' })
  const { engine } = shop
  try {
    const known: string[] = [...engine.settings.knownKeys(), ...PAYMENT_SECRET_KEYS].sort()
    if (key !== undefined && !known.includes(key)) {
      throw new UsageError(`unknown setting "${key}"; known: ${known.join(', ')}`)
    }
    if (action === 'list') {
      for (const k of known) io.stdout.write(`${k} = ${show(engine, k)}\n`)
      return 0
    }
    if (action === 'get') {
      io.stdout.write(`${show(engine, key!)}\n`)
      return 0
    }
    const raw = value === '-' ? await readStdin(io) : value!
    if (key === 'whatsapp.browserPath' && raw.trim() !== '' && !realHost().isExecutable(raw.trim())) {
      // Named explicitly by the owner at the computer, but it must be a program that is there and can run.
      io.stderr.write(`counterchat config: ${raw.trim().slice(0, 200)} is not a program on this computer that can be started\n`)
      return 1
    }
    try {
      const stored = setValue(engine, key!, raw)
      io.stdout.write(
        isSecretSettingKey(key!)
          ? stored === ''
            ? `${key} cleared\n`
            : `${key} = ${String(stored)} (sealed; only this hint is ever shown)\n`
          : `${key} = ${format(stored)}\n`,
      )
      return 0
    } catch (err) {
      if (!(err instanceof SettingError)) throw err
      io.stderr.write(`counterchat config: ${err.message}\n`)
      return 1
    }
  } finally {
    await shop.close()
  }
}

/**
 * The command line gives text; a setting may want a number, a boolean or an object. Text is tried first (so
 * shop.name "1234" stays text), then the same value read as JSON.
 */
function setValue(engine: Engine, key: string, raw: string): unknown {
  const write = (v: unknown) =>
    key.startsWith('payments.') ? engine.payments.setSetting(key, v).value : engine.settings.set(key, v)
  if (isSecretSettingKey(key)) return write(raw)
  try {
    return write(raw)
  } catch (first) {
    if (!(first instanceof SettingError)) throw first
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw first
    }
    return write(parsed)
  }
}

function show(engine: Engine, key: string): string {
  if (isSecretSettingKey(key)) {
    const hint = engine.payments.secretHints()[key]
    return hint ? `${hint} (sealed)` : '(not set)'
  }
  // run() refused any other key before this is asked.
  if (!engine.settings.isKnown(key)) throw new UsageError(`unknown setting "${key}"`)
  return format(engine.settings.get(key))
}

function format(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v)
}

async function readStdin(io: CliIO): Promise<string> {
  let text = ''
  for await (const chunk of io.stdin)
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
  return text.replace(/\r?\n$/, '')
}
