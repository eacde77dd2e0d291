// The Chats screen's one setting: the shop's quick replies, put into the reply box with "/".
import type { SettingDefs } from '../settings/settings'
import { QuickRepliesSchema, type QuickReply } from '../../../shared/contract/chats'

/** Starters so "/" shows something on a fresh shop; the shopkeeper edits them in Settings. */
const STARTER_REPLIES: QuickReply[] = [
  { shortcut: 'thanks', text: 'Thank you! See you again soon.' },
  { shortcut: 'ready', text: 'Your order is ready for pickup.' },
  { shortcut: 'wait', text: 'One moment please, I will check and reply.' },
]

export const CHAT_SETTINGS = {
  'chats.quickReplies': { schema: QuickRepliesSchema, default: STARTER_REPLIES },
} satisfies SettingDefs
