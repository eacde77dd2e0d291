import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { exactCategory, matchCategories, type CategoryCount } from './category-match'

const SHOWN = 50

interface Props {
  id: string
  value: string
  categories: readonly CategoryCount[]
  onChange(value: string): void
  invalid?: boolean
  describedBy?: string | undefined
  placeholder?: string
}

/**
 * The product form's category: a combobox (ARIA 1.2 pattern) whose list narrows as you type, busiest
 * categories first, with "Create …" at the end when the text names no existing category. Arrow keys move,
 * Enter picks, Esc closes the list (and only the list, not the dialog around it).
 */
export function CategoryPicker({
  id,
  value,
  categories,
  onChange,
  invalid,
  describedBy,
  placeholder,
}: Props) {
  const { t } = useTranslation()
  const listId = useId()
  const [open, setOpen] = useState(false)
  // The highlighted option; -1 while typing (Enter then keeps the text as typed).
  const [active, setActive] = useState(-1)
  const matches = useMemo(() => matchCategories(categories, value), [categories, value])
  const exact = exactCategory(categories, value)
  const create = value.trim() !== '' && !exact ? value.trim() : null
  const shown = matches.slice(0, SHOWN)
  // Options: the shown matches, then "Create …" when the text is new.
  const options: { key: string; value: string; label: string; count: number | null }[] = [
    ...shown.map((c) => ({ key: `c:${c.name}`, value: c.name, label: c.name, count: c.count })),
    ...(create
      ? [{ key: 'new', value: create, label: t('catalog.createCategory', { name: create }), count: null }]
      : []),
  ]
  const at = Math.min(active, options.length - 1)
  const optionId = (i: number) => `${listId}-o${i}`

  const pick = (v: string) => {
    onChange(v)
    setOpen(false)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setOpen(true)
      const n = options.length
      if (n === 0) return
      if (e.key === 'ArrowDown') setActive(at < 0 ? 0 : (at + 1) % n)
      else setActive(at <= 0 ? n - 1 : at - 1)
    } else if (e.key === 'Enter' && open && at >= 0 && options[at]) {
      e.preventDefault()
      pick(options[at].value)
    } else if (e.key === 'Escape' && open) {
      e.preventDefault()
      e.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="combo">
      <input
        id={id}
        name="category"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && at >= 0 ? optionId(at) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onChange(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => {
          setOpen(true)
          setActive(-1)
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && options.length > 0 && (
        <ul className="combo-list" role="listbox" id={listId} aria-label={t('catalog.categoryChoices')}>
          {options.map((o, i) => (
            <li
              key={o.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === at}
              className={o.count === null ? 'combo-new' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault()
                pick(o.value)
              }}
            >
              <span>{o.label}</span>
              {o.count !== null && (
                <>
                  {' '}
                  <span className="muted">{t('catalog.categoryCount', { count: o.count })}</span>
                </>
              )}
            </li>
          ))}
          {matches.length > SHOWN && (
            <li role="presentation" className="muted combo-more">
              {t('catalog.categoryMore', { count: matches.length - SHOWN })}
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
