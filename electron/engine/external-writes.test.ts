import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEngine } from './index'
import { watchExternalWrites } from './external-writes'

describe('watchExternalWrites', () => {
  it('announces writes made by another process on the same database, and not our own', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-ext-'))
    const app = createEngine({ dataDir })
    const cli = createEngine({ dataDir })
    const seen: string[] = []
    app.events.subscribe((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`))
    const stop = watchExternalWrites(app.db, app.events, 20)
    try {
      await app.catalog.loadSample()
      await new Promise((r) => setTimeout(r, 80))
      expect(seen.filter((s) => s.includes('external'))).toEqual([])
      cli.catalog.update('ONION', { price: 9900 })
      await expect.poll(() => seen.filter((s) => s.includes('"reason":"external"')).length, { timeout: 2000 }).toBe(1)
      expect(app.catalog.get('ONION').price).toBe(9900)
    } finally {
      stop()
      await cli.close()
      await app.close()
    }
  })
})
