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
import { ConflictError, NotAllowedError, NotFoundError, SettingError, type ErrorText } from './errors'
import { ProductInputSchema, zodIssueText } from '../../shared/contract'
import { orderSummary, ordersCsv } from './orders/summary'
import { whatsappLink } from './whatsapp/link'
import { ReadOnlyDataError } from './db/open-check'
import { dayClose, dayCloseCsv } from './counter/day-close'
import { PhoneError } from './khata/phone'
import { engineHealth } from './health'
import { shopLocale } from './settings/shop'

/**
 * Who is calling. `owner`: the shop's own computer (the desktop window through the preload, or the page the
 * headless host served on loopback). `staff`: a paired LAN device (a tablet), which works the queue, chats and
 * catalog but cannot touch payment settings, the browser WhatsApp runs in, or the WhatsApp link.
 * `via: 'desktop'` only for Electron IPC from our own window: some choices are made only in the desktop app.
 */
export interface Caller {
  role: 'owner' | 'staff'
  via: 'desktop' | 'socket'
}

/** The default caller: the page on loopback. Tests and the desktop main pass their own. */
export const LOOPBACK_OWNER: Caller = { role: 'owner', via: 'socket' }

type Handler<M extends MethodName> = (args: ParsedArgs<M>, caller: Caller) => Result<M> | Promise<Result<M>>
export type Handlers = { [M in MethodName]: Handler<M> }

declare const __APP_VERSION__: string | undefined
const VERSION =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (process.env.npm_package_version ?? '0.1.0')

