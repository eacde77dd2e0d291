// The engine as its own process, linked to the double, for the crash test: the test SIGKILLs it mid-burst and
// starts it again on the same data folder. Usage: node --import tsx engine-child.ts <dataDir> <doublePort>
import { createDoubleEngine } from './engine-harness'

const [dataDir, port] = process.argv.slice(2)
if (!dataDir || !port) throw new Error('usage: engine-child.ts <dataDir> <doublePort>')

const { engine, gateway } = await createDoubleEngine({
  dataDir,
  port: Number(port),
  // The burst is the point: the default rate limits would stretch 200 replies over minutes.
  limits: { outboundPerMinute: 100_000, outboundPerChatPerMinute: 1_000, inboundPerChatPerMinute: 1_000 },
})
const say = (o: Record<string, unknown>): void => void process.stdout.write(JSON.stringify(o) + '\n')
gateway.on('state', (s) => say({ state: s.state }))
process.on('SIGTERM', () => {
  void (async () => {
    await gateway.stop()
    await engine.close()
    say({ stopped: true })
    process.exit(0)
  })()
})
await gateway.start()
