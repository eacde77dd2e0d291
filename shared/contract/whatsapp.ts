// Linking the shop's own WhatsApp (whatsapp-web.js, "Linked devices"): the Link screen reads the status,
// starts linking (QR or pairing code), reconnects, logs out or switches WhatsApp off, and gets every change
// of the link as a `whatsapp.state` event. The QR travels as WhatsApp's raw string; the UI draws it.
import { z } from 'zod'
import { method } from './define'

/** The gateway's LinkState (electron/engine/whatsapp/gateway.ts), as it crosses the wire. */
export const LinkStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('starting') }),
  /** `qr` is the raw string WhatsApp Web would draw; it changes every ~20 s. */
  z.object({ state: z.literal('qr'), qr: z.string() }),
  /** The 8-character code to type on the phone (Linked devices > Link with phone number instead). */
  z.object({ state: z.literal('pairing_code'), code: z.string() }),
  /** Loading chats after the scan (or on a restored session); percent null when unknown. */
  z.object({ state: z.literal('syncing'), percent: z.number().min(0).max(100).nullable() }),
  z.object({ state: z.literal('ready'), me: z.object({ phone: z.string(), name: z.string() }) }),
  /**
   * `reason` in plain English words; `detail` the raw code for support, its part before ":" the reason's key
   * (`linkReason.<code>`, see texts.ts linkReasonKey); `retryInSeconds` when WhatsApp reconnects by itself.
   */
  z.object({
    state: z.literal('disconnected'),
    reason: z.string(),
    detail: z.string(),
    retryInSeconds: z.number().optional(),
  }),
])
export type LinkStateView = z.infer<typeof LinkStateSchema>

export const WhatsAppStatusSchema = z.object({
  /** False when this host runs without WhatsApp (only "Try as customer"). */
  available: z.boolean(),
  link: LinkStateSchema,
  /** A linked session is saved on this computer: starting again needs no scan. */
  sessionSaved: z.boolean(),
  /** WhatsApp starts by itself when the app starts (it was linked and not switched off or logged out). */
  enabled: z.boolean(),
  /** The browser WhatsApp runs in, as last found; null when none was found (see browserProblem) or not looked. */
  browser: z
    .object({ path: z.string(), source: z.enum(['configured', 'environment', 'system', 'downloaded']) })
    .nullable(),
  /** Why no browser could be used, in plain words. */
  browserProblem: z.string().nullable(),
  /** A browser download in progress, 0..1; null when none. */
  download: z.number().min(0).max(1).nullable(),
  /** Browsers found where browsers are installed on this computer: the only ones the desktop Settings offers. */
  installedBrowsers: z.array(z.string()),
})
export type WhatsAppStatus = z.infer<typeof WhatsAppStatusSchema>

/** A phone number as people type it: digits with an optional +, spaces, dashes, dots or brackets. */
export const LinkPhoneSchema = z
  .string()
  .trim()
  .max(32)
  .regex(/^\+?[\d\s\-().]+$/, 'Type the phone number with country code, e.g. +91 98123 45678')
  .transform((s) => s.replace(/[^\d]/g, ''))
  .refine(
    (d) => d.length >= 8 && d.length <= 15,
    'Type the full number with country code, e.g. +91 98123 45678',
  )

export const whatsappMethods = {
  /** The link's current state, whether a session is saved, and the browser in use. */
  'whatsapp.state': method(z.object({}), WhatsAppStatusSchema),
  /** "Link WhatsApp" / "Reconnect": starts WhatsApp, or reconnects at once when disconnected. Returns at once. */
  'whatsapp.link': method(z.object({}), WhatsAppStatusSchema),
  /** Link by phone number instead of QR: resolves with the 8-character code to type on the phone. */
  'whatsapp.pairingCode': method(z.object({ phone: LinkPhoneSchema }), z.object({ code: z.string() })),
  /** Unlinks this computer (WhatsApp's "Log out") and deletes the saved session: the next link needs a scan. */
  'whatsapp.logout': method(z.object({}), WhatsAppStatusSchema),
  /** Switches WhatsApp off in CounterChat, keeping the session (the next "Link WhatsApp" needs no scan). */
  'whatsapp.stop': method(z.object({}), WhatsAppStatusSchema),
  /**
   * The browser WhatsApp runs in, chosen in the desktop app's Settings (the owner at the computer; refused on
   * every other connection): one of `installedBrowsers`, or null to find one by itself. Any other path can only
   * be named with `counterchat config set whatsapp.browserPath PATH` at the computer.
   */
  'whatsapp.setBrowser': method(z.object({ path: z.string().max(1000).nullable() }), WhatsAppStatusSchema),
  /** A customer's photo (or other media) as stored when it arrived; not_found when none is stored. */
  'whatsapp.media': method(
    z.object({ messageId: z.string().regex(/^in:\d+$/, 'an inbound message id like in:12') }),
    z.object({ mimetype: z.string(), filename: z.string().nullable(), dataBase64: z.string() }),
  ),
}

export const whatsappEvents = {
  /** Every change of the link (each QR rotation included) and of a browser download's progress. */
  'whatsapp.state': WhatsAppStatusSchema,
}
