#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx counterchat ...` works in a fresh clone without a build step.
import { register } from 'tsx/esm/api'

register()
// `counterchat export | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})
const { main } = await import('../electron/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
