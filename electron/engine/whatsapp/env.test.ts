import { describe, expect, it } from 'vitest'
import { clientOptionsFromEnv } from './env'

describe('clientOptionsFromEnv', () => {
  it('is empty without overrides', () => {
    expect(clientOptionsFromEnv({})).toEqual({})
  })

  it('points the client at another WhatsApp Web, strictly', () => {
    expect(
      clientOptionsFromEnv({
        COUNTERCHAT_WHATSAPP_WEB_URL: 'http://127.0.0.1:4000/{version}.html',
        COUNTERCHAT_WHATSAPP_WEB_VERSION: '2.3000.1099999999',
        COUNTERCHAT_BROWSER_ARGS: '--no-sandbox  --disable-gpu',
      }),
    ).toEqual({
      webVersion: '2.3000.1099999999',
      webVersionCache: { type: 'remote', remotePath: 'http://127.0.0.1:4000/{version}.html', strict: true },
      puppeteer: { args: ['--no-sandbox', '--disable-gpu'] },
    })
  })
})
