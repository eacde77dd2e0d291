// The engine's errors in the screens' language: an error that carries a key (`ApiError.text`, see
// electron/engine/errors.ts) is said with `errors.<key>`; order statuses among its values are named as the
// queue names them. Anything without a key, or with a key this build does not know, keeps the engine's words.
import type { ApiError } from '../../../shared/contract'
import { i18n, t } from './index'

/** Values that are order statuses ("packed"), said as the status chips say them. */
const STATUS_PARAMS = ['from', 'to']

export function errorText(text: NonNullable<ApiError['text']>): string | null {
  const key = `errors.${text.key}`
  if (!i18n.exists(key)) return null
  const tr = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const params: Record<string, unknown> = { ...text.params }
  for (const k of STATUS_PARAMS) {
    const v = params[k]
    if (typeof v === 'string' && i18n.exists(`words.s_${v}`)) params[k] = tr(`words.s_${v}`)
  }
  return tr(key, params)
}
