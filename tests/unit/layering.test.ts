// The engine's layering (docs/ARCHITECTURE.md, "Layers"), checked by dependency-cruiser with the project's
// own rules in .dependency-cruiser.cjs: no import cycle, no arrow from an area to one above it, no Electron or
// host code in the engine, nothing but shared code in shared/.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { cruise, type ICruiseOptions, type IReporterOutput } from 'dependency-cruiser'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const rules = createRequire(import.meta.url)(resolve(root, '.dependency-cruiser.cjs')) as ICruiseOptions & {
  forbidden: unknown[]
  options: ICruiseOptions
}

async function violations(cwd: string, dirs: string[]): Promise<string[]> {
  const previous = process.cwd()
  process.chdir(cwd)
  try {
    const result: IReporterOutput = await cruise(dirs, {
      ...rules.options,
      validate: true,
      ruleSet: { forbidden: rules.forbidden } as ICruiseOptions['ruleSet'],
      ...(cwd === root ? {} : { tsConfig: undefined, tsPreCompilationDeps: true }),
    })
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } }
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)
  } finally {
    process.chdir(previous)
  }
}

describe('engine layering', () => {
  it('has no cycle and no import running back up, in the engine and in shared/', async () => {
    expect(await violations(root, ['electron/engine', 'shared'])).toEqual([])
  }, 60_000)

  it('catches an upward import and a cycle when one comes back', async () => {
    const found = await violations(resolve(root, 'tests/fixtures/layering'), ['electron'])
    expect(found).toContain(
      'no-upward-from-db-errors-events-log-settings-private-files-host-lock-external-writes-backoff: electron/engine/db/connection.ts -> electron/engine/orders/service.ts',
    )
    expect(found).toContain('no-upward-from-orders: electron/engine/orders/service.ts -> electron/engine/conversation/conversation.ts')
    expect(found.some((v) => v.startsWith('no-circular: '))).toBe(true)
  }, 60_000)
})
