// The Electron main process only wires things: it starts the engine on the user data folder, opens the
// hardened window and forwards the contract's calls and events over IPC. All behaviour lives in the engine.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  net,
  Notification,
  protocol,
  safeStorage,
  session,
  shell,
  type WebContents,
} from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_INDEX, APP_ORIGIN, APP_SCHEME, appFileFor } from './app-protocol'
import { isAllowedExternalUrl } from './external-links'
import { createDispatcher } from '../engine/api'
import { shopLocale } from '../engine/settings/shop'
import { openShop, type Shop } from '../shop/open'
import { CSP } from '../../shared/csp'
import { startUpdateChecks } from './updates'
import { formatMoney, type Currency } from '../../shared/money'

let shop: Shop | null = null
let win: BrowserWindow | null = null

// Files the app creates in its data folder (database, WAL, logs, backups, WhatsApp's browser profile) are
// private to this user.
if (process.platform !== 'win32') process.umask(0o077)

// app://counterchat/ serves the built renderer: a secure, standard scheme (a real origin for the CSP, fetch
// and storage), registered before the app is ready as Electron requires.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same SQLite database and the same WhatsApp session: focus the first instead.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })
  app.whenReady().then(() =>
    start().catch((err: unknown) => {
      // A damaged database, a read-only or full data folder: said in plain words (the engine's own), then quit,
      // rather than a window that never fills.
      dialog.showErrorBox('CounterChat cannot open the shop', err instanceof Error ? err.message : String(err))
      app.quit()
    }),
  )
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', () => {
    // The watcher, WhatsApp's browser (it keeps the session profile open), the engine, then host.lock.
    void shop?.close().catch(() => {})
    shop = null
  })
}

// The dev server URL is honoured only in a development build under `npm run dev` (import.meta.env.DEV is
// false in every `electron-vite build`, so this line is compiled away there), never when packaged, whatever the
// environment says.
const devServerUrl =
  import.meta.env.DEV && !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

function isOurPage(contents: WebContents): boolean {
  const url = contents.getURL()
  return url.startsWith(`${APP_ORIGIN}/`) || (!!devServerUrl && url.startsWith(devServerUrl))
}

async function start(): Promise<void> {
  // WhatsApp starts on "Link WhatsApp", or at start-up when this shop was linked before (docs/whatsapp.md).
  shop = openShop({
    dataDir: app.getPath('userData'),
    host: 'desktop',
    env: process.env,
    // Payment keys are sealed by the OS keychain on the desktop (the headless host uses a key file instead).
    secretEncryptor: {
      // On Linux without a keyring Electron falls back to 'basic_text', a hard-coded password: the 0600 key
      // file is stronger then, so report the keychain as unavailable.
      isEncryptionAvailable: () =>
        safeStorage.isEncryptionAvailable() &&
        !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
      encryptString: (plain) => safeStorage.encryptString(plain),
      decryptString: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
    },
  })
  const { engine } = shop
  const dispatch = createDispatcher(engine)

  const rendererRoot = join(__dirname, '../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(rendererRoot, request.url)
    if (!file) return new Response('not found', { status: 404 })
    const res = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(res.headers)
    headers.set('Content-Security-Policy', CSP)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(res.body, { status: res.status, headers })
  })
  const log = engine.log
  startUpdateChecks((msg, fields) => log.warn(msg, fields))

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  // Permissions: notifications for our own page, nothing else for anyone (camera, microphone, location, ...).
  session.defaultSession.setPermissionRequestHandler((wc, permission, allow) =>
    allow(permission === 'notifications' && isOurPage(wc)),
  )
  session.defaultSession.setPermissionCheckHandler(
    (wc, permission) => permission === 'notifications' && !!wc && isOurPage(wc),
  )
  // No <webview> and no navigation anywhere, in any window or frame this app ever makes.
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault())
    contents.on('will-navigate', (e) => e.preventDefault())
    contents.on('will-redirect', (e) => e.preventDefault())
  })

  ipcMain.handle('api:call', (event, method: unknown, args: unknown) => {
    // Only our own top-level page may call the engine, never an embedded frame or a navigated-away page.
    if (
      !win ||
      event.sender.id !== win.webContents.id ||
      event.senderFrame !== win.webContents.mainFrame ||
      !isOurPage(event.sender)
    ) {
      return { ok: false, error: { code: 'unauthorized', message: 'not our window' } }
    }
    // The desktop window is the owner at the shop's computer (the one place the browser can be chosen).
    return dispatch(String(method), args, { role: 'owner', via: 'desktop' })
  })
  engine.events.subscribe((event, payload) => {
    if (win && !win.isDestroyed()) win.webContents.send('api:event', event, payload)
  })
  // A new order must reach the shopkeeper even when the window is behind the billing software.
  engine.events.subscribe((event, payload) => {
    if (event !== 'orders.created' || !Notification.isSupported()) return
    const o = payload as {
      number: number
      customer: string
      customerName: string | null
      total: number
      currency: string
    }
    const n = new Notification({
      title: `New order #${o.number}`,
      body: `${o.customerName ?? o.customer} · ${formatMoney(o.total, o.currency as Currency, shopLocale(engine.settings))}`,
    })
    n.on('click', () => {
      win?.show()
      win?.focus()
    })
    n.show()
  })

  win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'CounterChat',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  win.once('ready-to-show', () => win?.show())
  // No navigation away from the app (see web-contents-created) and no new windows; links to the payment
  // providers and wa.me open in the shop's browser, nothing else does.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  if (devServerUrl) await win.loadURL(devServerUrl)
  else await win.loadURL(APP_INDEX)
}
