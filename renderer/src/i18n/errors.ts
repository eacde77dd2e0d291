// The engine's messages in the screens' language: a message that carries a key (shared/contract/texts.ts) is
// said with `<namespace>.<key>`; order statuses among its values are named as the queue names them. Anything
// without a key, or with a key this build does not know, keeps the engine's (English) words.
import { linkReasonKey, type ENGINE_TEXT_KEYS, type KeyedText } from '../../../shared/contract/texts'
import { i18n, t } from './index'

/** Values that are order statuses ("packed"), said as the status chips say them. */
const STATUS_PARAMS = ['from', 'to']

export type EngineNamespace = keyof typeof ENGINE_TEXT_KEYS

/** The keyed text in the screens' language; null when this build has no such key. */
export function keyedText(namespace: EngineNamespace, text: KeyedText): string | null {
  const key = `${namespace}.${text.key}`
  if (!i18n.exists(key)) return null
  const tr = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const params: Record<string, unknown> = { ...text.params }
  for (const k of STATUS_PARAMS) {
    const v = params[k]
    if (typeof v === 'string' && i18n.exists(`words.s_${v}`)) params[k] = tr(`words.s_${v}`)
  }
  return tr(key, params)
}

/** An engine message for the screen: its keyed text when there is one this build knows, else `fallback`. */
export function engineText(
  namespace: EngineNamespace,
  text: KeyedText | null | undefined,
  fallback: string,
): string {
  return (text && keyedText(namespace, text)) ?? fallback
}

export function errorText(text: KeyedText): string | null {
  return keyedText('errors', text)
}

/**
 * Why WhatsApp is disconnected, in the screens' language: the code before ":" in the link's `detail` names the
 * reason (`linkReason.<code>`), and a reconnect the gateway has planned is said with its delay.
 */
export function reasonText(link: { detail: string; retryInSeconds?: number | undefined }): string {
  const code = link.detail.split(':')[0] ?? link.detail
  const tr = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const reason = tr(`linkReason.${linkReasonKey(code)}`, { code })
  const s = link.retryInSeconds
  if (s === undefined) return reason
  const delay = s < 60 ? tr('health.s', { n: s }) : tr('health.min', { n: Math.round(s / 60) })
  return `${reason} ${tr('link.retryIn', { delay })}`
}
