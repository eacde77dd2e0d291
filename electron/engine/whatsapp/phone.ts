// WhatsApp addresses a one-to-one chat by "<digits>@c.us"; the rest of CounterChat speaks E.164 ("+<digits>").

const CHAT_ID = /^(\d{6,15})@c\.us$/
const E164 = /^\+?(\d{6,15})$/

/** "919800000001@c.us" -> "+919800000001"; null for groups, broadcasts, channels, LIDs and anything else. */
export function chatIdToPhone(chatId: string): string | null {
  const m = CHAT_ID.exec(chatId)
  return m ? `+${m[1]}` : null
}

/**
 * "+91 98000-00001" -> "919800000001@c.us". Throws on anything that is not a plausible international number,
 * so a bad address fails in the outbox (visible, retried never) rather than at WhatsApp.
 */
export function phoneToChatId(phone: string): string {
  const compact = phone.replace(/[\s\-().]/g, '')
  const m = E164.exec(compact)
  if (!m) throw new Error(`not an international phone number: ${JSON.stringify(phone)}`)
  return `${m[1]}@c.us`
}

/** The shop's own number as shown on the Link screen. */
export function userToPhone(user: string): string {
  return /^\d+$/.test(user) ? `+${user}` : user
}
