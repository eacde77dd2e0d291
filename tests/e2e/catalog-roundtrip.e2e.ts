// Export, then import the same file: products switched off stay off sale (the CSV's `active` column), where
// before every out-of-stock product quietly went back on sale. Also: price and stock edits can be undone.
import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { useSampleShop } from './harness'

const shop = useSampleShop('#/catalog')

const row = (sku: string) => shop.page.locator(`.row[data-sku="${sku}"]`)

describe('catalog CSV round trip', () => {
  test('an export/import round trip keeps out-of-stock products off sale', async () => {
    const { items } = await shop.host.call('catalog.list', { limit: 2, offset: 0 })
    const [off, on] = [items[0]!, items[1]!]
    await row(off.sku).waitFor()
    await row(off.sku).getByRole('switch').click()
    await expect.poll(async () => (await shop.host.call('catalog.get', { sku: off.sku })).active).toBe(false)

    const [download] = await Promise.all([
      shop.page.waitForEvent('download'),
      shop.page.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    const csv = await readFile((await download.path())!, 'utf8')
    expect(csv.split(/\r?\n/)[0]).toBe('sku,name,price,unit,size,aliases,category,stock,active,barcode')

    // Someone puts it back on sale meanwhile; importing the file restores what the file says.
    await shop.host.call('catalog.update', { sku: off.sku, patch: { active: true } })
    await shop.page.setInputFiles('[data-testid=import-file]', { name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await shop.page.getByTestId('import-summary').waitFor()
    expect(await shop.page.getByTestId('import-result').innerText()).not.toContain('skipped')
    expect((await shop.host.call('catalog.get', { sku: off.sku })).active).toBe(false)
    expect((await shop.host.call('catalog.get', { sku: on.sku })).active).toBe(true)
    await expect.poll(() => row(off.sku).getByRole('switch').getAttribute('aria-checked')).toBe('false')
    expect(await row(off.sku).innerText()).toContain('Out of stock')
  })

  test('a price edit can be undone from its notice', async () => {
    const { items } = await shop.host.call('catalog.list', { limit: 3, offset: 0 })
    const p = items[2]!
    await shop.page.getByRole('button', { name: 'Close' }).click()
    await row(p.sku).getByRole('button', { name: new RegExp(`^Price of ${p.name}`) }).click()
    const input = row(p.sku).getByRole('textbox')
    await input.fill('999')
    await input.press('Enter')
    await expect.poll(async () => (await shop.host.call('catalog.get', { sku: p.sku })).price).toBe(99900)
    await shop.page.locator('.toast').filter({ hasText: p.name }).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await shop.host.call('catalog.get', { sku: p.sku })).price).toBe(p.price)
    expect(shop.errors).toEqual([])
  })

  test('importing into a stocked shop asks merge or replace, with how many products replace takes off sale', async () => {
    const before = (await shop.host.call('catalog.list', { limit: 500, offset: 0 })).items
    const activeBefore = before.filter((p) => p.active).length
    const keep = before.find((p) => p.active)!
    const csv = `sku,name,price,unit\n${keep.sku},${keep.name},1,pc\nMY-OWN-1,My own thing,5,pc\n`
    const pick = () =>
      shop.page.setInputFiles('[data-testid=import-file]', { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    const choose = shop.page.getByTestId('import-choose')

    // Cancel: nothing written.
    await pick()
    await choose.waitFor()
    expect(await choose.getByRole('heading').innerText()).toBe('mine.csv: 1 new, 1 to update')
    expect(await choose.getByTestId('import-not-in-file').innerText()).toBe(
      `${activeBefore - 1} products in the shop are not in this file.`,
    )
    await choose.getByRole('button', { name: 'Cancel' }).click()
    await choose.waitFor({ state: 'detached' })
    await expect.poll(async () => (await shop.host.call('catalog.list', { limit: 500, offset: 0 })).total).toBe(before.length)

    // Merge: the new one is added, everything else stays on sale.
    await pick()
    await choose.getByRole('button', { name: 'Merge' }).click()
    await expect.poll(() => shop.page.getByTestId('import-summary').textContent()).toContain('1 new, 1 updated')
    expect(await shop.page.getByTestId('import-deactivated').count()).toBe(0)
    let after = (await shop.host.call('catalog.list', { limit: 500, offset: 0 })).items
    expect(after.filter((p) => p.active)).toHaveLength(activeBefore + 1)

    // Replace: one click, and the rest goes off sale (kept in the list, switched off).
    await shop.page.getByRole('button', { name: 'Close' }).click()
    await pick()
    await choose.getByRole('button', { name: `Replace: take ${activeBefore - 1} products off sale` }).click()
    await expect
      .poll(() => shop.page.getByTestId('import-deactivated').textContent())
      .toBe(`${activeBefore - 1} products not in the file were taken off sale.`)
    after = (await shop.host.call('catalog.list', { limit: 500, offset: 0 })).items
    expect(after).toHaveLength(before.length + 1)
    expect(after.filter((p) => p.active).map((p) => p.sku).sort()).toEqual([keep.sku, 'MY-OWN-1'].sort())
    expect(shop.errors).toEqual([])
  })
})
