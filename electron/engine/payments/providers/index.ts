// The four ways to get paid behind one face, without storage: create each provider's link (failing soft: a
// provider that fails becomes a failure entry, never an exception into the order flow), poll open gateway links
// for status changes, and cancel links. UPI and custom links are computed here; Razorpay and Stripe are asked
// through their clients, which share the one HTTP helper (http.ts).
import { PaymentError, type PaymentErrorKind } from '../../errors'
import type { RetryOptions } from './http'
import { RazorpayClient } from './razorpay'
import { StripeClient } from './stripe'
import { buildUpiLink, UpiLinkError } from './upi'
import { CustomLinkError, renderCustomLink } from './custom'
import { providerProblemOf, type PaymentSettings } from '../settings'
import { providerLabel } from './http'
import type { KeyedText, PayProblemKey } from '../../../../shared/contract/texts'
import {
  isOpenStatus,
  POLLED_PROVIDERS,
  type AttemptBook,
  type GatewayClient,
  type GatewayStatus,
  type PaymentLinkStatus,
  type PaymentOrder,
  type ProviderId,
  type StoredPaymentLink,
} from '../types'

export type GatewayProvider = 'razorpay' | 'stripe'

export interface ProviderFailure {
  provider: ProviderId
  /** 'config' = switched on but not set up (no key, no VPA); the rest as PaymentError kinds. */
  kind: PaymentErrorKind | 'config'
  /** Plain words for the shopkeeper (English: CLI, log). */
  message: string
  /** The same keyed for the screens (`payProblem.<key>`). */
  text?: KeyedText<PayProblemKey>
  /** Trying again later may work (network, 5xx, 429). */
  retryable: boolean
}

export interface LinkChange {
  link: StoredPaymentLink
  from: PaymentLinkStatus
  to: PaymentLinkStatus
  amountPaidBefore: number
  raw: string
}

export interface PollResult {
  changes: LinkChange[]
  failures: Array<ProviderFailure & { linkId: string }>
}

export interface ProvidersOptions {
  /** The engine's clock (shared/clock.ts). */
  now: () => number
  /** Timeouts and backoff for every provider call (tests pass a no-op sleep). */
  retry?: RetryOptions
}

export function linkId(provider: ProviderId, key: string): string {
  return `${provider}:${key}`
}

function failureFrom(provider: ProviderId, err: unknown): ProviderFailure {
  const name = providerLabel(provider)
  if (err instanceof PaymentError)
    return {
      provider,
      kind: err.kind,
      message: err.message,
      retryable: err.retryable,
      text: err.text ?? { key: `kind_${err.kind}`, params: { provider: name } },
    }
  const notMade = { key: 'linkNotMade', params: { provider: name } } as const
  if (err instanceof UpiLinkError || err instanceof CustomLinkError) {
    return {
      provider,
      kind: 'config',
      message: `Payment link not made: ${err.message}.`,
      retryable: false,
      text: notMade,
    }
  }
  const text = err instanceof Error ? err.message : String(err)
  return {
    provider,
    kind: 'network',
    message: `Payment link not made: ${text}`,
    retryable: true,
    text: notMade,
  }
}

export class Providers {
  private readonly now: () => number

  constructor(private readonly opts: ProvidersOptions) {
    this.now = opts.now
  }

  gateway(provider: GatewayProvider, settings: PaymentSettings): GatewayClient {
    if (provider === 'razorpay') {
      return new RazorpayClient({
        keyId: settings.razorpay.keyId,
        keySecret: settings.razorpay.keySecret,
        baseUrl: settings.razorpay.baseUrl || undefined,
        acceptPartial: settings.razorpay.acceptPartial,
        expiryMinutes: settings.razorpay.expiryMinutes,
        shopName: settings.shopName,
        now: this.now,
        retry: this.opts.retry,
      })
    }
    return new StripeClient({
      secretKey: settings.stripe.secretKey,
      baseUrl: settings.stripe.baseUrl || undefined,
      successUrl: settings.stripe.successUrl || undefined,
      expiryMinutes: settings.stripe.expiryMinutes,
      shopName: settings.shopName,
      now: this.now,
      retry: this.opts.retry,
    })
  }

