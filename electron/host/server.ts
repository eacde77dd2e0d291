// The headless host: the engine's API over WebSocket and the built renderer over HTTP, on one port.
// Loopback by default; `lan` listens on every interface. Every API connection is authenticated (auth.ts): the
// page this host served carries a per-start HttpOnly cookie (owner, on loopback); a LAN device pairs once with
// the token and gets a device cookie (staff). The Origin must be the page's own. Anything else gets 401.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Engine } from '../engine'
import { createDispatcher, type Dispatch } from '../engine/api'
import { engineHealth } from '../engine/health'
import { checkLanToken } from './token'
import { HostAuth, isLoopbackHost, type Role } from './auth'
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
  const auth = new HostAuth({
    lan: opts.lan === true,
    dataDir: engine.dataDir,
    checkToken: (t) => engine.dataDir !== null && checkLanToken(engine.dataDir, t),
  })
  const server = createServer((req, res) => {
    if (req.url === '/healthz' || req.url?.startsWith('/healthz?')) return serveHealth(engine, req, res)
    serveStatic(staticRoot, req, res, auth, opts.lan === true).catch(() => {
      if (!res.headersSent) res.writeHead(500).end('internal error')
    })
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '/').split('?')[0]
    const role = path === '/api' ? auth.roleOf(req) : null
    if (!role) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      socket.destroy()
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveApi(ws, dispatch, engine, role))
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

function serveApi(ws: WebSocket, dispatch: Dispatch, engine: Engine, role: Role): void {
  const caller = { role, via: 'socket' as const }
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
        ws.send(
          JSON.stringify({ t: 'error', message: 'expected {t:"call", id:number, method:string, args}' }),
        )
        return
      }
      const result = await dispatch(call.method, call.args, caller)
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ t: 'result', id: call.id, result }))
    } catch (err) {
      engine.log.error('api message failed', { message: err instanceof Error ? err.message : String(err) })
      if (ws.readyState === ws.OPEN)
        ws.send(JSON.stringify({ t: 'error', message: 'the message could not be handled' }))
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

async function serveStatic(
  root: string | null,
  req: IncomingMessage,
  res: ServerResponse,
  auth: HostAuth,
  lan: boolean,
): Promise<void> {
  const security: Record<string, string> = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, security).end()
    return
  }
  // On loopback only our own names are served: a page whose DNS name was rebound to 127.0.0.1 gets nothing.
  if (!lan && !isLoopbackHost(req.headers.host)) {
    res.writeHead(421, { 'Content-Type': 'text/plain', ...security }).end('wrong host')
    return
  }
  let url: URL
  let pathname: string
  try {
    url = new URL(req.url ?? '/', 'http://localhost')
    pathname = decodeURIComponent(url.pathname)
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain', ...security }).end('bad address')
    return
  }
  // The pairing link (--lan): the token becomes a device cookie and leaves the address bar (and history).
  if (lan && url.searchParams.has('token')) {
    const device = auth.pairDevice(url.searchParams.get('token'))
    url.searchParams.delete('token')
    res
      .writeHead(303, {
        Location: url.pathname + url.search,
        'Cache-Control': 'no-store',
        ...(device ? { 'Set-Cookie': device } : {}),
        ...security,
      })
      .end()
    return
  }
  // The owner's per-start cookie travels with the page and with /session (the page asks /session again
  // after the host restarted, since the old cookie died with the old process).
  const owner = auth.ownerCookieFor(req)
  if (owner) security['Set-Cookie'] = owner
  if (pathname === '/session') {
    res.writeHead(owner ? 204 : 403, { 'Cache-Control': 'no-store', ...security }).end()
    return
  }
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
  if (!file.endsWith('index.html')) delete security['Set-Cookie']
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    ...security,
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
