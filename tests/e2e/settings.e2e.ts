// Settings as one form: one Save for every section, a question before leaving with unsaved changes, and a
// new UPI ID switching UPI on (a UPI ID with UPI off would never reach a customer). Real host, Chromium.
import { describe, expect, test } from 'vitest'
import { useSampleShop } from './harness'

const shop = useSampleShop('#/settings')

describe('settings', () => {
  test('saving a UPI ID turns UPI on', async () => {
    const payments = shop.page.getByTestId('settings-payments')
    await payments.waitFor()
    expect((await shop.host.call('payments.settings.get', {})).values['payments.providers']).toEqual(['cash'])
    expect(await payments.getByRole('checkbox', { name: 'UPI', exact: true }).isChecked()).toBe(false)
    await payments.getByLabel('UPI ID').fill('sharma@okaxis')
    const offer = shop.page.getByTestId('upi-offer')
    await offer.waitFor()
    expect(await offer.getByRole('checkbox').isChecked()).toBe(true)
    await shop.page.getByTestId('settings-save').getByRole('button', { name: 'Save' }).click()
    await expect
      .poll(async () => (await shop.host.call('payments.settings.get', {})).values['payments.providers'])
      .toEqual(['upi', 'cash'])
    expect((await shop.host.call('payments.settings.get', {})).values['payments.upi.vpa']).toBe('sharma@okaxis')
    await expect.poll(() => payments.getByRole('checkbox', { name: 'UPI', exact: true }).isChecked()).toBe(true)
    expect(await offer.count()).toBe(0)
  })

  test('the offer can be declined: the UPI ID is saved, UPI stays as it was', async () => {
    const payments = shop.page.getByTestId('settings-payments')
    await payments.getByRole('checkbox', { name: 'UPI', exact: true }).uncheck()
    await payments.getByLabel('UPI ID').fill('verma@okhdfc')
    await shop.page.getByTestId('upi-offer').getByRole('checkbox').uncheck()
    await shop.page.getByTestId('settings-save').getByRole('button', { name: 'Save' }).click()
    await expect
      .poll(async () => (await shop.host.call('payments.settings.get', {})).values['payments.upi.vpa'])
      .toBe('verma@okhdfc')
    expect((await shop.host.call('payments.settings.get', {})).values['payments.providers']).toEqual(['cash'])
  })

  test('one Save covers every section, and leaving with unsaved changes asks first', async () => {
    const save = shop.page.getByTestId('settings-save')
    await shop.page.getByTestId('settings-shop').getByLabel('Shop name').fill('Verma Stores')
    await shop.page.getByTestId('settings-orders').getByLabel(/Minimum order/).fill('99')
    expect(await save.innerText()).toContain('2 unsaved changes')

    // Declining stays on Settings with the changes; the nav link does not navigate.
    let asked = ''
    shop.page.once('dialog', (d) => {
      asked = d.message()
      void d.dismiss()
    })
    await shop.page.getByRole('navigation').getByRole('link', { name: 'Catalog' }).click()
    expect(asked).toMatch(/unsaved changes/)
    expect(shop.page.url()).toContain('#/settings')
    expect(await shop.page.getByTestId('settings-shop').getByLabel('Shop name').inputValue()).toBe('Verma Stores')

    await save.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => save.innerText()).toContain('Nothing to save')
    const stored = await shop.host.call('settings.get', {})
    expect(stored['shop.name']).toBe('Verma Stores')
    expect(stored['orders.minimumOrder']).toBe(9900)

    // Nothing pending: leaving asks nothing.
    shop.page.once('dialog', (d) => {
      asked = 'asked again'
      void d.dismiss()
    })
    asked = ''
    await shop.page.getByRole('navigation').getByRole('link', { name: 'Catalog' }).click()
    await shop.page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor()
    expect(asked).toBe('')
  })

  test('the screens\u2019 language is a Settings choice too', async () => {
    await shop.page.goto(`${shop.host.url}#/settings`)
    const shopForm = shop.page.getByTestId('settings-shop')
    await shopForm.getByLabel('Language of these screens').selectOption('de')
    await shop.page.getByTestId('settings-save').getByRole('button', { name: 'Save' }).click()
    await shop.page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor()
    expect(await shop.page.evaluate(() => document.documentElement.lang)).toBe('de')
    expect((await shop.host.call('settings.get', {}))['ui.language']).toBe('de')
    expect(shop.errors).toEqual([])
  })

  test('a German shop\u2019s screens read "3,29 €", and the number format is a Settings choice', async () => {
    await shop.host.call('settings.set', { key: 'shop.currency', value: 'EUR' })
    await shop.host.call('settings.set', { key: 'shop.country', value: 'DE' })
    await shop.host.call('settings.set', { key: 'shop.language', value: 'de' })
    const { items } = await shop.host.call('catalog.list', { limit: 1, offset: 0 })
    const sku = items[0]!.sku
    await shop.host.call('catalog.update', { sku, patch: { price: 329 } })
    await shop.page.goto(`${shop.host.url}#/catalog`)
    const row = shop.page.locator(`[role=row][data-sku="${sku}"]`)
    await expect.poll(() => row.innerText()).toContain('3,29 €')

    await shop.page.goto(`${shop.host.url}#/settings`)
    const format = shop.page.getByTestId('settings-shop').getByLabel('Zahlen- und Datumsformat')
    // Automatic shows what it writes for this shop now.
    expect(await format.locator('option[value=""]').innerText()).toContain('1.234,50 €')
    await format.selectOption('en-GB')
    await shop.page.getByTestId('settings-save').getByRole('button', { name: 'Speichern' }).click()
    await expect.poll(async () => (await shop.host.call('settings.get', {}))['shop.locale']).toBe('en-GB')
    expect((await shop.host.call('app.info', {})).shop.locale).toBe('en-GB')
    await shop.page.goto(`${shop.host.url}#/catalog`)
    await expect.poll(() => row.innerText()).toContain('€3.29')
    expect(shop.errors).toEqual([])
  })
})
