// Which WhatsApp messages are a customer talking to the shop, and what they become for the inbox.
// Everything here treats the wire as hostile: any field may be missing, of the wrong type or huge.
import { systemClock } from '../../../shared/clock'
import type { InboundKind, InboundMessage } from './gateway'
import { chatIdToPhone } from './phone'

/** The parts of a whatsapp-web.js `Message` this module reads (all optional: the wire is untrusted). */
export interface WireMessage {
  id?: { _serialized?: unknown; fromMe?: unknown; remote?: unknown } | null
  from?: unknown
  author?: unknown
  fromMe?: unknown
  type?: unknown
  body?: unknown
  timestamp?: unknown
  hasMedia?: unknown
  isStatus?: unknown
  broadcast?: unknown
  location?: { latitude?: unknown; longitude?: unknown; description?: unknown } | null
  vCards?: unknown
  _data?: {
    notifyName?: unknown
    isNotification?: unknown
    vcardFormattedName?: unknown
    caption?: unknown
  } | null
}

export type DropReason =
  | 'own message'
  | 'group'
  | 'status or broadcast'
  | 'channel'
  | 'system notice'
  | 'deleted'
  | 'reaction'
  | 'not a phone number'
  | 'malformed'

export type Classified = { accept: InboundMessage } | { drop: DropReason }

/** WhatsApp's own cap on a text message; anything longer is not from a real client. */
export const MAX_TEXT = 65_536
const MAX_NAME = 100

const MEDIA = new Set(['image', 'video', 'audio', 'ptt', 'document', 'sticker', 'album'])
const SYSTEM = new Set([
  'e2e_notification',
  'notification',
  'notification_template',
  'gp2',
  'group_notification',
  'broadcast_notification',
  'call_log',
  'protocol',
  'ciphertext',
  'debug',
  'unknown',
  'oversized',
  'poll_update',
  'pin_message',
  'keep_in_chat',
])

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * Replaces lone UTF-16 surrogates with U+FFFD and caps the length without splitting a pair: SQLite, JSON
 * and the UI all choke differently on half a character, so the inbox only ever sees well-formed text.
 */
/** The chat a message belongs to, as WhatsApp addresses it. */
export function chatOfMessage(m: WireMessage): string {
  return chatOf(m)
}

export function cleanText(value: unknown, max = MAX_TEXT): string {
  const s = str(value)
  let out = ''
  let start = 0
  const end = Math.min(s.length, max)
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff && i + 1 < end) {
        i++
        continue
      }
      out += s.slice(start, i) + '\uFFFD'
      start = i + 1
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += s.slice(start, i) + '\uFFFD'
      start = i + 1
    }
  }
  return out + s.slice(start, end)
}

function chatOf(m: WireMessage): string {
  const remote = m.id?.remote
  if (typeof remote === 'string') return remote
  if (
    remote &&
    typeof remote === 'object' &&
    typeof (remote as { _serialized?: unknown })._serialized === 'string'
  )
    return (remote as { _serialized: string })._serialized
  return str(m.from)
}

function describeLocation(m: WireMessage): string {
  const lat = Number(m.location?.latitude)
  const lng = Number(m.location?.longitude)
  const where = cleanText(m.location?.description, 500).replace(/\n/g, ', ')
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return where
  const pin = `https://maps.google.com/?q=${lat},${lng}`
  return where ? `${where} ${pin}` : pin
}

function describeContacts(m: WireMessage): string {
  const cards = Array.isArray(m.vCards) ? m.vCards.filter((c): c is string => typeof c === 'string') : []
  const names: string[] = []
  for (const card of cards.slice(0, 10)) {
    const fn = /^FN[^:]*:(.*)$/m.exec(card)?.[1]?.trim()
    const tel = /^(?:item\d+\.)?TEL[^:]*:(.*)$/m.exec(card)?.[1]?.trim()
    names.push([fn, tel].filter(Boolean).join(' '))
  }
  return cleanText(names.filter(Boolean).join('; ') || str(m._data?.vcardFormattedName), 2000)
}

/**
 * Decides whether `m` is a one-to-one customer message. Text is carried as typed; media carries its
 * caption (possibly empty); a location or a contact card carries a readable summary for the chat view.
 * `kind` tells the conversation which of these it is: only 'text', and media with a caption, are orders.
 */
export function classify(
  m: WireMessage | null | undefined,
  /** The phone-number chat id (`…@c.us`) for a sender WhatsApp addressed by privacy id (`…@lid`). */
  phoneChatId?: string | null,
  /** The gateway's clock, for a message that carries no timestamp of its own. */
  now: () => number = systemClock.now,
): Classified {
  if (!m || typeof m !== 'object') return { drop: 'malformed' }
  const providerId = m.id?._serialized
  if (typeof providerId !== 'string' || providerId === '') return { drop: 'malformed' }
  if (m.fromMe === true || m.id?.fromMe === true) return { drop: 'own message' }
  const chat = chatOf(m)
  if (chat.endsWith('@g.us') || (typeof m.author === 'string' && m.author !== '')) return { drop: 'group' }
  if (chat.endsWith('@broadcast') || m.isStatus === true || m.broadcast === true)
    return { drop: 'status or broadcast' }
  if (chat.endsWith('@newsletter')) return { drop: 'channel' }
  const type = str(m.type)
  if (type === 'revoked') return { drop: 'deleted' }
  if (type === 'reaction') return { drop: 'reaction' }
  if (SYSTEM.has(type) || m._data?.isNotification === true) return { drop: 'system notice' }
  const from = chatIdToPhone(chat.endsWith('@lid') && phoneChatId ? phoneChatId : chat)
  if (!from) return { drop: 'not a phone number' }

  let kind: InboundKind
  let text: string
  if (type === 'chat') {
    kind = 'text'
    text = cleanText(m.body)
  } else if (MEDIA.has(type) || m.hasMedia === true) {
    kind = 'media'
    // whatsapp-web.js puts the caption in `body` for media; never the base64 thumbnail some versions leak.
    text = m.hasMedia === true ? cleanText(m.body) : cleanText(m._data?.caption)
  } else if (type === 'location') {
    kind = 'location'
    text = describeLocation(m)
  } else if (type === 'vcard' || type === 'multi_vcard') {
    kind = 'contact'
    text = describeContacts(m)
  } else {
    kind = 'other'
    text = cleanText(m.body, 4000)
  }

  const seconds = Number(m.timestamp)
  const name = cleanText(m._data?.notifyName, MAX_NAME).trim()
  return {
    accept: {
      providerId,
      from,
      name: name === '' ? null : name,
      text,
      kind,
      timestamp: Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : now(),
    },
  }
}
