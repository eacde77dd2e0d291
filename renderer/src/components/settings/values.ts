// The Settings screen's values: what each kind of input holds (text while typing) and the value the engine
// stores, in both directions. Money is typed in major units and stored in minor units.
import { PAYMENT_PROVIDERS } from '../../../../shared/contract/payments'
import { parseMajor, toMajorString, type Currency } from '../../../../shared/money'
import { t } from '../../i18n'
import { currentFormat } from '../../i18n/format'

export type Kind = 'text' | 'number' | 'money' | 'bool' | 'select' | 'secret' | 'hours' | 'providers' | 'quickReplies'

export interface FieldDef {
  key: string
  label: string
  kind: Kind
  hint?: string
  placeholder?: string
  options?: ReadonlyArray<readonly [value: string, label: string]>
}

export interface Hours {
  always: boolean
  open: string
  close: string
  closedDays: number[]
}

/** What an input holds (text for numbers and money, so a half-typed value is kept as typed). */
export type UiValue = string | boolean | string[] | Hours

export function toUi(def: FieldDef, value: unknown): UiValue {
  switch (def.kind) {
    case 'bool':
      return value === true
    case 'secret':
      return ''
    case 'money':
      return typeof value === 'number' ? toMajorString(value).replace(/\.00$/, '') : ''
    case 'providers':
      return Array.isArray(value) ? value.map(String) : []
    case 'quickReplies':
      // One per line, "shortcut: text", as the shopkeeper types them.
      return Array.isArray(value)
        ? (value as { shortcut: string; text: string }[]).map((r) => `${r.shortcut}: ${r.text}`).join('\n')
        : ''
    case 'hours': {
      const h = value as { open?: string; close?: string; closedDays?: number[] } | null
      return h
        ? {
            always: false,
            open: h.open ?? '09:00',
            close: h.close ?? '21:00',
            closedDays: h.closedDays ?? [],
          }
        : { always: true, open: '09:00', close: '21:00', closedDays: [] }
    }
    default:
      return value === null || value === undefined ? '' : String(value)
  }
}

/** The value to send, or an error in the shopkeeper's words. */
export function fromUi(
  def: FieldDef,
  ui: UiValue,
  currency: Currency,
): { value: unknown } | { error: string } {
  switch (def.kind) {
    case 'bool':
      return { value: ui === true }
    case 'number': {
      const s = String(ui).trim()
      const n = Number(s)
      return s !== '' && Number.isInteger(n) ? { value: n } : { error: t('settings.wholeNumber') }
    }
    case 'money': {
      const s = String(ui).trim()
      if (s === '') return { value: 0 }
      const minor = parseMajor(s, currency)
      return minor === null
        ? { error: t('settings.amountLike', { amount: currentFormat().money(20000, currency) }) }
        : { value: minor }
    }
    case 'providers':
      return { value: PAYMENT_PROVIDERS.filter((p) => (ui as string[]).includes(p)) }
    case 'quickReplies': {
      const out: { shortcut: string; text: string }[] = []
      const lines = String(ui).split('\n')
      for (const [i, line] of lines.entries()) {
        if (line.trim() === '') continue
        const m = /^\s*\/?([^:\s]+)\s*:\s*(.*)$/.exec(line)
        if (!m || m[2]!.trim() === '') return { error: t('settings.quickReplyLine', { line: i + 1 }) }
        out.push({ shortcut: m[1]!, text: m[2]!.trim() })
      }
      return { value: out }
    }
    case 'hours': {
      const h = ui as Hours
      return h.always
        ? { value: null }
        : { value: { open: h.open, close: h.close, closedDays: h.closedDays } }
    }
    case 'select':
      // An empty choice ("same as this computer") is stored as null.
      return ui === '' && def.options?.some(([v]) => v === '') ? { value: null } : { value: String(ui) }
    default:
      return { value: String(ui).trim() }
  }
}
