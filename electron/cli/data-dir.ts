import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * Where the headless host and the CLI keep the shop's data when --data is not given: the same folder the
 * desktop app uses (Electron's userData for an app named CounterChat), so both see the same shop.
 */
export function defaultDataDir(): string {
  if (process.env.COUNTERCHAT_DATA) return resolve(process.env.COUNTERCHAT_DATA)
  const home = homedir()
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'CounterChat')
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'CounterChat')
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'CounterChat')
}

export function dataDirFrom(flag: string | boolean | undefined): string {
  return typeof flag === 'string' ? resolve(flag) : defaultDataDir()
}
