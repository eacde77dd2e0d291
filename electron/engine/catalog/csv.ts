// The catalog CSV format: `sku,name,price,unit,size,aliases,category,stock,active,barcode`, price in major units
// ("52.50"), aliases separated by "|", active "yes"/"no" (on sale or switched off), barcode optional
// (EAN-13/EAN-8/UPC-A, check digit verified). Files without the active or barcode columns (older exports, other
// tools) still import: new products go on sale and existing ones keep theirs. Parsing is pure and row-tolerant: a bad row is reported with its line number and
// reason, and never stops the good rows. The caller decides what to do with the result (import is atomic).
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { ProductInput, Product } from '../../../shared/domain'
import { parseMajor, toMajorString } from '../../../shared/money'
import { checkBarcode, normalizeBarcode } from '../../../shared/barcode'
import { isUnit, parseSize, formatQuantity, type Unit } from '../../../shared/units'
import { cleanName } from '../../../shared/text'
import { UNIT_WORDS as READER_UNIT_WORDS } from '../../../shared/understanding/lexicon'
import type { ImportFileKey, ImportRowKey, KeyedText } from '../../../shared/contract/texts'

export const CSV_COLUMNS = [
  'sku',
  'name',
  'price',
  'unit',
  'size',
  'aliases',
  'category',
  'stock',
  'active',
  'barcode',
] as const
type Column = (typeof CSV_COLUMNS)[number]

/** 20 MB holds ~180k products; a larger file is almost surely not a catalog (or would freeze the counter PC). */
export const MAX_CSV_BYTES = 20 * 1024 * 1024
/** Beyond this many products the catalog stops being a shop's and the import refuses rather than crawl. */
export const MAX_CSV_ROWS = 200_000

export interface RowError {
  line: number
  /** English, for the CLI and the log. */
  message: string
  /** The same for the screens (`importRow.<key>`). */
  text: KeyedText<ImportRowKey>
}

/** A row's problem without its line. */
type RowProblem = Omit<RowError, 'line'>

function problem(key: ImportRowKey, message: string, params?: Record<string, string | number>): RowProblem {
  return { message, text: params ? { key, params } : { key } }
}

export interface ParsedCatalog {
  products: ProductInput[]
  errors: RowError[]
}

/** A problem with the whole file: nothing in it is imported. */
export class CatalogFileError extends Error {
  constructor(
    message: string,
    readonly text: KeyedText<ImportFileKey>,
  ) {
    super(message)
  }
}

// Header names people and other tools use for our columns (lower-cased, spaces/underscores removed).
const SYNONYMS: Record<string, Column> = {
  sku: 'sku',
  code: 'sku',
  id: 'sku',
  productid: 'sku',
  itemcode: 'sku',
  artikelnummer: 'sku',
  name: 'name',
  product: 'name',
  productname: 'name',
  item: 'name',
  itemname: 'name',
  title: 'name',
  description: 'name',
  artikel: 'name',
  bezeichnung: 'name',
  price: 'price',
  saleprice: 'price',
  sellingprice: 'price',
  rate: 'price',
  mrp: 'price',
  preis: 'price',
  amount: 'price',
  unit: 'unit',
  uom: 'unit',
  sellingunit: 'unit',
  einheit: 'unit',
  size: 'size',
  packsize: 'size',
  pack: 'size',
  weight: 'size',
  variant: 'size',
  groesse: 'size',
  größe: 'size',
  aliases: 'aliases',
  alias: 'aliases',
  synonyms: 'aliases',
  othernames: 'aliases',
  localnames: 'aliases',
  tags: 'aliases',
  keywords: 'aliases',
  category: 'category',
  categories: 'category',
  department: 'category',
  section: 'category',
  kategorie: 'category',
  type: 'category',
  stock: 'stock',
  qty: 'stock',
  quantity: 'stock',
  inventory: 'stock',
  onhand: 'stock',
  bestand: 'stock',
  barcode: 'barcode',
  ean: 'barcode',
  ean13: 'barcode',
  gtin: 'barcode',
  upc: 'barcode',
  strichcode: 'barcode',
  active: 'active',
  available: 'active',
  instock: 'active',
  onsale: 'active',
  enabled: 'active',
  aktiv: 'active',
  verfügbar: 'active',
  verfuegbar: 'active',
}

const YES = new Set(['yes', 'y', 'true', '1', 'on', 'active', 'ja', 'j', 'haan', 'han', 'हाँ', 'in stock'])
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'off',
  'inactive',
  'nein',
  'nahin',
  'nahi',
  'नहीं',
  'out of stock',
])

