import { describe, expect, it } from 'vitest'
import { isTerminal, plainReason } from './reasons'
import { classifyStartFailure, sandboxArgs } from './start-failure'

// Shapes of what puppeteer and Chrome print, several wordings per cause.
const launch = (stderr: string) =>
  new Error(`Failed to launch the browser process!\n${stderr}\n\nTROUBLESHOOTING: https://pptr.dev/troubleshooting`)

describe('why WhatsApp did not start', () => {
  it('a browser refused as root without a sandbox', () => {
    for (const e of [
      launch('[0101/000000.000:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.'),
      launch('No usable sandbox! Update your kernel or see https://chromium.googlesource.com/...'),
      new Error('The SUID sandbox helper binary was found, but is not configured correctly (setuid sandbox)'),
    ])
      expect(classifyStartFailure(e)).toBe('BROWSER_SANDBOX')
  })
  it('missing libraries and a wrong file', () => {
    expect(classifyStartFailure(launch('/opt/chrome/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory'))).toBe('BROWSER_LIBS')
    expect(classifyStartFailure(new Error('spawn /home/shop/Downloads/chrome.zip EACCES'))).toBe('BROWSER_BAD_FILE')
    expect(classifyStartFailure(Object.assign(new Error('spawn /usr/bin/chromium-old ENOENT'), { code: 'ENOENT' }))).toBe('BROWSER_BAD_FILE')
    expect(classifyStartFailure(launch('/usr/bin/notes.txt: Exec format error'))).toBe('BROWSER_BAD_FILE')
  })
  it('a browser that exits at once without saying why (the CDP pipe closes)', () => {
    expect(classifyStartFailure(new Error('Protocol error (Target.setDiscoverTargets): Target closed'))).toBe('BROWSER_EXITED')
    expect(classifyStartFailure(launch(''))).toBe('BROWSER_EXITED')
  })
  it('no internet, and WhatsApp refusing', () => {
    for (const m of [
      'net::ERR_INTERNET_DISCONNECTED at https://web.whatsapp.com/',
      'net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/',
      'net::ERR_CONNECTION_TIMED_OUT at https://web.whatsapp.com/',
      'getaddrinfo ENOTFOUND web.whatsapp.com',
    ])
      expect(classifyStartFailure(new Error(m)), m).toBe('NO_INTERNET')
    expect(classifyStartFailure(new Error('net::ERR_HTTP_RESPONSE_CODE_FAILURE at https://web.whatsapp.com/'))).toBe('WA_REFUSED')
    expect(classifyStartFailure(new Error('something else entirely'))).toBe('LOAD_FAILED')
    expect(classifyStartFailure('a string')).toBe('LOAD_FAILED')
  })
  it('each cause says what to do; a browser that cannot start is not retried for ever, the network is', () => {
    for (const code of ['BROWSER_SANDBOX', 'BROWSER_LIBS', 'BROWSER_BAD_FILE', 'BROWSER_EXITED']) {
      expect(isTerminal(code), code).toBe(true)
      expect(plainReason(code)).not.toMatch(/internet/)
    }
    expect(plainReason('NO_INTERNET')).toMatch(/internet connection/)
    expect(isTerminal('NO_INTERNET')).toBe(false)
    expect(plainReason('WA_REFUSED')).toMatch(/refused/)
    expect(plainReason('LOAD_FAILED')).not.toMatch(/internet/)
  })
  it('starts the browser without its sandbox only as root', () => {
    expect(sandboxArgs(0)).toEqual(['--no-sandbox'])
    expect(sandboxArgs(1000)).toEqual([])
    expect(sandboxArgs(null)).toEqual([]) // Windows has no uid
  })
})
