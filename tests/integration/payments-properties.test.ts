// Property-based tests (fast-check) over sequences of timeouts, dropped connections, lost answers and error
// answers on the way to Razorpay and Stripe (issue #18). Whatever the order of failures, after every request:
// - never two live links at the provider for one order (so never two for one order and attempt);
// - the order's stored open link, if any, is the live one at the provider;
// and once the network behaves, one more request gives the order exactly one live link, asking its current
// total (never stuck). With edits between requests, a stale link whose cancel failed may live on for a while,
// but never two live links for one order and attempt.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../electron/engine/db/connection'
import { PaymentDesk } from '../../electron/engine/payments/desk'
import { paymentSettings, type PaymentSettings } from '../../electron/engine/payments/settings'
import { SqlitePaymentStore } from '../../electron/engine/payments/store'
import { isOpenStatus, type PaymentOrder } from '../../electron/engine/payments/types'
import type { Fault } from '../payment-doubles/base'
import { startRazorpayDouble } from '../payment-doubles/razorpay-double'
import { startStripeDouble } from '../payment-doubles/stripe-double'
import { FakeClock } from '../fixtures/clock'

/** One thing that goes wrong with the next request to arrive (whatever it is: a create or a lookup). */
type Step =
  | { fault: Fault }
  | { stripeFailAfterCreate: true }
  | { advanceMs: number }
  /** The order is edited: its total changes before the next request. */
  | { total: number }