export function createHandlers(engine: Engine): Handlers {
  const { catalog, settings } = engine
  return {
    'app.info': (_a, caller) => ({
      version: VERSION,
      shop: {
        name: settings.get('shop.name'),
        currency: settings.get('shop.currency'),
        timezone: settings.get('shop.timezone'),
        country: settings.get('shop.country'),
        locale: shopLocale(settings),
      },
      host: engine.host,
      catalogEmpty: catalog.isEmpty(),
      role: caller.role,
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
    'catalog.import': ({ fileName, bytesBase64, mode, dryRun }) =>
      catalog.importCsv(fileName, Buffer.from(bytesBase64, 'base64'), { mode, dryRun }),
    'catalog.export': () => ({ csv: catalog.exportCsv() }),
    'catalog.loadSample': () => catalog.loadSample(),
    ...orderHandlers(engine),
    ...chatHandlers(engine),
    ...paymentHandlers(engine),
    ...whatsappHandlers(engine),
    ...backupHandlers(engine),
    ...counterHandlers(engine),
    ...khataHandlers(engine),
    health: () => engineHealth(engine),
  }
}

function counterHandlers(engine: Engine) {
  const { counter, receipts, settings } = engine
  return {
    'counter.lookup': ({ code }: ParsedArgs<'counter.lookup'>) => counter.lookup(code),
    'counter.quote': ({ lines }: ParsedArgs<'counter.quote'>) => counter.quote(lines),
    'counter.upiQr': ({ lines }: ParsedArgs<'counter.upiQr'>) => counter.upiQr(lines),
    'counter.sell': async ({ lines, payment, print }: ParsedArgs<'counter.sell'>) => {
      const sale = counter.sell(lines, payment)
      // The sale is stored before the printer is tried: an unreachable printer costs a reprint, not the sale.
      const wanted =
        print ?? (settings.get('receipt.autoPrint') === true && settings.get('receipt.printer') !== '')
      const receipt = wanted ? await receipts.print(sale.number) : null
      return { ...sale, receipt }
    },
    'counter.dayClose': (a: ParsedArgs<'counter.dayClose'>) =>
      dayClose(engine.db, settings, engine.clock.now(), a),
    'counter.dayCloseCsv': (a: ParsedArgs<'counter.dayCloseCsv'>) =>
      dayCloseCsv(dayClose(engine.db, settings, engine.clock.now(), a)),
    'receipts.print': ({ number }: ParsedArgs<'receipts.print'>) => receipts.print(number),
    'receipts.testPrint': () => receipts.testPrint(),
    'receipts.printDayClose': (a: ParsedArgs<'receipts.printDayClose'>) =>
      receipts.printBytes(receipts.dayCloseBytes(dayClose(engine.db, settings, engine.clock.now(), a))),
    'receipts.text': ({ number }: ParsedArgs<'receipts.text'>) => ({ text: receipts.text(number) }),
  } satisfies Partial<Handlers>
}

function khataHandlers(engine: Engine) {
  const { khata } = engine
  return {
    'khata.balances': () => khata.balances(),
    'khata.statement': ({ customer }: ParsedArgs<'khata.statement'>) => khata.statement(customer),
    'khata.payment': ({ customer, amount, method, note }: ParsedArgs<'khata.payment'>) =>
      khata.payment(customer, amount, method, note ?? null),
    'khata.correction': ({ customer, amount, note }: ParsedArgs<'khata.correction'>) =>
      khata.correction(customer, amount, note),
    'khata.chargeOrder': ({ number, override }: ParsedArgs<'khata.chargeOrder'>) =>
      khata.chargeOrder(number, override === true),
    'khata.setCustomer': ({ customer, ...patch }: ParsedArgs<'khata.setCustomer'>) =>
      khata.setCustomer(customer, patch),
    'khata.remind': ({ customer }: ParsedArgs<'khata.remind'>) => khata.remind(customer),
  } satisfies Partial<Handlers>
}

function backupHandlers(engine: Engine) {
  return {
    'backup.status': () => engine.backups.status(),
    'backup.now': () => engine.backups.now('manual'),
    'backup.restore': ({ file }: ParsedArgs<'backup.restore'>) => engine.backups.restoreInPlace(file),
  } satisfies Partial<Handlers>
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
    'chats.setLanguage': ({ phone, language }: ParsedArgs<'chats.setLanguage'>) =>
      chats.setLanguage(phone, language),
    'chats.labels': () => chats.labels(),
    'chats.addLabel': ({ phone, label }: ParsedArgs<'chats.addLabel'>) => chats.addLabel(phone, label),
    'chats.removeLabel': ({ phone, label }: ParsedArgs<'chats.removeLabel'>) => chats.removeLabel(phone, label),
    'chats.quickReplies': () => chats.quickReplies(),
    'chats.setCustomer': ({ phone, ...patch }: ParsedArgs<'chats.setCustomer'>) =>
      chats.setCustomer(phone, patch),
    'simulator.send': ({ from, text, name }: ParsedArgs<'simulator.send'>) => {
      engine.simulator.simulateInbound(from, text, name ?? null)
      return { accepted: true }
    },
    'templates.list': () => engine.templates.list(),
    'templates.set': ({ key, language, text }: ParsedArgs<'templates.set'>) =>
      engine.templates.set(key, language, text),
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
    'payments.settings.get': (_a: ParsedArgs<'payments.settings.get'>, caller: Caller) => {
      const view = payments.settingsView()
      if (caller.role === 'owner') return view
      // Staff see whether a key is set, never even its masked hint.
      const secrets = Object.fromEntries(
        Object.keys(view.secrets).map((k) => [k, { set: view.secrets[k]!.set, hint: null }]),
      )
      return { ...view, secrets }
    },
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
    'whatsapp.setBrowser': ({ path }: ParsedArgs<'whatsapp.setBrowser'>, caller: Caller) => {
      if (caller.via !== 'desktop') {
        throw new NotAllowedError(
          "The browser WhatsApp runs in is chosen in the CounterChat app's Settings on the shop's computer, or with `counterchat config set whatsapp.browserPath PATH`.",
        )
      }
      return link.chooseBrowser(path)
    },
    'whatsapp.media': ({ messageId }: ParsedArgs<'whatsapp.media'>) => link.mediaOf(messageId),
  } satisfies Partial<Handlers>
}

/**
 * Settings the API (any screen, any paired tablet) may not change: where payment secrets are sent, and the
 * program started as WhatsApp's browser. Only `counterchat config set` on the shop's own computer can (the
 * desktop Settings chooses a browser through whatsapp.setBrowser, among the installed ones).
 */
const LOCAL_ONLY_SETTINGS = new Set([
  'payments.razorpay.base_url',
  'payments.stripe.base_url',
  'whatsapp.browserPath',
])

function refuseLocalOnly(key: string): void {
  if (LOCAL_ONLY_SETTINGS.has(key)) {
    throw new SettingError(
      `${key} can only be changed on the shop's computer: counterchat config set ${key} …`,
    )
  }
}

/** Refused for who is asking (a LAN device asking for an owner's action): plain words, code not_allowed. */

/** What a paired LAN device (staff) may not do: the owner does these at the shop's computer. */
const OWNER_ONLY_METHODS = new Set<MethodName>([
  'payments.settings.set',
  'whatsapp.link',
  'whatsapp.pairingCode',
  'whatsapp.logout',
  'whatsapp.stop',
  'whatsapp.setBrowser',
  'backup.restore',
  'backup.now',
])

/** Setting keys a LAN device may not change through settings.set (the WhatsApp link's own switches). */
function ownerOnlySetting(key: string): boolean {
  return key.startsWith('whatsapp.') || key.startsWith('payments.')
}

function refuseForStaff(method: MethodName, args: unknown, caller: Caller): void {
  if (caller.role === 'owner') return
  const key = method === 'settings.set' ? (args as { key: string }).key : null
  if (OWNER_ONLY_METHODS.has(method) || (key !== null && ownerOnlySetting(key))) {
    throw new NotAllowedError(
      "Not allowed on this device: payment settings, the browser and the WhatsApp link are changed at the shop's computer.",
    )
  }
}

export type Dispatch = (method: string, args: unknown, caller?: Caller) => Promise<ApiResult<unknown>>

export function createDispatcher(engine: Engine, handlers: Handlers = createHandlers(engine)): Dispatch {
  return async (method, rawArgs, caller = LOOPBACK_OWNER) => {
    if (typeof method !== 'string' || !isMethodName(method))
      return fail('unknown_method', `Unknown method "${quote(String(method))}"`)
    const spec = METHODS[method]
    const parsed = spec.args.safeParse(rawArgs ?? {})
    if (!parsed.success) return invalidArgs(parsed.error)
    try {
      refuseForStaff(method, parsed.data, caller)
      const handler = handlers[method] as (a: unknown, c: Caller) => unknown
      const value = await handler(parsed.data, caller)
      return { ok: true, value }
    } catch (err) {
      return { ok: false, error: toApiError(err, engine) }
    }
  }
}

/** Error replies quote at most this much of what was sent: a 10 MB argument must not come back as 10 MB. */
export const QUOTE_LIMIT = 200

/** `text` cut to QUOTE_LIMIT characters, with an ellipsis when cut. */
export function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'Invalid arguments'
  const path = issue.path.join('.')
  return quote(path ? `${path}: ${issue.message}` : issue.message)
}

