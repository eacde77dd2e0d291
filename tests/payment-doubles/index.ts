// Local stand-ins for the payment providers' APIs, for contract, flow and end-to-end tests.
// Point the engine at them with `payments.razorpay.base_url` / `payments.stripe.base_url` (http://127.0.0.1 only)
// and the double's keys; drive them with pay(), expire(), payOnPoll() and failNext().
export { startRazorpayDouble, type RazorpayDouble, type RazorpayLink } from './razorpay-double'
export { startStripeDouble, parseForm, type StripeDouble, type StripeSession } from './stripe-double'
export type { Fault, RecordedRequest } from './base'