const UNIT_WORDS: Record<string, Unit> = {
  pc: 'pc',
  pcs: 'pc',
  piece: 'pc',
  pieces: 'pc',
  nos: 'pc',
  each: 'pc',
  ea: 'pc',
  stück: 'pc',
  stk: 'pc',
  pack: 'pack',
  packet: 'pack',
  pkt: 'pack',
  packung: 'pack',
  box: 'pack',
  bottle: 'pack',
  jar: 'pack',
  can: 'pack',
  kg: 'kg',
  kilo: 'kg',
  kgs: 'kg',
  g: 'g',
  gm: 'g',
  gram: 'g',
  grams: 'g',
  l: 'l',
  ltr: 'l',
  litre: 'l',
  liter: 'l',
  ml: 'ml',
  dozen: 'dozen',
  dz: 'dozen',
}

/**
 * A shop's own word for how it sells a thing ("bunch", "head", "Bund", "tray", "Schale"), as the order reader
 * knows it: one place for unit words, so a catalog row is never refused for a word customers' orders are read
 * with. A word that stands for a multiple ("Pfund" = 500 g, "Paar") names no unit a price can be per.
 */
function sellingUnit(word: string): Unit | undefined {
  const known = READER_UNIT_WORDS.get(word)
  return known?.unit && known.factor === undefined ? known.unit : undefined
}

/** Turns file bytes into text, refusing what is not a catalog CSV: too big, empty, or not UTF-8. */
export function decodeCatalogBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_CSV_BYTES) {
    const mb = Number((bytes.byteLength / 1024 / 1024).toFixed(1))
    const max = MAX_CSV_BYTES / 1024 / 1024
    throw new CatalogFileError(
      `The file is ${mb} MB; a catalog file can be at most ${max} MB. Nothing was imported.`,
      { key: 'tooBig', params: { mb, max } },
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const line = firstInvalidUtf8Line(bytes)
    throw new CatalogFileError(
      `The file is not UTF-8 text (first bad bytes on line ${line}). In Excel use "Save as: CSV UTF-8". Nothing was imported.`,
      { key: 'notUtf8', params: { line } },
    )
  }
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  // Decode line by line to point at the first broken one; only runs on the error path.
  let line = 1
  let start = 0
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i))
      } catch {
        return line
      }
      line++
      start = i + 1
    }
  }
  return line
}

export function parseCatalogCsv(text: string): ParsedCatalog {
  if (text.trim() === '') throw emptyFile()
  const skipped: RowError[] = []
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      info: true,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: { message: string; lines?: number } | undefined) => {
        if (err)
          skipped.push({
            line: err.lines ?? 0,
            ...problem('unreadable', `unreadable CSV row: ${err.message}`, { detail: err.message }),
          })
      },
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (err) {
    throw new CatalogFileError(
      `The file could not be read as CSV: ${(err as Error).message}. Nothing was imported.`,
      { key: 'notCsv', params: { detail: (err as Error).message } },
    )
  }
  const [head, ...rows] = records
  if (!head) throw emptyFile()
  const columns = mapHeader(head.record)
  if (rows.length > MAX_CSV_ROWS) {
    throw new CatalogFileError(
      `The file has ${rows.length} rows; at most ${MAX_CSV_ROWS} can be imported at once.`,
      { key: 'tooManyRows', params: { rows: rows.length, max: MAX_CSV_ROWS } },
    )
  }

  const products: ProductInput[] = []
  const errors: RowError[] = [...skipped]
  const firstLineOfSku = new Map<string, number>()
  const firstLineOfBarcode = new Map<string, number>()
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted field may span lines, so count back to where it starts.
    const line = info.lines - record.reduce((n, f) => n + countNewlines(f), 0)
    const cell = (c: Column) => {
      const i = columns.get(c)
      return i === undefined ? '' : (record[i] ?? '').trim()
    }
    if (record.every((f) => f.trim() === '')) continue
    const result = toProduct(cell)
    if ('message' in result) {
      errors.push({ line, ...result })
      continue
    }
    const seen = firstLineOfSku.get(result.sku.toLowerCase())
    if (seen !== undefined) {
      errors.push({
        line,
        ...problem(
          'duplicateSku',
          `duplicate SKU "${result.sku}" (first on line ${seen}); this row was skipped`,
          { sku: result.sku, first: seen },
        ),
      })
      continue
    }
    if (result.barcode) {
      const first = firstLineOfBarcode.get(result.barcode)
      if (first !== undefined) {
        errors.push({
          line,
          ...problem(
            'duplicateBarcode',
            `barcode ${result.barcode} is already on line ${first}; this row was skipped`,
            { barcode: result.barcode, first },
          ),
        })
        continue
      }
      firstLineOfBarcode.set(result.barcode, line)
    }
    firstLineOfSku.set(result.sku.toLowerCase(), line)
    products.push(result)
  }
  errors.sort((a, b) => a.line - b.line)
  return { products, errors }
}

function countNewlines(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++
  return n
}

