// Moving catalog files between the shop's computer and the engine, in the browser.
import { t } from '../../i18n'
import { currentFormat } from '../../i18n/format'

/** The engine refuses larger files anyway; checking first spares reading and sending 20+ MB for nothing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export function tooBigMessage(file: File): string | null {
  if (file.size <= MAX_IMPORT_BYTES) return null
  return t('importFile.tooBig', {
    mb: currentFormat().number(Number((file.size / 1024 / 1024).toFixed(1))),
    max: MAX_IMPORT_BYTES / 1024 / 1024,
  })
}

/** The file's bytes as base64, as catalog.import wants them (the engine checks the encoding, not us). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
