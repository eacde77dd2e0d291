// A wish for goods in general with no word of what ("want few things", "need a few items"): an order announced,
// its goods to come, never talk the shop cannot answer.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())

describe('a few things wished for', () => {
  it.each(['want few things', 'need few items', 'need a few things', 'want a few items pls'])(
    '"%s" announces an order',
    (text) => {
      expect(understand(text, index)).toMatchObject({ intent: 'order', lines: [], unmatched: [] })
    },
  )
})
