// The customer-facing texts of the payment flow: plain text that reads well in WhatsApp (short lines, links
// on their own line so WhatsApp makes them tappable, *bold* only for the amount). The words are templates
// (electron/engine/voice/templates.ts, `pay*`) in the customer's language with the shop's overrides, and money
// in the shop's locale, through the voice the engine passes in (`voice`); without one (a tool, a test) they
// read in English.
import type { Currency } from '../../../shared/money'
import { plainSpeaker, type Speaker } from '../voice/voice'
import type { ProviderId, StoredPaymentLink } from './types'

export interface MessageOrder {
  number: string
  total: number
  currency: Currency
  customerName?: string | null
}

/** The voice of the order's chat: the engine resolves the order to its chat, language and locale. */
export interface PaymentVoice {
  forOrder(orderNumber: string): Speaker
}

/** The label the shop gave its own payment link, unless it is still the built-in "Pay online". */
const DEFAULT_CUSTOM_LABEL = 'Pay online'

function speakerFor(order: MessageOrder, voice: PaymentVoice | undefined): Speaker {
  return voice ? voice.forOrder(order.number) : plainSpeaker()
}

function firstName(name: string | null | undefined): string | null {
  return name?.trim().split(/\s+/)[0] || null
}

/** "Hi Asha, your order 1042 comes to *₹452.50*." */
function amountLine(s: Speaker, order: MessageOrder): string {
  const name = firstName(order.customerName)
  const vars = { number: order.number, total: s.money(order.total, order.currency) }
  return name ? s.t('payAmountNamed', { ...vars, name }) : s.t('payAmount', vars)
}

function customLabel(s: Speaker, label: string | undefined): string {
  return label && label !== DEFAULT_CUSTOM_LABEL ? `${label}:` : s.t('payOnline')
}

/** The payee's UPI ID from a upi://pay link, to give as plain text. */
export function upiIdOf(url: string): string | null {
  const m = /[?&]pa=([^&]+)/.exec(url)
  if (!m) return null
  try {
    return decodeURIComponent(m[1]!)
  } catch {
    return null
  }
}

/**
 * The payment request: amount, then one block per way to pay in the shop's order of providers, then the
 * reference to quote. `cash` adds a line, a UPI link gets a pointer to the QR picture sent with it and the UPI ID
 * as plain text (WhatsApp does not make upi:// links tappable; the ID can be copied into any UPI app).
 */
export function renderPaymentMessage(
  order: MessageOrder,
  links: StoredPaymentLink[],
  opts: { shopName: string; cash: boolean; customLabel?: string; qrSent?: boolean; voice?: PaymentVoice },
): string {
  const s = speakerFor(order, opts.voice)
  const lines: string[] = [amountLine(s, order)]
  for (const link of links) {
    if (!link.url) continue
    lines.push('')
    if (link.provider === 'upi') {
      lines.push(s.t(opts.qrSent ? 'payUpiQr' : 'payUpi'))
      const id = upiIdOf(link.url)
      if (id) lines.push(s.t('payUpiId', { vpa: id }))
    } else if (link.provider === 'custom') {
      lines.push(customLabel(s, opts.customLabel))
    } else {
      lines.push(
        s.t(
          link.provider === 'razorpay'
            ? 'payRazorpay'
            : link.provider === 'stripe'
              ? 'payStripe'
              : 'payOnline',
        ),
      )
    }
    lines.push(link.url)
  }
  if (opts.cash) {
    lines.push('')
    lines.push(s.t(links.some((l) => l.url) ? 'payCashToo' : 'payCashOnly'))
  }
  if (links.some((l) => l.provider === 'upi')) {
    lines.push('')
    lines.push(s.t('payReference', { number: order.number }))
  }
  lines.push('')
  lines.push(s.t('paySignoff', { shop: opts.shopName }))
  return lines.join('\n')
}

/** When no way to pay could be prepared right now (gateway down, nothing configured). */
export function renderPaymentPending(
  order: MessageOrder,
  opts: { shopName: string; voice?: PaymentVoice },
): string {
  const s = speakerFor(order, opts.voice)
  return [amountLine(s, order), s.t('payPending'), '', s.t('paySignoff', { shop: opts.shopName })].join('\n')
}

export function renderReceipt(
  order: MessageOrder,
  opts: { shopName: string; amountPaid: number; via?: ProviderId | null; voice?: PaymentVoice },
): string {
  const s = speakerFor(order, opts.voice)
  return [
    s.t(opts.via === 'cash' ? 'payReceiptCash' : 'payReceipt', {
      amount: s.money(opts.amountPaid, order.currency),
      number: order.number,
    }),
    '',
    s.t('paySignoff', { shop: opts.shopName }),
  ].join('\n')
}

export function renderPartialPayment(
  order: MessageOrder,
  opts: { shopName: string; amountPaid: number; link?: StoredPaymentLink | null; voice?: PaymentVoice },
): string {
  const s = speakerFor(order, opts.voice)
  const left = Math.max(0, order.total - opts.amountPaid)
  const lines = [
    s.t('payPartial', {
      amount: s.money(opts.amountPaid, order.currency),
      number: order.number,
      left: s.money(left, order.currency),
    }),
  ]
  if (opts.link?.url) lines.push('', s.t('payRest'), opts.link.url)
  lines.push('', s.t('paySignoff', { shop: opts.shopName }))
  return lines.join('\n')
}

/** The one reminder, with the same ways to pay as the request. */
export function renderReminder(
  order: MessageOrder,
  links: StoredPaymentLink[],
  opts: { shopName: string; cash: boolean; customLabel?: string; voice?: PaymentVoice },
): string {
  const s = speakerFor(order, opts.voice)
  const open = links.filter((l) => l.url && (l.status === 'created' || l.status === 'partially_paid'))
  const name = firstName(order.customerName)
  const vars = { number: order.number, total: s.money(order.total, order.currency) }
  const lines = [name ? s.t('payReminderNamed', { ...vars, name }) : s.t('payReminder', vars)]
  for (const link of open) {
    lines.push(
      '',
      link.provider === 'upi'
        ? s.t('payReminderUpi')
        : link.provider === 'custom'
          ? customLabel(s, opts.customLabel)
          : s.t('payOnline'),
    )
    if (link.provider === 'upi') {
      const id = upiIdOf(link.url as string)
      if (id) lines.push(s.t('payUpiId', { vpa: id }))
    }
    lines.push(link.url as string)
  }
  if (opts.cash) lines.push('', s.t('payCashToo'))
  lines.push('', s.t('payIgnoreIfPaid'), s.t('paySignoffShort', { shop: opts.shopName }))
  return lines.join('\n')
}
