// Dishes made to order (sold by the piece, no pack size): the words around a dish's name say how to make it, and
// the line is that dish with its count; a grocer's goods keep reading as before.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

// a small café and pizzeria: every product is a dish or a drink by the piece
const menu = buildCatalogIndex([
  P('PIZZA', 'Pizza', 'pc', null, ['pie']),
  P('CALZONE', 'Calzone', 'pc', null, []),
  P('LATTE', 'Latte', 'pc', null, ['caffe latte']),
  P('FLATWHITE', 'Flat White', 'pc', null, []),
  P('TEA', 'Chai Tea', 'pc', null, ['chai']),
  P('BURGER', 'Burger', 'pc', null, []),
  P('WRAP', 'Wrap', 'pc', null, []),
  P('FRIES', 'Fries', 'pc', null, ['chips']),
  P('COLA', 'Cola', 'pc', null, ['coke']),
  P('LEMONADE', 'Lemonade', 'pc', null, []),
])
const order = (text: string) =>
  understand(text, menu)
    .lines.map((l) => `${l.qty} ${l.sku ?? '?'}`)
    .sort()
const unmatched = (text: string) => understand(text, menu).unmatched

describe('words before a dish say how to make it', () => {
  it.each([
    ['a large iced vanilla latte', ['1 LATTE']],
    ['two large thin crust pepperoni pizzas', ['2 PIZZA']],
    ['3 small oat milk lattes', ['3 LATTE']],
    ['one spicy paneer wrap and a coke', ['1 COLA', '1 WRAP']],
    ['2 double smash burgers, 2 coke', ['2 BURGER', '2 COLA']],
    ['a medium sugar free chai', ['1 TEA']],
    ['get me a spinach ricotta calzone please', ['1 CALZONE']],
  ])('%s', (text, lines) => {
    expect(order(text)).toEqual(lines)
    expect(unmatched(text)).toEqual([])
  })

  it('on a menu, words after its name describe it too', () => {
    expect(order('a latte oat milk extra hot')).toEqual(['1 LATTE'])
    expect(order('1 pizza thin crust well done')).toEqual(['1 PIZZA'])
  })

  it('among the products its words touch, the one whose whole name is said', () => {
    expect(order('a large skinny caffe latte')).toEqual(['1 LATTE'])
  })

  it('another product named before the dish is that product, not a topping', () => {
    // "coke" is on the menu: the line is not a cola-flavoured burger
    expect(order('2 coke burger')).not.toEqual(['2 BURGER'])
  })
})

describe('what goes on a dish, joined by "and", is part of it', () => {
  it.each([
    ['two large onion and pepper pizzas', ['2 PIZZA']],
    ['a ham and mushroom calzone and a lemonade', ['1 CALZONE', '1 LEMONADE']],
    ['1 chicken and avocado wrap', ['1 WRAP']],
  ])('%s', (text, lines) => {
    expect(order(text)).toEqual(lines)
    expect(unmatched(text)).toEqual([])
  })

  it('a product of its own before "and" stays an item', () => {
    expect(order('a coke and cheese pizza')).toEqual(['1 COLA', '1 PIZZA'])
  })
})

describe('a relative clause after a dish says what it comes with', () => {
  it.each([
    ['a pizza that has olives and ham', ['1 PIZZA']],
    ['one burger which comes with pickles and onions', ['1 BURGER']],
    ['2 wraps that have falafel, hummus and lettuce', ['2 WRAP']],
    ['a calzone which should have spinach and ricotta, and a coke', ['1 CALZONE', '1 COLA']],
  ])('%s', (text, lines) => {
    expect(order(text)).toEqual(lines)
    expect(unmatched(text)).toEqual([])
  })
})

describe('"one with …", "another one with …" is one more of the dish just named', () => {
  it.each([
    ['a pizza with ham and another one with olives', ['1 PIZZA', '1 PIZZA']],
    ['one burger with cheese, another with bacon', ['1 BURGER', '1 BURGER']],
    ['a latte with oat milk and one with soy', ['1 LATTE', '1 LATTE']],
    ['a wrap, and two with extra chilli', ['1 WRAP', '2 WRAP']],
  ])('%s', (text, lines) => {
    expect(order(text)).toEqual(lines)
    expect(unmatched(text)).toEqual([])
  })
})

describe('a count of extra inside the toppings is how much of the topping', () => {
  it.each([
    ['a latte with one extra shot', ['1 LATTE']],
    ['2 burgers with cheese and two extra patties', ['2 BURGER']],
    ['a pizza with an extra portion of cheese and a coke', ['1 COLA', '1 PIZZA']],
  ])('%s', (text, lines) => {
    expect(order(text)).toEqual(lines)
    expect(unmatched(text)).toEqual([])
  })
})

describe('a size word inside the toppings starts no new item', () => {
  it.each([
    ['a pizza with large pepperoni slices and a coke', ['1 COLA', '1 PIZZA']],
    ['2 burgers with small onion rings on top', ['2 BURGER']],
  ])('%s', (text, lines) => {
    expect(order(text)).toEqual(lines)
  })
})

// a grocer sells a few things by the piece too: those are no dishes to be made up
const kirana = buildCatalogIndex([
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
  P('CHILLI', 'Green Chilli', 'kg', null, ['hari mirch']),
  P('LEMON', 'Lemon', 'pc', null, ['nimbu']),
  P('EGG', 'Eggs', 'pc', null, ['anda']),
  P('BREAD', 'Bread 400 g', 'pack', { value: 400, unit: 'g' }, []),
  P('BUTTER', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, []),
  P('COCONUT', 'Coconut', 'pc', null, ['nariyal']),
])
const groc = (text: string) => {
  const u = understand(text, kirana)
  return { lines: u.lines.map((l) => `${l.qty} ${l.unit} ${l.sku ?? '?'}`), unmatched: u.unmatched }
}

describe('goods of a grocer read as before', () => {
  it('a colour or another product before a piece-sold name is no way of making it', () => {
    expect(groc('6 brown eggs').lines).not.toEqual(['6 pc EGG'])
    expect(groc('2 onion lemon').lines).not.toEqual(['2 pc LEMON'])
  })

  it('"and" joins no goods on a grocer\'s list', () => {
    expect(groc('2 pineapple and lemon')).toEqual({ lines: ['1 pc LEMON'], unmatched: ['pineapple'] })
  })

  it.each(['2 kg pyaz, 1 amul butter 500g, 3x bread', '2 kg onion and 1 coconut'])('%s', (text) => {
    expect(groc(text).unmatched).toEqual([])
  })
})

describe('a word of delivery talk that begins a dish\'s name is the dish ("flat" of a flat white)', () => {
  it.each([
    ['a flat white please', ['1 FLATWHITE']],
    ['2 flat whites and a latte', ['1 LATTE', '2 FLATWHITE']],
    ['flat white x2', ['2 FLATWHITE']],
    ['large flat white with oat milk', ['1 FLATWHITE']],
    ['can I get a flat white', ['1 FLATWHITE']],
    ['one flat white, one chai', ['1 FLATWHITE', '1 TEA']],
  ])('%s', (text, want) => {
    expect(order(text)).toEqual(want)
    expect(unmatched(text)).toEqual([])
  })

  it('the flat of an address is still talk', () => {
    expect(order('2 lattes, deliver to flat 12 green park')).toEqual(['2 LATTE'])
    expect(order('a flat white to flat 12 please')).toEqual(['1 FLATWHITE'])
  })
})