/** zod's issues, without the input they quote (an issue may carry the whole value, e.g. an invalid union). */
function shortIssues(error: z.ZodError): unknown {
  return error.issues.slice(0, 10).map((i) => ({
    code: i.code,
    path: i.path
      .slice(0, 10)
      .map((p) => (typeof p === 'string' ? quote(p) : typeof p === 'number' ? p : String(p))),
    message: quote(i.message),
  }))
}

/** A refused argument: English for programs, the first issue keyed for the screens (`errors.zod_*`). */
function invalidArgs(error: z.ZodError): ApiResult<never> {
  const first = error.issues[0]
  return {
    ok: false,
    error: {
      code: 'invalid_args',
      message: describe(error),
      details: shortIssues(error),
      ...(first ? { text: zodIssueText(first) } : {}),
    },
  }
}

function fail(code: ApiError['code'], message: string, details?: unknown): ApiResult<never> {
  return { ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } }
}

export function toApiError(err: unknown, engine?: Engine): ApiError {
  const text = (e: { text?: ErrorText | undefined }) => (e.text ? { text: quoteText(e.text) } : {})
  if (err instanceof NotAllowedError) return { code: 'not_allowed', message: quote(err.message), ...text(err) }
  if (err instanceof NotFoundError) return { code: 'not_found', message: quote(err.message), ...text(err) }
  if (err instanceof ConflictError) return { code: 'conflict', message: quote(err.message), ...text(err) }
  if (err instanceof SettingError) return { code: 'invalid_args', message: quote(err.message), ...text(err) }
  if (err instanceof PhoneError) return { code: 'invalid_args', message: quote(err.message) }
  if (err instanceof z.ZodError) {
    const first = err.issues[0]
    return { code: 'invalid_args', message: describe(err), ...(first ? { text: zodIssueText(first) } : {}) }
  }
  if (err instanceof ReadOnlyDataError) return { code: 'conflict', message: quote(err.message) }
  const plain = diskProblem(err)
  if (plain) {
    engine?.log.error('api handler failed', { message: plain })
    return { code: 'failed', message: plain, text: { key: `disk_${diskKind(err)}` } }
  }
  const message = err instanceof Error ? err.message : String(err)
  engine?.log.error('api handler failed', { message: quote(message) })
  return {
    code: 'failed',
    message: `Something went wrong: ${quote(message)}`,
    text: { key: 'failed', params: { detail: quote(message) } },
  }
}

/** Values quoted like messages: a 10 MB SKU must not come back whole inside an error. */
function quoteText(t: ErrorText): ErrorText {
  if (!t.params) return { key: t.key }
  return {
    key: t.key,
    params: Object.fromEntries(
      Object.entries(t.params).map(([k, v]) => [k, typeof v === 'string' ? quote(v) : v]),
    ),
  }
}

/** Which of diskProblem's cases `err` is (the key of its translated message). */
function diskKind(err: unknown): 'full' | 'readonly' | 'damaged' | 'io' {
  const code = String((err as { code?: unknown }).code)
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full'
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'readonly'
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged'
  return 'io'
}

/** What the disk said, in the shopkeeper's words: SQLite's and Node's codes for a full, read-only or damaged disk. */
export function diskProblem(err: unknown): string | null {
  const code = err !== null && typeof err === 'object' ? (err as { code?: unknown }).code : undefined
  if (typeof code !== 'string') return null
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return "The computer's disk is full, so this was not saved. Free some space (for example old downloads) and try again."
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return 'CounterChat cannot write to its data folder (it is read-only), so this was not saved.'
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return "The shop's database is damaged, so this was not saved. Close CounterChat and start it again: it will say which backup to restore."
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return 'The disk could not be written (an input/output error), so this was not saved. Try again; if it keeps happening, the disk may be failing.'
  }
  return null
}
