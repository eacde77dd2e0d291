// The per-customer state machine: one inbound message in, the state changed and the reply out. It runs inside
// the inbox's transaction for that message, so the cart, the pending question, a new order and the reply row
// are stored together or not at all. Understanding itself is the pure `understand` from shared/understanding.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { CatalogService } from '../catalog/service'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import { CUSTOMER_CANCEL, changeableByCustomer, type OrderService } from '../orders/service'
import { activeProductsPage, getProduct, substituteFor, type ProductCursor } from '../catalog/repository'
import type { Product } from '../../../shared/domain'
import type { Currency } from '../../../shared/money'
import { convert, dimensionOf, formatQuantity, type Unit } from '../../../shared/units'
import {
  CatalogIndexBuilder,
  readyingSteps,
  sizeFromName,
  understand,
  type CatalogIndex,
  type OrderLine,
  type Understanding,
} from '../../../shared/understanding'
import {
  addsMore,
  addsToOrder,
  detectAccountIntent,
  type AccountIntent,
} from '../../../shared/understanding/account-intent'
import { warmingSteps } from '../../../shared/understanding/warm'
import { catalogVersion, keepIndex, loadKeptIndex, type IndexCacheAt } from '../catalog/index-cache'
import {
  addressIn,
  labelledAddress,
  labelsAddress,
  opensWithYes,
} from '../../../shared/understanding/address'
import {
  fulfilmentSaid,
  handOverWhen,
  samePlaceSaid,
  saysWhen,
  whenAlone,
  whenBesideGoods,
} from '../../../shared/understanding/fulfilment'
import { asksHowToPay, payMethodAsked } from '../../../shared/understanding/asks'
import type { ShopQuestion } from '../../../shared/understanding/shop-questions'
import { khataStatementText } from '../khata/statement-text'
import { lastRepeatableOrder } from '../orders/repeat'
import { takesBackCancel } from '../../../shared/understanding/keep-order'
import { asksWhatWasOrdered } from '../../../shared/understanding/order-contents'
import { saysNotArrived } from '../../../shared/understanding/not-arrived'
import { orderLines } from '../orders/repository'
import { hasDevanagari, transliterate } from '../../../shared/understanding/devanagari'
import { quotedItem } from '../../../shared/understanding/quoted-item'
import { quotedSlices } from '../../../shared/understanding/slices'
import { kindsNotIn } from '../../../shared/understanding/kinds'
import { ofGoodsAsked } from '../../../shared/understanding/answer-by-name'
import type { Limits } from '../messaging/limits'
import type { InboxRow } from '../messaging/store'
import { catalogPages, pageLines, type CatalogPage } from './catalog-text'
import { flag, saveState, setBot, setCustomer, setLanguage, stateOf, type ChatRow } from '../chats/repository'
import { decideLanguage, evidenceOf, parseScores } from '../voice/language'
import type { Speaker, Vars, Voice } from '../voice/voice'
import { amountOf, lineText, pricedAt, priceText, qtyText, roundQty, type PricedLine } from './format'
import { closedDaysText, isOpen, nextOpeningText } from '../../../shared/hours'
import type { CONVERSATION_SETTINGS } from './settings'
import type { ConversationState, OpenQuestion } from '../chats/state'
import type { Language, TemplateKey } from '../voice/templates'

/** How long an away note holds before a closed shop sends it again. */
const AWAY_NOTE_EVERY_MS = 6 * 60 * 60_000
/** How long after cancelling the customer may take it back in words ("actually no, keep it"). */
const CANCEL_TAKEN_BACK_WITHIN_MS = 30 * 60_000
/** An order in one of these is over: nothing more is done to it for the customer. */
const CLOSED_STATUSES: readonly string[] = ['completed', 'rejected', 'cancelled']
/** Options in one clarifying question: more than this does not fit a phone screen. */
const MAX_OPTIONS = 5

export interface ConversationDeps {
  db: DB
  events: EngineEvents
  catalog: CatalogService
  settings: SettingsReader<typeof SHOP_SETTINGS & typeof CONVERSATION_SETTINGS>
  orders: OrderService
  /** Every text the customer reads (voice/voice.ts). */
  voice: Voice
  limits: () => Limits
  now: () => number
  /**
   * How the shop takes payment (`payments.providers`, and the custom link's label), for "can I pay by UPI?".
   * Passed in: payments sit beside the conversation, not under it.
   */
  payMethods?: () => { providers: readonly string[]; customLabel: string }
  /** Where the catalog index is kept between starts (catalog/index-cache.ts); none: built at every start. */
  indexCache?: IndexCacheAt | null
}

/** What one message did, for the caller's events and the shopkeeper's attention. */
export interface Turn {
  replies: string[]
  orderNumber: number | null
  handedOver: boolean
}

interface Reply {
  parts: string[]
}

interface IndexBuild {
  version: number
  /** The active products read so far, in catalog order. */
  products: Product[]
  /** Where the next page starts; 'done' when every product was read. */
  next: ProductCursor | null | 'done'
  /**
   * The catalog's version when reading began (index-cache.ts); null when no index is kept. Read again at the
   * end: products read across a change of the catalog are built from and never kept.
   */
  catalogVersion: string | null
  /** Once every product is read: the kept index was looked for (and not found), products are being added. */
  builder: CatalogIndexBuilder | null
  added: number
  /** The builder's finishing steps, once every product is in. */
  finishing?: Generator<void, CatalogIndex, void>
  /** The catalog version to keep the built index under (none was kept for it). */
  keepAs?: string
}

export class Conversation {
  private indexed: { version: number; index: CatalogIndex } | null = null
  private pages: {
    index: CatalogIndex
    pages: CatalogPage[]
    byCategory: Map<string, CatalogPage[]>
  } | null = null

  /**
   * Bumped by catalog changes that matter to matching (names, aliases, categories, sizes, active); stock
   * changes (every accepted order) do not rebuild the index, which takes ~1 s for 27,000 products.
   */
  private shapeVersion = 0

  constructor(private d: ConversationDeps) {
    d.events.subscribe((event, payload) => {
      if (event === 'catalog.changed' && (payload as { reason: string }).reason !== 'stock')
        this.shapeVersion++
    })
  }

  /** The catalog index, rebuilt only when the catalog's shape changed. Stock and prices are read fresh. */
  index(): CatalogIndex {
    if (!this.indexed || this.indexed.version !== this.shapeVersion) {
      const b = this.building?.version === this.shapeVersion ? this.building : this.newBuild()
      while (!this.buildStep(b, Infinity));
    }
    return this.indexed!.index
  }

  /**
   * Builds the index a slice of products at a time, yielding between slices, so a host starting on a big
   * catalog answers its first screen at once instead of after the whole build (~0.5 s for 27,000 products).
   * A message that needs the index sooner finishes the build itself (index()). `yieldNow` resolves false to stop.
   */
  async warmIndex(yieldNow: () => Promise<boolean>, slice = 500): Promise<void> {
    await this.buildInSteps(yieldNow, slice)
    // Then what the first lookups would make while a customer waits (the matcher's tables), also in steps.
    const built = this.indexed
    if (!built || built.version !== this.shapeVersion) return
    if (this.readied === built.index) {
      if (await yieldNow()) this.keepBuilt()
      return
    }
    const steps = readyingSteps(built.index)
    for (;;) {
      if (!(await yieldNow())) return
      if (this.indexed !== built) return
      if (steps.next().done) break
    }
    // and the catalog's pages, for the first customer who asks what the shop has
    if (!(await yieldNow()) || this.indexed !== built) return
    this.pagesOf(built.index)
    this.readied = built.index
    // and the reader's own code, compiled once per process (warm.ts), also a message at a time
    const warming = warmingSteps(built.index)
    for (;;) {
      if (!(await yieldNow())) return
      if (this.indexed !== built) return
      if (warming.next().done) break
    }
    // Last, an index just built is kept for the next start (writing it is tens of ms no customer should wait on).
    if (await yieldNow()) this.keepBuilt()
  }

  /** An index built (not found kept) and not yet kept: its catalog version. */
  private unkept: { index: CatalogIndex; version: string } | null = null

  private keepBuilt(): void {
    const u = this.unkept
    if (!u || !this.d.indexCache) return
    this.unkept = null
    if (this.indexed?.index === u.index) keepIndex(this.d.indexCache, u.version, u.index)
  }

  private pagesOf(index: CatalogIndex, category?: string): CatalogPage[] {
    if (!this.pages || this.pages.index !== index)
      this.pages = { index, pages: catalogPages(index.products), byCategory: new Map() }
    if (category === undefined) return this.pages.pages
    let pages = this.pages.byCategory.get(category)
    if (!pages) {
      pages = catalogPages(index.products.filter((p) => p.category === category))
      this.pages.byCategory.set(category, pages)
    }
    return pages
  }

  /** The index whose matcher tables were made ahead of its first lookups. */
  private readied: CatalogIndex | null = null

  private async buildInSteps(yieldNow: () => Promise<boolean>, slice: number): Promise<void> {
    if (this.indexed?.version === this.shapeVersion) return
    const b = this.building?.version === this.shapeVersion ? this.building : this.newBuild()
    for (;;) {
      // false: the engine is stopping
      if (!(await yieldNow())) return
      // Finished by index() meanwhile, or outdated by a catalog change: nothing more to do here.
      if (this.building !== b || b.version !== this.shapeVersion) return
      if (this.buildStep(b, slice)) return
    }
  }

  private building: IndexBuild | null = null

  private newBuild(): IndexBuild {
    this.building = {
      version: this.shapeVersion,
      products: [],
      next: null,
      catalogVersion: this.d.indexCache?.code() ? catalogVersion(this.d.db) : null,
      builder: null,
      added: 0,
    }
    return this.building
  }

  /**
   * One step of `b`, of at most `limit` products: a page of products read; then the kept index looked for;
   * else a slice of them added, and the index's own last steps (weights, the order of the long lists).
   * True when the index is done (and in use).
   */
  private buildStep(b: IndexBuild, limit: number): boolean {
    if (b.next !== 'done') {
      const page = activeProductsPage(this.d.db, b.next, Number.isFinite(limit) ? limit : -1)
      for (const p of page.products) b.products.push(p)
      b.next = page.next ?? 'done'
      if (b.next !== 'done' || Number.isFinite(limit)) return false
    }
    if (!b.builder) {
      b.builder = new CatalogIndexBuilder()
      const at = this.d.indexCache
      const version = b.catalogVersion
      if (at && version !== null && catalogVersion(this.d.db) === version) {
        const kept = loadKeptIndex(at, version, b.products, this.d.now())
        if (kept) return this.built(b, kept)
        b.keepAs = version
        if (Number.isFinite(limit)) return false
      }
    }
    if (b.added < b.products.length) {
      const to = Number.isFinite(limit) ? Math.min(b.products.length, b.added + limit) : b.products.length
      b.builder.add(to === b.products.length && b.added === 0 ? b.products : b.products.slice(b.added, to))
      b.added = to
      if (Number.isFinite(limit)) return false
    }
    b.finishing ??= b.builder.finishing()
    for (;;) {
      const step = b.finishing.next()
      if (step.done) {
        if (b.keepAs !== undefined) this.unkept = { index: step.value, version: b.keepAs }
        return this.built(b, step.value)
      }
      if (Number.isFinite(limit)) return false
    }
  }

  private built(b: IndexBuild, index: CatalogIndex): true {
    if (this.building === b) this.building = null
    this.indexed = { version: b.version, index }
    return true
  }

