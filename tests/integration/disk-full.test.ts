// A full disk: a small tmpfs is mounted where this machine allows it (root with mount rights; skipped
// elsewhere, where the backup test's injected ENOSPC still runs). A catalog import that does not fit fails in
// plain words and leaves nothing half-imported; the engine keeps answering; once space is freed, work resumes.
import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../electron/engine'
import { createDispatcher, type Dispatch } from '../../electron/engine/api'

let dir: string
let mounted = false
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-full-'))
  if (process.platform !== 'linux') return
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' })
    mounted = true
  } catch {
    mounted = false
  }
})
afterAll(() => {
  if (mounted) execFileSync('umount', [dir], { stdio: 'ignore' })
  rmSync(dir, { recursive: true, force: true })
})

/** Fills the disk to the last byte with one file; returns its path. */
function fill(folder: string): string {
  const path = join(folder, 'filler.bin')
  const fd = openSync(path, 'w')
  const chunk = Buffer.alloc(64 * 1024, 1)
  try {
    for (;;) {
      try {
        writeSync(fd, chunk)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err
        // The last partial chunk: write byte by byte until nothing fits.
        try {
          for (;;) writeSync(fd, chunk, 0, 1)
        } catch {
          return path
        }
      }
    }
  } finally {
    closeSync(fd)
  }
}

function bigCatalog(rows: number): string {
  const lines = ['sku,name,price,unit,size,aliases,category,stock']
  for (let i = 0; i < rows; i++)
    lines.push(
      `SKU-${i},Product number ${i} with a long name ${'x'.repeat(60)},${(i % 500) + 1},pc,,alias${i}|other${i},Category ${i % 40},`,
    )
  return lines.join('\n') + '\n'
}

describe('a full disk', () => {
  it('refuses work in plain words, writes nothing half, and works again once space is freed', async (ctx) => {
    if (!mounted) return ctx.skip()
    let engine: Engine | null = createEngine({ dataDir: dir, startMessaging: false })
    try {
      const dispatch: Dispatch = createDispatcher(engine)
      expect(await dispatch('catalog.loadSample', {})).toMatchObject({ ok: true })
      const count = () => (engine!.db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n
      const before = count()
      const filler = fill(dir)

      const csv = Buffer.from(bigCatalog(20_000)).toString('base64')
      const r = await dispatch('catalog.import', { fileName: 'big.csv', bytesBase64: csv })
      expect(r).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/disk is full, so this was not saved/) },
      })
      expect(count()).toBe(before)
      // Still answering reads.
      expect(await dispatch('catalog.list', { query: 'onion' })).toMatchObject({ ok: true })
      // A backup on a full disk fails without leaving a partial copy.
      await expect(engine.backups.now('manual')).rejects.toThrow()
      expect(engine.backups.status().backups.filter((b) => b.file.includes('manual'))).toEqual([])

      rmSync(filler)
      const again = await dispatch('catalog.import', {
        fileName: 'small.csv',
        bytesBase64: Buffer.from(bigCatalog(50)).toString('base64'),
      })
      expect(again).toMatchObject({ ok: true, value: { inserted: 50 } })
      expect(count()).toBe(before + 50)
      await engine.close()
      // And the database on that disk is whole.
      engine = createEngine({ dataDir: dir, startMessaging: false })
      expect(count()).toBe(before + 50)
    } finally {
      await engine?.close()
    }
  }, 60_000)
})
