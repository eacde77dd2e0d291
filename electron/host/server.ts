// The headless host: the engine's API over WebSocket and the built renderer over HTTP, on one port.
// Loopback by default. With `lan`, it listens on every interface and every API connection must present the
// pairing token; on loopback, the Origin check keeps web pages from other sites off the API.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Engine } from '../engine'
import { createDispatcher, type Dispatch } from '../engine/api'
import { engineHealth } from '../engine/health'
import { checkLanToken } from './token'
import { CSP } from '../../shared/csp'

export interface HostOptions {
  engine: Engine
  port?: number
  lan?: boolean
  /** The built renderer (out/renderer); without it the host serves only the API. */
  staticDir?: string | null
  dispatch?: Dispatch
}

export interface RunningHost {
  server: Server
  url: string
  port: number
  close(): Promise<void>
}

/** A whole catalog import travels in one message; 32 MB leaves room for the 20 MB CSV limit in base64. */
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const { engine } = opts
  const dispatch = opts.dispatch ?? createDispatcher(engine)
  const staticRoot = opts.staticDir ? resolve(opts.staticDir) : null
  const server = createServer((req, res) => {
    if (req.url === '/healthz' || req.url?.startsWith('/healthz?')) return serveHealth(engine, req, res)
    serveStatic(staticRoot, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end('internal error')
    })
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname !== '/api' || !allowed(req, url, opts)) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n')
      socket.destroy()
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveApi(ws, dispatch, engine))
  })
  const host = opts.lan ? '0.0.0.0' : '127.0.0.1'
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(opts.port ?? 0, host, () => ok())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      for (const c of wss.clients) c.terminate()
      wss.close()
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}

function allowed(req: IncomingMessage, url: URL, opts: HostOptions): boolean {
  if (opts.lan) {
    return opts.engine.dataDir !== null && checkLanToken(opts.engine.dataDir, url.searchParams.get('token'))
  }
  // Loopback: any local page could open a WebSocket to us (WebSockets are not bound by CORS), so only our own
  // origin (or a non-browser client, which sends no Origin) may connect.
  const origin = req.headers.origin
  if (!origin) return true
  try {
    const o = new URL(origin)
    return (o.hostname === '127.0.0.1' || o.hostname === 'localhost') && o.host === req.headers.host
  } catch {
    return false
  }
}

function serveApi(ws: WebSocket, dispatch: Dispatch, engine: Engine): void {
  const unsubscribe = engine.events.subscribe((event, payload) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ t: 'event', event, payload }))
  })
  ws.on('close', unsubscribe)
  ws.on('error', unsubscribe)
  // A listener that threw would be an unhandled rejection, which ends the whole host on Node 22: every
  // path here answers or returns, and anything unexpected is answered as an error.
  ws.on('message', async (data) => {
    try {
      let msg: unknown
      try {
        msg = JSON.parse(data.toString())
      } catch {
        ws.send(JSON.stringify({ t: 'error', message: 'messages must be JSON' }))
        return
      }
      const call = (msg !== null && typeof msg === 'object' ? msg : {}) as {
        t?: unknown
        id?: unknown
        method?: unknown
        args?: unknown
      }
      if (call.t !== 'call' || typeof call.id !== 'number' || typeof call.method !== 'string') {
        ws.send(JSON.stringify({ t: 'error', message: 'expected {t:"call", id:number, method:string, args}' }))
        return
      }
      const result = await dispatch(call.method, call.args)
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ t: 'result', id: call.id, result }))
    } catch (err) {
      engine.log.error('api message failed', { message: err instanceof Error ? err.message : String(err) })
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ t: 'error', message: 'the message could not be handled' }))
    }
  })
}

/**
 * The health snapshot as JSON, for a monitoring script on this computer: loopback callers only (also with
 * --lan: it names the shop's state and traffic), and only under our own host name, so a web page that rebinds
 * a domain to 127.0.0.1 cannot read it.
 */
function serveHealth(engine: Engine, req: IncomingMessage, res: ServerResponse): void {
  const remote = req.socket.remoteAddress ?? ''
  const loopback = remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1'
  const hostName = (req.headers.host ?? '').replace(/:\d+$/, '')
  if (!loopback || !['127.0.0.1', 'localhost', '[::1]'].includes(hostName) || req.method !== 'GET') {
    res.writeHead(404, { 'Content-Type': 'text/plain', 'X-Content-Type-Options': 'nosniff' }).end()
    return
  }
  let body: string
  try {
    body = JSON.stringify({ ok: true, ...engineHealth(engine) })
  } catch (err) {
    body = JSON.stringify({ ok: false, error: err instanceof Error ? err.message : String(err) })
  }
  res
    .writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .end(body)
}

async function serveStatic(root: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const security = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, security).end()
    return
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  if (!root) {
    res.writeHead(404, security).end('no UI built: run `npm run build`')
    return
  }
  const rel = normalize(pathname).replace(/^([/\\])+/, '')
  let file = join(root, rel)
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403, security).end()
    return
  }
  const info = await stat(file).catch(() => null)
  // Client-side views have no files of their own: anything that is not an asset gets the app shell.
  if (!info || info.isDirectory()) file = join(root, 'index.html')
  const body = await readFile(file).catch(() => null)
  if (!body) {
    res.writeHead(404, security).end('not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    ...security,
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