function mapHeader(header: string[]): Map<Column, number> {
  const columns = new Map<Column, number>()
  header.forEach((raw, i) => {
    const key = raw
      .toLowerCase()
      .replace(/[\s_\-()]/g, '')
      .replace(/inr|eur|₹|€/g, '')
    const column = SYNONYMS[key]
    if (column && !columns.has(column)) columns.set(column, i)
  })
  // Older files (and other tools) name the product code "barcode" with no SKU column: it stays the SKU.
  const barcodeAt = columns.get('barcode')
  if (!columns.has('sku') && barcodeAt !== undefined) {
    columns.set('sku', barcodeAt)
    columns.delete('barcode')
  }
  const missing = (['sku', 'name', 'price'] as const).filter((c) => !columns.has(c))
  if (missing.length > 0) {
    const found = header.slice(0, 8).join(',')
    throw new CatalogFileError(
      `The first row must be a header naming the columns; missing: ${missing.join(', ')}. ` +
        `Expected: ${CSV_COLUMNS.join(',')} (found: ${found || 'nothing'}). Nothing was imported.`,
      { key: 'noHeader', params: { missing: missing.join(', '), expected: CSV_COLUMNS.join(','), found } },
    )
  }
  return columns
}

function emptyFile(): CatalogFileError {
  return new CatalogFileError('The file is empty. Nothing was imported.', { key: 'empty' })
}

function toProduct(cell: (c: Column) => string): ProductInput | RowProblem {
  const sku = cell('sku')
  const name = cleanName(cell('name'))
  if (sku === '') return problem('missingSku', 'missing SKU')
  if (sku.length > 64) return problem('skuTooLong', 'SKU is longer than 64 characters', { max: 64 })
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f]/.test(sku)) return problem('skuControl', 'SKU contains control characters')
  if (name === '') return problem('missingName', `missing name for SKU "${sku}"`, { sku })
  if (name.length > 200) return problem('nameTooLong', 'name is longer than 200 characters', { max: 200 })
  const priceText = cell('price')
  if (priceText === '') return problem('missingPrice', `missing price for "${name}"`, { name })
  const price = parseMajor(priceText)
  if (price === null)
    return problem('priceNotNumber', `price "${priceText}" is not a number (use e.g. 52.50)`, {
      price: priceText,
    })
  if (price < 0) return problem('priceNegative', `price ${priceText} is negative`, { price: priceText })
  if (price > 100_000_000_00)
    return problem('priceTooLarge', `price ${priceText} is too large`, { price: priceText })

  const unitText = cell('unit').toLowerCase()
  const unit: Unit | undefined =
    unitText === '' ? 'pc' : isUnit(unitText) ? unitText : (UNIT_WORDS[unitText] ?? sellingUnit(unitText))
  if (!unit)
    return problem('unitUnknown', `unit "${cell('unit')}" is not one of pc, pack, kg, g, l, ml, dozen`, {
      unit: cell('unit'),
      units: 'pc, pack, kg, g, l, ml, dozen',
    })

  const sizeText = cell('size')
  const size = sizeText === '' ? null : parseSize(sizeText)
  if (sizeText !== '' && !size)
    return problem('sizeBad', `size "${sizeText}" is not a pack size like "500 g" or "1 l"`, {
      size: sizeText,
    })

  const stockText = cell('stock')
  let stock: number | null = null
  if (stockText !== '') {
    const n = Number(stockText.replace(',', '.'))
    if (!Number.isFinite(n))
      return problem('stockNotNumber', `stock "${stockText}" is not a number`, { stock: stockText })
    if (n < 0) return problem('stockNegative', `stock ${stockText} is negative`, { stock: stockText })
    stock = n
  }
  const barcodeText = cell('barcode')
  let barcode: string | null = null
  if (barcodeText !== '') {
    const check = checkBarcode(barcodeText)
    if (!check.ok) return problem(check.key, check.message, check.params)
    barcode = normalizeBarcode(check.code)
  }
  const aliases = cell('aliases')
    .split('|')
    .map((a) => cleanName(a))
    .filter((a) => a !== '')
  const activeText = cell('active').toLowerCase()
  const product: ProductInput = {
    sku,
    name,
    price,
    unit,
    size,
    aliases,
    category: cleanName(cell('category')) || 'Other',
    stock,
    barcode,
  }
  if (activeText === '') return product
  if (YES.has(activeText)) return { ...product, active: true }
  if (NO.has(activeText)) return { ...product, active: false }
  return problem('activeBad', `active "${cell('active')}" is not yes or no`, { active: cell('active') })
}

// Spreadsheet apps run a cell starting with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

export function toCatalogCsv(products: Product[]): string {
  const rows = products.map((p) => [
    safeCell(p.sku),
    safeCell(p.name),
    toMajorString(p.price),
    p.unit,
    p.size ? formatQuantity(p.size) : '',
    safeCell(p.aliases.join('|')),
    safeCell(p.category),
    p.stock === null ? '' : String(p.stock),
    p.active ? 'yes' : 'no',
    p.barcode ?? '',
  ])
  return stringify([[...CSV_COLUMNS], ...rows])
}
