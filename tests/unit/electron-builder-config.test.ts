// electron-builder.yml cannot be exercised here (no Electron runtime to package), so its shape is checked
// against electron-builder's configuration schema for every key it uses: app-builder-lib's Configuration,
// LinuxConfiguration (+ CommonLinuxOptions), DebOptions, WindowsConfiguration, NsisOptions, MacConfiguration,
// DmgOptions and the publish providers (https://www.electron.build/configuration, .../linux, .../nsis,
// .../dmg, .../publish). Unknown keys fail (a typo would otherwise be ignored by the builder), as do
// targets other than the ones the release promises.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

const ROOT = join(__dirname, '..', '..')
const LINUX_TARGETS = ['AppImage', 'flatpak', 'snap', 'deb', 'rpm', 'freebsd', 'pacman', 'p5p', 'apk', '7z', 'zip', 'tar.xz', 'tar.lz', 'tar.gz', 'tar.bz2', 'dir'] as const
const WIN_TARGETS = ['nsis', 'nsis-web', 'portable', 'appx', 'msi', 'msiwrapped', 'squirrel', '7z', 'zip', 'tar.xz', 'tar.lz', 'tar.gz', 'tar.bz2', 'dir'] as const
const MAC_TARGETS = ['default', 'dmg', 'mas', 'mas-dev', 'pkg', '7z', 'zip', 'tar.xz', 'tar.lz', 'tar.gz', 'tar.bz2', 'dir'] as const

const strings = z.array(z.string().min(1))
const Schema = z.strictObject({
  appId: z.string().regex(/^[a-zA-Z0-9.-]+$/),
  productName: z.string().min(1),
  copyright: z.string().optional(),
  directories: z.strictObject({ output: z.string().optional(), buildResources: z.string().optional(), app: z.string().optional() }).optional(),
  files: strings.optional(),
  asarUnpack: strings.optional(),
  npmRebuild: z.boolean().optional(),
  // Fuses and other hooks (issue 12) live in the same file.
  electronFuses: z.record(z.string(), z.boolean()).optional(),
  afterPack: z.string().optional(),
  afterSign: z.string().optional(),
  linux: z.strictObject({
    target: z.array(z.enum(LINUX_TARGETS)),
    category: z.string().optional(),
    maintainer: z.string().optional(),
    synopsis: z.string().optional(),
    executableName: z.string().optional(),
    icon: z.string().optional(),
  }),
  deb: z.strictObject({ depends: strings.optional(), packageCategory: z.string().optional(), priority: z.string().optional() }).optional(),
  appImage: z.strictObject({ license: z.string().optional() }).optional(),
  win: z.strictObject({ target: z.array(z.enum(WIN_TARGETS)), icon: z.string().optional() }),
  nsis: z
    .strictObject({
      oneClick: z.boolean().optional(),
      perMachine: z.boolean().optional(),
      allowToChangeInstallationDirectory: z.boolean().optional(),
      createDesktopShortcut: z.union([z.boolean(), z.literal('always')]).optional(),
    })
    .optional(),
  mac: z.strictObject({
    target: z.array(z.enum(MAC_TARGETS)),
    category: z.string().regex(/^public\.app-category\./).optional(),
    hardenedRuntime: z.boolean().optional(),
    icon: z.string().optional(),
  }),
  dmg: z.strictObject({ sign: z.boolean().optional(), title: z.string().optional() }).optional(),
  publish: z.union([
    z.strictObject({ provider: z.literal('github'), owner: z.string().optional(), repo: z.string().optional(), releaseType: z.enum(['draft', 'prerelease', 'release']).optional() }),
    z.strictObject({ provider: z.literal('generic'), url: z.string().url(), channel: z.string().optional() }),
  ]),
})

describe('electron-builder.yml', () => {
  const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'))

  it('fits electron-builder\u2019s schema for the keys it uses', () => {
    const r = Schema.safeParse(config)
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([])
  })

  it('builds what the release promises: AppImage and deb, NSIS, dmg, with an update feed', () => {
    const c = Schema.parse(config)
    expect(c.linux.target).toEqual(['AppImage', 'deb'])
    expect(c.win.target).toEqual(['nsis'])
    expect(c.mac.target).toEqual(['dmg'])
    expect(c.publish.provider).toBeDefined()
    // The app is what electron-vite built; the native SQLite binary must load from disk.
    expect(c.files).toContain('out/**/*')
    expect(c.asarUnpack?.some((p) => p.includes('better-sqlite3'))).toBe(true)
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> }
    expect(pkg.main.startsWith('out/')).toBe(true)
    expect(pkg.dependencies['electron-updater']).toBeDefined()
  })

  it('the release workflow builds on each platform with the same config', () => {
    const wf = load(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
      on: unknown
      jobs: Record<string, { 'runs-on': string; strategy?: { matrix?: { os?: string[] } }; steps: Array<{ run?: string }> }>
    }
    const job = Object.values(wf.jobs)[0]!
    expect(job.strategy?.matrix?.os).toEqual(expect.arrayContaining(['ubuntu-latest', 'windows-latest', 'macos-latest']))
    const runs = job.steps.map((s) => s.run ?? '').join('\n')
    expect(runs).toContain('npm ci')
    expect(runs).toMatch(/electron-builder\S* .*--config electron-builder\.yml/)
  })
})
