import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { WaText } from './WaText'

const html = (text: string) => renderToStaticMarkup(<WaText text={text} />)

describe('WhatsApp formatting', () => {
  test('bold, italic and strike as the phone shows them', () => {
    expect(html('✅ Order *#1001* placed. Total *₹375*.')).toBe(
      '✅ Order <strong>#1001</strong> placed. Total <strong>₹375</strong>.',
    )
    expect(html('_soon_ and ~old~')).toBe('<em>soon</em> and <s>old</s>')
  })
  test('markers inside words or numbers stay as typed', () => {
    expect(html('2*3*4 and snake_case_name')).toBe('2*3*4 and snake_case_name')
    expect(html('* not bold *')).toBe('* not bold *')
  })
  test('what a customer types never becomes markup', () => {
    expect(html('<img src=x onerror=alert(1)> *<b>*')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <strong>&lt;b&gt;</strong>',
    )
  })
})
