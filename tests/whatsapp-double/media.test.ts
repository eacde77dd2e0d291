// Customers' photos through the real gateway: a photo with a caption is read as an order, and its bytes are
// fetched from WhatsApp once and stored, live and for a photo that arrived while WhatsApp was stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../electron/engine/api'
import { whatsappLink } from '../../electron/engine/whatsapp/link'
import { createDoubleEngine, type DoubleEngine } from './engine-harness'
import { systemClock } from '../../shared/clock'
import { WhatsAppDouble } from './server'
import { tempDir, until } from './helpers'

const ASHA = '919800000011@c.us'
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]

describe('inbound photos against the double', () => {
  const double = new WhatsAppDouble(systemClock)
  const dir = tempDir('media')
  let h: DoubleEngine

  beforeAll(async () => {
    await double.start()
    h = await createDoubleEngine({ dataDir: dir.path, port: double.port })
  })
  afterAll(async () => {
    await h?.gateway.stop()
    await h?.engine.close()
    await double.stop()
    dir.remove()
  })

  const photo = (caption: string, n: number) =>
    double.receive(ASHA, '/9j/thumbnail', {
      type: 'image',
      notifyName: 'Asha',
      extra: { directPath: `/v/t62/${n}`, mimetype: 'image/jpeg', caption, filehash: `h${n}`, size: JPEG.length },
      mediaBase64: Buffer.from(JPEG).toString('base64'),
    })
  const inboxId = (providerId: string): string => {
    const row = h.engine.db.prepare('SELECT id FROM inbox WHERE provider_id = ?').get(providerId) as
      | { id: number }
      | undefined
    return row ? `in:${row.id}` : ''
  }

  it('reads a captioned photo as an order and stores its bytes', async () => {
    const dispatch = createDispatcher(h.engine)
    const link = whatsappLink(h.engine)
    await h.gateway.start()
    await until(() => h.gateway.linkState.state === 'qr', 20_000, 'qr')
    await double.scan()
    await until(() => h.gateway.linkState.state === 'ready', 20_000, 'ready')

    const rec = await photo('2 kg onion', 1)
    await until(() => double.sent.some((s) => s.to === ASHA), 15_000, 'the reply')
    const reply = double.sent.filter((s) => s.to === ASHA).map((s) => s.body).join('\n')
    expect(reply).toMatch(/Onion/)
    expect(reply).not.toMatch(/type your order/i)

    const id = inboxId(WhatsAppDouble.inboundId(rec))
    await until(async () => (await dispatch('whatsapp.media', { messageId: id })).ok, 10_000, 'stored photo')
    const got = await dispatch('whatsapp.media', { messageId: id })
    expect(got).toMatchObject({ ok: true, value: { mimetype: 'image/jpeg' } })
    const bytes = got.ok ? Buffer.from((got.value as { dataBase64: string }).dataBase64, 'base64') : Buffer.alloc(0)
    expect([...bytes]).toEqual(JPEG)
    expect(await dispatch('whatsapp.media', { messageId: 'in:999999' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    await link.mediaIdle()
  })

  it('fetches a photo that arrived while WhatsApp was stopped once it is back', async () => {
    const dispatch = createDispatcher(h.engine)
    await h.gateway.stop()
    const rec = await photo('', 2)
    await h.gateway.start()
    await until(() => h.gateway.linkState.state === 'ready', 30_000, 'ready again')
    await until(() => inboxId(WhatsAppDouble.inboundId(rec)) !== '', 15_000, 'the missed photo in the inbox')
    const id = inboxId(WhatsAppDouble.inboundId(rec))
    await until(async () => (await dispatch('whatsapp.media', { messageId: id })).ok, 15_000, 'stored missed photo')
  })
})
