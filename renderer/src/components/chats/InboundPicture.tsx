import { useTranslation } from 'react-i18next'
import { useEffect, useState } from 'react'
import { api, ApiCallError } from '../../api/client'

type Media = { src: string | null; mimetype: string; filename: string | null }

/** Fetched bytes by message id, for the page's life: a transcript re-renders often, a photo is read once. */
const cache = new Map<string, Media>()
/** The engine fetches a photo from WhatsApp right after the message: a few short waits cover that. */
const RETRY_MS = [1500, 4000, 10_000]

/** A customer's photo (or file) in the transcript, as stored when it arrived (`whatsapp.media`). */
export function InboundPicture({ messageId, caption }: { messageId: string; caption: string }) {
  const { t } = useTranslation()
  const [media, setMedia] = useState<Media | null>(() => cache.get(messageId) ?? null)
  const [missing, setMissing] = useState(false)
  useEffect(() => {
    if (cache.has(messageId)) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | null = null
    const load = (attempt: number) => {
      api.call('whatsapp.media', { messageId }).then(
        (m) => {
          const value: Media = {
            src: m.mimetype.startsWith('image/') ? `data:${m.mimetype};base64,${m.dataBase64}` : null,
            mimetype: m.mimetype,
            filename: m.filename,
          }
          cache.set(messageId, value)
          if (live) setMedia(value)
        },
        (err: unknown) => {
          if (!live) return
          const retry = RETRY_MS[attempt]
          if (err instanceof ApiCallError && err.code === 'not_found' && retry !== undefined)
            timer = setTimeout(() => load(attempt + 1), retry)
          else setMissing(true)
        },
      )
    }
    load(0)
    return () => {
      live = false
      if (timer) clearTimeout(timer)
    }
  }, [messageId])
  if (media?.src)
    return (
      <img
        className="bubble-picture"
        src={media.src}
        alt={caption ? t('chats.photo', { caption }) : t('chats.photoFrom')}
        data-testid="chat-picture"
      />
    )
  return (
    <p className="bubble-attachment" data-testid="chat-attachment">
      {media
        ? `📎 ${media.filename ?? t('chats.aFile')} (${media.mimetype})`
        : missing
          ? t('chats.fileMissing')
          : t('chats.fileLoading')}
    </p>
  )
}
