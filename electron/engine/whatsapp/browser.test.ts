import { describe, expect, it } from 'vitest'
import {
  BrowserNotFoundError,
  resolveBrowser,
  systemCandidates,
  type BrowserDownloader,
  type BrowserHost,
} from './browser'

function fakeHost(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}): BrowserHost {
  const set = new Set(files)
  return {
    platform,
    env,
    home: platform === 'win32' ? 'C:\\Users\\shop' : '/home/shop',
    isExecutable: (p) => set.has(p),
  }
}

const winEnv = {
  LOCALAPPDATA: 'C:\\Users\\shop\\AppData\\Local',
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
}

describe('resolveBrowser', () => {
  it('prefers the configured path, then the environment, then the system', async () => {
    const files = ['/opt/mine/chrome', '/env/chrome', '/usr/bin/chromium']
    const host = fakeHost('linux', files, { CHROME_PATH: '/env/chrome' })
    expect(await resolveBrowser({ configuredPath: '/opt/mine/chrome', dataDir: '/d', host })).toEqual({
      path: '/opt/mine/chrome',
      source: 'configured',
      warnings: [],
    })
    expect(await resolveBrowser({ dataDir: '/d', host })).toMatchObject({
      path: '/env/chrome',
      source: 'environment',
    })
    expect(await resolveBrowser({ dataDir: '/d', host: fakeHost('linux', files) })).toMatchObject({
      path: '/usr/bin/chromium',
      source: 'system',
    })
  })

  it('falls back from a vanished configured path, and says so', async () => {
    const r = await resolveBrowser({
      configuredPath: '/gone/chrome',
      dataDir: '/d',
      host: fakeHost('linux', ['/usr/bin/google-chrome']),
    })
    expect(r.path).toBe('/usr/bin/google-chrome')
    expect(r.warnings[0]).toMatch(/\/gone\/chrome.*not found/)
  })

  it('finds Chrome and Edge where Windows and macOS install them', async () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(await resolveBrowser({ dataDir: 'C:\\d', host: fakeHost('win32', [edge], winEnv) })).toMatchObject(
      {
        path: edge,
        source: 'system',
      },
    )
    const userChrome = 'C:\\Users\\shop\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(
      (await resolveBrowser({ dataDir: 'C:\\d', host: fakeHost('win32', [edge, userChrome], winEnv) })).path,
    ).toBe(userChrome)
    const mac = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    expect((await resolveBrowser({ dataDir: '/d', host: fakeHost('darwin', [mac]) })).path).toBe(mac)
    expect(systemCandidates(fakeHost('darwin', []))).toContain(
      '/home/shop/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    )
  })

  it('uses an already downloaded build, else downloads one with progress', async () => {
    const progress: number[] = []
    let downloads = 0
    const downloader: BrowserDownloader = {
      installed: async () => null,
      download: async (dir, onProgress) => {
        downloads++
        onProgress(0.5)
        onProgress(1)
        return `${dir}/chrome/linux-1/chrome`
      },
    }
    const host = fakeHost('linux', ['/data/browser/chrome/linux-1/chrome'])
    const r = await resolveBrowser({
      dataDir: '/data',
      host,
      downloader,
      onProgress: (f) => progress.push(f),
    })
    expect(r).toMatchObject({ path: '/data/browser/chrome/linux-1/chrome', source: 'downloaded' })
    expect(progress).toEqual([0.5, 1])
    const again = await resolveBrowser({
      dataDir: '/data',
      host,
      downloader: { ...downloader, installed: async () => '/data/browser/chrome/linux-1/chrome' },
    })
    expect(again.source).toBe('downloaded')
    expect(downloads).toBe(1)
  })

  it('names everything it tried when nothing can be had', async () => {
    const err = await resolveBrowser({
      configuredPath: '/gone/chrome',
      dataDir: '/data',
      host: fakeHost('linux', [], { COUNTERCHAT_BROWSER: '/env/missing' }),
      downloader: {
        installed: async () => null,
        download: async () => {
          throw new Error('getaddrinfo ENOTFOUND storage.googleapis.com')
        },
      },
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BrowserNotFoundError)
    const message = (err as Error).message
    expect(message).toMatch(/No Chrome, Chromium or Microsoft Edge was found/)
    expect(message).toContain('/gone/chrome (from Settings)')
    expect(message).toContain('/env/missing (from COUNTERCHAT_BROWSER)')
    expect(message).toContain('/usr/bin/google-chrome')
    expect(message).toContain('/usr/bin/chromium')
    expect(message).toContain('/usr/bin/microsoft-edge')
    expect(message).toContain('ENOTFOUND')
    expect((err as BrowserNotFoundError).tried.at(-1)).toBe('/data/browser (Chrome for Testing download)')
  })
})
