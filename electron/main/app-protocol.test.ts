import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { appFileFor, APP_INDEX } from './app-protocol'
import { isAllowedExternalUrl } from './external-links'

const root = '/opt/CounterChat/resources/app.asar/out/renderer'

describe('app:// protocol', () => {
  it('serves files of the built renderer and the app shell for views', () => {
    expect(appFileFor(root, APP_INDEX)).toBe(join(root, 'index.html'))
    expect(appFileFor(root, 'app://counterchat/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'))
    expect(appFileFor(root, 'app://counterchat/queue')).toBe(join(root, 'index.html'))
    expect(appFileFor(root, 'app://counterchat/')).toBe(join(root, 'index.html'))
  })

  it('never leaves the renderer folder, and refuses other hosts and bad encoding', () => {
    for (const bad of [
      'app://counterchat/../../secret.key',
      'app://counterchat/%2e%2e/%2e%2e/counterchat.db',
      'app://counterchat/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://other/index.html',
      'app://counterchat/%E0%A4%A',
      'app://counterchat/a%00.js',
      'file:///etc/passwd',
    ]) {
      const file = appFileFor(root, bad)
      expect(file === null || file.startsWith(root + '/'), bad).toBe(true)
      if (bad.includes('other') || bad.includes('%E0') || bad.includes('%00') || bad.startsWith('file:')) expect(file, bad).toBeNull()
    }
  })
})

describe('links opened in the system browser', () => {
  it('only https to the payment providers and wa.me', () => {
    for (const ok of [
      'https://wa.me/919812345678?text=hi',
      'https://rzp.io/l/abc',
      'https://dashboard.razorpay.com/app/payment-links',
      'https://checkout.stripe.com/c/pay/cs_test_1',
      'https://buy.stripe.com/test_123',
      'https://dashboard.stripe.com/test/apikeys',
    ]) {
      expect(isAllowedExternalUrl(ok), ok).toBe(true)
    }
    for (const bad of [
      'http://wa.me/1',
      'https://evil.example/wa.me',
      'https://wa.me.evil.example/',
      'https://stripe.com.evil.example/',
      'https://evilstripe.com/',
      'https://user:pw@wa.me/',
      'https://wa.me:8443/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(bad), bad).toBe(false)
    }
  })
})