  handle(chat: ChatRow, msg: InboxRow, isNewChat: boolean): Turn {
    const turn: Turn = { replies: [], orderNumber: null, handedOver: false }
    if (chat.bot_paused === 1) return turn
    const limits = this.d.limits()
    const state = stateOf(chat)
    let lang = chat.language
    let speak: Speaker = this.d.voice.in(lang)
    const t = (key: TemplateKey, vars: Vars = {}) => speak.t(key, vars)

    // A photo with a caption (the order typed under a picture) is read as its caption; only a message with
    // nothing to read gets "please type your order".
    const readable = msg.kind === 'text' || (msg.kind === 'media' && msg.text.trim() !== '')
    if (!readable && !(msg.kind === 'location' && state.pending?.kind === 'address')) {
      turn.replies.push(t('textOnly'))
      return turn
    }
    const tooLong = msg.text.length > limits.maxMessageChars
    const text = msg.text.slice(0, limits.maxMessageChars)
    const index = this.index()
    const u = understand(text, index, {
      pendingChoice:
        state.pending?.kind === 'choice' ? { options: state.pending.question.options } : undefined,
      cartSkus: this.cartOrOrder(chat.phone, state),
      catalogPage: state.catalogPage ?? undefined,
      ...(state.askedSku ? { askedSku: state.askedSku } : {}),
      ...(state.askedSku && state.askedBefore ? { askedBefore: state.askedBefore } : {}),
      ...(state.askedSku && state.askedTotal ? { askedTotal: true } : {}),
      ...(state.shownSkus?.length ? { shownSkus: state.shownSkus } : {}),
    })
    // "what do I owe" / "same as last time": asked before the order reader's intents, unless the message
    // clearly orders products (then it is an order that happens to say "balance" or "again").
    const ordersProducts = namesSureGoods(u)
    const account = detectAccountIntent(text)
    // ("udhaar likh lo", "khate mein likh do" name the khata to be put on it, not to ask what is on it)
    const accountIntent =
      account && (account.kind === 'repeat' || (!ordersProducts && !u.payLater)) ? account : null
    // Sticky: decided from the evidence of several messages; a lone "ok" or "ja" changes nothing.
    const evidence = evidenceOf(text, u.intent, accountIntent?.language ?? null)
    if (evidence) {
      const decided = decideLanguage(
        lang,
        parseScores(chat.language_scores),
        evidence,
        chat.language_pinned === 1,
      )
      setLanguage(this.d.db, chat.phone, decided.language, decided.scores)
      if (decided.language !== lang) {
        lang = decided.language
        speak = this.d.voice.in(lang)
      }
    }

    const reply: Reply = { parts: [] }
    if (tooLong) reply.parts.push(t('tooLong'))
    const now = this.d.now()
    const hours = this.d.settings.get('shop.hours')
    const tz = this.d.settings.get('shop.timezone')
    const open = isOpen(hours, now, tz)
    const takesOrders = open || this.d.settings.get('shop.ordersWhenClosed') === true
    if (
      !open &&
      (state.awayNoticeAt === null || now - state.awayNoticeAt > AWAY_NOTE_EVERY_MS || !takesOrders)
    ) {
      state.awayNoticeAt = now
      reply.parts.push(
        t('away', { when: nextOpeningText(hours, now, tz, lang) }) +
          (takesOrders ? `\n${t('awayTakingOrders')}` : ''),
      )
    }
    if (open) state.awayNoticeAt = null

    const orderish =
      ['order', 'confirm'].includes(u.intent) || state.pending !== null || accountIntent?.kind === 'repeat'
    if (!takesOrders && orderish) {
      state.pending = null
      state.queue = []
      saveState(this.d.db, chat.phone, state)
      turn.replies.push(reply.parts.join('\n\n'))
      return turn
    }

    const ctx: TurnContext = {
      chat,
      state,
      lang,
      t,
      money: (minor: number) => speak.money(minor, this.currency()),
      locale: speak.locale,
      reply,
      turn,
      currency: this.currency(),
      limits,
      u,
      text,
      overflow: [],
      account: accountIntent,
    }
    // First contact: the shop introduces itself and says how to order, whatever the first message was.
    if (isNewChat && u.intent !== 'greeting') reply.parts.push(t('greeting'))
    const weighing = state.askedAmount ? state.askedSku : null
    this.step(ctx)
    this.weighNext(ctx, weighing ?? null)
    if (u.intent !== 'catalog') {
      state.catalogPage = null
      state.catalogCategory = null
    }
    // only the reply right after a price or stock answer may take "2 please" for that product
    // ("price of moong dal?" ... "and toor?" ... "1 kg each": both asked about in a row)
    state.askedBefore =
      ctx.asked !== undefined && state.askedSku && state.askedSku !== ctx.asked ? state.askedSku : null
    state.askedSku = ctx.asked ?? null
    state.askedQty = ctx.asked !== undefined ? (ctx.askedQty ?? null) : null
    state.askedTotal = ctx.asked !== undefined && ctx.askedTotal ? true : null
    state.askedAmount = ctx.asked !== undefined && ctx.askedAmount ? (ctx.askedAmount as 1 | 2) : null
    state.shownSkus = ctx.shown ?? null
    saveState(this.d.db, chat.phone, state)
    if (reply.parts.length > 0) turn.replies.push(clipReply(reply.parts.join('\n\n')))
    return turn
  }

  /**
   * Goods sold by weight asked for by the piece, several in one message: once the weight asked for is in the cart,
   * the next one's is asked; a new question or an order placed ends the list.
   */
  private weighNext(c: TurnContext, weighing: string | null): void {
    const { state } = c
    if (c.weighLater?.length) {
      state.weighNext = c.weighLater
      return
    }
    if (!state.weighNext?.length) return
    const answered = weighing !== null && c.asked === undefined && state.cart.some((i) => i.sku === weighing)
    if (!answered) {
      if (c.asked === undefined || c.asked !== weighing) state.weighNext = null
      return
    }
    const [next, ...rest] = state.weighNext
    const p = next ? getProduct(this.d.db, next.sku) : null
    state.weighNext = rest.length > 0 ? rest : null
    if (!next || !p) return
    c.reply.parts.push(this.weightQuestion(c, p, next.what))
    c.asked = p.sku
    c.askedAmount = 1
  }

  /** "How many kg for 6 Scheiben Bierschinken?": the weight of goods sold by weight, asked for by the piece. */
  private weightQuestion(c: TurnContext, p: Product, what: string): string {
    return c.t('countByWeight', {
      name: p.name,
      what,
      unit: p.unit,
      price: priceText(p.price, p.unit, c.currency, c.locale),
    })
  }

  private step(c: TurnContext): void {
    const { state, u, t } = c
    const pending = state.pending

    if (c.account?.kind === 'khata') {
      c.reply.parts.push(
        khataStatementText(this.d.db, this.d.settings, c.chat.phone, this.d.voice.in(c.lang)),
      )
      if (pending?.kind === 'address') c.reply.parts.push(t('askAddress'))
      else if (pending?.kind === 'fulfilment') c.reply.parts.push(t('askFulfilment'))
      else if (pending?.kind === 'choice') c.reply.parts.push(this.question(c, pending.question))
      return
    }
    if (c.account?.kind === 'repeat') return this.repeat(c)
    if (!pending && state.cart.length === 0 && this.takeBackCancel(c)) return
    if (u.payLater && this.payLater(c)) return
    // "2 Gläser Erdbeermarmelade, falls keine Erdbeer dann Kirsch": the goods are ordered, what to give if they are
    // not there is the shop's to weigh (a note on the order, and said back so the customer knows it was read)
    // ("if no mother dairy milk send amul taaza" with that milk in the cart: only the fallback is news)
    // (or "which one?" open on them: "2 amul taaza doodh", then "agar amul taaza nahi hai to gold bhej do")
    if (u.fallback && (u.lines.length > 0 || state.cart.length > 0 || pending?.kind === 'choice')) {
      state.notes = [...(state.notes ?? []), u.fallback]
      c.reply.parts.push(t('fallbackNoted', { text: clipText(u.fallback) }))
    }
    // "tamatar 2 kg pakke hue", "Onion 10kg, big ones": the goods are ordered, how they should be is a note for the
    // shop (said back so the customer knows it was read)
    const remarks = u.lines.flatMap((l) => {
      const p = l.remark && l.sku && l.op === 'add' ? getProduct(this.d.db, l.sku) : undefined
      return p ? [`${p.name}: ${l.remark}`] : []
    })
    if (remarks.length > 0) {
      state.remarks = [...(state.remarks ?? []), ...remarks]
      c.reply.parts.push(t('fallbackNoted', { text: clipText(remarks.join('; ')) }))
    }

    // Answers to the question the bot is waiting on come first.
    if (pending?.kind === 'address') {
      if (u.intent === 'cancel') return this.cancel(c)
      if (!['order', 'other'].includes(u.intent)) {
        // "where is my order", "menu", "talk to a person": answered, and the address asked for again.
        this.byIntent(c)
        if (u.intent !== 'human') c.reply.parts.push(t('askAddress'))
        return
      }
      if (u.intent === 'order' && namesSureGoods(u)) {
        // "also 1 bread" while we wait for the address: a change to the cart, not an address.
        this.order(c)
        c.reply.parts.push(t('askAddress'))
        return
      }
      // "same address as last time" is no address: the one kept, or asked for again when none is
      if (samePlaceSaid(c.text) && !addressIn(c.text)) {
        if (c.chat.address) {
          state.pending = null
          return this.confirm(c, { fulfilment: 'delivery', address: c.chat.address })
        }
        c.reply.parts.push(t('askAddress'))
        return
      }
      // the words that introduce it ("my address is", "pata:") are not part of it
      const address = (addressIn(c.text) ?? c.text.replace(/\s+/g, ' ').trim()).slice(0, 500)
      if (address.length >= 5 && u.intent !== 'confirm') {
        setCustomer(this.d.db, c.chat.phone, { address })
        state.pending = null
        return this.confirm(c, { fulfilment: 'delivery', address })
      }
      c.reply.parts.push(t('askAddress'))
      return
    }
    if (pending?.kind === 'fulfilment') {
      const f = fulfilmentAnswer(c.text)
      if (f) {
        state.pending = null
        state.fulfilment = f
        // "pickup at 6", "delivery kal subah", "hole es morgen ab": the answer and when, in one (kept for the cart)
        this.keepWhen(c, true)
        // "Bitte liefern an Gartenstraße 4, 72070 Tübingen": the answer and the address in one
        const address = f === 'delivery' ? addressIn(c.text) : null
        if (address) {
          setCustomer(this.d.db, c.chat.phone, { address })
          return this.confirm(c, { fulfilment: 'delivery', address })
        }
        return this.confirm(c, {})
      }
      if (u.intent === 'cancel') return this.cancel(c)
      if (u.intent !== 'order' || u.lines.length === 0) {
        c.reply.parts.push(t('askFulfilment'))
        return
      }
      state.pending = null
    }
    // "just the dahi then", "sirf dahi", "nur das Brot": keep those, drop the rest and any open question
    if (u.keepOnly) return this.keepOnly(c)
    if (pending?.kind === 'choice') {
      const q = pending.question
      let pick: string | null | undefined = u.choice
      // A one-option question (a substitute offer) is also answered by "yes" / "no".
      if (!pick && q.options.length === 1 && u.intent === 'confirm') pick = q.options[0]
      // "no" / "none" skips this line only; the rest of the cart stays.
      // (but "no, 3" says how many instead)
      // (nor "nahi doodh 4 kar do": a no that sets an amount of goods other than the options, whether the cart has
      // them or they join it now, is a correction of those goods and leaves the question open; were a set of goods
      // not in the cart a skip, they would be lost with the question)
      const correctsOther = u.lines.some(
        (l) => l.op === 'set' && l.sku !== null && !q.options.includes(l.sku),
      )
      const skip =
        !u.pendingAmount &&
        !correctsOther &&
        /^(no|none|neither|nahi|nai|mat|koi nahi|nein|keins?|skip)\b/i.test(c.text.trim())
      if (!pick && (skip || (u.intent === 'cancel' && q.kind === 'substitute'))) pick = null
      // "remove the milk", "milk rehne do" while "which milk?" is open: that item is not wanted after all
      const only = u.lines.length === 1 ? u.lines[0]! : null
      if (
        !pick &&
        only?.op === 'remove' &&
        (only.sku ? q.options.includes(only.sku) : only.candidates.some((x) => q.options.includes(x))) &&
        !state.cart.some((x) => x.sku === only.sku)
      )
        pick = null
      // "bada wala dahi", "the 1 kg dahi": the goods said again, read as one of the options, answer the question
      // (with the count said then, else the question's)
      const again = u.lines.length === 1 && u.lines[0]!.op === 'add' ? u.lines[0]! : null
      const saidAgain = !pick && again?.sku && q.options.includes(again.sku) ? again : null
      if (saidAgain) pick = saidAgain.sku
      // "gold" to "which milk?" of the two Taaza milks: another product of the goods asked about, named with no
      // amount while the question is open, answers it (with the question's amount), rather than joining the cart
      // beside the question
      // (a word found in one name only is asked about as that one: "gold" of Amul Gold Milk)
      const namedSku = again?.sku ?? (again?.candidates.length === 1 ? again.candidates[0] : undefined)
      if (!pick && namedSku && !again!.counted && !state.cart.some((i) => i.sku === namedSku)) {
        const named = getProduct(this.d.db, namedSku)
        if (named?.active && q.kind === 'ambiguous' && ofGoodsAsked(q.text, named)) pick = named.sku
      }
      // "sorry make it 3" while "which butter?" is open: the question stays, for that many
      if (!pick && u.pendingAmount) {
        q.qty = u.pendingAmount.qty
        q.unit = u.pendingAmount.unit
        c.reply.parts.push(this.question(c, q))
        return
      }
      if (pick !== undefined) {
        state.pending = null
        const changed: string[] = []
        const amount = saidAgain?.counted
          ? { qty: saidAgain.qty, unit: saidAgain.unit }
          : { qty: q.qty, unit: q.unit }
        const picked =
          pick !== null && q.container && !saidAgain?.counted ? getProduct(this.d.db, pick) : null
        if (picked) {
          // "1 crate eggs", then "1" for which eggs: what a crate holds is still the customer's to say, as when the
          // goods were found at once (a quantity alone next orders it)
          c.reply.parts.push(t('unitMismatch', { name: picked.name, unit: picked.unit }))
          c.asked = picked.sku
          c.askedAmount = 1
          this.askNext(c)
          if (state.cart.length === 0 && state.pending === null) return
          return this.summarize(c, true)
        }
        if (pick === null) c.reply.parts.push(t('skipped', { name: q.text }))
        else if (
          this.applyLine(c, { sku: pick, ...amount, op: q.op, text: q.text }, changed, true) === 'asked'
        ) {
          // "1 litre milk", then "4" for a milk sold by the pack of no stated size: the "how many packs?" just
          // asked is answered by a number alone next, as when the goods were found at once
          c.asked = pick
          c.askedAmount = 1
          this.askNext(c)
          if (state.cart.length === 0 && state.pending === null) return
          return this.summarize(c, true)
        }
        this.askNext(c)
        return this.summarize(c, true)
      }
    }

    // "main khud le jaunga", "ghar bhej do", "ich hole es ab", "pickup": how the customer wants it, in plain words
    // (while "which one?" is open too: the wish is kept and the question asked again)
    const said = state.pending && state.pending.kind !== 'choice' ? null : fulfilmentSaid(c.text)
    // "hol ich um 17 Uhr ab", "2 Brezeln, morgen früh abholen": when the customer comes for it goes on the order
    if (said || saysWhen(c.text)) this.keepWhen(c, u.lines.length > 0)
    // "order for tomorrow morning: 2 bread", "2 kg aloo kal subah tak": when the goods are wanted, said with them
    else if (u.intent === 'order' && u.lines.length > 0) {
      const when = whenBesideGoods(
        c.text,
        u.lines.map((l) => l.text),
      )
      if (when) state.when = when
    }
    // "2 Brezn hol ich um 5 ab", "ne Tüte Brötchen, hol ich um 8 ab": a plan to come for the goods ordered with it
    // is kept, so the yes places the order for pickup instead of asking how it is handed over
    if (said === 'pickup' && u.intent === 'order' && u.lines.length > 0 && !state.fulfilment) {
      const mode = this.d.settings.get('orders.fulfilment')
      if (mode === 'ask' || mode === 'pickup') state.fulfilment = 'pickup'
    }
    if (this.addressGiven(c, said)) return
    if (this.addressAfterOrder(c)) return
    // "tmrw morning", "by 7am", "need it tmrw by 7 am pls": only when the goods are wanted, noted for the shop
    if (
      !said &&
      u.lines.length === 0 &&
      ['other', 'order', 'greeting'].includes(u.intent) &&
      this.whenOnly(c)
    )
      return

    // How the order can be paid: the shop's ways of taking payment
    if (u.lines.length === 0 && ['other', 'price', 'order'].includes(u.intent)) {
      if (asksHowToPay(c.text)) {
        // a shop that has not said how it takes payment: a person answers (the chat is flagged)
        if (!this.payMethods(c)) {
          flag(this.d.db, c.chat.phone, 'Asked how to pay')
          c.reply.parts.push(t('shopWillAnswer'))
          if (state.pending?.kind !== 'choice' && state.cart.length > 0) this.summarize(c, true)
        }
        if (state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, state.pending.question))
        return
      }
    }
    if (said && u.lines.length === 0 && ['confirm', 'other', 'thanks', 'order'].includes(u.intent)) {
      if (this.fulfilment(c, said)) return
    }

    this.addressWithGoods(c)
    this.byIntent(c)
  }

  /**
   * Goods and where to bring them in one message ("3 kg Kartoffeln liefern an Kirchgasse 2, 65183 Wiesbaden"): the
   * address is kept for this order, as one written on its own is, so the yes does not ask for it again.
   */
  private addressWithGoods(c: TurnContext): void {
    const { state, u, t } = c
    if (u.intent !== 'order' || u.lines.length === 0) return
    if (this.d.settings.get('orders.fulfilment') === 'pickup') {
      // "2 Brezeln, bitte liefern an Hauptstr. 5", "2 maggi, deliver pls" to a shop that hands orders over only at
      // the counter: said with the cart, not found out at the door
      if (u.address || fulfilmentSaid(c.text) === 'delivery') c.reply.parts.push(t('onlyPickup'))
      return
    }
    if (!u.address) return
    setCustomer(this.d.db, c.chat.phone, { address: u.address })
    state.fulfilment = 'delivery'
    c.reply.parts.push(t('notedDelivery'), t('fulfilDelivery', { address: u.address }))
  }

  /**
   * "paise kal dunga", "udhaar likh lo", "I'll pay tomorrow", "anschreiben bitte": credit is the shopkeeper's to
   * give, so the bot promises nothing. The chat is flagged, the customer told the shop will confirm, and the wish
   * goes on the order as a note (the open cart's, when it is placed, or the latest unpaid order's). True when the
   * message said nothing else to handle.
   */
  private payLater(c: TurnContext): boolean {
    const { state, u, t } = c
    flag(this.d.db, c.chat.phone, 'Asks to pay later (khata)')
    c.reply.parts.push(t('payLaterNoted'))
    const latest = state.cart.length === 0 ? this.d.orders.latestFor(c.chat.phone) : undefined
    if (latest && latest.payment !== 'paid' && ['new', 'accepted'].includes(latest.status)) {
      this.notePayLater(latest.number)
    } else state.payLater = true
    if (u.lines.length > 0 || u.intent !== 'other') return false
    if (state.pending?.kind === 'address') c.reply.parts.push(t('askAddress'))
    else if (state.pending?.kind === 'fulfilment') c.reply.parts.push(t('askFulfilment'))
    else if (state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, state.pending.question))
    else if (state.cart.length > 0) this.summarize(c, true)
    return true
  }

  /**
   * When the customer said they will come for the order or want it: kept for the open cart (or the goods of this
   * message), else noted on the latest order still open.
   */
  private keepWhen(c: TurnContext, withGoods: boolean): void {
    const when = handOverWhen(c.text)
    if (!when) return
    if (withGoods || c.state.cart.length > 0) {
      c.state.when = when
      return
    }
    const latest = this.openOrder(c.chat.phone)
    if (!latest) return
    this.addOrderNote(latest.number, `${WHEN_NOTE} ${when}`)
    // "will pick up at 7" after the order: said back, so the customer knows the shop has it (a time said alone is
    // said back where it is noted)
    if (fulfilmentSaid(c.text)) c.reply.parts.push(c.t('fallbackNoted', { text: clipText(when) }))
  }

  /**
   * A message saying only when the goods are wanted: kept for the cart (or the cart to come), else noted on the
   * latest open order, and said back; any open question is asked again. False when the message says more.
   */
  private whenOnly(c: TurnContext): boolean {
    const { state, t } = c
    const when = whenAlone(c.text)
    if (!when) return false
    const latest = state.cart.length === 0 ? this.d.orders.latestFor(c.chat.phone) : undefined
    if (latest && ['new', 'accepted'].includes(latest.status)) {
      this.addOrderNote(latest.number, `${WHEN_NOTE} ${when}`)
    } else state.when = when
    c.reply.parts.push(t('fallbackNoted', { text: clipText(when) }))
    if (state.pending?.kind === 'address') c.reply.parts.push(t('askAddress'))
    else if (state.pending?.kind === 'fulfilment') c.reply.parts.push(t('askFulfilment'))
    else if (state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, state.pending.question))
    else if (state.cart.length > 0) this.summarize(c, true)
    return true
  }

  /** The pay-later wish on an order, beside any note it has (a credit-limit hold), once. */
  private notePayLater(number: number): void {
    this.addOrderNote(number, PAY_LATER_NOTE)
  }

  /**
   * An address written before the shop asked for it ("deliver pls", then "Flat 12, Green Park"; or "deliver to
   * B-204 Sunrise Apts" at once): kept for this order, so the customer is not asked again at confirmation.
   */
  private addressGiven(c: TurnContext, said: 'pickup' | 'delivery' | null): boolean {
    const { state, u, t } = c
    if (state.pending || state.cart.length === 0) return false
    const only = this.d.settings.get('orders.fulfilment')
    if (only === 'pickup') return false
    // an address the customer labels as one ("address: …", "pata: …"), or any address in a shop that only delivers
    const wanted =
      said === 'delivery' || state.fulfilment === 'delivery' || only === 'delivery' || labelsAddress(c.text)
    if (!wanted) return false
    if (!['other', 'order', 'confirm'].includes(u.intent)) return false
    if (namesSureGoods(u)) return false
    const address = addressIn(c.text) ?? labelledAddress(c.text)
    if (!address) return false
    setCustomer(this.d.db, c.chat.phone, { address })
    state.fulfilment = 'delivery'
    if (u.intent === 'confirm' || opensWithYes(c.text)) {
      this.confirm(c, { fulfilment: 'delivery', address })
      return true
    }
    c.reply.parts.push(t('notedDelivery'), t('fulfilDelivery', { address }))
    this.summarize(c, true)
    return true
  }

  /** Lines added to the order's note for the shop; `once`: not when the note says them already. */
  private addOrderNote(number: number, lines: string, once = true): void {
    const note = this.d.orders.get(number).note
    if (once && note?.includes(lines)) return
    this.d.orders.setNote(number, note ? `${note}\n${lines}` : lines)
  }

  /** The customer's latest order while it is still open (not completed, rejected or cancelled). */
  private openOrder(phone: string) {
    const latest = this.d.orders.latestFor(phone)
    return latest && !CLOSED_STATUSES.includes(latest.status) ? latest : undefined
  }

  /**
   * An address sent once the order is in ("my address is 12 MG Road" after the yes, "deliver to Flat 4 …"): the
   * open order goes there while the shop can still change it; a shop that only hands orders over at the counter
   * says so, and an order already packed keeps where it goes, with how to change it.
   */
  private addressAfterOrder(c: TurnContext): boolean {
    const { state, u, t } = c
    if (state.pending || state.cart.length > 0) return false
    if (!['other', 'order', 'confirm'].includes(u.intent)) return false
    if (namesSureGoods(u)) return false
    const address = addressIn(c.text) ?? labelledAddress(c.text)
    if (!address) return false
    const latest = this.openOrder(c.chat.phone)
    if (!latest) return false
    const order = (fulfilment: string) => t('orderFulfilment', { number: latest.number, fulfilment })
    if (this.d.settings.get('orders.fulfilment') === 'pickup') {
      c.reply.parts.push(t('onlyPickup'), order(t('fulfilPickup')))
      return true
    }
    setCustomer(this.d.db, c.chat.phone, { address })
    if (latest.status !== 'new' && latest.status !== 'accepted') {
      c.reply.parts.push(order(handedOver(t, latest)), t('fulfilmentChange'))
      return true
    }
    this.d.orders.setDelivery(latest.number, address)
    c.reply.parts.push(t('notedDelivery'), order(t('fulfilDelivery', { address })))
    return true
  }

  /** Keeps the cart lines the message names, as they are; every other line and every open question goes. */
  private keepOnly(c: TurnContext): void {
    const { state, t, u } = c
    const keep = new Set(u.lines.map((l) => l.sku))
    const open = [...(state.pending?.kind === 'choice' ? [state.pending.question] : []), ...state.queue]
    if (state.pending?.kind === 'choice') state.pending = null
    state.queue = []
    for (const q of open) c.reply.parts.push(t('skipped', { name: q.text }))
    state.cart = state.cart.filter((i) => keep.has(i.sku))
    this.summarize(c, true)
  }

  /** The ways the shop takes payment, one per line; false when the shop has not said. */
  private payMethods(c: TurnContext): boolean {
    const how = this.d.payMethods?.()
    if (!how || how.providers.length === 0) return false
    const lines = [c.t('payMethods')]
    // "can I pay by card?" when the shop takes none: said plainly before the ways it does take
    const asked = payMethodAsked(c.text)
    const links = how.providers.some((p) => p !== 'cash' && p !== 'upi' && p !== 'custom')
    const taken =
      asked === 'cash'
        ? how.providers.includes('cash')
        : asked === 'upi'
          ? how.providers.includes('upi') || links
          : asked === 'card'
            ? links
            : // ("kann ich mit PayPal zahlen?": a payment link may take it, and so may the shop's own way)
              asked === 'paypal'
              ? links || how.providers.includes('custom')
              : true
    const no = { cash: 'payNoCash', upi: 'payNoUpi', card: 'payNoCard', paypal: 'payNoPaypal' } as const
    if (!taken && asked !== null) lines.unshift(c.t(no[asked]))
    const seen = new Set<string>()
    for (const p of how.providers) {
      const line =
        p === 'cash'
          ? c.t('payByCash')
          : p === 'upi'
            ? c.t('payByUpi')
            : p === 'custom'
              ? c.t('payByCustom', { label: how.customLabel })
              : c.t('payByLink')
      if (!seen.has(line)) lines.push(line)
      seen.add(line)
    }
    c.reply.parts.push(lines.join('\n'))
    return true
  }

  /** Takes a pickup/delivery wish for the cart or answers it for the order just placed; false when neither. */
  private fulfilment(c: TurnContext, said: 'pickup' | 'delivery'): boolean {
    const { state, t } = c
    const mode = this.d.settings.get('orders.fulfilment')
    // "2 Birnen" asked "how many kg?", then "hol ich um 5 ab": the wish is kept and the question asked again
    const waiting = state.askedSku && state.askedAmount ? getProduct(this.d.db, state.askedSku) : null
    if (state.cart.length === 0 && waiting && (mode === 'ask' || mode === said)) {
      state.fulfilment = said
      c.asked = waiting.sku
      c.askedAmount = state.askedAmount!
      c.reply.parts.push(
        said === 'delivery' ? t('notedDelivery') : t('notedPickup'),
        t('howMuchOf', { name: waiting.name, unit: waiting.unit }),
      )
      return true
    }
    if (state.cart.length > 0) {
      if (mode !== 'ask' && mode !== said) {
        c.reply.parts.push(t(mode === 'delivery' ? 'onlyDelivery' : 'onlyPickup'))
        this.summarize(c, true)
        return true
      }
      state.fulfilment = said
      // "hole es um 17 Uhr ab" to the cart shown: a plan to come for it is a yes (not while a question is open,
      // nor while "how many kg?" of goods ordered waits for its answer)
      const howMuch = state.askedSku && state.askedAmount ? getProduct(this.d.db, state.askedSku) : null
      if ((c.u.intent === 'confirm' || saysWhen(c.text)) && state.pending?.kind !== 'choice' && !howMuch)
        this.confirm(c, { fulfilment: said })
      else {
        c.reply.parts.push(said === 'delivery' ? t('notedDelivery') : t('notedPickup'))
        // "address same as last time": where it goes is said back, so the customer sees it is the right one
        if (said === 'delivery' && c.chat.address && samePlaceSaid(c.text))
          c.reply.parts.push(t('fulfilDelivery', { address: c.chat.address }))
        this.summarize(c, true)
        this.askHowMuchAgain(c)
      }
      return true
    }
    const latest = this.openOrder(c.chat.phone)
    if (!latest) return false
    c.reply.parts.push(t('orderFulfilment', { number: latest.number, fulfilment: handedOver(t, latest) }))
    if (latest.fulfilment !== said) c.reply.parts.push(t('fulfilmentChange'))
    return true
  }

  private byIntent(c: TurnContext): void {
    const { state, u, t } = c
    switch (u.intent) {
      case 'greeting':
        c.reply.parts.push(t('greeting'))
        if (state.cart.length > 0) this.summarize(c, true)
        return
      case 'catalog':
        // ("more" after a category's page pages on in that category)
        return this.catalog(
          c,
          u.page ?? 1,
          u.category ?? (u.page !== undefined ? (state.catalogCategory ?? undefined) : undefined),
        )
      case 'price':
        return this.price(c)
      case 'order':
        this.order(c)
        // "2 Brötchen, habt ihr auch Dinkelbrot?": the order is taken and the goods asked about answered
        if (u.priceQuery) this.price(c)
        // "2 Brezeln bitte, bis wann habt ihr offen?"
        if (u.shopQuestion) this.answerAboutShop(c, u.shopQuestion)
        // "2 Brezeln, kann ich mit Karte zahlen?", "2 kg onion, can I pay by UPI?": the order is taken and the
        // shop's ways of taking payment said (a shop that has not said them: a person answers)
        if (u.lines.length > 0 && asksHowToPay(c.text) && !this.payMethods(c)) {
          flag(this.d.db, c.chat.phone, 'Asked how to pay')
          c.reply.parts.push(t('shopWillAnswer'))
        }
        // "2 Brezeln, sind die von heute?": the order is taken, the question goes to a person
        if (u.question) {
          flag(this.d.db, c.chat.phone, 'Asked a question')
          c.reply.parts.push(t('shopWillAnswer'))
        }
        // "Carrots 5kg pls, and the mint from yesterday was not fresh": the order is taken, the complaint goes to
        // a person (the chat is flagged; the bot keeps going)
        if (u.complaint) {
          flag(this.d.db, c.chat.phone, 'Complaint beside an order')
          c.reply.parts.push(t('complaint'))
        }
        return
      case 'confirm':
        // "yes" to "how many packs? (e.g. 2)": the packs suggested, shown in the cart, not the order placed
        // without them
        if (state.askedSku && state.askedQty && u.lines.length === 0) {
          const p = getProduct(this.d.db, state.askedSku)
          if (p) {
            c.u = {
              ...u,
              intent: 'order',
              lines: [
                {
                  sku: p.sku,
                  candidates: [],
                  qty: state.askedQty,
                  unit: p.unit,
                  text: p.name,
                  confidence: 1,
                  op: 'add',
                },
              ],
            }
            return this.order(c)
          }
        }
        // "2 Birnen" was asked "how many kg?", and a yes came instead: asked once more, saying plainly that the
        // order goes without them; a second yes places it so ("how much" is never guessed). So also with no cart,
        // after an order is placed ("can i add 2 tomatoes to my order?", then "yes"): never a bare thank-you
        if (state.askedSku && state.askedAmount && u.lines.length === 0) {
          const p = getProduct(this.d.db, state.askedSku)
          if (p && state.askedAmount === 1) {
            c.asked = p.sku
            c.askedAmount = 2
            c.reply.parts.push(
              t('answerPendingOnce', { text: clipText(p.name), items: `"${clipText(p.name)}"` }),
              t('howMuchOf', { name: p.name, unit: p.unit }),
            )
            return
          }
          if (p) c.reply.parts.push(t('leftOut', { items: `"${clipText(p.name)}"` }))
        }
        if (state.pending?.kind === 'choice') {
          const q = state.pending.question
          // Asked once more, saying plainly what happens; a second "yes" places the order without that item.
          // Every item still waiting for its "which one?" is named: the second yes leaves them all out.
          const left = [q, ...state.queue].map((x) => `"${clipText(x.text)}"`)
          if (!q.reminded) {
            q.reminded = true
            c.reply.parts.push(
              t('answerPendingOnce', { text: clipText(q.text), items: left.join(', ') }),
              this.question(c, q),
            )
            return
          }
          state.pending = null
          state.queue = []
          c.reply.parts.push(t('leftOut', { items: left.join(', ') }))
        }
        if (state.cart.length === 0 && c.u.lines.length === 0) {
          // "pls send" before the list, with no order open: the goods are still to come
          const sending = /(?<!\p{L})send(?!\p{L})/iu.test(c.text)
          const none = !this.openOrder(c.chat.phone)
          c.reply.parts.push(t(sending && none ? 'askWhatNeeded' : 'thanks'))
          return
        }
        return this.confirm(c, {})
      case 'cancel':
        // "nein danke", "नहीं रहने दो" to the substitute just named: the offer goes, the cart stays
        if (
          state.askedSku &&
          state.askedQty &&
          state.cart.length > 0 &&
          c.text.trim().split(/\s+/).length <= 3
        ) {
          this.summarize(c, true)
          return
        }
        return this.cancel(c)
      case 'status':
        return this.status(c)
      case 'human':
        setBot(this.d.db, c.chat.phone, true, true, 'Asked for a person')
        c.turn.handedOver = true
        c.reply.parts.push(t('human'))
        return
      case 'thanks':
        c.reply.parts.push(t('thanks'))
        return
      default:
        if (u.paid) return this.paidNews(c)
        if (u.shopQuestion) return this.aboutShop(c, u.shopQuestion)
        // something went wrong with goods: a person answers that, the bot does not guess
        if (u.complaint) return this.complaint(c)
        if (u.unmatched.length > 0) return this.order(c)
        // "nee, passt nicht" to the cart shown: what to change is asked, the cart shown again
        if (u.notRight && state.cart.length > 0) {
          c.reply.parts.push(t('whatToChange'))
          if (state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, state.pending.question))
          else this.summarize(c, false)
          return
        }
        // "Sind die Brötchen von heute?", "Geht das bis morgen früh?": a question only the shop can answer goes to
        // a person (the chat is flagged, the bot keeps going), and the customer is told so
        if (u.question) {
          flag(this.d.db, c.chat.phone, 'Asked a question')
          c.reply.parts.push(t('shopWillAnswer'))
          if (state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, state.pending.question))
          else if (state.cart.length > 0) this.summarize(c, true)
          return
        }
        c.reply.parts.push(t('help'))
        if (state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, state.pending.question))
    }
  }

  private order(c: TurnContext): void {
    const { u, t, state } = c
    const changed: string[] = []
    const weighed: string[] = []
    let weighedByPiece = false
    // "also add 2 maggi" with no cart, just after an order was sent: the goods go on that order
    const ontoOrder = state.cart.length === 0 && state.pending === null && addsToOrder(c.text)
    // "remove the bread", "make it 4 maggi" with no cart, just after an order was sent: the change is to that
    // order, made as a cart of its lines would take it
    const editing = this.orderToChange(c)
    if (editing === 'passedOn') return
    const said = c.reply.parts.length
    const lines = editing ? u.lines.map((l) => onOrder(l, editing.lines)) : u.lines
    if (editing) state.cart = editing.lines.map((l) => ({ sku: l.sku, qty: l.qty }))
    for (const line of lines) {
      // (a line taken out is taken out, whatever was said of its amount: "statt Erdbeer lieber Kirsch")
      const scaled =
        line.scale && line.sku && line.op !== 'remove'
          ? state.cart.find((i) => i.sku === line.sku)
          : undefined
      if (scaled && line.scale) {
        // "aloo double kar do", "die Kartoffeln bitte doppelt": the cart line's own amount, so many times over
        const unit = getProduct(this.d.db, scaled.sku)?.unit
        if (unit) {
          const qty = roundQty(scaled.qty * line.scale)
          this.applyLine(c, { ...applied(line, scaled.sku), op: 'set', qty, unit }, changed, false)
          continue
        }
      }
      const inCart = line.vague && line.sku ? state.cart.find((i) => i.sku === line.sku) : undefined
      const vagueOf = inCart ? getProduct(this.d.db, inCart.sku) : null
      if (inCart && vagueOf) {
        // "aloo thoda kam kar do", "a bit more onion": how much less or more is the customer's to say; the line
        // stays as it is, and an amount alone next is what it should come to
        const now = qtyText(inCart.qty, vagueOf.unit, c.locale)
        const step = vagueOf.unit === 'kg' || vagueOf.unit === 'l' ? 0.5 : 1
        const then = line.vague === 'less' ? Math.max(inCart.qty - step, step) : inCart.qty + step
        c.reply.parts.push(
          t('howMuchNow', { name: vagueOf.name, now, example: qtyText(then, vagueOf.unit, c.locale) }),
        )
        weighed.push(vagueOf.sku)
        c.askedTotal = true
        continue
      }
      const asked =
        line.sku && line.container && line.op !== 'remove' ? getProduct(this.d.db, line.sku) : null
      if (asked && line.container === 'piece') {
        // "zwei Birnen" of pears sold by the kilo: pieces are what was meant, the weight is the customer's to
        // say; a quantity alone next ("1 kg", "ein Pfund") orders it
        const what = quotedSlices(line) ?? `${line.qty} ${quotedItem(line.text)}`
        // ("6 Scheiben Bierschinken und 4 Scheiben Salami": one weight asked at a time, the next once it is said)
        if (weighedByPiece) {
          ;(c.weighLater ??= []).push({ sku: asked.sku, what })
          continue
        }
        weighedByPiece = true
        c.reply.parts.push(this.weightQuestion(c, asked, what))
        weighed.push(asked.sku)
        c.askedAmount = 1
        continue
      }
      if (asked && line.container === 'pieces-of-pack' && asked.size?.unit === 'pc') {
        // "3 Eier", "10 eggs" with only 6-egg packs: so many packs would be far too much; the customer says how
        // many packs, and a number alone next ("2") orders them, or a "yes" the number suggested
        const packs = Math.max(1, Math.ceil(line.qty / asked.size.value))
        c.reply.parts.push(
          t('countByPack', {
            name: asked.name,
            per: asked.size.value,
            what: `${line.qty} ${quotedItem(line.text)}`,
            packs,
          }),
        )
        weighed.push(asked.sku)
        c.askedQty = packs
        continue
      }
      if (asked) {
        // "1 peti tamatar" with no crate in the catalog: how much a crate holds is the customer's to say
        c.reply.parts.push(t('unitMismatch', { name: asked.name, unit: asked.unit }))
        weighed.push(asked.sku)
        c.askedAmount = 1
        continue
      }
      const packed = line.sku && line.op === 'add' && !line.qtyOf ? getProduct(this.d.db, line.sku) : null
      const packs = packed ? packsOfMeasure(packed, line.qty, line.unit) : null
      if (packed && packs !== null && Math.abs(packs - Math.round(packs)) > 1e-6) {
        // "aadha kilo paneer" of 200 g packs, "1 kg dahi" of 400 g ones: no whole number of packs makes it, so
        // the customer says how many (a number alone next orders them, a yes the number suggested)
        const size = packed.size ?? sizeFromName(packed.name)!
        const suggested = Math.max(1, Math.round(packs))
        c.reply.parts.push(
          t('countInPacks', {
            name: packed.name,
            per: qtyText(size.value, size.unit, c.locale),
            what: qtyText(line.qty, line.unit, c.locale),
            packs: suggested,
          }),
        )
        weighed.push(packed.sku)
        c.askedQty = suggested
        continue
      }
      if (line.sku) {
        // "2 kg onion" of onions sold only by the pack of no stated size: how many packs is asked, and a yes
        // next asks once more rather than thanking for an empty cart
        if (this.applyLine(c, applied(line, line.sku), changed, false) === 'asked') {
          weighed.push(line.sku)
          c.askedAmount = 1
        }
      } else if (line.candidates.length > 0) {
        // Only products the shop can sell are worth asking about: one left is taken (the cart shows it), none
        // left is said as out of stock, not as "we don't have".
        const products = line.candidates.map((sku) => getProduct(this.d.db, sku))
        const seen = new Set<string>()
        const inStock = line.candidates.filter((_, i) => {
          const p = products[i]
          if (!p || !p.active || (p.stock !== null && p.stock <= 0)) return false
          // the same goods under two SKUs (a big catalog lists "Fresho Baby Potato" twice, same price): one
          // option, not two that only their SKU tells apart
          const same = sameToCustomer(p)
          if (seen.has(same)) return false
          seen.add(same)
          return true
        })
        if (inStock.length === 1 && line.op !== 'remove') {
          if (this.applyLine(c, applied(line, inStock[0]!), changed, false) === 'asked') {
            weighed.push(inStock[0]!)
            c.askedAmount = 1
          }
          continue
        }
        if (inStock.length === 0 && products.some((p) => p?.active)) {
          const first = products.find((p) => p?.active)!
          this.applyLine(
            c,
            { sku: first.sku, qty: line.qty, unit: line.unit, op: line.op, text: line.text },
            changed,
            false,
          )
          continue
        }
        this.enqueueQuestion(c, {
          kind: 'ambiguous',
          text: questionText(line),
          options: (inStock.length > 1 ? inStock : line.candidates).slice(0, MAX_OPTIONS),
          qty: line.qty,
          unit: line.unit,
          op: line.op,
          ...(line.container ? { container: line.container } : {}),
        })
      } else {
        changed.push(`?${line.text}`)
      }
    }
    if (weighed.length === 1) c.asked = weighed[0]
    else {
      c.askedQty = undefined
      c.askedAmount = undefined
    }
    const notFound = [...u.unmatched, ...changed.filter((x) => x.startsWith('?')).map((x) => x.slice(1))]
    if (notFound.length > 0)
      c.reply.parts.push(
        t('notFound', {
          items: notFound
            .slice(0, 10)
            .map((x) => `"${clipText(quotedItem(x))}"`)
            .join(', '),
        }),
      )
    for (const r of u.rejected.slice(0, 5))
      c.reply.parts.push(t('rejected', { text: clipText(r.text), reason: r.reason }))
    if (c.overflow.length > 0) {
      const names =
        c.overflow.slice(0, 5).join(', ') + (c.overflow.length > 5 ? ` (+${c.overflow.length - 5})` : '')
      c.reply.parts.push(t('cartFull', { max: c.limits.maxCartLines, items: names }))
    }
    this.askNext(c)
    if (editing) return this.changeOrder(c, editing, lines, weighed.length > 0, said)
    // "1 Käse": the weight asked for is the whole answer; no empty cart beside it
    if (weighed.length > 0 && state.cart.length === 0 && state.pending === null) return
    if (u.lines.length === 0 && u.rejected.length === 0 && notFound.length > 0 && state.cart.length === 0) {
      c.reply.parts.push(t('help'))
      return
    }
    if (ontoOrder && weighed.length === 0 && this.addToOrder(c)) return
    this.summarize(c, true)
  }

  /**
   * What the customer's words about goods already chosen refer to: the cart, or with none, the order just sent
   * while the shop has not taken it ("maggi 4 kar do", "the bread 2 please" after the yes change that order).
   */
  private cartOrOrder(phone: string, state: ConversationState): string[] {
    if (state.cart.length > 0 || state.pending !== null) return state.cart.map((c) => c.sku)
    const latest = this.d.orders.latestFor(phone)
    if (!latest || !changeableByCustomer(latest)) return []
    return orderLines(this.d.db, latest.number).map((l) => l.sku)
  }

  /**
   * The customer's open order a message of changes is about: a line taken out or an amount set ("remove the
   * bread", "make it 4 maggi"), nothing in the cart or asked. An order the shop has already taken (or that is
   * paid) is not changed by the bot: when the message names its goods, the shop is asked and the customer told.
   */
  private orderToChange(c: TurnContext): { number: number; lines: PricedLine[] } | 'passedOn' | undefined {
    const { state, u } = c
    if (state.cart.length > 0 || state.pending !== null || !u.lines.some((l) => l.op !== 'add')) return
    const latest = this.openOrder(c.chat.phone)
    if (!latest) return
    const lines = orderLines(this.d.db, latest.number)
    if (changeableByCustomer(latest)) return { number: latest.number, lines }
    const named = (l: OrderLine) => lines.some((o) => o.sku === onOrder(l, lines).sku)
    if (!u.lines.some((l) => l.op !== 'add' && named(l))) return
    flag(this.d.db, c.chat.phone, `Asked to change order #${latest.number}`)
    c.reply.parts.push(
      c.t('changePassedOn', {
        number: latest.number,
        status: c.t(`name_${latest.status}` as TemplateKey),
      }),
    )
    return 'passedOn'
  }

  /**
   * The order's lines as the cart of them came out of this message: written to the order, and the order shown.
   * A question the change needs (which butter, how many packs) is not asked about a cart that is really an
   * order: nothing changes, and the shop is asked instead.
   */
  private changeOrder(
    c: TurnContext,
    order: { number: number; lines: PricedLine[] },
    lines: readonly OrderLine[],
    asked: boolean,
    said: number,
  ): void {
    const { state, t } = c
    const cart = state.cart
    state.cart = []
    const { number } = order
    if (asked || state.pending !== null || state.queue.length > 0) {
      c.reply.parts.length = said
      state.pending = null
      state.queue = []
      c.asked = c.askedQty = c.askedAmount = c.askedTotal = undefined
      flag(this.d.db, c.chat.phone, `Asked to change order #${number}`)
      c.reply.parts.push(t('changeToShop', { number }))
      return
    }
    const notOn = lines.filter((l) => l.op === 'remove' && !order.lines.some((o) => o.sku === l.sku))
    if (notOn.length > 0)
      c.reply.parts.push(
        t('notOnOrder', {
          number,
          items: notOn
            .map((l) => {
              const p = l.sku ? getProduct(this.d.db, l.sku) : null
              return p ? p.name : `"${clipText(quotedItem(l.text))}"`
            })
            .join(', '),
        }),
      )
    const after: PricedLine[] = []
    for (const item of cart) {
      const was = order.lines.find((o) => o.sku === item.sku)
      const p = was ? null : getProduct(this.d.db, item.sku)
      if (was) after.push({ ...was, qty: item.qty, amount: amountOf(item.qty, was.unitPrice, was.unit) })
      else if (p) after.push(pricedAt(p, item.qty))
    }
    const same =
      after.length === order.lines.length &&
      after.every((a) => order.lines.some((o) => o.sku === a.sku && Math.abs(o.qty - a.qty) < 1e-9))
    if (after.length === 0) {
      c.reply.parts.push(t('orderWouldBeEmpty', { number }))
      return
    }
    // "remove the colgate" of goods not on it: what is on it the customer can ask for
    if (same && notOn.length > 0) return
    const shown = same ? order.lines : this.d.orders.setLinesByCustomer(number, after).lines
    const total = shown.reduce((s, l) => s + l.amount, 0)
    c.reply.parts.push(
      [
        t(same ? 'orderAsIs' : 'orderChanged', { number }),
        ...shown.map((l, i) => lineText(l, c.currency, i + 1, c.locale)),
        t('cartTotal', { total: c.money(total) }),
      ].join('\n'),
    )
  }

  /**
   * The cart made of this message's goods, put on the customer's latest order while it is still new and unpaid
   * (the shop has not taken it yet): the goods added and the new total are said. False when there is no such order.
   */
  private addToOrder(c: TurnContext): boolean {
    const { state, t } = c
    if (state.pending !== null || state.cart.length === 0) return false
    const latest = this.d.orders.latestFor(c.chat.phone)
    if (!latest || !changeableByCustomer(latest)) return false
    const lines = this.priced(state)
    const total = latest.total + lines.reduce((s, l) => s + l.amount, 0)
    if (total > c.limits.maxOrderTotal) return false
    this.d.orders.addLines(latest.number, lines)
    state.cart = []
    c.reply.parts.push(
      [
        t('addedToOrder', { number: latest.number }),
        ...lines.map((l, i) => lineText(l, c.currency, i + 1, c.locale)),
        t('cartTotal', { total: c.money(this.d.orders.get(latest.number).total) }),
      ].join('\n'),
    )
    return true
  }

  /** Adds, sets or removes one product in the cart, with stock, unit and size checks. */
  /** 'asked' when the amount cannot be sold in the product's unit and the customer was asked how many. */
  private applyLine(
    c: TurnContext,
    line: AppliedLine,
    changed: string[],
    answered: boolean,
  ): 'asked' | undefined {
    const { state, t, limits } = c
    const p = getProduct(this.d.db, line.sku)
    if (!p || !p.active) {
      changed.push(`?${line.text}`)
      return
    }
    const existing = state.cart.find((i) => i.sku === p.sku)
    if (line.op === 'remove') {
      // "remove 1 bread" of 3 leaves 2; "remove the bread" (no number), or as many as there are, takes the line
      const less = line.counted && existing ? toSellingUnits(p, line.qty, line.unit) : null
      if (existing && less !== null && less > 0 && less < existing.qty - 1e-9)
        existing.qty = roundQty(existing.qty - less)
      else state.cart = state.cart.filter((i) => i.sku !== p.sku)
      changed.push(p.sku)
      return
    }
    // "lieber die großen": as many as of the size it replaces
    const instead = line.qtyOf ? state.cart.find((i) => i.sku === line.qtyOf) : undefined
    let qty = instead
      ? sameAmountOf(getProduct(this.d.db, instead.sku), instead.qty, p)
      : toSellingUnits(p, line.qty, line.unit)
    if (qty === null) {
      c.reply.parts.push(t('unitMismatch', { name: p.name, unit: p.unit }))
      return 'asked'
    }
    if (p.unit === 'pc' || p.unit === 'pack') qty = Math.max(1, Math.ceil(qty - 1e-9))
    qty = roundQty(qty)
    if (p.stock !== null && p.stock <= 0) {
      const sub = answered ? null : this.substituteFor(p)
      if (sub) {
        this.enqueueQuestion(c, {
          kind: 'substitute',
          text: p.name,
          options: [sub.sku],
          qty: line.qty,
          unit: line.unit,
          op: line.op,
        })
      } else {
        c.reply.parts.push(t('outOfStock', { name: p.name }))
      }
      return
    }
    // "aloo 2 kilo, dhaniya" then "dhaniya 2 gaddi": the amount of goods added with none is how much they are,
    // unless more is asked for ("2 more dhaniya", "aur 2 dhaniya")
    // ("eggs 12" again with 12 eggs in the cart from before: the same amount said again, as a list sent twice is,
    // is how much it is, not as much again)
    const restated =
      !!existing &&
      line.op === 'add' &&
      !!line.counted &&
      !addsMore(hasDevanagari(c.text) ? transliterate(c.text) : c.text) &&
      (!!existing.uncounted || (Math.abs(existing.qty - qty) < 1e-9 && !changed.includes(p.sku)))
    let next = line.op === 'set' || !existing || restated ? qty : roundQty(existing.qty + qty)
    if (p.stock !== null && next > p.stock) {
      next = roundQty(p.unit === 'pc' || p.unit === 'pack' ? Math.floor(p.stock) : p.stock)
      if (next <= 0) {
        c.reply.parts.push(t('outOfStock', { name: p.name }))
        return
      }
      c.reply.parts.push(t('limitedStock', { name: p.name, qty: qtyText(next, p.unit, c.locale) }))
    }
    const others = this.priced(state)
      .filter((l) => l.sku !== p.sku)
      .reduce((s, l) => s + l.amount, 0)
    if (others + amountOf(next, p.price, p.unit) > limits.maxOrderTotal) {
      c.reply.parts.push(t('tooMuch', { name: p.name }))
      return
    }
    if (existing) {
      existing.qty = next
      if (line.counted || line.op === 'set') delete existing.uncounted
    } else {
      if (state.cart.length >= limits.maxCartLines) {
        c.overflow.push(p.name)
        return
      }
      state.cart.push(
        line.counted || line.op !== 'add'
          ? { sku: p.sku, qty: next }
          : { sku: p.sku, qty: next, uncounted: true },
      )
    }
    changed.push(p.sku)
  }

  /** Another product of the same category that is in stock, nearest in price. */
  private substituteFor(p: Product): Product | null {
    return substituteFor(this.d.db, p)
  }

  private enqueueQuestion(c: TurnContext, q: OpenQuestion): void {
    if (c.state.pending?.kind === 'choice' || c.state.queue.length > 0) {
      if (c.state.queue.length < 20) c.state.queue.push(q)
    } else {
      c.state.queue.push(q)
    }
  }

  /** Moves the next queued question into "pending" when nothing is pending. */
  private askNext(c: TurnContext): void {
    if (c.state.pending) return
    const q = c.state.queue.shift()
    if (q) c.state.pending = { kind: 'choice', question: q }
  }

  private question(c: TurnContext, q: OpenQuestion): string {
    const products = q.options.map((sku) => getProduct(this.d.db, sku))
    const labels = optionLabels(products.map((p) => p ?? null))
    const options = q.options
      .map((sku, i) => {
        const p = products[i]
        if (!p) return `${i + 1}. ${sku}`
        const out = p.stock !== null && p.stock <= 0 ? ` (${c.t('outOfStockMark')})` : ''
        return `${i + 1}. ${labels[i]} — ${priceText(p.price, p.unit, c.currency, c.locale)}${out}`
      })
      .join('\n')
    return q.kind === 'substitute'
      ? c.t('substitute', { name: q.text, options })
      : c.t('clarify', { text: clipText(q.text), options })
  }

  /** The cart with current prices; products gone from the catalog drop out. */
  private priced(state: ConversationState): PricedLine[] {
    const out: PricedLine[] = []
    for (const item of state.cart) {
      const p = getProduct(this.d.db, item.sku)
      if (!p || !p.active) continue
      out.push(pricedAt(p, item.qty))
    }
    return out
  }

  /** Cart summary, then the pending question or how to confirm. */
  private summarize(c: TurnContext, withHint: boolean): void {
    const { state, t } = c
    const lines = this.priced(state)
    state.cart = state.cart.filter((i) => lines.some((l) => l.sku === i.sku))
    if (lines.length > 0) {
      const total = lines.reduce((s, l) => s + l.amount, 0)
      c.reply.parts.push(
        [
          t('cartHeader'),
          ...lines.map((l, i) => lineText(l, c.currency, i + 1, c.locale)),
          t('cartTotal', { total: c.money(total) }),
        ].join('\n'),
      )
    } else if (!state.pending) {
      // "I'd like to place an order", "bhaiya order likho": an order announced, its goods still to come
      const announced = c.u.intent === 'order' && c.u.lines.length === 0 && c.u.unmatched.length === 0
      c.reply.parts.push(t(announced ? 'askWhatNeeded' : 'cartEmpty'))
    }
    if (state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, state.pending.question))
    else if (withHint && lines.length > 0) c.reply.parts.push(t('confirmHint'))
  }

  private confirm(c: TurnContext, given: { fulfilment?: 'pickup' | 'delivery'; address?: string }): void {
    const { state, t } = c
    if (c.u.intent === 'order' && c.u.lines.length > 0 && !given.fulfilment) {
      // "yes, and 1 bread" style: apply the lines first, then confirm on the next "yes".
      return this.order(c)
    }
    if (this.recheckStock(c)) {
      // Stock moved since the items were added: show the corrected cart and ask again rather than place an
      // order the customer has not seen.
      this.summarize(c, true)
      return
    }
    const lines = this.priced(state)
    if (lines.length === 0) {
      c.reply.parts.push(t('cartEmpty'))
      return
    }
    const total = lines.reduce((s, l) => s + l.amount, 0)
    const min = this.d.settings.get('orders.minimumOrder')
    if (total < min) {
      c.reply.parts.push(t('minOrder', { min: c.money(min), total: c.money(total) }))
      return
    }
    const mode = this.d.settings.get('orders.fulfilment')
    const fulfilment = given.fulfilment ?? (mode === 'ask' ? state.fulfilment : mode)
    if (!fulfilment) {
      state.pending = { kind: 'fulfilment' }
      c.reply.parts.push(t('askFulfilment'))
      return
    }
    let address: string | null = null
    if (fulfilment === 'delivery') {
      address = given.address ?? c.chat.address
      if (!address) {
        state.fulfilment = 'delivery'
        state.pending = { kind: 'address' }
        c.reply.parts.push(t('askAddress'))
        return
      }
    }
    const number = this.d.orders.create({
      chat: c.chat.phone,
      customerName: c.chat.name,
      currency: c.currency,
      fulfilment,
      address,
      lines: lines.map((l) => ({
        sku: l.sku,
        name: l.name,
        qty: l.qty,
        unit: l.unit,
        unitPrice: l.unitPrice,
        amount: l.amount,
      })),
    })
    c.turn.orderNumber = number
    if (state.payLater) this.notePayLater(number)
    state.payLater = null
    if (state.notes?.length)
      this.addOrderNote(number, state.notes.map((n) => `${FALLBACK_NOTE} "${n}"`).join('\n'), false)
    state.notes = null
    if (state.remarks?.length) this.addOrderNote(number, state.remarks.join('\n'), false)
    state.remarks = null
    const when = state.when
    if (when) this.addOrderNote(number, `${WHEN_NOTE} ${when}`, false)
    state.when = null
    state.cart = []
    state.pending = null
    state.queue = []
    state.fulfilment = null
    c.reply.parts.push(
      [t('cartHeader'), ...lines.map((l, i) => lineText(l, c.currency, i + 1, c.locale))].join('\n'),
      t('orderPlaced', {
        number,
        total: c.money(total),
        fulfilment:
          (fulfilment === 'delivery' ? t('fulfilDelivery', { address: address ?? '' }) : t('fulfilPickup')) +
          (when ? `\n${t('fulfilWhen', { when: clipText(when) })}` : ''),
      }),
    )
  }

  /** Caps or drops cart lines the shop no longer has enough of; true when anything changed. */
  private recheckStock(c: TurnContext): boolean {
    let changed = false
    for (const item of [...c.state.cart]) {
      const p = getProduct(this.d.db, item.sku)
      if (!p || p.stock === null || item.qty <= p.stock) continue
      changed = true
      const left = roundQty(p.unit === 'pc' || p.unit === 'pack' ? Math.floor(p.stock) : p.stock)
      if (left <= 0) {
        c.state.cart = c.state.cart.filter((i) => i.sku !== item.sku)
        c.reply.parts.push(c.t('outOfStock', { name: p.name }))
      } else {
        item.qty = left
        c.reply.parts.push(c.t('limitedStock', { name: p.name, qty: qtyText(left, p.unit, c.locale) }))
      }
    }
    return changed
  }

  /** "Same as last time": the last order's lines into a fresh cart at today's prices; confirmed as usual. */
  private repeat(c: TurnContext): void {
    const { state, t } = c
    const last = lastRepeatableOrder(this.d.db, c.chat.phone)
    if (!last) {
      c.reply.parts.push(t('repeatNone'))
      // "same as last week plus 2 kg garlic" with nothing to repeat: the goods said on top are still ordered
      const extra: string[] = []
      for (const line of c.u.lines)
        if (line.sku && line.confidence >= 0.9) this.applyLine(c, applied(line, line.sku), extra, false)
      if (extra.length > 0) this.askNext(c)
      if (state.cart.length > 0) this.summarize(c, true)
      return
    }
    state.cart = []
    state.pending = null
    state.queue = []
    c.reply.parts.push(t('repeatFrom', { number: last.number }))
    const gone: string[] = []
    const changed: string[] = []
    for (const l of orderLines(this.d.db, last.number)) {
      const p = getProduct(this.d.db, l.sku)
      if (!p || !p.active) {
        gone.push(l.name)
        continue
      }
      // answered = true: an out-of-stock item is named, not swapped for a substitute question.
      this.applyLine(c, { sku: p.sku, qty: l.qty, unit: l.unit, op: 'add', text: l.name }, changed, true)
    }
    if (gone.length > 0) c.reply.parts.push(t('repeatGone', { items: gone.slice(0, 10).join(', ') }))
    // "same as last time and 1 bread": the extra lines on top; "same as last time but tomato 10 kg": goods of
    // the last order said again after a "but" are their new amount, unless said to be more ("2 kg more tomato")
    // (read again with the last order as the cart: "only the tomatoes 5 kg", "but no onion" change its lines)
    const u = understand(c.text, this.index(), { cartSkus: state.cart.map((x) => x.sku) })
    for (const line of u.lines) {
      if (!line.sku || line.confidence < 0.9) continue
      const sets =
        c.account?.amends === true &&
        line.op === 'add' &&
        state.cart.some((x) => x.sku === line.sku) &&
        !addsMore(line.text)
      this.applyLine(
        c,
        { ...applied(line, line.sku), ...(sets ? { op: 'set' as const } : {}) },
        changed,
        false,
      )
    }
    this.askNext(c)
    this.summarize(c, true)
  }

  private cancel(c: TurnContext): void {
    const { state, t } = c
    if (state.cart.length > 0 || state.pending) {
      state.cart = []
      state.pending = null
      state.queue = []
      state.fulfilment = null
      state.when = null
      c.reply.parts.push(t('cartCancelled'))
      return
    }
    const latest = this.openOrder(c.chat.phone)
    if (!latest) {
      c.reply.parts.push(t('nothingToCancel'))
      return
    }
    if (latest.status === 'new' || latest.status === 'accepted') {
      this.d.orders.transition(latest.number, 'cancelled', {
        reason: CUSTOMER_CANCEL,
        notify: false,
      })
      c.reply.parts.push(t('orderCancelled', { number: latest.number }))
      return
    }
    c.reply.parts.push(
      t('cannotCancel', { number: latest.number, status: t(`name_${latest.status}` as TemplateKey) }),
    )
  }

  /**
   * "actually no, keep it", "cancel mat karo", "doch nicht stornieren" soon after the customer cancelled their
   * order: cheap to undo while the shop has done nothing since, so the order is back as it was.
   */
  private takeBackCancel(c: TurnContext): boolean {
    if (namesSureGoods(c.u)) return false
    if (!takesBackCancel(c.text)) return false
    const latest = this.d.orders.latestFor(c.chat.phone)
    if (latest?.status !== 'cancelled') return false
    const back = this.d.orders.undoCustomerCancel(latest.number, this.d.now() - CANCEL_TAKEN_BACK_WITHIN_MS)
    if (!back) return false
    c.reply.parts.push(
      c.t('orderKept', { number: back.number, total: this.d.voice.money(back.total, back.currency) }),
    )
    return true
  }

  /**
   * "done, paid via gpay", "paise bhej diye": a payment link settles the order by itself, but money sent to the
   * shop's UPI id or by hand is for the shopkeeper to check, so the customer is thanked and told so, with the
   * order it is about. Said over a cart still waiting for its yes, it is the yes.
   */
  private paidNews(c: TurnContext): void {
    if (c.state.cart.length > 0) return this.confirm(c, {})
    const latest = this.d.orders.latestFor(c.chat.phone)
    if (!latest) {
      c.reply.parts.push(c.t('thanks'))
      return
    }
    const money = this.d.voice.money(latest.total, latest.currency)
    c.reply.parts.push(
      c.t(latest.payment === 'paid' ? 'paidAlready' : 'paidToCheck', { number: latest.number, total: money }),
    )
  }

  /**
   * "shop kab khulega", "do you deliver?", "minimum order kitna hai": answered from the shop's own settings
   * (opening hours, how orders are handed over, the minimum order); what delivery costs has no setting, so a
   * person is asked to answer (the chat is flagged, the bot keeps going). An open cart or question is shown again.
   */
  private aboutShop(c: TurnContext, q: ShopQuestion): void {
    this.answerAboutShop(c, q)
    if (c.state.pending?.kind === 'choice') c.reply.parts.push(this.question(c, c.state.pending.question))
    else if (c.state.cart.length > 0) this.summarize(c, true)
  }

  private answerAboutShop(c: TurnContext, q: ShopQuestion): void {
    const { t } = c
    const s = this.d.settings
    if (q === 'hours') {
      const hours = s.get('shop.hours')
      if (!hours) c.reply.parts.push(t('hoursAlways'))
      else {
        const days = closedDaysText(hours, c.lang)
        c.reply.parts.push(
          t('hoursOpen', { open: hours.open, close: hours.close }) +
            (days ? ` ${t('hoursClosedOn', { days })}` : ''),
        )
      }
    } else if (q === 'delivery') {
      const how = s.get('orders.fulfilment')
      c.reply.parts.push(
        t(how === 'pickup' ? 'deliveryNo' : how === 'delivery' ? 'deliveryYes' : 'deliveryOrPickup'),
      )
    } else if (q === 'minimum') {
      const min = s.get('orders.minimumOrder')
      c.reply.parts.push(
        min > 0 ? t('minimumIs', { amount: this.d.voice.money(min, c.currency) }) : t('minimumNone'),
      )
    } else if (s.get('orders.fulfilment') === 'pickup') c.reply.parts.push(t('deliveryNo'))
    else {
      flag(this.d.db, c.chat.phone, 'Asked what delivery costs')
      c.reply.parts.push(t('shopWillAnswer'))
    }
  }

  /** A complaint is the shop's to answer: the bot stops for this chat, which is flagged, and says so. */
  private complaint(c: TurnContext): void {
    setBot(this.d.db, c.chat.phone, true, true, 'Complaint')
    c.turn.handedOver = true
    c.reply.parts.push(c.t('complaint'))
  }

  private status(c: TurnContext): void {
    const latest = this.d.orders.latestFor(c.chat.phone)
    // "milk was not delivered today" with no order on record (the shop's regular delivery, an order by phone), or
    // after the shop handed the last one over: something went wrong, and a person answers it
    if ((!latest || latest.status === 'completed') && saysNotArrived(c.text)) return this.complaint(c)
    if (!latest) {
      // "where is my order" is told there is none yet; "what's my total" before ordering is answered by the cart
      const aboutOrder = /\b(?:order|bestellung|ready|fertig|status|delivery|lieferung)\b/i.test(c.text)
      // ("bill pls", "any update" while "which eggs?" is open: the question is what stands between them and an
      // order, so it is asked again)
      const asking = c.state.pending?.kind === 'choice'
      if (aboutOrder || (c.state.cart.length === 0 && !asking)) c.reply.parts.push(c.t('noOrders'))
      if (c.state.cart.length > 0 || asking) this.summarize(c, true)
      // ("pav 2" asked "how many packs?", then "kitne ka hua": the total, and the question still stands)
      this.askHowMuchAgain(c)
      return
    }
    c.reply.parts.push(
      c.t('statusReply', {
        number: latest.number,
        total: this.d.voice.money(latest.total, latest.currency),
        status: c.t(`name_${latest.status}` as TemplateKey),
      }),
    )
    // "what did I order?", "mera order dikhao": what it holds, line by line, as the cart read before the yes
    if (asksWhatWasOrdered(c.text))
      c.reply.parts.push(
        orderLines(this.d.db, latest.number)
          .map((l, i) => lineText(l, latest.currency as Currency, i + 1, c.locale))
          .join('\n'),
      )
    // "kitna hua" with a new cart open asks about that cart as much as the last order: both are shown
    if (c.state.cart.length > 0 || c.state.pending?.kind === 'choice') this.summarize(c, true)
  }

  /** The "how many kg / packs of X?" asked in the turn before, asked again and kept open for the next answer. */
  private askHowMuchAgain(c: TurnContext): void {
    const { state, t } = c
    const howMuch = state.askedSku && state.askedAmount ? getProduct(this.d.db, state.askedSku) : null
    if (!howMuch) return
    c.asked = howMuch.sku
    c.askedAmount = state.askedAmount!
    c.reply.parts.push(t('howMuchOf', { name: howMuch.name, unit: howMuch.unit }))
  }

  private price(c: TurnContext): void {
    const q = c.u.priceQuery
    if (!q) {
      // "how much is that?", "how much will it be": no goods named, so the cart's (or the last order's) total
      if (c.state.cart.length > 0 || this.d.orders.latestFor(c.chat.phone)) this.status(c)
      else c.reply.parts.push(c.t('priceUnknown'))
      return
    }
    const skus = q.sku ? [q.sku] : q.candidates.slice(0, MAX_OPTIONS)
    const products = skus.map((s) => getProduct(this.d.db, s)).filter((p): p is Product => !!p && p.active)
    if (products.length === 0) {
      c.reply.parts.push(c.t('notFound', { items: `"${clipText(q.text)}"` }))
      return
    }
    const mark = c.t('outOfStockMark')
    const show = (p: Product) =>
      `${priceText(p.price, p.unit, c.currency, c.locale)}${p.stock !== null && p.stock <= 0 ? ` (${mark})` : ''}`
    if (products.length === 1) {
      const p = products[0]!
      // "do you have brown bread?" with only a white loaf: no brown bread, and what there is instead
      if (kindsNotIn(q.text, p).length > 0) {
        c.reply.parts.push(c.t('notFound', { items: `"${clipText(q.text)}"` }))
        c.reply.parts.push(c.t('priceInstead', { name: p.name, price: show(p) }))
        c.asked = p.sku
        return
      }
      c.reply.parts.push(c.t('price', { name: p.name, price: show(p) }))
      c.asked = p.sku
      // out of stock: what the shop has instead, which a bare amount next ("ok, 2") then orders, and a yes ("ja",
      // "dann nehme ich das", "हाँ वही दे दो") one of
      const sub = p.stock !== null && p.stock <= 0 ? this.substituteFor(p) : null
      if (sub) {
        c.reply.parts.push(c.t('priceInstead', { name: sub.name, price: show(sub) }))
        c.asked = sub.sku
        c.askedQty = 1
      }
    } else {
      c.reply.parts.push(
        c.t('priceOptions', { options: products.map((p) => `• *${p.name}*: ${show(p)}`).join('\n') }),
      )
      // "1 of the small one", "the 500 g" next picks among these
      c.shown = products.map((p) => p.sku)
    }
  }

  private catalog(c: TurnContext, page: number, category?: string): void {
    const index = this.index()
    const pages = this.pagesOf(index, category)
    const n = Math.min(Math.max(1, page), Math.max(1, pages.length))
    const p = pages[n - 1]
    const lines = p
      ? pageLines(p, (sku) => getProduct(this.d.db, sku), c.currency, {
          locale: c.locale,
          hideOutOfStock: this.d.settings.get('catalog.outOfStock') === 'hide',
          outOfStockMark: c.t('outOfStockMark'),
        })
      : []
    if (lines.length === 0) {
      c.reply.parts.push(c.t('catalogEmpty'))
      return
    }
    const parts = [c.t('catalogHeader', { page: n, pages: pages.length }), '', ...lines, '']
    const nextPage = pages[n]
    parts.push(
      nextPage ? c.t('catalogMore', { next: n + 1, category: nextPage.firstCategory }) : c.t('catalogEnd'),
    )
    c.reply.parts.push(parts.join('\n'))
    c.state.catalogPage = n
    c.state.catalogCategory = category ?? null
  }

  private currency(): Currency {
    return this.d.settings.get('shop.currency')
  }
}

