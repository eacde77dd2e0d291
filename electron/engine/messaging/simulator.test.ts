// The simulator remembers recent sends (for tests and findSent), not all of them: a day of traffic must not
// keep every reply in memory.
import { describe, expect, it } from 'vitest'
import { SIMULATOR_SENT_KEPT, SimulatorGateway } from './simulator'

describe('SimulatorGateway', () => {
  it('keeps a bounded window of recent sends, newest included', async () => {
    let t = Date.UTC(2031, 0, 1)
    const sim = new SimulatorGateway(() => t)
    const total = SIMULATOR_SENT_KEPT + 2_500
    for (let i = 0; i < total; i++) {
      t += 10
      await sim.send('+919800000001', { text: `reply ${i}` })
    }
    expect(sim.sent.length).toBeGreaterThanOrEqual(SIMULATOR_SENT_KEPT)
    expect(sim.sent.length).toBeLessThanOrEqual(SIMULATOR_SENT_KEPT + 1_000)
    expect(sim.sent.at(-1)?.text).toBe(`reply ${total - 1}`)
    expect(sim.sent[0]?.text).toBe(`reply ${total - sim.sent.length}`)
    expect(await sim.findSent('+919800000001', `reply ${total - 5}`, 0)).toEqual({
      providerId: sim.sent.at(-5)?.providerId,
    })
  })
})
