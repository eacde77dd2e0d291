// The packaging configuration (electron-builder + @electron/fuses) cannot be run here (Electron cannot be
// downloaded), so its decisions are checked as data: the fuses the checklist asks for, flipped on the binary
// electron-builder wrote, for each platform.
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as fuses from '@electron/fuses'

const require = createRequire(import.meta.url)
const ROOT = join(__dirname, '..', '..')
const config = require(join(ROOT, 'electron-builder.config.cjs')) as { afterPack: string; asar: boolean }
const hook = require(join(ROOT, 'electron', 'packaging', 'after-pack.cjs')) as {
  FUSES: Record<string, boolean>
  applyFuses(context: unknown, f: unknown): Promise<void>
}

describe('packaging', () => {
  it('runs the fuse hook after packing an ASAR', () => {
    expect(config.asar).toBe(true)
    expect(existsSync(join(ROOT, config.afterPack))).toBe(true)
  })

  it('flips the checklist fuses on the packed binary of each platform', async () => {
    const calls: { path: string; wire: Record<string | number, unknown> }[] = []
    const fake = { ...fuses, flipFuses: async (path: string, wire: Record<string | number, unknown>) => void calls.push({ path, wire }) }
    const packager = { appInfo: { productFilename: 'CounterChat' }, executableName: 'counterchat' }
    for (const platform of ['win32', 'darwin', 'linux']) {
      await hook.applyFuses({ electronPlatformName: platform, appOutDir: '/out', packager }, fake)
    }
    expect(calls.map((c) => c.path)).toEqual([join('/out', 'CounterChat.exe'), join('/out', 'CounterChat.app'), join('/out', 'counterchat')])
    const O = fuses.FuseV1Options
    for (const { wire } of calls) {
      expect(wire.version).toBe(fuses.FuseVersion.V1)
      expect(wire[O.RunAsNode]).toBe(false)
      expect(wire[O.EnableNodeOptionsEnvironmentVariable]).toBe(false)
      expect(wire[O.EnableNodeCliInspectArguments]).toBe(false)
      expect(wire[O.OnlyLoadAppFromAsar]).toBe(true)
      expect(wire[O.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    }
    // Every name in the hook is a real fuse (a typo would silently flip nothing).
    for (const name of Object.keys(hook.FUSES)) expect(O[name as keyof typeof O], name).toBeTypeOf('number')
  })
})
