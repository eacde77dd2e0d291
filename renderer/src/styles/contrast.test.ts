// WCAG contrast of the palette in both modes, read from app.css itself, so a colour change that makes text
// hard to read at a bright or dim counter fails here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const css = readFileSync(join(__dirname, 'app.css'), 'utf8')

function vars(block: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3}|var\(--[\w-]+\))\s*;/gi)) out[m[1]!] = m[2]!
  return out
}
function blockAfter(selector: string): string {
  const start = css.indexOf(selector)
  if (start < 0) throw new Error(`no ${selector} in app.css`)
  return css.slice(start, css.indexOf('}', start))
}

const light = vars(blockAfter(':root {'))
const dark = { ...light, ...vars(blockAfter(":root[data-theme='dark'] {")) }
const system = { ...light, ...vars(blockAfter(":root:not([data-theme='light']) {")) }

function hex(palette: Record<string, string>, name: string): string {
  let v = name.startsWith('#') ? name : palette[name]
  for (let i = 0; v?.startsWith('var('); i++) v = palette[v.slice(6, -1)]
  if (!v) throw new Error(`no colour ${name}`)
  return v.length === 4 ? `#${[...v.slice(1)].map((c) => c + c).join('')}` : v
}
function luminance(h: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
function ratio(palette: Record<string, string>, fg: string, bg: string): number {
  const [a, b] = [luminance(hex(palette, fg)), luminance(hex(palette, bg))].sort((x, y) => y - x)
  return (a! + 0.05) / (b! + 0.05)
}

const PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['muted', 'surface'],
  ['muted', 'bg'],
  ['accent-text', 'surface'],
  ['ok-text', 'surface'],
  ['bad-text', 'surface'],
  ['warn-text', 'surface'],
  ['bad-text', 'bad-soft'],
  ['warn-text', 'warn-soft'],
  ['ok-text', 'ok-soft'],
  ['accent-text', 'accent-soft'],
  ['#ffffff', 'accent'],
  ['#ffffff', 'bad'],
  ['#ffffff', 'ok'],
]

describe('colour contrast', () => {
  for (const [mode, palette] of [
    ['light', light],
    ['dark (pinned)', dark],
    ['dark (system)', system],
  ] as const) {
    it(`${mode}: every text colour reads at 4.5:1 or better on its surfaces`, () => {
      const weak = PAIRS.map(([fg, bg]) => [fg, bg, ratio(palette, fg, bg)] as const).filter(([, , r]) => r < 4.5)
      expect(weak).toEqual([])
    })
  }
  it('the dark palette really is dark', () => {
    expect(luminance(hex(dark, 'bg'))).toBeLessThan(0.05)
    expect(luminance(hex(light, 'bg'))).toBeGreaterThan(0.8)
  })
})
