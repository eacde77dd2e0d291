// The one API between the UI and the engine, served identically over Electron IPC and the headless host's
// WebSocket. Each method declares its argument and result schemas once; both hosts validate through the same
// dispatcher, so the two transports cannot drift apart.
import { z } from 'zod'
import { KeyedTextSchema } from './texts'

export interface MethodSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A
  result: R
}

export function method<A extends z.ZodType, R extends z.ZodType>(args: A, result: R): MethodSpec<A, R> {
  return { args, result }
}

/** Errors cross the wire as data, never as thrown exceptions. `code` is for programs, `message` for people. */
export const ApiErrorSchema = z.object({
  code: z.enum(['invalid_args', 'not_found', 'conflict', 'unknown_method', 'unauthorized', 'not_allowed', 'failed', 'rate_limited']),
  message: z.string(),
  details: z.unknown().optional(),
  /** The message as a key and its values, so a screen can say it in its own language (`message` is English). */
  text: KeyedTextSchema.optional(),
})
export type ApiError = z.infer<typeof ApiErrorSchema>

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }
