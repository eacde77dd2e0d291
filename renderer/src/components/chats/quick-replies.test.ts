import { describe, expect, it } from 'vitest'
import { insertQuickReply, matchQuickReplies, slashQuery } from './quick-replies'

const REPLIES = [
  { shortcut: 'thanks', text: 'Thank you!' },
  { shortcut: 'Timings', text: 'Open 8 to 9.' },
  { shortcut: 'ready', text: 'Your order is ready.' },
]

describe('slashQuery', () => {
  it('finds a "/word" at the start or after a space, up to the caret', () => {
    expect(slashQuery('/', 1)).toEqual({ start: 0, typed: '' })
    expect(slashQuery('/th', 3)).toEqual({ start: 0, typed: 'th' })
    expect(slashQuery('ok sure /re', 11)).toEqual({ start: 8, typed: 're' })
    expect(slashQuery('line one\n/ti', 12)).toEqual({ start: 9, typed: 'ti' })
    // Only what is before the caret counts.
    expect(slashQuery('/thanks and more', 3)).toEqual({ start: 0, typed: 'th' })
  })

  it('ignores slashes inside words, links, fractions and a finished word', () => {
    expect(slashQuery('https://x', 9)).toBeNull()
    expect(slashQuery('1/2', 3)).toBeNull()
    expect(slashQuery('/thanks ', 8)).toBeNull()
    expect(slashQuery('no slash', 8)).toBeNull()
  })
})

describe('matchQuickReplies', () => {
  it('keeps the shop’s order and ignores case', () => {
    expect(matchQuickReplies(REPLIES, '').map((r) => r.shortcut)).toEqual(['thanks', 'Timings', 'ready'])
    expect(matchQuickReplies(REPLIES, 'T').map((r) => r.shortcut)).toEqual(['thanks', 'Timings'])
    expect(matchQuickReplies(REPLIES, 'tim').map((r) => r.shortcut)).toEqual(['Timings'])
    expect(matchQuickReplies(REPLIES, 'x')).toEqual([])
  })
})

describe('insertQuickReply', () => {
  it('replaces "/typed" by the reply and puts the caret after it, keeping the rest', () => {
    const text = 'Hi /tha see you'
    const q = slashQuery(text, 7)!
    expect(insertQuickReply(text, q, REPLIES[0]!)).toEqual({ text: 'Hi Thank you! see you', caret: 13 })
    expect(insertQuickReply('/', slashQuery('/', 1)!, REPLIES[2]!)).toEqual({
      text: 'Your order is ready.',
      caret: 20,
    })
  })
})
