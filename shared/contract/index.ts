// The whole contract: every area adds its methods and events here (one file per area beside this one).
import type { z } from 'zod'
import { appEvents, appMethods, backupMethods } from './app'
import { catalogEvents, catalogMethods } from './catalog'
import { chatsEvents, chatsMethods } from './chats'
import { healthMethods } from './health'
import { ordersEvents, ordersMethods } from './orders'
import { paymentsEvents, paymentsMethods } from './payments'
import { whatsappEvents, whatsappMethods } from './whatsapp'
import { counterEvents, counterMethods } from './counter'
import { khataEvents, khataMethods } from './khata'

export * from './define'
export * from './languages'
export * from './schemas'
export * from './health'
export * from './texts'

export const METHODS = { ...appMethods, ...backupMethods, ...catalogMethods, ...ordersMethods, ...chatsMethods, ...paymentsMethods, ...whatsappMethods, ...counterMethods, ...khataMethods, ...healthMethods }
export const EVENTS = { ...appEvents, ...catalogEvents, ...ordersEvents, ...chatsEvents, ...paymentsEvents, ...whatsappEvents, ...counterEvents, ...khataEvents }

export type Methods = typeof METHODS
export type MethodName = keyof Methods
export type Args<M extends MethodName> = z.input<Methods[M]['args']>
export type ParsedArgs<M extends MethodName> = z.output<Methods[M]['args']>
export type Result<M extends MethodName> = z.output<Methods[M]['result']>
export type EventName = keyof typeof EVENTS
export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, name)
}
