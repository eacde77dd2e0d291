// A polite German wish framed around the goods ("wäre super, wenn ihr mir … zurücklegen könntet", "falls möglich
// …"): the frame's little words are talk, never goods the shop lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('APFELKU', 'Apfelkuchen Stück', 'pc', null, ['Apfelkuchen']),
  P('BERLINER', 'Berliner', 'pc', null, ['Krapfen']),
  P('HACK', 'Hackfleisch gemischt', 'kg', null, ['Hack', 'Hackfleisch']),
  P('KAISER', 'Kaisersemmel', 'pc', null, ['Kaiserbrötchen']),
])
const read = (text: string) => {
  const u = understand(text, index)
  return { lines: u.lines.map((l) => [l.sku, l.qty, l.unit]), unmatched: u.unmatched }
}

describe('the frame of a polite wish is talk', () => {
  it.each([
    ['wäre super wenn ihr mir 2 apfelkuchen zurücklegen könntet', [['APFELKU', 2, 'pc']]],
    ['wäre nett, wenn ich 4 berliner bekommen könnte', [['BERLINER', 4, 'pc']]],
    ['es wäre lieb wenn sie mir 500g hack zurücklegen', [['HACK', 500, 'g']]],
    ['wäre toll falls ihr mir 3 kaiser zurücklegt', [['KAISER', 3, 'pc']]],
  ])('%s', (text, want) => expect(read(text)).toEqual({ lines: want, unmatched: [] }))
})

describe('polite German verbs typed without umlauts are talk', () => {
  it.each([
    ['koennt ihr mir bitte 2 apfelkuchen zur seite legen', [['APFELKU', 2, 'pc']]],
    ['koennten sie 4 berliner zuruecklegen', [['BERLINER', 4, 'pc']]],
    ['koennt ihr 2 berliner fuer mich zuruecklegen', [['BERLINER', 2, 'pc']]],
  ])('%s', (text, want) => expect(read(text)).toEqual({ lines: want, unmatched: [] }))
})

describe('Tag, Guten Tag cut short, opening the message is a hello', () => {
  it.each([
    ['tag, 2 kaiser', [['KAISER', 2, 'pc']]],
    ['Tag. 4 Berliner bitte', [['BERLINER', 4, 'pc']]],
    ['tag, ich hätte gern 500g hack', [['HACK', 500, 'g']]],
  ])('%s', (text, want) => expect(read(text)).toEqual({ lines: want, unmatched: [] }))
})
