// The shop's data folder on disk: private by default, damage refused in plain words (and never written over),
// backups that bring every order back, and a read-only folder that still answers `export` and `orders`.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli as run } from '../fixtures/cli'
import { createEngine } from '../../electron/engine'
import { markHostRunning } from '../../electron/engine/host-lock'
import { CATALOG } from '../fixtures/conv-harness'

const posix = process.platform !== 'win32'
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      execFileSync('umount', [d], { stdio: 'ignore' })
    } catch {
      // not a mount
    }
    chmodSync(d, 0o700)
    rmSync(d, { recursive: true, force: true })
  }
})

function tmp(prefix = 'cc-data-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(d)
  return d
}


const mode = (p: string) => statSync(p).mode & 0o777

/** Every file and folder below `dir`, with its mode. */
function modes(dir: string): Record<string, number> {
  const out: Record<string, number> = {}
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const r = rel ? join(rel, name) : name
      out[r] = mode(join(dir, r))
      if (statSync(join(dir, r)).isDirectory()) walk(r)
    }
  }
  walk('')
  return out
}

/** A shop with a catalog and two orders placed through `counterchat chat`. */
async function shopWithOrders(): Promise<string> {
  const dir = tmp()
  const csv = join(tmp('cc-csv-'), 'catalog.csv')
  writeFileSync(csv, CATALOG)
  expect((await run(['import', csv, '--data', dir])).code).toBe(0)
  for (const phone of ['+919800000001', '+919800000002']) {
    const chat = await run(['chat', '--data', dir, '--from', phone], 'hi\n2 kg onion\nyes\n')
    expect(chat.code, chat.err).toBe(0)
  }
  return dir
}

describe.runIf(posix)('private by default', () => {
  it('after `counterchat import` into a new folder, the folder is 0700 and every file in it 0600', async () => {
    const dir = join(tmp(), 'new-shop')
    const csv = join(tmp('cc-csv-'), 'catalog.csv')
    writeFileSync(csv, CATALOG)
    const r = await run(['import', csv, '--data', dir])
    expect(r.code, r.err).toBe(0)
    expect(mode(dir)).toBe(0o700)
    const all = modes(dir)
    expect(Object.keys(all)).toContain('counterchat.db')
    expect(Object.keys(all)).toContain('counterchat.log')
    for (const [name, m] of Object.entries(all)) {
      expect(m, name).toBe(statSync(join(dir, name)).isDirectory() ? 0o700 : 0o600)
    }
  })

  it('a running engine keeps its WAL, backups and key file private too', async () => {
    const dir = join(tmp(), 'shop')
    const engine = createEngine({ dataDir: dir, startMessaging: false })
    engine.settings.set('shop.name', 'WAL writer')
    engine.payments.setSetting('payments.stripe.secret_key', 'sk_test_abcdefghijklmnop1234')
    await engine.backups.now('manual')
    const all = modes(dir)
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['counterchat.db-wal', 'secret.key', 'backups']))
    for (const [name, m] of Object.entries(all)) {
      expect(m, name).toBe(statSync(join(dir, name)).isDirectory() ? 0o700 : 0o600)
    }
    await engine.close()
  })

  it('tightens a folder an older version left open, and says so in the log once', async () => {
    const dir = tmp()
    const first = createEngine({ dataDir: dir, startMessaging: false })
    await first.close()
    mkdirSync(join(dir, 'whatsapp', 'session-counterchat'), { recursive: true })
    chmodSync(dir, 0o755)
    chmodSync(join(dir, 'counterchat.db'), 0o644)
    chmodSync(join(dir, 'counterchat.log'), 0o644)
    chmodSync(join(dir, 'whatsapp'), 0o755)
    chmodSync(join(dir, 'whatsapp', 'session-counterchat'), 0o755)
    const second = createEngine({ dataDir: dir, startMessaging: false })
    await second.close()
    expect(mode(dir)).toBe(0o700)
    expect(mode(join(dir, 'counterchat.db'))).toBe(0o600)
    expect(mode(join(dir, 'counterchat.log'))).toBe(0o600)
    expect(mode(join(dir, 'whatsapp'))).toBe(0o700)
    expect(mode(join(dir, 'whatsapp', 'session-counterchat'))).toBe(0o700)
    const third = createEngine({ dataDir: dir, startMessaging: false })
    await third.close()
    const said = readFileSync(join(dir, 'counterchat.log'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('made the data folder private'))
    expect(said).toHaveLength(1)
    expect(said[0]).toContain('counterchat.db')
  })
})

