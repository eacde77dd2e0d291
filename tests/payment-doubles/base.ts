// The plumbing both provider doubles share: a node:http server on 127.0.0.1 port 0, a log of every request,
// and scripted faults (answer the next N requests with a status, or never answer them so the client times out).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface DoubleReply {
  status: number
  json: unknown
  headers?: Record<string, string>
}

export interface Fault {
  /** Answer with this status and the provider's documented error body for it... */
  status?: number
  /** ...and this Retry-After header. */
  retryAfter?: string
  /** Or never answer (the socket stays open until the double closes). */
  hang?: boolean
  /** Or drop the connection without an answer. */
  reset?: boolean
  /**
   * With hang/reset: the request is carried out first (a link is made) and only the answer is lost: the case
   * a client must recover from by looking the link up.
   */
  afterRoute?: boolean
  /** With status: this error body instead of the default one for the status, and these headers. */
  json?: unknown
  headers?: Record<string, string>
}

export interface DoubleServer {
  url: string
  requests: RecordedRequest[]
  /** Queue faults: each applies to one incoming request, in order, before routing. */
  failNext(count: number, fault: Fault): void
  /** Drop the faults still queued. */
  clearFaults(): void
  close(): Promise<void>
}

export async function startDouble(
  route: (req: RecordedRequest) => DoubleReply,
  errorBody: (status: number) => unknown,
): Promise<DoubleServer> {
  const requests: RecordedRequest[] = []
  const faults: Fault[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(recorded)
      const fault = faults.shift()
      if (fault?.afterRoute) {
        try {
          route(recorded)
        } catch {
          // the answer is lost either way
        }
      }
      if (fault?.hang) return
      if (fault?.reset) {
        req.socket.destroy()
        return
      }
      let reply: DoubleReply
      if (fault?.status) {
        reply = {
          status: fault.status,
          json: fault.json ?? errorBody(fault.status),
          headers: { ...fault.headers },
        }
        if (fault.retryAfter !== undefined)
          reply.headers = { ...reply.headers, 'Retry-After': fault.retryAfter }
      } else {
        try {
          reply = route(recorded)
        } catch (err) {
          reply = { status: 500, json: errorBody(500) }
          void err
        }
      }
      const text = JSON.stringify(reply.json)
      res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers })
      res.end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, fault) {
      for (let i = 0; i < count; i++) faults.push(fault)
    },
    clearFaults() {
      faults.length = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export function randomId(prefix: string, length: number): string {
  let out = prefix
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return out
}

export function header(req: RecordedRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()]
  return Array.isArray(v) ? v[0] : v
}
