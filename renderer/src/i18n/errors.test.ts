import { afterEach, describe, expect, it } from 'vitest'
import { ApiCallError, messageOf } from '../api/client'
import { errorText } from './errors'
import { i18n } from './index'

afterEach(() => i18n.changeLanguage('en'))

const err = (text: { key: string; params?: Record<string, string | number> }, message = 'English') =>
  new ApiCallError({ code: 'conflict', message, text })

describe('engine errors on screen', () => {
  it('says a keyed error in the screens’ language, order statuses named as the queue names them', async () => {
    const e = err({ key: 'cannotBecome', params: { number: 1001, from: 'completed', to: 'packed' } })
    expect(messageOf(e)).toBe('Order #1001 is Completed; it cannot become Packed')
    await i18n.changeLanguage('de')
    expect(messageOf(e)).toBe('Bestellung Nr. 1001 ist „Abgeschlossen“; sie kann nicht „Gepackt“ werden')
    await i18n.changeLanguage('hi')
    expect(messageOf(err({ key: 'noProduct', params: { sku: 'ATTA-5' } }))).toBe('SKU “ATTA-5” का कोई सामान नहीं')
  })

  it('keeps the engine’s words for an unknown key or an error without one', async () => {
    await i18n.changeLanguage('de')
    expect(errorText({ key: 'somethingNew' })).toBeNull()
    expect(messageOf(err({ key: 'somethingNew' }, 'The engine said this'))).toBe('The engine said this')
    expect(messageOf(new ApiCallError({ code: 'invalid_args', message: 'price: too big' }))).toBe('price: too big')
    expect(messageOf(new Error('plain'))).toBe('plain')
  })
})
