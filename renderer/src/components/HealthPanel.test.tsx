import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import type { Health } from '../../../shared/contract/health'
import { HealthView } from './HealthPanel'

const AT = Date.UTC(2031, 4, 1, 9, 0, 0)
const base: Health = {
  at: AT,
  whatsapp: { available: true, state: 'ready', reason: null, since: AT - 3 * 3600_000 },
  lastInboundAt: AT - 5_000,
  lastSentAt: AT - 4_000,
  outbox: { backlog: 0, oldestWaitingS: null },
  memory: { hostRssMiB: 140.2, browserRssMiB: 251.7 },
  lastBackupAt: null,
  lastRecycle: { at: AT - 5 * 3600_000, reason: 'daily at 04:00' },
  warnings: [],
}
const html = (h: Health, drift = 0) =>
  renderToStaticMarkup(<HealthView health={h} drift={drift} onRefresh={() => {}} />)

describe('status panel', () => {
  test('shows the link and since when, traffic, memory, backup and the last restart in words', () => {
    const out = html(base)
    expect(out).toContain('connected for 3 h')
    expect(out).toContain('5 s ago')
    expect(out).toContain('none</dd>')
    expect(out).toContain('CounterChat 140 MB')
    expect(out).toContain('WhatsApp browser 252 MB')
    expect(out).toContain('none recorded')
    expect(out).toContain('5 h ago (daily at 04:00)')
    expect(out).not.toContain('role="alert"')
  })

  test('warns once the oldest waiting reply is older than 60 s, counting on from the snapshot', () => {
    const waiting = { ...base, outbox: { backlog: 7, oldestWaitingS: 55 } }
    expect(html(waiting)).not.toContain('role="alert"')
    expect(html(waiting, 5)).not.toContain('role="alert"')
    const late = html(waiting, 6)
    expect(late).toContain('role="alert"')
    expect(late).toMatch(/A reply has been waiting 61 s to go out \(7 waiting\)/)
    const down = html({ ...waiting, whatsapp: { ...base.whatsapp, state: 'disconnected', reason: 'x' } }, 30)
    expect(down).toContain('WhatsApp is not connected.')
  })
})
