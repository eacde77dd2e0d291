// The per-customer conversation state, stored as JSON on the chat row and changed only inside the transaction
// that processes one inbound message. Plain data, so a restart picks up the cart and the pending question.
import type { Unit } from '../../../shared/units'
import type { LineOp } from '../../../shared/understanding'

/** One product in the cart; qty is in the product's selling unit (2 for "2 kg" of a per-kg product). */
export interface CartItem {
  sku: string
  qty: number
  /** Added with no amount said ("…, dhaniya"): an amount said for it next is how much it is, not more of it. */
  uncounted?: true
}

/** A line the bot still has to ask about: which of several products, or a substitute for one out of stock. */
export interface OpenQuestion {
  kind: 'ambiguous' | 'substitute'
  /** The customer's words ("butter"), or the out-of-stock product's name. */
  text: string
  options: string[]
  qty: number
  unit: Unit
  op: LineOp
  /**
   * A container said with no such pack in the shop ("1 crate eggs", "1 peti tamatar"): once the customer has picked
   * the product, how much is still theirs to say.
   */
  container?: string
  /** "yes" came while this was open and the bot asked once more; the next "yes" leaves the item out. */
  reminded?: boolean
}

export type Pending =
  { kind: 'choice'; question: OpenQuestion } | { kind: 'fulfilment' } | { kind: 'address' }

export interface ConversationState {
  v: 1
  cart: CartItem[]
  pending: Pending | null
  /** Further questions, asked one at a time after the pending one is answered. */
  queue: OpenQuestion[]
  /** The catalog page last shown, so "2" / "more" pages on. */
  catalogPage: number | null
  /** The category those pages are of ("what do you have in dairy?"), so "more" stays in it. */
  catalogCategory?: string | null
  fulfilment: 'pickup' | 'delivery' | null
  /** When the away note was last sent, to send it once per closed spell rather than on every message. */
  awayNoticeAt: number | null
  /** The one product whose price or stock the last reply gave: "ok, 2 please" then orders it. */
  askedSku?: string | null
  /** The product whose price the reply before gave, when the last reply gave another's ("and toor?"): "1 kg each". */
  askedBefore?: string | null
  /** How many of askedSku the last reply suggested ("how many packs? (e.g. 2)"): a plain "yes" takes that. */
  askedQty?: number | null
  /** The last reply asked what askedSku's cart line should come to ("a bit less": how much?): the amount sets it. */
  askedTotal?: boolean | null
  /** The products the last reply listed for a price or stock question: "1 of the small one" then picks one. */
  shownSkus?: string[] | null
  /** The last reply asked how much of askedSku the customer means (2: and was told a yes goes without it). */
  askedAmount?: 1 | 2 | null
  /** The customer asked to pay later or on the khata before the order was placed: a note on it for the shop. */
  payLater?: boolean | null
  /**
   * What the customer said to give if goods are not there ("falls keine Erdbeer dann Kirsch"), before the order
   * was placed: notes on it for the shop.
   */
  notes?: string[] | null
  /** How the customer wants goods in the cart ("Tomato: pakke hue", "Onion: big ones"): notes on the order. */
  remarks?: string[] | null
  /** When the customer said they would come for it or want it ("um 17 Uhr", "morgen früh"): a note on the order. */
  when?: string | null
  /**
   * More goods sold by weight asked for by the piece in the message whose weight askedSku's question asks ("6
   * Scheiben Bierschinken und 4 Scheiben Salami"): their weight is asked next, one at a time (`what` as said).
   */
  weighNext?: { sku: string; what: string }[] | null
}

export function emptyState(): ConversationState {
  return { v: 1, cart: [], pending: null, queue: [], catalogPage: null, fulfilment: null, awayNoticeAt: null }
}

/** Reads a stored state; anything unreadable becomes a fresh conversation rather than a stuck chat. */
export function parseState(json: string): ConversationState {
  try {
    const raw = JSON.parse(json) as Partial<ConversationState> | null
    if (!raw || typeof raw !== 'object') return emptyState()
    const base = emptyState()
    return {
      ...base,
      ...raw,
      v: 1,
      cart: Array.isArray(raw.cart)
        ? raw.cart.filter((c) => c && typeof c.sku === 'string' && c.qty > 0)
        : [],
      queue: Array.isArray(raw.queue) ? raw.queue : [],
    }
  } catch {
    return emptyState()
  }
}
