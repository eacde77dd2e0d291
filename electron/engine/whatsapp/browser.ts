// Finding a Chrome-family browser for whatsapp-web.js at run time. Nothing is downloaded at `npm install`
// (.puppeteerrc.cjs skips it): most shop PCs already have Chrome or Edge, and an install must work offline.
// Order: the path set in Settings, an environment variable, the usual install locations, a Chrome for
// Testing build already downloaded into the data folder, and only then a download (when a downloader is
// given and the internet is reachable).
import { accessSync, constants, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, posix, win32 } from 'node:path'
import type * as PuppeteerBrowsers from '@puppeteer/browsers'

export interface BrowserHost {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  home: string
  /** True when `path` is a file this process may execute. */
  isExecutable(path: string): boolean
}

export interface BrowserDownloader {
  /** A build previously downloaded into `dir`, if any. */
  installed(dir: string): Promise<string | null>
  /** Downloads a build into `dir`, reporting progress in [0, 1]; resolves with the executable's path. */
  download(dir: string, onProgress: (fraction: number) => void): Promise<string>
}

export type BrowserSource = 'configured' | 'environment' | 'system' | 'downloaded'

export interface ResolvedBrowser {
  path: string
  source: BrowserSource
  /** Things the shopkeeper should know even though a browser was found (e.g. a configured path is gone). */
  warnings: string[]
}

export interface ResolveBrowserOptions {
  /** The path saved in Settings, if any. */
  configuredPath?: string | null
  /** The app's data folder; downloaded builds live in `<dataDir>/browser`. */
  dataDir: string
  host?: BrowserHost
  /** Absent or null: never download (tests, or a shop that forbids it). */
  downloader?: BrowserDownloader | null
  onProgress?: (fraction: number) => void
}

export const BROWSER_ENV_VARS = ['COUNTERCHAT_BROWSER', 'CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const

export class BrowserNotFoundError extends Error {
  constructor(
    readonly tried: string[],
    readonly downloadError: string | null,
  ) {
    super(
      'No Chrome, Chromium or Microsoft Edge was found, and WhatsApp linking needs one. ' +
        'Install Google Chrome or Microsoft Edge, or set the browser path in Settings. ' +
        (downloadError ? `Downloading a browser failed too (${downloadError}). ` : '') +
        `Looked in: ${tried.join('; ')}`,
    )
    this.name = 'BrowserNotFoundError'
  }
}

export function realHost(): BrowserHost {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isExecutable(path) {
      try {
        if (!statSync(path).isFile()) return false
        if (process.platform !== 'win32') accessSync(path, constants.X_OK)
        return true
      } catch {
        return false
      }
    },
  }
}

/** Well-known install locations of Chrome, Chromium and Edge, most preferred first. */
export function systemCandidates(host: Pick<BrowserHost, 'platform' | 'env' | 'home'>): string[] {
  if (host.platform === 'win32') {
    const roots = [
      host.env.LOCALAPPDATA,
      host.env.PROGRAMFILES,
      host.env['PROGRAMFILES(X86)'],
      host.env.ProgramW6432,
    ]
    const uniqueRoots = [...new Set(roots.filter((r): r is string => !!r))]
    const apps = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
    ]
    return apps.flatMap((parts) => uniqueRoots.map((root) => win32.join(root, ...parts)))
  }
  if (host.platform === 'darwin') {
    const bundles = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Chromium.app/Contents/MacOS/Chromium',
    ]
    return bundles.flatMap((b) => [posix.join('/Applications', b), posix.join(host.home, 'Applications', b)])
  }
  return [
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ]
}

export function browserDownloadDir(dataDir: string): string {
  return join(dataDir, 'browser')
}

