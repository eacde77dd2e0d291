// A small shop catalog for the understanding tests (pure data, no file reading).
import type { Product } from '../domain'
import type { Quantity, Unit } from '../units'

/** One product for a test catalog: price 100, in stock unless `stock` says otherwise. */
export const testProduct = (
  sku: string,
  name: string,
  unit: Unit,
  size: Quantity | null = null,
  aliases: string[] = [],
  stock: number | null = null,
): Product => ({
  sku,
  name,
  price: 100,
  unit,
  size,
  aliases,
  category: 'test',
  stock,
  active: true,
  updatedAt: 0,
})

const P = testProduct

export function sampleProducts(): Product[] {
  return [
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar', '🍅', 'Tomaten']),
    P('ONION', 'Onion', 'kg', null, ['pyaz', 'pyaaz', 'Zwiebeln']),
    P('POTATO', 'Potato', 'kg', null, ['aloo', 'Kartoffeln']),
    P('SUGAR-1KG', 'Sugar 1 kg', 'pack', { value: 1, unit: 'kg' }, ['cheeni', 'chini', 'Zucker']),
    P('AMUL-BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
    P('AMUL-BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
    P('MILK-TAAZA', 'Amul Taaza Toned Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, [
      'doodh',
      'Milch',
      '🥛',
    ]),
    P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread', 'Brot', '🍞']),
    P('EGG', 'Eggs', 'pc', null, ['anda', 'ande', 'Eier', '🥚']),
    P('RICE-5KG', 'India Gate Basmati Rice 5 kg', 'pack', { value: 5, unit: 'kg' }, ['chawal', 'Reis']),
    P('COKE-750', 'Coca-Cola 750 ml', 'pc', { value: 750, unit: 'ml' }, ['coke']),
    P('PEPSI-750', 'Pepsi 750 ml', 'pc', { value: 750, unit: 'ml' }),
    P('CORIANDER', 'Coriander bunch', 'pc', null, ['dhania', 'dhaniya']),
    P('BANANA', 'Banana', 'dozen', null, ['kela', 'Bananen', '🍌']),
    P('OIL-1L', 'Fortune Sunflower Oil 1 L', 'pack', { value: 1, unit: 'l' }, ['tel']),
    P('PEANUT-BUTTER', 'Sundrop Peanut Butter 200 g', 'pack', { value: 200, unit: 'g' }),
    P('TEA-250', 'Taj Mahal Tea 250 g', 'pack', { value: 250, unit: 'g' }, ['chai patti'], 0),
  ]
}
