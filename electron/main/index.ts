// The Electron main process only wires things: it starts the engine on the user data folder, opens the
// hardened window and forwards the contract's calls and events over IPC. All behaviour lives in the engine.
import {
  app,
  BrowserWindow,
  ipcMain,
  Notification,
  safeStorage,
  session,
  shell,
  type WebContents,
} from 'electron'
import { join } from 'node:path'
import { createEngine, type Engine } from '../engine'
import { createDispatcher } from '../engine/api'
import { watchExternalWrites } from '../engine/external-writes'
import { createHostWhatsApp, type HostWhatsApp } from '../engine/whatsapp-host'
import { CSP } from '../../shared/csp'
import { startUpdateChecks } from './updates'
import { formatMoney, type Currency } from '../../shared/money'

let engine: Engine | null = null
let whatsapp: HostWhatsApp | null = null
let win: BrowserWindow | null = null

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
  app.whenReady().then(start)
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', () => {
    // WhatsApp's browser goes first (it keeps the session profile open), then the engine.
    const closing = engine
    void (whatsapp?.stop() ?? Promise.resolve()).finally(() => closing?.close())
    whatsapp = null
    engine = null
  })
}

// The dev server URL exists only under `npm run dev`; a packaged app never trusts it, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL

function isOurPage(contents: WebContents): boolean {
  const url = contents.getURL()
  return url.startsWith('file://') || (!!devServerUrl && url.startsWith(devServerUrl))
}

async function start(): Promise<void> {
  // WhatsApp starts on "Link WhatsApp", or at start-up when this shop was linked before (docs/whatsapp.md).
  whatsapp = createHostWhatsApp({ dataDir: app.getPath('userData'), env: process.env })
  engine = createEngine({
    dataDir: app.getPath('userData'),
    host: 'desktop',
    gateway: whatsapp.gateway,
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
  const dispatch = createDispatcher(engine)
  watchExternalWrites(engine.db, engine.events)
  whatsapp.attach(engine)
  const log = engine.log
  startUpdateChecks((msg, fields) => log.warn(msg, fields))

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  session.defaultSession.setPermissionRequestHandler((_wc, permission, allow) =>
    allow(permission === 'notifications'),
  )

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
    return dispatch(String(method), args)
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
      body: `${o.customerName ?? o.customer} · ${formatMoney(o.total, o.currency as Currency)}`,
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
  // No navigation away from the app and no new windows; http(s) links open in the shop's browser.
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  if (devServerUrl) await win.loadURL(devServerUrl)
  else await win.loadFile(join(__dirname, '../renderer/index.html'))
}
