// Packaging the desktop app with electron-builder, where Electron can be downloaded. On the machines this
// project is developed and tested on it cannot be (no Electron download), so `electron-vite build` is as far as
// it goes there; see docs/ARCHITECTURE.md ("Packaging"). Where it can, after `npm run build`:
//   npx electron-builder@26 --config electron-builder.config.cjs
// The afterPack hook flips Electron's fuses (electron/packaging/after-pack.cjs).
module.exports = {
  appId: 'app.counterchat.desktop',
  productName: 'CounterChat',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**', 'package.json', '!**/*.map'],
  asar: true,
  // better-sqlite3's native binary must be a real file on disk to be loaded.
  asarUnpack: ['**/node_modules/better-sqlite3/**'],
  // better-sqlite3 ships N-API prebuilds that load in Electron as they are (docs/ARCHITECTURE.md).
  npmRebuild: false,
  afterPack: './electron/packaging/after-pack.cjs',
  win: { target: 'nsis' },
  mac: { target: 'dmg', hardenedRuntime: true },
  linux: { target: 'AppImage', category: 'Office' },
}