describe('damage is refused, never papered over', () => {
  const damages: [string, (file: string) => void][] = [
    ['empty', (f) => writeFileSync(f, '')],
    [
      'garbage header',
      (f) => {
        const b = readFileSync(f)
        b.write('NOT A DATABASE!!', 0, 'latin1')
        writeFileSync(f, b)
      },
    ],
    [
      'damaged pages',
      (f) => {
        const b = readFileSync(f)
        // Keep the header (page 1's first 100 bytes), scribble over the b-tree pages behind it.
        for (let i = 4096; i < b.length; i += 7) b[i] = (b[i]! * 31 + 17) & 0xff
        writeFileSync(f, b)
      },
    ],
  ]

  for (const [what, damage] of damages) {
    it(`${what}: orders, export and import exit non-zero in plain words and leave the file byte for byte`, async () => {
      const dir = await shopWithOrders()
      const made = await run(['backup', '--data', dir])
      expect(made.code, made.err).toBe(0)
      const db = join(dir, 'counterchat.db')
      damage(db)
      const before = readFileSync(db)
      const csv = join(tmp('cc-csv-'), 'catalog.csv')
      writeFileSync(csv, CATALOG)
      for (const argv of [
        ['orders', '--data', dir],
        ['export', '--data', dir],
        ['import', csv, '--data', dir],
        ['config', 'set', 'shop.name', 'X', '--data', dir],
      ]) {
        const r = await run(argv)
        expect(r.code, argv.join(' ')).not.toBe(0)
        expect(r.err).toContain(db)
        expect(r.err).toMatch(/is (empty|damaged|not a CounterChat database)/)
        expect(r.err).toMatch(/newest backup is .*backups\/counterchat-\d{8}-\d{9}-manual\.db/)
        expect(r.err).not.toMatch(/SQLITE_|disk image is malformed"?\s*$/)
        expect(readFileSync(db).equals(before), argv.join(' ')).toBe(true)
      }
      expect(existsSync(`${db}-wal`)).toBe(false)
    })
  }

  it('backup, damage, restore: every order comes back, and the damaged file is kept aside', async () => {
    const dir = await shopWithOrders()
    const before = await run(['orders', '--data', dir, '--json'])
    expect(before.out.trim().split('\n')).toHaveLength(2)
    const copy = join(tmp('cc-copy-'), 'shop.db')
    const made = await run(['backup', '--data', dir, '--to', copy])
    expect(made).toMatchObject({ code: 0, out: `backup written to ${copy}\n` })
    expect(mode(copy) & 0o077).toBe(0)
    const db = join(dir, 'counterchat.db')
    writeFileSync(db, '')
    expect((await run(['orders', '--data', dir])).code).not.toBe(0)

    // Not while a host runs on the folder.
    const unmark = markHostRunning(dir)
    const refused = await run(['restore', copy, '--data', dir])
    unmark()
    expect(refused.code).toBe(1)
    expect(refused.err).toContain(`CounterChat is running on ${dir}`)
    expect(statSync(db).size).toBe(0)

    const restored = await run(['restore', copy, '--data', dir])
    expect(restored.code, restored.err).toBe(0)
    expect(restored.out).toContain('2 orders')
    const aside = /kept as (\S+)/.exec(restored.out)![1]!
    expect(statSync(aside).size).toBe(0)
    const after = await run(['orders', '--data', dir, '--json'])
    expect(after.code).toBe(0)
    expect(after.out).toBe(before.out)
  })

  it('restore refuses a damaged or foreign file and changes nothing', async () => {
    const dir = await shopWithOrders()
    const db = join(dir, 'counterchat.db')
    const before = readFileSync(db)
    const bad = join(tmp('cc-bad-'), 'bad.db')
    writeFileSync(bad, 'hello')
    const r = await run(['restore', bad, '--data', dir])
    expect(r.code).toBe(1)
    expect(r.err).toContain('nothing was changed')
    expect(readFileSync(db).equals(before)).toBe(true)
  })
})

describe('backups inside the app', () => {
  it('Settings: the last backup and a restore that brings the orders back (the shop as it was is kept aside)', async () => {
    const dir = await shopWithOrders()
    const { createDispatcher } = await import('../../electron/engine/api')
    const engine = createEngine({ dataDir: dir, startMessaging: false })
    try {
      const dispatch = createDispatcher(engine)
      const made = (await dispatch('backup.now', {})) as { ok: true; value: { file: string; at: number } }
      expect(made.ok).toBe(true)
      const status = (await dispatch('backup.status', {})) as { ok: true; value: { last: { file: string } } }
      expect(status.value.last.file).toBe(made.value.file)
      const counts = () => (engine.db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n
      expect(counts()).toBe(2)
      engine.db.prepare('DELETE FROM order_lines').run()
      engine.db.prepare('DELETE FROM orders').run()
      expect(counts()).toBe(0)
      const restored = (await dispatch('backup.restore', { file: made.value.file })) as {
        ok: true
        value: { keptAside: string }
      }
      expect(restored.ok, JSON.stringify(restored)).toBe(true)
      expect(counts()).toBe(2)
      // The per-status counts kept by triggers are those of the copy, not counted twice.
      const byStatus = engine.db.prepare('SELECT sum(n) AS n FROM order_status_counts').get() as { n: number }
      expect(byStatus.n).toBe(2)
      // The catalog's full-text index is rebuilt from the restored products, so search still finds them.
      const found = (await dispatch('catalog.list', { query: 'onio' })) as {
        ok: true
        value: { items: { name: string }[] }
      }
      expect(found.value.items.map((p) => p.name).join(' ')).toMatch(/onion/i)
      expect(existsSync(restored.value.keptAside)).toBe(true)
      expect(
        await dispatch('backup.restore', { file: 'counterchat-19990101-000000000-start.db' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      })
      expect(await dispatch('backup.restore', { file: '../counterchat.db' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_args' },
      })
    } finally {
      await engine.close()
    }
  })
})

/**
 * A folder that cannot be written: a read-only tmpfs where this machine lets us mount one (root), else a 0500
 * folder (any other user). Null when neither is possible (root without mount rights): the test is skipped.
 */
function readOnlyCopyOf(src: string): string | null {
  const dir = tmp('cc-ro-')
  const isRoot = process.getuid?.() === 0
  if (isRoot) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' })
    } catch {
      return null
    }
  }
  for (const name of readdirSync(src)) {
    if (statSync(join(src, name)).isFile())
      writeFileSync(join(dir, name), readFileSync(join(src, name)), { mode: 0o600 })
  }
  if (isRoot) execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' })
  else chmodSync(dir, 0o500)
  return dir
}

describe.runIf(posix)('a read-only data folder', () => {
  it('still answers export and orders; everything else says plainly why it cannot write', async (ctx) => {
    const shop = await shopWithOrders()
    const expected = await run(['orders', '--data', shop, '--json'])
    const catalog = await run(['export', '--data', shop])
    const dir = readOnlyCopyOf(shop)
    if (!dir) return ctx.skip()
    const orders = await run(['orders', '--data', dir, '--json'])
    expect(orders.code, orders.err).toBe(0)
    expect(orders.out).toBe(expected.out)
    const exported = await run(['export', '--data', dir])
    expect(exported.code, exported.err).toBe(0)
    expect(exported.out).toBe(catalog.out)
    const csv = join(tmp('cc-csv-'), 'catalog.csv')
    writeFileSync(csv, CATALOG)
    for (const argv of [
      ['import', csv, '--data', dir],
      ['config', 'set', 'shop.name', 'X', '--data', dir],
      ['backup', '--data', dir],
      ['chat', '--data', dir, '--from', '+919800000003'],
    ]) {
      const r = await run(argv, 'hi\n')
      expect(r.code, argv.join(' ')).not.toBe(0)
      expect(r.err, argv.join(' ')).toContain(`cannot write to the data folder ${dir}`)
      expect(r.err).toContain('"counterchat export" and "counterchat orders" still work')
    }
    // A copy elsewhere only reads the shop.
    const copy = join(tmp('cc-copy-'), 'copy.db')
    expect((await run(['backup', '--data', dir, '--to', copy])).code).toBe(0)
  })
})
