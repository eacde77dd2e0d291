// The second thread of `counterchat parse` on a big input: loads the same catalog, then answers the batches of
// lines it is given. Messages: in {seq, lines}; out {ready} once, then {seq, out} per batch, or {failed}.
import { parentPort, workerData } from 'node:worker_threads'
import { answerLines, loadCatalog } from './answers'

export interface Batch {
  seq: number
  lines: string[]
}
export type ThreadMessage = { ready: true } | { seq: number; out: string } | { failed: string }

const port = parentPort
if (port) {
  const post = (m: ThreadMessage) => port.postMessage(m)
  loadCatalog((workerData as { catalog: string }).catalog).then(
    ({ index }) => {
      if (!index) return post({ failed: 'the catalog has no products' })
      port.on('message', (b: Batch) => post({ seq: b.seq, out: answerLines(b.lines, index) }))
      post({ ready: true })
    },
    (err: unknown) => post({ failed: err instanceof Error ? err.message : String(err) }),
  )
}
