import { describe, expect, it } from 'vitest'
import { CatalogFileError, decodeCatalogBytes, MAX_CSV_BYTES, parseCatalogCsv, toCatalogCsv } from './csv'

const HEADER = 'sku,name,price,unit,size,aliases,category,stock\n'

describe('parseCatalogCsv', () => {
  it('reads the exact format', () => {
    const { products, errors } = parseCatalogCsv(
      HEADER +
        'BUTTER-500,Amul Butter 500 g,285.00,pack,500 g,makhan|butter,Dairy,12\nONION,Onion,40,kg,,pyaz,Vegetables,\n',
    )
    expect(errors).toEqual([])
    expect(products).toEqual([
      {
        sku: 'BUTTER-500',
        name: 'Amul Butter 500 g',
        price: 28500,
        unit: 'pack',
        size: { value: 500, unit: 'g' },
        aliases: ['makhan', 'butter'],
        category: 'Dairy',
        stock: 12,
        barcode: null,
      },
      {
        sku: 'ONION',
        name: 'Onion',
        price: 4000,
        unit: 'kg',
        size: null,
        aliases: ['pyaz'],
        category: 'Vegetables',
        stock: null,
        barcode: null,
      },
    ])
  })

  it('accepts other column orders and header synonyms', () => {
    const { products, errors } = parseCatalogCsv('Item Name,Rate,Code,Qty\nSugar,45.5,SUGAR,10\n')
    expect(errors).toEqual([])
    expect(products[0]).toMatchObject({ sku: 'SUGAR', name: 'Sugar', price: 4550, stock: 10, unit: 'pc' })
  })

  it("takes a shop's own selling words as the order reader knows them, and still refuses a multiple", () => {
    const { products, errors } = parseCatalogCsv(
      HEADER +
        'COR,Coriander,10,bunch,,dhania,Vegetables,\n' +
        'LET,Iceberg Lettuce,60,head,,,Exotics,\n' +
        'SCHN,Schnittlauch,1.20,Bund,,,Kräuter,\n' +
        'EGG30,Eggs tray of 30,180,tray,,,Dairy,\n' +
        'ERD,Erdbeeren 500 g,3.99,Schale,500 g,,Obst,\n' +
        'KAR,Kartoffeln,1.50,Pfund,,,Gemüse,\n',
    )
    expect(products.map((p) => [p.sku, p.unit])).toEqual([
      ['COR', 'pc'],
      ['LET', 'pc'],
      ['SCHN', 'pc'],
      ['EGG30', 'pack'],
      ['ERD', 'pack'],
    ])
    expect(errors).toMatchObject([{ line: 7, message: expect.stringMatching(/Pfund/) }])
  })

  it('reports each bad row with its line number and keeps the good ones', () => {
    const csv =
      HEADER +
      'A,Apple,10,kg,,,,\n' + // line 2 ok
      'B,Bad price,abc,kg,,,,\n' + // 3
      'C,Negative,-5,kg,,,,\n' + // 4
      ',No sku,5,kg,,,,\n' + // 5
      'A,Dup,5,kg,,,,\n' + // 6
      'D,"Multi\nline name",5,kg,,,,\n' + // 7-8 ok
      'E,Weird unit,5,furlong,,,,\n' + // 9
      'F,Bad size,5,pack,huge,,,\n' + // 10
      'G,Neg stock,5,pack,,,,-1\n' // 11
    const { products, errors } = parseCatalogCsv(csv)
    expect(products.map((p) => p.sku)).toEqual(['A', 'D'])
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 9, 10, 11])
    expect(errors[0]!.message).toMatch(/not a number/)
    expect(errors[1]!.message).toMatch(/negative/)
    expect(errors[3]!.message).toMatch(/duplicate SKU "A" \(first on line 2\)/)
  })

  it('refuses an empty file and a file without the needed header', () => {
    expect(() => parseCatalogCsv('')).toThrow(CatalogFileError)
    expect(() => parseCatalogCsv('  \n\n')).toThrow(/empty/)
    expect(() => parseCatalogCsv('foo,bar\n1,2\n')).toThrow(/missing: sku, name, price/)
  })

  it('strips a byte-order mark and skips blank lines', () => {
    const { products } = parseCatalogCsv('\ufeff' + HEADER + '\nA,Apple,10,kg,,,,\n\n')
    expect(products).toHaveLength(1)
  })
})

