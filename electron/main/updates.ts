// Updates for installed copies (docs/release.md): electron-updater reads the feed electron-builder wrote into
// app-update.yml from `publish` in electron-builder.yml, downloads a newer release in the background and
// installs it on the next quit, with a system notification. A copy run from a clone (`npm start`) never checks.
import { app } from 'electron'

const SIX_HOURS = 6 * 60 * 60 * 1000

export function startUpdateChecks(log: (msg: string, fields?: Record<string, unknown>) => void): void {
  if (!app.isPackaged || process.env.COUNTERCHAT_NO_UPDATES === '1') return
  const check = async () => {
    try {
      const { autoUpdater } = await import('electron-updater')
      // Orders must not be cut off mid-work: install only when the shopkeeper quits, never restart for it.
      autoUpdater.autoInstallOnAppQuit = true
      await autoUpdater.checkForUpdatesAndNotify()
    } catch (err) {
      // Offline, or a feed that is down: the shop keeps working on the version it has.
      log('update check failed', { error: err instanceof Error ? err.message : String(err) })
    }
  }
  void check()
  setInterval(() => void check(), SIX_HOURS).unref()
}
