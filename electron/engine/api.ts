// The dispatcher: the only door from a UI into the engine. Both hosts (Electron IPC and the headless
// WebSocket) call `dispatch`, which validates the method name and arguments against the shared contract,
// runs the handler, and returns errors as data.
import { z } from 'zod'
import {
  METHODS,
  isMethodName,
  type ApiError,
  type ApiResult,
  type MethodName,
  type ParsedArgs,
  type Result,
} from '../../shared/contract'
import type { Engine } from './index'
import { ConflictError, NotFoundError } from './catalog/service'
import { SettingError } from './settings'
import { ProductInputSchema } from '../../shared/contract'
import { orderSummary, ordersCsv } from './orders/summary'
import { whatsappLink } from './whatsapp-link'

type Handler<M extends MethodName> = (args: ParsedArgs<M>) => Result<M> | Promise<Result<M>>
export type Handlers = { [M in MethodName]: Handler<M> }

declare const __APP_VERSION__: string | undefined
const VERSION =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (process.env.npm_package_version ?? '0.1.0')

export function createHandlers(engine: Engine): Handlers {
  const { catalog, settings } = engine
  return {
    'app.info': () => ({
      version: VERSION,
      shop: {
        name: settings.get('shop.name'),
        currency: settings.get('shop.currency'),
        timezone: String(settings.get('shop.timezone')),
        country: settings.get('shop.country'),
      },
      host: engine.host,
      catalogEmpty: catalog.isEmpty(),
      ui: { language: settings.get('ui.language'), theme: settings.get('ui.theme') },
      setupDone: settings.get('setup.done'),
    }),
    'settings.get': () => settings.all(),
    'settings.set': ({ key, value }) => {
      refuseLocalOnly(key)
      const stored = settings.set(key, value)
      engine.events.emit('settings.changed', { key })
      return { key, value: stored }
    },
    'catalog.list': (a) => catalog.list(a),
    'catalog.categories': () => catalog.categories(),
    'catalog.get': ({ sku }) => catalog.get(sku),
    'catalog.create': ({ product }) => catalog.create(product),
    'catalog.update': ({ sku, patch }) => {
      // A patch is checked as a whole product too, so e.g. a size can't be set to something the unit can't hold.
      const merged = ProductInputSchema.parse({ ...catalog.get(sku), ...patch })
      return catalog.update(sku, merged)
    },
    'catalog.delete': ({ sku }) => catalog.delete(sku),
    'catalog.import': ({ fileName, bytesBase64 }) =>
      catalog.importCsv(fileName, Buffer.from(bytesBase64, 'base64')),
    'catalog.export': () => ({ csv: catalog.exportCsv() }),
    'catalog.loadSample': () => catalog.loadSample(),
    ...orderHandlers(engine),
    ...chatHandlers(engine),
    ...paymentHandlers(engine),
    ...whatsappHandlers(engine),
  }
}

function orderHandlers(engine: Engine) {
  const { orders } = engine
  return {
    'orders.list': (a: ParsedArgs<'orders.list'>) => orders.list(a),
    'orders.counts': () => orders.counts(),
    'orders.get': ({ number }: ParsedArgs<'orders.get'>) => orders.get(number),
    'orders.transition': ({ number, to, reason }: ParsedArgs<'orders.transition'>) =>
      orders.transition(number, to, { reason: reason ?? null }),
    'orders.editLine': ({ number, position, change }: ParsedArgs<'orders.editLine'>) =>
      orders.editLine(number, position, change),
    'orders.setPayment': ({ number, payment, detail }: ParsedArgs<'orders.setPayment'>) =>
      orders.setPayment(number, payment, detail),
    'orders.setNote': ({ number, note }: ParsedArgs<'orders.setNote'>) => orders.setNote(number, note),
    'orders.slip': ({ number }: ParsedArgs<'orders.slip'>) => ({ text: orders.slip(number) }),
    'orders.summary': (a: ParsedArgs<'orders.summary'>) => orderSummary(engine, a),
    'orders.exportCsv': (a: ParsedArgs<'orders.exportCsv'>) => ordersCsv(engine, a),
  } satisfies Partial<Handlers>
}

