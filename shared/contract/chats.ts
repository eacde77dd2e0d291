// Conversations with customers: the chats view, manual replies, pausing and resuming the bot, the
// "Try it as a customer" simulator and the editable reply templates.
import { z } from 'zod'
import { method } from './define'
import { nameText, UnitSchema } from './schemas'
import { LANGUAGES } from './languages'
import { keyedRule } from './texts'

export const LanguageSchema = z.enum(LANGUAGES)

export const ChatSummarySchema = z.object({
  phone: z.string(),
  name: z.string().nullable(),
  channel: z.string(),
  /** The language the customer is answered in: decided from several of their messages, or set by the shop. */
  language: LanguageSchema,
  /** The shopkeeper set the language (chats.setLanguage); the customer's messages no longer change it. */
  languagePinned: z.boolean(),
  /** The bot is paused for this chat (the customer asked for a person, or the shopkeeper took over). */
  botPaused: z.boolean(),
  /** Shown first in the chats view: the customer asked for a person or a message could not be delivered. */
  needsHuman: z.boolean(),
  /** Why it needs a person, in the shopkeeper's words. */
  attention: z.string().nullable(),
  unread: z.number().int(),
  /** The shopkeeper's labels on this customer ("regular", "wholesale"), sorted. */
  labels: z.array(z.string()),
  lastMessageAt: z.number(),
  lastText: z.string(),
})
export type ChatSummary = z.infer<typeof ChatSummarySchema>

export const CartLineViewSchema = z.object({
  sku: z.string(),
  name: z.string(),
  qty: z.number(),
  unit: UnitSchema,
  unitPrice: z.number().int(),
  amount: z.number().int(),
})

export const ChatDetailSchema = ChatSummarySchema.extend({
  address: z.string().nullable(),
  notes: z.string().nullable(),
  cart: z.array(CartLineViewSchema),
  cartTotal: z.number().int(),
  /** The question the bot is waiting on, in plain words, or null. */
  pending: z.string().nullable(),
  latestOrder: z.number().int().nullable(),
})

export const ChatMessageSchema = z.object({
  /** "in:12" / "out:34": unique across both directions. */
  id: z.string(),
  phone: z.string(),
  direction: z.enum(['in', 'out']),
  text: z.string(),
  at: z.number(),
  /** in: pending|processed|throttled|failed; out: queued|sending|sent|failed|uncertain|cancelled */
  status: z.string(),
  origin: z.enum(['customer', 'bot', 'manual', 'status', 'payment']),
  /** WhatsApp ticks for sent messages: 1 server, 2 delivered, 3 read. */
  ack: z.number().int().nullable(),
  /** Inbound only: what the customer sent. 'media' is a photo or file (its bytes via `whatsapp.media`). */
  kind: z.enum(['text', 'media', 'location', 'contact', 'other']).optional(),
})
export type ChatMessage = z.infer<typeof ChatMessageSchema>

export const TemplateSchema = z.object({
  key: z.string(),
  language: LanguageSchema,
  default: z.string(),
  /** The shopkeeper's own wording, or null when the default is used. */
  override: z.string().nullable(),
  /** Placeholders the text may use, e.g. {shop}. */
  placeholders: z.array(z.string()),
})

/** A label on a chat: short words, no commas (a list of them is typed comma-separated). */
export const LabelSchema = z
  .string()
  .trim()
  .min(1, 'A label needs a word')
  .max(30, 'A label is at most 30 characters')
  .refine((v) => /^[^,\n]+$/.test(v), keyedRule('zod_labelComma', 'A label cannot contain a comma'))

/** A saved reply the shopkeeper inserts with "/shortcut" in the reply box. */
export const QuickReplySchema = z.object({
  shortcut: z
    .string()
    .trim()
    .refine(
      (v) => /^[\p{L}\p{N}_-]{1,30}$/u.test(v),
      keyedRule('zod_shortcut', 'A shortcut is one word (letters, digits, - or _), at most 30 characters'),
    ),
  text: z.string().trim().min(1, 'A quick reply needs a text').max(1000),
})
export type QuickReply = z.infer<typeof QuickReplySchema>

