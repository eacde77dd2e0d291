// "/" in the reply box: which saved reply the shopkeeper is asking for, and the text once it is put in.
import type { QuickReply } from '../../../../shared/contract/chats'

export interface SlashQuery {
  /** Where the "/" is. */
  start: number
  /** What follows it up to the caret ("tha" in "/tha"). */
  typed: string
}

/**
 * A "/word" being typed at the caret, at the start of the text or after a space: "ok /tha|" asks for
 * "tha"; "https://x|" or "1/2|" do not (the slash is inside a word).
 */
export function slashQuery(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret)
  const m = /(^|\s)\/([\p{L}\p{N}_-]*)$/u.exec(before)
  if (!m) return null
  return { start: before.length - m[2]!.length - 1, typed: m[2]! }
}

/** Saved replies whose shortcut starts with the typed text (case ignored), in the shop's order. */
export function matchQuickReplies(replies: readonly QuickReply[], typed: string): QuickReply[] {
  const q = typed.toLowerCase()
  return replies.filter((r) => r.shortcut.toLowerCase().startsWith(q))
}

/** The text with "/typed" replaced by the reply, and where the caret goes (just after it). */
export function insertQuickReply(
  text: string,
  q: SlashQuery,
  reply: QuickReply,
): { text: string; caret: number } {
  const end = q.start + 1 + q.typed.length
  const out = text.slice(0, q.start) + reply.text + text.slice(end)
  return { text: out, caret: q.start + reply.text.length }
}
