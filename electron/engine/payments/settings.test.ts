import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { Settings } from '../settings/settings'
import { SHOP_SETTINGS } from '../settings/shop'
import {
  isSecretSettingKey,
  PAYMENT_SETTINGS,
  paymentSettings,
  providerProblem,
  readPaymentSettings,
} from './settings'

describe('payment settings', () => {
  it('accept what `counterchat config set KEY VALUE` gives them (strings) through the engine Settings', () => {
    const db = openDatabase(':memory:')
    const settings = new Settings(db, () => 1, { ...SHOP_SETTINGS, ...PAYMENT_SETTINGS })
    expect(settings.set('payments.providers', 'upi, razorpay,cash')).toEqual(['upi', 'razorpay', 'cash'])
    expect(settings.set('payments.upi.vpa', 'sharma@okhdfcbank')).toBe('sharma@okhdfcbank')
    expect(settings.set('payments.razorpay.accept_partial', 'true')).toBe(true)
    expect(settings.set('payments.reminder_after_minutes', '90')).toBe(90)
    expect(settings.set('payments.custom.template', 'https://paypal.me/x/{amount}')).toBe(
      'https://paypal.me/x/{amount}',
    )
    expect(() => settings.set('payments.providers', 'upi,bitcoin')).toThrow(/invalid value/)
    expect(() => settings.set('payments.providers', 'upi,upi')).toThrow(/twice/)
    expect(() => settings.set('payments.upi.vpa', 'not-a-vpa')).toThrow(/UPI ID/)
    expect(() => settings.set('payments.custom.template', 'https://x/{total}')).toThrow(/unknown placeholder/)
    expect(() => settings.set('payments.razorpay.base_url', 'http://evil.example')).toThrow(/https/)
    expect(settings.set('payments.razorpay.base_url', 'http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010')
    settings.set('shop.name', 'Sharma Stores')
    const typed = readPaymentSettings((k) => settings.get(k), { getSecret: () => 'sec' })
    expect(typed).toMatchObject({
      shopName: 'Sharma Stores',
      providers: ['upi', 'razorpay', 'cash'],
      upi: { vpa: 'sharma@okhdfcbank', payeeName: 'Sharma Stores' },
      razorpay: { acceptPartial: true, keySecret: 'sec', baseUrl: 'http://127.0.0.1:4010' },
      reminderAfterMinutes: 90,
    })
    db.close()
  })

  it('secret keys are marked as such and are not settings rows', () => {
    expect(isSecretSettingKey('payments.razorpay.key_secret')).toBe(true)
    expect(isSecretSettingKey('payments.stripe.secret_key')).toBe(true)
    expect(isSecretSettingKey('payments.razorpay.key_id')).toBe(false)
    expect(Object.keys(PAYMENT_SETTINGS).some(isSecretSettingKey)).toBe(false)
  })

  it('defaults to cash only, and explains what a switched-on provider is missing', () => {
    const s = paymentSettings()
    expect(s.providers).toEqual(['cash'])
    expect(providerProblem('upi', s)).toMatch(/payments\.upi\.vpa/)
    expect(providerProblem('razorpay', s)).toMatch(/key id/)
    expect(providerProblem('razorpay', { ...s, razorpay: { ...s.razorpay, keyId: 'k' } })).toMatch(
      /key secret/,
    )
    expect(providerProblem('stripe', s)).toMatch(/secret key/)
    expect(providerProblem('custom', s)).toMatch(/template/)
    expect(providerProblem('cash', s)).toBeNull()
  })
})