interface TurnContext {
  chat: ChatRow
  state: ConversationState
  lang: Language
  t: (key: TemplateKey, vars?: Vars) => string
  /** An amount in the shop's currency, written the shop's way. */
  money: (minor: number) => string
  /** The shop's locale (cart lines, prices). */
  locale: string
  reply: Reply
  turn: Turn
  currency: Currency
  limits: Limits
  u: Understanding
  text: string
  /** Products that did not fit in a full cart, reported once. */
  overflow: string[]
  /** A khata question or "same as last time" (shared/understanding/account-intent). */
  account: AccountIntent | null
  /** The one product whose price or stock this reply gives. */
  asked?: string
  /** The products this reply listed for a price or stock question (kept for the next message). */
  shown?: string[]
  /** How many of it the reply suggested (packs for a count of pieces): a "yes" next takes that many. */
  askedQty?: number
  /** The reply asked what the cart line of it should come to: an amount alone next sets it. */
  askedTotal?: boolean
  /**
   * The reply asked how much of goods ordered it means ("2 Birnen": how many kg?), the goods not in the cart yet:
   * 1, or 2 once a "yes" was told the order would go without them.
   */
  askedAmount?: 1 | 2
  /** More goods of this message whose weight is to be asked once the one asked now is answered. */
  weighLater?: { sku: string; what: string }[]
}