  /**
   * Creates a link for each provider in `providers` ('cash' makes none). Never throws. `book` keeps each gateway
   * attempt's state between calls (the store). A gateway lookup can find that an earlier create of this attempt
   * made a link that is already finished (paid, failed, expired): it is returned too (to be stored, not offered)
   * and the next attempt is made at once, so an order is never left without a link.
   */
  async makeLinks(
    order: PaymentOrder,
    settings: PaymentSettings,
    providers: readonly ProviderId[],
    attemptOf?: (provider: ProviderId) => number,
    book?: AttemptBook,
  ): Promise<{ links: StoredPaymentLink[]; failures: ProviderFailure[] }> {
    const now = this.now()
    const failures: ProviderFailure[] = []
    if (!Number.isSafeInteger(order.total) || order.total <= 0) {
      const provider = providers[0] ?? 'cash'
      failures.push({
        provider,
        kind: 'invalid',
        message: 'The order total must be more than zero.',
        retryable: false,
        text: { key: 'totalZero' },
      })
      return { links: [], failures }
    }
    const made = await Promise.all(
      providers.map(async (provider): Promise<StoredPaymentLink[]> => {
        if (provider === 'cash') return []
        const problem = providerProblemOf(provider, settings)
        if (problem) {
          failures.push({ provider, kind: 'config', ...problem, retryable: false })
          return []
        }
        const attempt = Math.max(1, attemptOf?.(provider) ?? 1)
        const base = {
          orderNumber: order.number,
          provider,
          amount: order.total,
          currency: order.currency,
          amountPaid: 0,
          createdAt: now,
          updatedAt: now,
        }
        try {
          if (provider === 'upi' || provider === 'custom') {
            const url =
              provider === 'upi'
                ? buildUpiLink({
                    vpa: settings.upi.vpa,
                    payeeName: settings.upi.payeeName || settings.shopName,
                    amountMinor: order.total,
                    currency: order.currency,
                    orderRef: order.number,
                    note: `Order ${order.number}`,
                  })
                : renderCustomLink(settings.custom.template, {
                    amountMinor: order.total,
                    currency: order.currency,
                    orderRef: order.number,
                  })
            const id = linkId(provider, `${order.number}:${attempt}`)
            return [{ ...base, id, providerLinkId: null, url, status: 'created', expiresAt: null }]
          }
          const client = this.gateway(provider, settings)
          const out: StoredPaymentLink[] = []
          for (let n = attempt; n < attempt + 3; n++) {
            const created = await client.createLink(order, { attempt: n, book })
            out.push({
              ...base,
              id: linkId(provider, created.id),
              providerLinkId: created.id,
              url: created.url || null,
              status: created.status,
              expiresAt: created.expiresAt,
            })
            if (isOpenStatus(created.status) || created.status === 'paid') break
          }
          return out
        } catch (err) {
          failures.push(failureFrom(provider, err))
          return []
        }
      }),
    )
    return { links: made.flat(), failures }
  }

  /**
   * Asks the gateways about every open gateway link and returns what changed. Never throws; a provider that
   * refuses the key or asks us to slow down is skipped for the rest of this round.
   */
  async poll(openLinks: readonly StoredPaymentLink[], settings: PaymentSettings): Promise<PollResult> {
    const changes: LinkChange[] = []
    const failures: PollResult['failures'] = []
    const skip = new Set<ProviderId>()
    const clients = new Map<ProviderId, GatewayClient>()
    for (const link of openLinks) {
      // 'failed' Stripe links are watched too: a delayed payment may still settle (see stripe.ts).
      const watched = isOpenStatus(link.status) || (link.provider === 'stripe' && link.status === 'failed')
      if (!POLLED_PROVIDERS.includes(link.provider) || !link.providerLinkId || !watched) continue
      if (skip.has(link.provider)) continue
      const provider = link.provider as GatewayProvider
      let status: GatewayStatus
      try {
        let client = clients.get(provider)
        if (!client) {
          const problem = providerProblemOf(provider, settings)
          if (problem) throw new PaymentError({ kind: 'auth', provider, ...problem })
          client = this.gateway(provider, settings)
          clients.set(provider, client)
        }
        status = await client.getStatus(link.providerLinkId)
      } catch (err) {
        const failure = failureFrom(provider, err)
        failures.push({ ...failure, linkId: link.id })
        if (failure.kind === 'auth' || failure.kind === 'rate_limited') skip.add(provider)
        continue
      }
      if (status.status !== link.status || status.amountPaid !== link.amountPaid) {
        changes.push({
          link: { ...link, status: status.status, amountPaid: status.amountPaid, updatedAt: this.now() },
          from: link.status,
          to: status.status,
          amountPaidBefore: link.amountPaid,
          raw: status.raw,
        })
      }
    }
    return { changes, failures }
  }

  /**
   * Cancels open links (the order was cancelled, or another link paid it). Gateway links are cancelled at the
   * provider; a link that turns out to be paid already is reported as paid, so no payment is ever lost.
   */
  async cancelLinks(
    links: readonly StoredPaymentLink[],
    settings: PaymentSettings,
  ): Promise<{ changes: LinkChange[]; failures: Array<ProviderFailure & { linkId: string }> }> {
    const changes: LinkChange[] = []
    const failures: Array<ProviderFailure & { linkId: string }> = []
    for (const link of links) {
      if (!isOpenStatus(link.status)) continue
      let status: GatewayStatus = {
        status: 'cancelled',
        amountPaid: link.amountPaid,
        raw: 'cancelled locally',
      }
      if (POLLED_PROVIDERS.includes(link.provider) && link.providerLinkId) {
        try {
          status = await this.gateway(link.provider as GatewayProvider, settings).cancel(link.providerLinkId)
        } catch (err) {
          failures.push({ ...failureFrom(link.provider, err), linkId: link.id })
          continue
        }
      }
      changes.push({
        link: { ...link, status: status.status, amountPaid: status.amountPaid, updatedAt: this.now() },
        from: link.status,
        to: status.status,
        amountPaidBefore: link.amountPaid,
        raw: status.raw,
      })
    }
    return { changes, failures }
  }
}
