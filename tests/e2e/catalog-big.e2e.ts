// A big shop: 27,555 synthetic products imported through the CLI, then searched and scrolled in the UI.
// The list must stay virtualized (a few dozen rows in the DOM) and load rows page by page as it scrolls.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { freshDataDir, launchBrowser, openPage, runCli, screenshot, startHost, type Host } from './harness'

const TOTAL = 27_555
const BRANDS = [
  'Amrit',
  'Bharat',
  'Chandra',
  'Desh',
  'Ekta',
  'Ganga',
  'Himalaya Farms',
  'Indus',
  'Jyoti',
  'Kaveri',
  'Lakshmi',
  'Maharaja',
  'Nandini',
]
const ITEMS = [
  'Basmati Rice',
  'Toor Dal',
  'Mango Pickle',
  'Green Tea',
  'Peanut Oil',
  'Chilli Powder',
  'Turmeric',
  'Jeera',
  'Besan',
  'Poha',
  'Sooji',
  'Masala Noodles',
  'Cashews',
  'Raisins',
  'Hair Oil',
  'Detergent',
  'Dish Soap',
  'Agarbatti',
  'Matches',
]
const CATEGORIES = [
  'Grains',
  'Pulses',
  'Pickles',
  'Beverages',
  'Oil',
  'Spices',
  'Snacks',
  'Dry fruits',
  'Household',
]
const SIZES = ['100 g', '200 g', '500 g', '1 kg', '250 ml', '1 l']

interface Row {
  sku: string
  name: string
  aliases: string
  category: string
}

function syntheticCatalog(): { csv: string; rows: Row[] } {
  const rows: Row[] = []
  const lines = ['sku,name,price,unit,size,aliases,category,stock']
  for (let i = 0; i < TOTAL; i++) {
    const item = ITEMS[i % ITEMS.length]!
    const brand = BRANDS[Math.floor(i / ITEMS.length) % BRANDS.length]!
    const size = SIZES[i % SIZES.length]!
    const row: Row = {
      sku: `P${String(i).padStart(5, '0')}`,
      name: `${brand} ${item} No.${Math.floor(i / (ITEMS.length * BRANDS.length)) + 1}`,
      aliases: `${item.toLowerCase().split(' ')[0]}${i % 7 === 0 ? '|special' : ''}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
    }
    rows.push(row)
    lines.push(
      `${row.sku},${row.name},${(10 + (i % 500) + (i % 100) / 100).toFixed(2)},pack,${size},${row.aliases},${row.category},${i % 40}`,
    )
  }
  return { csv: lines.join('\n') + '\n', rows }
}

/** What the engine's search matches: every word somewhere in sku, name, aliases or category. */
function matches(rows: Row[], query: string): number {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return rows.filter((r) => {
    const text = [r.sku, r.name, ...r.aliases.split('|'), r.category].join(' ').toLowerCase()
    return words.every((w) => text.includes(w))
  }).length
}

let dataDir: string
let host: Host
let browser: Browser
let page: Page
let rows: Row[]
let csvFile: string

const renderedRows = (p: Page) => p.locator('[data-testid=product-scroller] [role=row]').count()
const count = (p: Page) => p.getByTestId('catalog-count').textContent()

beforeAll(async () => {
  dataDir = freshDataDir()
  const catalog = syntheticCatalog()
  rows = catalog.rows
  const file = join(dataDir, 'big-catalog.csv')
  csvFile = file
  writeFileSync(file, catalog.csv)
  const imported = await runCli(['import', file, '--data', dataDir])
  expect(imported.stderr).toBe('')
  expect(imported.stdout).toContain(`imported ${TOTAL} products (${TOTAL} new, 0 updated)`)
  ;[host, browser] = await Promise.all([startHost(dataDir), launchBrowser()])
  ;({ page } = await openPage(browser, `${host.url}#/catalog`))
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('a 27,555-product catalog', () => {
  test('opens with the total and only a screenful of rows in the page', async () => {
    await expect.poll(() => count(page)).toBe('27,555 products')
    await page.locator('[role=row][data-sku]').first().waitFor()
    const n = await renderedRows(page)
    expect(n).toBeGreaterThan(5)
    expect(n).toBeLessThan(80)
  })

  test('scrolling to the end loads the last rows on demand, still virtualized', async () => {
    const scroller = page.getByTestId('product-scroller')
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    // aria-rowindex counts the header as row 1, so the last product is TOTAL + 1.
    const last = page.locator(`[role=row][aria-rowindex="${TOTAL + 1}"][data-sku]`)
    await last.waitFor()
    expect(await renderedRows(page)).toBeLessThan(80)
    // Half-way down, too: a page in the middle is fetched when it comes into view.
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }))
    await expect
      .poll(() => page.locator('[data-testid=product-scroller] [role=row][data-sku]').count())
      .toBeGreaterThan(5)
    await screenshot(page, 'catalog-big-middle')
  })

  test('typing a query shows the matches from the server', async () => {
    const expected = matches(rows, 'mango')
    expect(expected).toBeGreaterThan(1000)
    await page.getByRole('searchbox', { name: 'Search products' }).pressSequentially('mango', { delay: 30 })
    await expect.poll(() => count(page)).toBe(`${expected.toLocaleString('en-US')} products match`)
    const names = await page
      .locator('[data-testid=product-scroller] [role=row][data-sku] .name')
      .allTextContents()
    expect(names.length).toBeGreaterThan(5)
    for (const name of names) expect(name).toContain('Mango')
    expect(await renderedRows(page)).toBeLessThan(80)
    await screenshot(page, 'catalog-big-search')
  })

  test('several words narrow it down, and a SKU finds its one product', async () => {
    const search = page.getByRole('searchbox', { name: 'Search products' })
    await search.fill('kaveri mango no.3')
    await expect.poll(() => count(page)).toBe(`${matches(rows, 'kaveri mango no.3')} products match`)
    await search.fill('P12345')
    await expect.poll(() => count(page)).toBe('1 product matches')
    expect(await page.locator('[role=row][data-sku="P12345"]').isVisible()).toBe(true)
  })

  test('importing it again from the UI shows progress, then "27,555 updated"', async () => {
    await page.getByRole('searchbox', { name: 'Search products' }).fill('')
    // Record every progress value the bar shows; the import is too quick to catch by polling.
    await page.evaluate(() => {
      const seen: number[] = []
      ;(window as unknown as { __progress: number[] }).__progress = seen
      new MutationObserver(() => {
        const bar = document.querySelector('[role=progressbar]')
        if (bar) seen.push(Number(bar.getAttribute('aria-valuenow')))
      }).observe(document.body, { subtree: true, childList: true, attributes: true })
    })
    await page.setInputFiles('[data-testid=import-file]', csvFile)
    await page.getByTestId('import-summary').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('import-summary').textContent()).toContain(
      `Imported ${TOTAL.toLocaleString('en-US')} products (0 new, ${TOTAL.toLocaleString('en-US')} updated)`,
    )
    const seen = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.some((v) => v > 0 && v <= 100)).toBe(true)
    await expect.poll(() => count(page)).toBe('27,555 products')
  })
})
