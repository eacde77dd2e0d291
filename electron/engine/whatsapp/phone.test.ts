import { describe, expect, it } from 'vitest'
import { chatIdToPhone, phoneToChatId, userToPhone } from './phone'

describe('phone <-> WhatsApp chat id', () => {
  it('maps one-to-one chat ids to E.164 and back', () => {
    expect(chatIdToPhone('919800000001@c.us')).toBe('+919800000001')
    expect(phoneToChatId('+919800000001')).toBe('919800000001@c.us')
    expect(phoneToChatId(chatIdToPhone('14155550123@c.us') ?? '')).toBe('14155550123@c.us')
  })

  it('accepts the usual ways people write numbers', () => {
    expect(phoneToChatId('+91 98000-00001')).toBe('919800000001@c.us')
    expect(phoneToChatId('(415) 555 0123'.replace(/^/, '+1'))).toBe('14155550123@c.us')
    expect(phoneToChatId('919800000001')).toBe('919800000001@c.us')
  })

  it('refuses what is not a customer chat', () => {
    for (const id of [
      '120363012345678901@g.us',
      'status@broadcast',
      '1234@newsletter',
      '2345678901234@lid',
      '',
      '91@c.us',
    ])
      expect(chatIdToPhone(id)).toBeNull()
    for (const p of ['', '+', 'abc', '+12', '+1234567890123456', '9198x00'])
      expect(() => phoneToChatId(p)).toThrow(/international/)
  })

  it('shows the shop number with a plus', () => {
    expect(userToPhone('919812345678')).toBe('+919812345678')
  })
})
