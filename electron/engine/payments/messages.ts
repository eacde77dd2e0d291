// The customer-facing texts of the payment flow: plain text that reads well in WhatsApp (short lines, links
// on their own line so WhatsApp makes them tappable, *bold* only for the amount).
import { formatMoney, type Currency } from '../../../shared/money'
import type { ProviderId, StoredPaymentLink } from './types'

export interface MessageOrder {
  number: string
  total: number
  currency: Currency
  customerName?: string | null
}

const ONLINE_LABEL: Partial<Record<ProviderId, string>> = {
  razorpay: 'Pay online (UPI, card, netbanking):',
  stripe: 'Pay by card:',
}

function greeting(name: string | null | undefined): string {
  const first = name?.trim().split(/\s+/)[0]
  return first ? `Hi ${first}, ` : ''
}

/**
 * The payment request: amount, then one block per way to pay in the shop's order of providers, then the
 * reference to quote. `cash` adds a line, a UPI link gets a pointer to the QR picture sent with it.
 */
export function renderPaymentMessage(
  order: MessageOrder,
  links: StoredPaymentLink[],
  opts: { shopName: string; cash: boolean; customLabel?: string; qrSent?: boolean },
): string {
  const lines: string[] = []
  lines.push(
    `${greeting(order.customerName)}your order ${order.number} comes to *${formatMoney(order.total, order.currency)}*.`,
  )
  for (const link of links) {
    if (!link.url) continue
    lines.push('')
    if (link.provider === 'upi') {
      lines.push(`Pay with any UPI app${opts.qrSent ? ' (or scan the QR code below)' : ''}:`)
    } else if (link.provider === 'custom') {
      lines.push(`${opts.customLabel ?? 'Pay online'}:`)
    } else {
      lines.push(ONLINE_LABEL[link.provider] ?? 'Pay online:')
    }
    lines.push(link.url)
  }
  if (opts.cash) {
    lines.push('')
    lines.push(
      links.some((l) => l.url)
        ? 'Or pay cash on delivery / at the counter.'
        : 'Please pay cash on delivery / at the counter.',
    )
  }
  if (links.some((l) => l.provider === 'upi')) {
    lines.push('')
    lines.push(`Reference: ${order.number}`)
  }
  lines.push('')
  lines.push(`Thank you! – ${opts.shopName}`)
  return lines.join('\n')
}

/** When no way to pay could be prepared right now (gateway down, nothing configured). */
export function renderPaymentPending(order: MessageOrder, opts: { shopName: string }): string {
  return [
    `${greeting(order.customerName)}your order ${order.number} comes to *${formatMoney(order.total, order.currency)}*.`,
    'We will send you the payment details shortly.',
    '',
    `Thank you! – ${opts.shopName}`,
  ].join('\n')
}

export function renderReceipt(
  order: MessageOrder,
  opts: { shopName: string; amountPaid: number; via?: ProviderId | null },
): string {
  const how = opts.via === 'cash' ? ' in cash' : ''
  return [
    `Payment received${how}: *${formatMoney(opts.amountPaid, order.currency)}* for order ${order.number}. ✅`,
    '',
    `Thank you! – ${opts.shopName}`,
  ].join('\n')
}

export function renderPartialPayment(
  order: MessageOrder,
  opts: { shopName: string; amountPaid: number; link?: StoredPaymentLink | null },
): string {
  const left = Math.max(0, order.total - opts.amountPaid)
  const lines = [
    `We received *${formatMoney(opts.amountPaid, order.currency)}* for order ${order.number}.`,
    `Still to pay: *${formatMoney(left, order.currency)}*.`,
  ]
  if (opts.link?.url) lines.push('', 'You can pay the rest here:', opts.link.url)
  lines.push('', `Thank you! – ${opts.shopName}`)
  return lines.join('\n')
}

/** The one reminder, with the same ways to pay as the request. */
export function renderReminder(
  order: MessageOrder,
  links: StoredPaymentLink[],
  opts: { shopName: string; cash: boolean; customLabel?: string },
): string {
  const open = links.filter((l) => l.url && (l.status === 'created' || l.status === 'partially_paid'))
  const lines = [
    `${greeting(order.customerName)}a friendly reminder: order ${order.number} (*${formatMoney(order.total, order.currency)}*) is not paid yet.`,
  ]
  for (const link of open) {
    lines.push(
      '',
      link.provider === 'upi'
        ? 'UPI:'
        : link.provider === 'custom'
          ? `${opts.customLabel ?? 'Pay online'}:`
          : 'Pay online:',
    )
    lines.push(link.url as string)
  }
  if (opts.cash) lines.push('', 'Or pay cash on delivery / at the counter.')
  lines.push('', 'If you have already paid, please ignore this message.', `– ${opts.shopName}`)
  return lines.join('\n')
}
