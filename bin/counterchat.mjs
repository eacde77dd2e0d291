#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx counterchat ...` works in a fresh clone without a build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../electron/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
