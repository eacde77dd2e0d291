import { describe, expect, it } from 'vitest'
import { CustomLinkError, renderCustomLink, validateCustomTemplate } from './custom'

describe('custom link template', () => {
  it('fills {amount} in major units with two decimals, {amount_minor}, {order} and {currency}', () => {
    expect(
      renderCustomLink('https://paypal.me/sharmastores/{amount}{currency}', {
        amountMinor: 1250,
        currency: 'EUR',
        orderRef: '77',
      }),
    ).toBe('https://paypal.me/sharmastores/12.50EUR')
    expect(
      renderCustomLink('https://pay.example.com/?ref={order}&p={amount_minor}', {
        amountMinor: 45250,
        currency: 'INR',
        orderRef: '1042',
      }),
    ).toBe('https://pay.example.com/?ref=1042&p=45250')
  })

  it('URL-encodes what it substitutes', () => {
    expect(
      renderCustomLink('https://pay.example.com/?ref={order}', {
        amountMinor: 100,
        currency: 'INR',
        orderRef: 'A 1&b=2',
      }),
    ).toBe('https://pay.example.com/?ref=A%201%26b%3D2')
  })

  it('rejects unknown placeholders, non-http links and empty amounts', () => {
    expect(() => validateCustomTemplate('https://x.example/{total}')).toThrow(/unknown placeholder \{total\}/)
    expect(() => validateCustomTemplate('javascript:alert({amount})')).toThrow(CustomLinkError)
    expect(() => validateCustomTemplate('not a link {amount}')).toThrow(CustomLinkError)
    expect(() =>
      renderCustomLink('https://x.example/{amount}', { amountMinor: 0, currency: 'INR', orderRef: '1' }),
    ).toThrow(/more than zero/)
    expect(() => validateCustomTemplate('https://paypal.me/shop/{amount}')).not.toThrow()
  })
})