/** What the shopkeeper reads on an order whose customer asked to pay later. */
const PAY_LATER_NOTE = 'Customer asks to pay later / put it on the khata.'
/** Before the customer's own words for what to give if goods are not there. */
const FALLBACK_NOTE = 'If not in stock:'
/** The note for when the customer comes for the order or wants it. */
const WHEN_NOTE = 'When:'

function fulfilmentAnswer(text: string): 'pickup' | 'delivery' | null {
  const said = fulfilmentSaid(text)
  if (said) return said
  const s = (hasDevanagari(text) ? transliterate(text) : text).trim().toLowerCase()
  // "main le lunga" answers the question; elsewhere "le lunga" is "I'll take" some goods
  if (
    /^1\b|pick\s*up|pickup|collect|abhol|dukaan se|le jaunga|khud|\ble (?:lunga|lungi|lenge|loonga)\b/.test(s)
  )
    return 'pickup'
  if (/^2\b|deliver|liefer|ghar|bhej|home/.test(s)) return 'delivery'
  return null
}

/** The quantity in the product's selling unit: by unit conversion, or by pack size ("2 kg" of a 1 kg pack). */
/**
 * How much of `p` is as much as `qty` of `from` in the cart ("chawal basmati wala" for 2 kg of loose rice: two 1 kg
 * packs); the same number when the two are sold alike or the amounts do not compare.
 */
