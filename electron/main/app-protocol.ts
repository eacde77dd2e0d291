// The renderer is served from app://counterchat/ (a standard, secure custom scheme) instead of file://, so the
// page has a real origin of its own, file:// pages elsewhere on disk are not "our page", and no file outside the
// built renderer folder can be read through it. Plain Node: the path rule is tested without Electron.
import { extname, join, normalize, resolve, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'counterchat'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX = `${APP_ORIGIN}/index.html`

/**
 * The file under `root` that an app:// URL names, or null (wrong host, bad encoding, outside the folder).
 * A path with no file extension is a client-side view and gets the app shell (index.html).
 */
export function appFileFor(root: string, rawUrl: string): string | null {
  let url: URL
  let pathname: string
  try {
    url = new URL(rawUrl)
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || pathname.includes('\0')) return null
  const base = resolve(root)
  const rel = normalize(pathname).replace(/^([/\\])+/, '')
  const file = join(base, rel || 'index.html')
  if (file !== base && !file.startsWith(base + sep)) return null
  return extname(file) === '' ? join(base, 'index.html') : file
}
