// Quantities always carry their unit. Every unit conversion in CounterChat lives here.

/** Selling units a product can have in the catalog, and the units an order line can carry. */
export const UNITS = ['pc', 'pack', 'kg', 'g', 'l', 'ml', 'dozen'] as const
export type Unit = (typeof UNITS)[number]

export interface Quantity {
  value: number
  unit: Unit
}

type Dimension = 'mass' | 'volume' | 'count'
const BASE: Record<Unit, { dim: Dimension; factor: number }> = {
  g: { dim: 'mass', factor: 1 },
  kg: { dim: 'mass', factor: 1000 },
  ml: { dim: 'volume', factor: 1 },
  l: { dim: 'volume', factor: 1000 },
  pc: { dim: 'count', factor: 1 },
  dozen: { dim: 'count', factor: 12 },
  pack: { dim: 'count', factor: 1 },
}

export function isUnit(u: string): u is Unit {
  return (UNITS as readonly string[]).includes(u)
}

export function dimensionOf(unit: Unit): Dimension {
  return BASE[unit].dim
}

/** Converts between units of one dimension (kg<->g, l<->ml, dozen<->pc); null across dimensions. */
export function convert(q: Quantity, to: Unit): number | null {
  const from = BASE[q.unit]
  const target = BASE[to]
  if (from.dim !== target.dim) return null
  if ((q.unit === 'pack') !== (to === 'pack')) return null
  return (q.value * from.factor) / target.factor
}

/**
 * A pack of size `pack` is the size said, within 1% of the pack ("1 l" is a 1000 ml pack): the one rule for
 * "is this the pack they mean", wherever a size picks among products.
 */
export function packIs(pack: Quantity, said: Quantity): boolean {
  const v = convert(said, pack.unit)
  return v !== null && Math.abs(v - pack.value) <= Math.max(1e-9, pack.value * 0.01)
}

/** "500 g", "1 kg", "2 pc": the canonical text of a pack size or an order quantity. */
export function formatQuantity(q: Quantity): string {
  const v = Number.isInteger(q.value) ? String(q.value) : String(Math.round(q.value * 1000) / 1000)
  return `${v} ${q.unit}`
}

// prettier-ignore
const SIZE_UNITS: Record<string, Unit> = {
  g: 'g', gm: 'g', gms: 'g', gram: 'g', grams: 'g', gr: 'g',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg',
  ml: 'ml', millilitre: 'ml', milliliter: 'ml',
  l: 'l', ltr: 'l', lt: 'l', litre: 'l', liter: 'l', litres: 'l', liters: 'l',
  pc: 'pc', pcs: 'pc', piece: 'pc', pieces: 'pc', nos: 'pc', no: 'pc', units: 'pc', unit: 'pc',
  pack: 'pack', packs: 'pack', packet: 'pack', packets: 'pack', pkt: 'pack',
  dozen: 'dozen', dz: 'dozen',
}

/** Parses a pack size as written in a catalog ("500 g", "1kg", "2 x 200 g" -> 400 g, "1 L"); null if unknown. */
export function parseSize(input: string): Quantity | null {
  const s = input.trim().toLowerCase()
  if (s === '') return null
  const multi = /^(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?$/.exec(s)
  if (multi) {
    const unit = SIZE_UNITS[multi[3]!]
    if (!unit) return null
    return { value: num(multi[1]!) * num(multi[2]!), unit }
  }
  const single = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?$/.exec(s)
  if (!single) return null
  const unit = SIZE_UNITS[single[2]!]
  if (!unit) return null
  return { value: num(single[1]!), unit }
}

function num(s: string): number {
  return Number(s.replace(',', '.'))
}