export const QuickRepliesSchema = z
  .array(QuickReplySchema)
  .max(100)
  .refine(
    (list) => new Set(list.map((r) => r.shortcut.toLowerCase())).size === list.length,
    keyedRule('zod_shortcutTwice', 'Two quick replies have the same shortcut'),
  )

export const chatsMethods = {
  /** Every conversation: needs-a-person first, then unread, then most recent. */
  'chats.list': method(
    z.object({
      query: z.string().max(100).optional(),
      /** Only chats with this label. */
      label: z.string().max(30).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    z.object({ total: z.number().int(), items: z.array(ChatSummarySchema) }),
  ),
  /** Every label in use, with how many chats carry it. */
  'chats.labels': method(z.object({}), z.array(z.object({ name: z.string(), count: z.number().int() }))),
  'chats.addLabel': method(z.object({ phone: z.string().min(1).max(40), label: LabelSchema }), ChatSummarySchema),
  'chats.removeLabel': method(
    z.object({ phone: z.string().min(1).max(40), label: z.string().min(1).max(30) }),
    ChatSummarySchema,
  ),
  /** The shop's saved replies (setting `chats.quickReplies`). */
  'chats.quickReplies': method(z.object({}), z.array(QuickReplySchema)),
  'chats.get': method(z.object({ phone: z.string().min(1).max(40) }), ChatDetailSchema),
  /** The transcript, newest last; pass `before` (a message's `at`) to load older ones. */
  'chats.messages': method(
    z.object({
      phone: z.string().min(1).max(40),
      before: z.number().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    z.object({ items: z.array(ChatMessageSchema), hasMore: z.boolean() }),
  ),
  /** A reply typed by the shopkeeper; it goes through the outbox like every other message. */
  'chats.reply': method(
    z.object({ phone: z.string().min(1).max(40), text: z.string().trim().min(1).max(4096) }),
    ChatMessageSchema,
  ),
  'chats.pauseBot': method(z.object({ phone: z.string().min(1).max(40) }), ChatSummarySchema),
  /** Hands the chat back to the bot and clears "needs a person". */
  'chats.resumeBot': method(z.object({ phone: z.string().min(1).max(40) }), ChatSummarySchema),
  'chats.markRead': method(z.object({ phone: z.string().min(1).max(40) }), ChatSummarySchema),
  'chats.setCustomer': method(
    z.object({
      phone: z.string().min(1).max(40),
      name: nameText(100).nullable().optional(),
      address: z.string().trim().max(500).nullable().optional(),
      notes: z.string().trim().max(2000).nullable().optional(),
    }),
    ChatDetailSchema,
  ),
  /**
   * The language this customer is answered in, set by the shopkeeper: it stays whatever the customer writes.
   * null hands it back to the customer's messages (decided from several of them).
   */
  'chats.setLanguage': method(
    z.object({ phone: z.string().min(1).max(40), language: LanguageSchema.nullable() }),
    ChatSummarySchema,
  ),
  /** "Try it as a customer": one message from a pretend phone; replies arrive as `simulator.message` events. */
  'simulator.send': method(
    z.object({
      from: z.string().min(3).max(40),
      text: z.string().max(70_000),
      name: nameText(100).optional(),
    }),
    z.object({ accepted: z.boolean() }),
  ),
  'templates.list': method(z.object({}), z.array(TemplateSchema)),
  /** Sets (or with null, clears) the shop's wording of one reply in one language. */
  'templates.set': method(
    z.object({
      key: z.string().min(1).max(60),
      language: LanguageSchema,
      text: z.string().max(2000).nullable(),
    }),
    TemplateSchema,
  ),
}

export const chatsEvents = {
  /** A chat's summary changed (new message, unread, needs a person, paused): refresh its row. */
  'chats.changed': z.object({ phone: z.string() }),
  /** One message in or out, or a status change of one (queued -> sent -> acks). */
  'chat.message': ChatMessageSchema,
  /** What the simulated customer's phone receives, for the simulator panel. */
  'simulator.message': z.object({
    to: z.string(),
    text: z.string(),
    at: z.number(),
    /** A picture sent with `text` as its caption (the UPI QR code), as a PNG data URL. */
    image: z.string().startsWith('data:image/png;base64,').optional(),
  }),
}
