import { describe, expect, it } from 'vitest'
import { classify, cleanText, MAX_TEXT, type WireMessage } from './filter'

const customer = '919800000001@c.us'
const base = (over: Partial<WireMessage> = {}): WireMessage => ({
  id: { _serialized: `false_${customer}_ABCDEF0123456789ABCDEF0123456789`, fromMe: false, remote: customer },
  from: customer,
  fromMe: false,
  type: 'chat',
  body: '2 kg onion',
  timestamp: 1_700_000_000,
  hasMedia: false,
  isStatus: false,
  _data: { notifyName: 'Priya' },
  ...over,
})

describe('classify', () => {
  it('accepts a customer text as an inbound message', () => {
    expect(classify(base())).toEqual({
      accept: {
        providerId: `false_${customer}_ABCDEF0123456789ABCDEF0123456789`,
        from: '+919800000001',
        name: 'Priya',
        text: '2 kg onion',
        kind: 'text',
        timestamp: 1_700_000_000_000,
      },
    })
  })

  it('ignores groups, status, broadcasts, channels, own messages and system notices', () => {
    expect(classify(base({ fromMe: true }))).toEqual({ drop: 'own message' })
    expect(classify(base({ id: { _serialized: 'x', remote: '1203630@g.us' }, author: customer }))).toEqual({
      drop: 'group',
    })
    expect(classify(base({ id: { _serialized: 'x', remote: 'status@broadcast' }, isStatus: true }))).toEqual({
      drop: 'status or broadcast',
    })
    expect(classify(base({ id: { _serialized: 'x', remote: '1234@broadcast' } }))).toEqual({
      drop: 'status or broadcast',
    })
    expect(classify(base({ id: { _serialized: 'x', remote: '1203630@newsletter' } }))).toEqual({
      drop: 'channel',
    })
    expect(classify(base({ type: 'e2e_notification' }))).toEqual({ drop: 'system notice' })
    expect(classify(base({ type: 'notification_template', body: '' }))).toEqual({ drop: 'system notice' })
    expect(classify(base({ type: 'call_log' }))).toEqual({ drop: 'system notice' })
    expect(classify(base({ type: 'revoked', body: '' }))).toEqual({ drop: 'deleted' })
    expect(classify(base({ type: 'reaction' }))).toEqual({ drop: 'reaction' })
    expect(classify(base({ id: { _serialized: 'x', remote: '123456789@lid' } }))).toEqual({
      drop: 'not a phone number',
    })
    // A privacy-id sender whose phone number the gateway resolved is a customer like any other.
    expect(
      classify(base({ id: { _serialized: 'x', remote: '123456789@lid' } }), '919800000009@c.us'),
    ).toMatchObject({
      accept: { from: '+919800000009', providerId: 'x' },
    })
  })

  it('maps media, location and contact cards to their kinds', () => {
    const img = classify(base({ type: 'image', hasMedia: true, body: '2 kg onion please' }))
    expect(img).toMatchObject({ accept: { kind: 'media', text: '2 kg onion please' } })
    // Without a downloadable media key the body is WhatsApp's base64 thumbnail, never an order.
    const thumb = classify(base({ type: 'image', hasMedia: false, body: '/9j/4AAQSkZJRgABAQ', _data: {} }))
    expect(thumb).toMatchObject({ accept: { kind: 'media', text: '', name: null } })
    const loc = classify(
      base({
        type: 'location',
        body: '',
        location: { latitude: 12.97, longitude: 77.59, description: 'Home\nMG Road' },
      }),
    )
    expect(loc).toMatchObject({
      accept: { kind: 'location', text: 'Home, MG Road https://maps.google.com/?q=12.97,77.59' },
    })
    const card =
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ravi Kumar\nitem1.TEL;waid=919800000002:+91 98000 00002\nEND:VCARD'
    expect(classify(base({ type: 'vcard', body: card, vCards: [card] }))).toMatchObject({
      accept: { kind: 'contact', text: 'Ravi Kumar +91 98000 00002' },
    })
    expect(classify(base({ type: 'poll_creation', body: 'Which?' }))).toMatchObject({
      accept: { kind: 'other' },
    })
  })

  it('survives hostile input', () => {
    const big = 'onion '.repeat(10_000)
    expect(classify(base({ body: big }))).toMatchObject({ accept: { text: big } })
    expect(classify(base({ body: 'x'.repeat(MAX_TEXT + 10) }))).toMatchObject({
      accept: { text: 'x'.repeat(MAX_TEXT) },
    })
    const lone = 'a\uD800b\uDC00c\uD83D\uDE00'
    expect(classify(base({ body: lone }))).toMatchObject({ accept: { text: 'a\uFFFDb\uFFFDc\uD83D\uDE00' } })
    for (const bad of [null, undefined, {}, { id: null }, { id: { _serialized: 5 } }])
      expect(classify(bad as WireMessage)).toEqual({ drop: 'malformed' })
    expect(classify(base({ body: 42, timestamp: 'soon', _data: null }))).toMatchObject({
      accept: { text: '', name: null },
    })
  })
})

describe('cleanText', () => {
  it('never splits a surrogate pair when capping', () => {
    expect(cleanText('ab\uD83D\uDE00', 3)).toBe('ab\uFFFD')
    expect(cleanText('\uDE00\uD83D')).toBe('\uFFFD\uFFFD')
    expect(cleanText(undefined)).toBe('')
  })
})
