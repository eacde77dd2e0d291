import { resolve } from 'node:path'
import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

// The command-line tools and the headless host (`counterchat ...`), built to plain JavaScript in out/cli beside
// the Electron bundles, so a start never compiles TypeScript. Each command stays its own chunk, loaded only
// when used (`counterchat --help` loads none of them). Packages stay outside the bundle: node_modules is
// there at run time, and better-sqlite3's native binary cannot be bundled anyway.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    target: 'node22',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { main: resolve(import.meta.dirname, 'electron/cli/main.ts') },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), /^[^./]/],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
