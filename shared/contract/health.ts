// How the counter is doing, at a glance: the WhatsApp link and since when, the last message in and out, the
// replies still waiting (and how long the oldest has waited), memory, the last backup and the last planned
// browser restart. The same snapshot feeds the status panel and the headless host's /healthz.
import { z } from 'zod'
import { method } from './define'

/** A reply waiting longer than this is shown as a warning to the shopkeeper. */
export const REPLY_WAIT_WARN_S = 60

export const HealthSchema = z.object({
  /** When the snapshot was taken (ms since the epoch). */
  at: z.number(),
  whatsapp: z.object({
    /** False when this copy runs only the simulator. */
    available: z.boolean(),
    state: z.enum(['starting', 'qr', 'pairing_code', 'syncing', 'ready', 'disconnected']),
    /** The plain-words reason while disconnected. */
    reason: z.string().nullable(),
    /** When the link entered this state; null when unknown. */
    since: z.number().nullable(),
  }),
  lastInboundAt: z.number().nullable(),
  lastSentAt: z.number().nullable(),
  outbox: z.object({
    /** Messages queued or being sent. */
    backlog: z.number().int().min(0),
    /** Age in seconds of the oldest message still waiting; null when none waits. */
    oldestWaitingS: z.number().min(0).nullable(),
  }),
  memory: z.object({
    /** This process (engine and host), resident, in MiB. */
    hostRssMiB: z.number(),
    /** WhatsApp's browser (all its processes), resident, in MiB; null when it is not running or unknown. */
    browserRssMiB: z.number().nullable(),
  }),
  /** The last backup of the shop's data; null when none is recorded. */
  lastBackupAt: z.number().nullable(),
  /** The last planned restart of WhatsApp's browser (daily, or for its memory). */
  lastRecycle: z.object({ at: z.number(), reason: z.string() }).nullable(),
  /** What needs the shopkeeper's attention, in plain words (empty when all is well). */
  warnings: z.array(z.string()),
})
export type Health = z.infer<typeof HealthSchema>

export const healthMethods = {
  health: method(z.object({}), HealthSchema),
}