describe('decodeCatalogBytes', () => {
  it('refuses bytes that are not UTF-8, naming the line', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(HEADER + 'A,Caf'),
      0xe9,
      ...new TextEncoder().encode(',5,kg,,,,\n'),
    ])
    expect(() => decodeCatalogBytes(bytes)).toThrow(/not UTF-8 text \(first bad bytes on line 2\)/)
  })

  it('refuses a file over the size limit before decoding it', () => {
    expect(() => decodeCatalogBytes(new Uint8Array(MAX_CSV_BYTES + 1))).toThrow(/at most 20 MB/)
  })
})

describe('toCatalogCsv', () => {
  it('escapes cells that a spreadsheet would run as formulas, and round-trips', () => {
    const csv = toCatalogCsv([
      {
        sku: '=HYPERLINK("x")',
        name: '+cmd',
        price: 5250,
        unit: 'pack',
        size: { value: 500, unit: 'g' },
        aliases: ['@a', 'b'],
        category: '-x',
        stock: null,
        active: true,
        updatedAt: 0,
      },
    ])
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv).toContain("'+cmd")
    expect(csv).toContain("'-x")
    expect(csv).toContain('52.50')
    const back = parseCatalogCsv(csv).products[0]!
    expect(back.price).toBe(5250)
    expect(back.size).toEqual({ value: 500, unit: 'g' })
  })
})

describe('barcode column', () => {
  it('imports valid EAN-13/EAN-8/UPC-A codes and reports a wrong check digit by line while good rows import', () => {
    const { products, errors } = parseCatalogCsv(
      'sku,name,price,unit,size,aliases,category,stock,barcode\n' +
        'RICE,Rice 1 kg,60,pack,,,Grocery,,4006381333931\n' +
        'SALT,Salt,20,pack,,,Grocery,,4006381333932\n' +
        'GUM,Gum,5,pc,,,Snacks,,96385074\n' +
        'COLA,Cola,40,pc,,,Drinks,,036000291452\n' +
        'SOAP,Soap,30,pc,,,Home,,\n',
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]!.line).toBe(3)
    expect(errors[0]!.message).toMatch(/wrong check digit/)
    expect(products.map((p) => [p.sku, p.barcode])).toEqual([
      ['RICE', '4006381333931'],
      ['GUM', '96385074'],
      ['COLA', '0036000291452'],
      ['SOAP', null],
    ])
  })

  it('reports the same barcode on two rows', () => {
    const { products, errors } = parseCatalogCsv(
      'sku,name,price,barcode\nA,Apple,1,96385074\nB,Banana,1,96385074\n',
    )
    expect(products.map((p) => p.sku)).toEqual(['A'])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ line: 3 })
    expect(errors[0]!.message).toMatch(/already on line 2/)
  })

  it('keeps the old meaning of a lone "barcode" header (the product code) for files without a sku column', () => {
    const { products, errors } = parseCatalogCsv('barcode,name,price\nXYZ-1,Thing,10\n')
    expect(errors).toEqual([])
    expect(products[0]).toMatchObject({ sku: 'XYZ-1', barcode: null })
  })

  it('exports the barcode and reads its own export back', () => {
    const { products } = parseCatalogCsv('sku,name,price,barcode\nA,Apple,1.50,96385074\nB,Bread,2,\n')
    const csv = toCatalogCsv(products.map((p) => ({ ...p, active: true, updatedAt: 0 })))
    expect(csv.split('\n')[0]).toBe('sku,name,price,unit,size,aliases,category,stock,active,barcode')
    expect(parseCatalogCsv(csv).products.map((p) => p.barcode)).toEqual(['96385074', null])
  })
})