export async function resolveBrowser(options: ResolveBrowserOptions): Promise<ResolvedBrowser> {
  const host = options.host ?? realHost()
  const tried: string[] = []
  const warnings: string[] = []

  const configured = options.configuredPath?.trim()
  if (configured) {
    if (host.isExecutable(configured)) return { path: configured, source: 'configured', warnings }
    tried.push(`${configured} (from Settings)`)
    warnings.push(`The browser set in Settings (${configured}) was not found; using another one.`)
  }

  for (const name of BROWSER_ENV_VARS) {
    const value = host.env[name]?.trim()
    if (!value) continue
    if (host.isExecutable(value)) return { path: value, source: 'environment', warnings }
    tried.push(`${value} (from ${name})`)
  }

  for (const candidate of systemCandidates(host)) {
    if (host.isExecutable(candidate)) return { path: candidate, source: 'system', warnings }
    tried.push(candidate)
  }

  let downloadError: string | null = null
  const downloader = options.downloader
  if (downloader) {
    const dir = browserDownloadDir(options.dataDir)
    try {
      const existing = await downloader.installed(dir)
      if (existing && host.isExecutable(existing)) return { path: existing, source: 'downloaded', warnings }
      const path = await downloader.download(dir, (f) => options.onProgress?.(Math.max(0, Math.min(1, f))))
      if (host.isExecutable(path)) return { path, source: 'downloaded', warnings }
      downloadError = `the downloaded browser at ${path} cannot be started`
    } catch (err) {
      downloadError = err instanceof Error ? err.message : String(err)
    }
    tried.push(`${dir} (Chrome for Testing download)`)
  }
  throw new BrowserNotFoundError(tried, downloadError)
}

/**
 * Downloads Chrome for Testing (stable) with @puppeteer/browsers, which puppeteer already ships.
 * Untested here: the build machines have no internet. Loaded lazily so the engine starts without it.
 */
export function chromeForTestingDownloader(): BrowserDownloader {
  // Not a direct dependency (puppeteer brings it): a computed specifier keeps bundlers from pulling it, and
  // its dependencies, into the app bundle; at run time it resolves from node_modules like puppeteer does.
  const specifier = '@puppeteer/browsers'
  const load = () => import(/* @vite-ignore */ specifier) as Promise<typeof PuppeteerBrowsers>
  return {
    async installed(dir) {
      const b = await load()
      const found = (await b.getInstalledBrowsers({ cacheDir: dir })).find(
        (i) => i.browser === b.Browser.CHROME,
      )
      return found ? found.executablePath : null
    },
    async download(dir, onProgress) {
      const b = await load()
      const platform = b.detectBrowserPlatform()
      if (!platform) throw new Error(`no Chrome for Testing build for ${process.platform}/${process.arch}`)
      const buildId = await b.resolveBuildId(b.Browser.CHROME, platform, b.BrowserTag.STABLE)
      const installed = await b.install({
        browser: b.Browser.CHROME,
        buildId,
        cacheDir: dir,
        platform,
        downloadProgressCallback: (done, total) => onProgress(total > 0 ? done / total : 0),
      })
      return installed.executablePath
    },
  }
}

/** The browsers found where browsers are installed (the desktop Settings offers only these). */
export function installedBrowsers(host: BrowserHost = realHost()): string[] {
  return systemCandidates(host).filter((p) => host.isExecutable(p))
}

/**
 * A path the owner may name on the command line as WhatsApp's browser: absolute and local (no network share,
 * no URL, no NUL). Whether it can be run is checked by `counterchat config set` on the computer itself.
 */
export function looksLikeLocalProgramPath(path: string): boolean {
  if (/^(\\\\|\/\/)|:\/\//.test(path) || path.includes('\0')) return false
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)
}

/**
 * A path the shop may choose as WhatsApp's browser: absolute and local (no network share, no URL), ending in
 * a browser's own program name. Checked before it is stored, because it is later started as a program.
 */
export function looksLikeBrowserPath(path: string): boolean {
  if (/^(\\\\|\/\/)|:\/\//.test(path) || path.includes('\0')) return false
  const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)
  const name = path.split(/[\\/]/).pop() ?? ''
  return (
    absolute &&
    /^(google-chrome(-stable|-beta|-unstable)?|chrome|chromium(-browser)?|msedge|microsoft-edge(-stable|-beta|-dev)?|brave(-browser)?|Google Chrome( for Testing)?|Chromium|Microsoft Edge|Brave Browser)(\.exe)?$/i.test(
      name,
    )
  )
}
