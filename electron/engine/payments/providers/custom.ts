// A payment link for any other provider, from a template the shopkeeper types once, e.g.
// "https://paypal.me/myshop/{amount}{currency}" or "https://pay.example.com/?ref={order}&paise={amount_minor}".
import { toMajorString } from '../../../../shared/money'

export const CUSTOM_PLACEHOLDERS = ['amount', 'amount_minor', 'order', 'currency'] as const

export class CustomLinkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CustomLinkError'
  }
}

export interface CustomLinkInput {
  amountMinor: number
  currency: string
  orderRef: string
}

/** Throws CustomLinkError when the template is unusable; call it when the setting is saved. */
export function validateCustomTemplate(template: string): void {
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((name) => !(CUSTOM_PLACEHOLDERS as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new CustomLinkError(
      `unknown placeholder {${unknown[0]}}; use ${CUSTOM_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
    )
  }
  // Check the shape with sample values: it must become an http(s) link.
  renderCustomLink(template, { amountMinor: 100, currency: 'INR', orderRef: '1' })
}

export function renderCustomLink(template: string, input: CustomLinkInput): string {
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
    throw new CustomLinkError('the amount must be more than zero')
  }
  const values: Record<string, string> = {
    amount: toMajorString(input.amountMinor),
    amount_minor: String(input.amountMinor),
    order: input.orderRef,
    currency: input.currency,
  }
  const link = template.trim().replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) throw new CustomLinkError(`unknown placeholder ${whole}`)
    return encodeURIComponent(value)
  })
  let url: URL
  try {
    url = new URL(link)
  } catch {
    throw new CustomLinkError('the payment link template does not make a valid link')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CustomLinkError('the payment link template must start with https://')
  }
  return link
}