function sameAmountOf(from: Product | null, qty: number, p: Product): number {
  if (!from || from.unit === p.unit) return qty
  const size = from.unit === 'pc' || from.unit === 'pack' ? (from.size ?? sizeFromName(from.name)) : null
  const amount = size ? { value: qty * size.value, unit: size.unit } : { value: qty, unit: from.unit }
  if (dimensionOf(amount.unit) === 'count') return qty
  return toSellingUnits(p, amount.value, amount.unit) ?? qty
}

/** How many packs a weight or volume asked of goods sold in packs of one size comes to, or null when it is none. */
function packsOfMeasure(p: Product, qty: number, unit: Unit): number | null {
  const size = p.size ?? sizeFromName(p.name)
  if ((p.unit !== 'pack' && p.unit !== 'pc') || !size || dimensionOf(unit) === 'count') return null
  return dimensionOf(size.unit) === dimensionOf(unit) ? toSellingUnits(p, qty, unit) : null
}

export function toSellingUnits(p: Product, qty: number, unit: Unit): number | null {
  const direct = convert({ value: qty, unit }, p.unit)
  if (direct !== null) return direct
  // "3 onion" / "make it 3 onion" for a product sold by weight: the number is in the selling unit, as a
  // shopkeeper reads it ("3 kilo"); nobody orders loose onions by the piece over WhatsApp.
  if (unit === 'pc' && dimensionOf(p.unit) !== 'count') return qty
  if (p.unit === 'pc' || p.unit === 'pack') {
    const size = p.size ?? sizeFromName(p.name)
    // "make that 1 dozen" of eggs in 6-egg packs is two packs; "12 pieces" of them too (a count of pieces that is
    // no whole number of packs, "2 pc", is packs, as people say "pcs" for packets)
    if (p.unit === 'pack' && size?.unit === 'pc' && size.value > 1) {
      const pieces = unit === 'dozen' ? convert({ value: qty, unit }, 'pc') : unit === 'pc' ? qty : null
      if (pieces !== null && (unit === 'dozen' || pieces % size.value === 0)) return pieces / size.value
    }
    if (dimensionOf(unit) === 'count') return qty
    if (size && dimensionOf(size.unit) === dimensionOf(unit)) {
      const v = convert({ value: qty, unit }, size.unit)
      if (v !== null && size.value > 0) return v / size.value
    }
  }
  return null
}