const common: fc.Arbitrary<Step>[] = [
  fc.constant({ fault: { hang: true } }),
  fc.constant({ fault: { reset: true } }),
  fc.constant({ fault: { hang: true, afterRoute: true } }),
  fc.constant({ fault: { reset: true, afterRoute: true } }),
  fc.constant({ fault: { status: 500 } }),
  fc.constant({ fault: { status: 503 } }),
  fc.constant({ fault: { status: 429 } }),
  fc.integer({ min: 0, max: 20 * 60_000 }).map((advanceMs) => ({ advanceMs })),
]
const stripeOnly: fc.Arbitrary<Step>[] = [
  fc.constant({ fault: { status: 409 } }),
  fc.constant({ fault: { status: 400, headers: { 'Stripe-Should-Retry': 'true' } } }),
  fc.constant({ fault: { status: 503, headers: { 'Stripe-Should-Retry': 'false' } } }),
  fc.constant({
    fault: {
      status: 400,
      json: { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' } },
    },
  }),
  fc.constant({ stripeFailAfterCreate: true as const }),
]

/** Requests, each preceded by the failures queued for it. */
const scenario = (steps: fc.Arbitrary<Step>[]) =>
  fc.array(fc.array(fc.oneof(...steps), { maxLength: 5 }), { minLength: 1, maxLength: 4 })

const baseOrder: PaymentOrder = { number: '1042', total: 45250, currency: 'INR', customer: '+919876543210' }
const edits: fc.Arbitrary<Step> = fc.integer({ min: 100, max: 99_999 }).map((total) => ({ total }))
const RUNS = 25

async function run(provider: 'razorpay' | 'stripe', requests: Step[][]): Promise<void> {
  const clock = new FakeClock()
  const rzp = await startRazorpayDouble({ clock })
  const stripe = await startStripeDouble({ clock })
  const db = openDatabase(':memory:')
  let order = baseOrder
  try {
    const settings = (): PaymentSettings => {
      const base = paymentSettings({ shopName: 'Sharma Stores', providers: [provider] })
      return {
        ...base,
        razorpay: { ...base.razorpay, keyId: rzp.keyId, keySecret: rzp.keySecret, baseUrl: rzp.url },
        stripe: { ...base.stripe, secretKey: stripe.secretKey, baseUrl: stripe.url },
      }
    }
    // Short timeouts while failures are injected (hangs cost one timeout each); a generous one for the final
    // request on a behaving network, so a slow, busy machine cannot turn it into a timeout.
    const store = new SqlitePaymentStore(db)
    const makeDesk = (timeoutMs: number): PaymentDesk =>
      new PaymentDesk({
        store,
        settings,
        now: clock.now,
        retry: { sleep: async () => {}, timeoutMs, maxAttempts: 3 },
      })
    let desk = makeDesk(60)
    const double = provider === 'razorpay' ? rzp : stripe
    /** Live links at the provider for this order: id, attempt (from reference / metadata) and amount. */
    const liveLinks = (): Array<{ id: string; attempt: string; amount: number }> =>
      provider === 'razorpay'
        ? [...rzp.links.values()]
            .filter(
              (l) =>
                l.notes.order === order.number && (l.status === 'created' || l.status === 'partially_paid'),
            )
            .map((l) => ({
              id: l.id,
              attempt: /^\d+-(\d+)/.exec(l.reference_id)?.[1] ?? '1',
              amount: l.amount,
            }))
        : [...stripe.sessions.values()]
            .filter(
              (s) =>
                s.client_reference_id === order.number &&
                s.status === 'open' &&
                s.expires_at > clock.now() / 1000,
            )
            .map((s) => ({
              id: s.id,
              attempt: s.metadata.counterchat_attempt ?? '?',
              amount: s.amount_total,
            }))
    const live = (): string[] => liveLinks().map((l) => l.id)
    /**
     * The order's stored open links that ask for its current total (the ones it offers). A stale link (an older
     * total) whose cancel failed stays stored open until the next poll or request sorts it out.
     */
    const storedOpen = (): string[] =>
      desk
        .status(order.number)
        .links.filter((l) => isOpenStatus(l.status) && l.amount === order.total)
        .map((l) => l.providerLinkId!)
    const check = (): void => {
      const links = liveLinks()
      // Never two live links for one order and attempt.
      expect(new Set(links.map((l) => l.attempt)).size).toBe(links.length)
      // Without edits there is no reason for a second live link at all.
      if (!edited) expect(links.length).toBeLessThanOrEqual(1)
      for (const id of storedOpen()) expect(live()).toContain(id)
    }
    let edited = false

    for (const steps of requests) {
      for (const step of steps) {
        if ('fault' in step) double.failNext(1, step.fault)
        else if ('advanceMs' in step) clock.advance(step.advanceMs)
        else if ('total' in step) {
          order = { ...order, total: step.total }
          edited = true
        } else stripe.failAfterCreate(1)
      }
      await desk.requestPayment(order)
      check()
      // Failures not consumed by this request do not carry over to the next.
      double.clearFaults()
    }
    // The network behaves again: one more request, and the order has exactly one live link, the one it holds.
    double.clearFaults()
    stripe.failAfterCreate(0)
    desk = makeDesk(5_000)
    const last = await desk.requestPayment(order)
    expect(last.failures).toEqual([])
    check()
    expect(live()).toHaveLength(1)
    expect(liveLinks()[0]!.amount).toBe(order.total) // the live link asks for the current total
    expect(storedOpen()).toEqual(live())
    expect(desk.status(order.number).links.filter((l) => isOpenStatus(l.status))).toHaveLength(1)
    expect(last.message).toContain(desk.status(order.number).links.find((l) => isOpenStatus(l.status))!.url!)
  } finally {
    db.close()
    await rzp.close()
    await stripe.close()
  }
}

describe('no order ever has two live links, and none is left without one (property-based)', () => {
  it('Razorpay: any sequence of timeouts, resets, lost answers and 5xx/429', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(common), (reqs) => run('razorpay', reqs)),
      { numRuns: RUNS },
    )
  }, 120_000)

  it('Stripe: the same, plus 409, Stripe-Should-Retry true/false, 400 rate_limit and 500s saved for the key', async () => {
    await fc.assert(
      fc.asyncProperty(scenario([...common, ...stripeOnly]), (reqs) => run('stripe', reqs)),
      { numRuns: RUNS },
    )
  }, 120_000)

  it('both providers, with the order edited (its total changing) between requests', async () => {
    await fc.assert(
      fc.asyncProperty(scenario([...common, edits]), (reqs) => run('razorpay', reqs)),
      { numRuns: RUNS },
    )
    await fc.assert(
      fc.asyncProperty(scenario([...common, ...stripeOnly, edits]), (reqs) => run('stripe', reqs)),
      { numRuns: RUNS },
    )
  }, 240_000)
})
