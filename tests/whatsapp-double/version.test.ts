// The double imitates what one exact whatsapp-web.js version reads from WhatsApp Web's page. An upgrade
// must fail here, loudly, until someone has checked the double against the new version.
import { readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { DOUBLE_CHECKED_AGAINST } from './server'

const require = createRequire(import.meta.url)
const installed = (require('whatsapp-web.js/package.json') as { version: string }).version
const root = new URL('../../', import.meta.url)
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string }>
}
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  dependencies: Record<string, string>
}

describe('whatsapp-web.js version pin', () => {
  it('package.json pins an exact version, the lockfile and node_modules agree', () => {
    expect(pkg.dependencies['whatsapp-web.js'], 'pin whatsapp-web.js exactly (no ^ or ~)').toMatch(
      /^\d+\.\d+\.\d+$/,
    )
    expect(lock.packages['node_modules/whatsapp-web.js']?.version).toBe(pkg.dependencies['whatsapp-web.js'])
    expect(installed, 'node_modules differs from package-lock.json: run npm ci').toBe(
      lock.packages['node_modules/whatsapp-web.js']?.version,
    )
  })

  it('the double was checked against the installed version', () => {
    if (installed !== DOUBLE_CHECKED_AGAINST) {
      throw new Error(
        `whatsapp-web.js is ${installed} but the WhatsApp Web double was checked against ${DOUBLE_CHECKED_AGAINST}. ` +
          `Read the new version's src/Client.js and src/util/Injected/*, adapt tests/whatsapp-double/page/double.js, ` +
          `record a new golden with UPDATE_GOLDEN=1 npm run test:whatsapp, review its diff, then bump ` +
          `DOUBLE_CHECKED_AGAINST in tests/whatsapp-double/server.ts.`,
      )
    }
    for (const suite of ['client', 'gateway'])
      expect(existsSync(new URL(`./golden-${suite}-${installed}.json`, import.meta.url)), suite).toBe(true)
  })
})