/** How an order is handed over, as the customer reads it: pickup, or delivery to its address. */
function handedOver(t: TurnContext['t'], o: { fulfilment: string; address: string | null }): string {
  return o.fulfilment === 'delivery' ? t('fulfilDelivery', { address: o.address ?? '' }) : t('fulfilPickup')
}

/** The message names goods of the catalog for sure (not a guess, not a question among several). */
function namesSureGoods(u: { lines: readonly { sku: string | null; confidence: number }[] }): boolean {
  return u.lines.some((l) => l.sku !== null && l.confidence >= 0.9)
}

/** What the customer sees of a product: two with the same key are the same choice to them. */
function sameToCustomer(p: Product): string {
  const size = p.size ?? sizeFromName(p.name)
  return [p.name.toLowerCase(), p.price, p.unit, size ? formatQuantity(size) : ''].join('\u0000')
}

/**
 * How each option of a "Which one?" reads: its name, plus the pack size when the name does not say it, plus the
 * SKU when two options would still read the same ("Dettol Original Soap" at two prices).
 */
export function optionLabels(products: (Product | null)[]): string[] {
  const labels = products.map((p) => {
    if (!p) return ''
    const size = p.size ?? sizeFromName(p.name)
    if (!size || sizeFromName(p.name)) return p.name
    return `${p.name} ${formatQuantity(size)}`
  })
  return labels.map((l, i) => {
    const p = products[i]
    if (!p || labels.filter((x) => x.toLowerCase() === l.toLowerCase()).length < 2) return l
    return `${l} (${p.sku})`
  })
}

/** The customer's words for the item, without the quantity and the words that ask for it ("doodh bhejna" asks about "doodh"). */
function questionText(line: OrderLine): string {
  // the reader's own item words keep what a quote from the line text would cut ("5 star" in "5 star 2")
  return line.item || quotedItem(line.text)
}

/** What the cart takes from an understood line (`sku`: the line's own, or the one chosen for it). */
/**
 * A line of a change to an order, read against the order's lines: "remove the butter" over 100 g and 500 g
 * butter in the catalog is the one butter on the order.
 */
function onOrder(line: OrderLine, lines: readonly PricedLine[]): OrderLine {
  if (line.sku || line.op === 'add') return line
  const on = line.candidates.filter((sku) => lines.some((l) => l.sku === sku))
  return on.length === 1 ? { ...line, sku: on[0]!, candidates: [] } : line
}

function applied(line: OrderLine, sku: string): AppliedLine {
  return {
    sku,
    qty: line.qty,
    unit: line.unit,
    op: line.op,
    text: line.text,
    ...(line.counted ? { counted: true } : {}),
    ...(line.qtyOf ? { qtyOf: line.qtyOf } : {}),
  }
}

type AppliedLine = {
  sku: string
  qty: number
  unit: Unit
  op: OrderLine['op']
  text: string
  counted?: boolean
  qtyOf?: string
}

/** WhatsApp refuses messages over 65,536 characters; a reply never comes near it, but never risks it either. */
const MAX_REPLY_CHARS = 16_000
function clipReply(s: string): string {
  return s.length > MAX_REPLY_CHARS ? `${s.slice(0, MAX_REPLY_CHARS - 1)}…` : s
}

function clipText(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > 60 ? `${one.slice(0, 59)}…` : one
}
