// Sends receipt bytes to the shop's printer: a network printer on its raw port (9100) or a device/file path.
// A failure never throws into the sale: the caller gets { printed: false, error } in plain words and can
// reprint from the order later.
import { connect } from 'node:net'
import { writeFile } from 'node:fs/promises'

export interface PrintOutcome {
  printed: boolean
  error: string | null
}

const CONNECT_TIMEOUT_MS = 4000

export type PrinterTarget = { kind: 'tcp'; host: string; port: number } | { kind: 'path'; path: string }

/** "tcp://10.0.0.5:9100", "10.0.0.5", "printer.local:9100" → TCP; anything else is a device or file path. */
export function parsePrinterTarget(value: string): PrinterTarget | null {
  const v = value.trim()
  if (v === '') return null
  const tcp =
    /^(?:tcp:\/\/)?((?:\d{1,3}\.){3}\d{1,3}|\[[0-9a-f:]+\]|[a-z0-9][a-z0-9.-]*\.(?:local|lan|home)|localhost)(?::(\d{1,5}))?\/?$/i.exec(
      v,
    )
  if (tcp || v.startsWith('tcp://')) {
    const m = tcp ?? /^tcp:\/\/([^:/]+)(?::(\d{1,5}))?/.exec(v)
    if (!m) return null
    const port = m[2] ? Number(m[2]) : 9100
    if (port < 1 || port > 65535) return null
    return { kind: 'tcp', host: m[1]!.replace(/^\[|\]$/g, ''), port }
  }
  return { kind: 'path', path: v }
}

export async function sendToPrinter(target: string, bytes: Uint8Array): Promise<PrintOutcome> {
  const t = parsePrinterTarget(target)
  if (!t) return { printed: false, error: 'No receipt printer is set (Settings → Receipt printer)' }
  if (t.kind === 'path') {
    try {
      await writeFile(t.path, bytes)
      return { printed: true, error: null }
    } catch (err) {
      return {
        printed: false,
        error: `The printer at ${t.path} could not be written: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      }
    }
  }
  return new Promise((resolve) => {
    let settled = false
    const done = (o: PrintOutcome) => {
      if (settled) return
      settled = true
      socket.destroy()
      resolve(o)
    }
    const where = `${t.host}:${t.port}`
    const socket = connect({ host: t.host, port: t.port })
    socket.setTimeout(CONNECT_TIMEOUT_MS, () =>
      done({
        printed: false,
        error: `The printer at ${where} did not answer; is it on and on the same network?`,
      }),
    )
    socket.on('error', (err: NodeJS.ErrnoException) =>
      done({
        printed: false,
        error: `The printer at ${where} cannot be reached (${err.code ?? err.message}); check that it is on`,
      }),
    )
    socket.on('connect', () => {
      socket.end(bytes, () => done({ printed: true, error: null }))
    })
  })
}
