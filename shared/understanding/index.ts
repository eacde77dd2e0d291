// Order understanding: customers' free-text messages read against the shop's catalog. Pure (no I/O).
//   const index = buildCatalogIndex(products)          // once per catalog version
//   const u = understand(text, index, { cartSkus })     // per message
// How it works and what it scores: docs/understanding.md.
export { buildCatalogIndex, CatalogIndexBuilder, sizeFromName, type CatalogIndex } from './catalog-index'
export {
  understand,
  type ConversationContext,
  type OrderLine,
  type Understanding,
  type LineOp,
} from './understand'
export { detectLanguage, languageWordCounts, type Intent, type Language } from './intent'
export { matchItem, productsNamedLike, readyingSteps, type MatchResult, type MatchOptions } from './match'
export { readLines, type ReadLine } from './read'
export { sanitize } from './text'
export {
  readQuantitiesIn,
  readQuantitySpans,
  assignQuantity,
  type QGroup,
  type LineQuantity,
} from './quantity'