function chatHandlers(engine: Engine) {
  const { chats } = engine
  return {
    'chats.list': (a: ParsedArgs<'chats.list'>) => chats.list(a),
    'chats.get': ({ phone }: ParsedArgs<'chats.get'>) => chats.get(phone),
    'chats.messages': ({ phone, before, limit }: ParsedArgs<'chats.messages'>) =>
      chats.messages(phone, before, limit),
    'chats.reply': ({ phone, text }: ParsedArgs<'chats.reply'>) => chats.reply(phone, text),
    'chats.pauseBot': ({ phone }: ParsedArgs<'chats.pauseBot'>) => chats.pauseBot(phone),
    'chats.resumeBot': ({ phone }: ParsedArgs<'chats.resumeBot'>) => chats.resumeBot(phone),
    'chats.markRead': ({ phone }: ParsedArgs<'chats.markRead'>) => chats.markRead(phone),
    'chats.setCustomer': ({ phone, ...patch }: ParsedArgs<'chats.setCustomer'>) =>
      chats.setCustomer(phone, patch),
    'simulator.send': ({ from, text, name }: ParsedArgs<'simulator.send'>) => {
      engine.simulator.simulateInbound(from, text, name ?? null)
      return { accepted: true }
    },
    'templates.list': () => chats.templates(),
    'templates.set': ({ key, language, text }: ParsedArgs<'templates.set'>) =>
      chats.setTemplate(key, language, text),
  } satisfies Partial<Handlers>
}

function paymentHandlers(engine: Engine) {
  const { payments } = engine
  return {
    'payments.request': ({ number, provider }: ParsedArgs<'payments.request'>) =>
      payments.request(number, provider),
    'payments.markPaid': ({ number, method }: ParsedArgs<'payments.markPaid'>) =>
      payments.markPaid(number, method),
    'payments.unpaid': () => ({ items: payments.unpaid() }),
    'payments.status': ({ number }: ParsedArgs<'payments.status'>) => payments.status(number),
    'payments.settings.get': () => payments.settingsView(),
    'payments.settings.set': ({ key, value }: ParsedArgs<'payments.settings.set'>) => {
      refuseLocalOnly(key)
      return payments.setSetting(key, value)
    },
    'payments.qr': ({ number }: ParsedArgs<'payments.qr'>) => payments.qr(number),
  } satisfies Partial<Handlers>
}

function whatsappHandlers(engine: Engine) {
  // Made here so that any host serving the API also pushes `whatsapp.state` events.
  const link = whatsappLink(engine)
  return {
    'whatsapp.state': () => link.status(),
    'whatsapp.link': () => link.link(),
    'whatsapp.pairingCode': ({ phone }: ParsedArgs<'whatsapp.pairingCode'>) => link.pairingCode(phone),
    'whatsapp.logout': () => link.logout(),
    'whatsapp.stop': () => link.stop(),
    'whatsapp.media': ({ messageId }: ParsedArgs<'whatsapp.media'>) => link.mediaOf(messageId),
  } satisfies Partial<Handlers>
}

/**
 * Settings the API (any screen, any paired tablet) may not change: where payment secrets are sent. Only
 * `counterchat config set` on the shop's own computer can.
 */
const LOCAL_ONLY_SETTINGS = new Set(['payments.razorpay.base_url', 'payments.stripe.base_url'])

function refuseLocalOnly(key: string): void {
  if (LOCAL_ONLY_SETTINGS.has(key)) {
    throw new SettingError(
      `${key} can only be changed on the shop's computer: counterchat config set ${key} …`,
    )
  }
}

export type Dispatch = (method: string, args: unknown) => Promise<ApiResult<unknown>>

export function createDispatcher(engine: Engine, handlers: Handlers = createHandlers(engine)): Dispatch {
  return async (method, rawArgs) => {
    if (!isMethodName(method))
      return fail('unknown_method', `Unknown method "${String(method).slice(0, 100)}"`)
    const spec = METHODS[method]
    const parsed = spec.args.safeParse(rawArgs ?? {})
    if (!parsed.success) return fail('invalid_args', describe(parsed.error), parsed.error.issues)
    try {
      const handler = handlers[method] as (a: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value }
    } catch (err) {
      return { ok: false, error: toApiError(err, engine) }
    }
  }
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'Invalid arguments'
  const path = issue.path.join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

function fail(code: ApiError['code'], message: string, details?: unknown): ApiResult<never> {
  return { ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } }
}

export function toApiError(err: unknown, engine?: Engine): ApiError {
  if (err instanceof NotFoundError) return { code: 'not_found', message: err.message }
  if (err instanceof ConflictError) return { code: 'conflict', message: err.message }
  if (err instanceof SettingError) return { code: 'invalid_args', message: err.message }
  if (err instanceof z.ZodError) return { code: 'invalid_args', message: describe(err) }
  const message = err instanceof Error ? err.message : String(err)
  engine?.log.error('api handler failed', { message })
  return { code: 'failed', message: `Something went wrong: ${message}` }
}
