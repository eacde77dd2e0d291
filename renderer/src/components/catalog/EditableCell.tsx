import { useTranslation } from 'react-i18next'
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

interface Props {
  /** What the cell shows, e.g. "₹52.50". */
  display: string
  /** Shown after the value, muted, e.g. "/ kg". */
  suffix?: ReactNode
  /** What the input starts with when editing begins, e.g. "52.50". */
  initial: string
  /** Says what is being edited, for screen readers and tests: "Price of Onion". */
  label: string
  /** Saves the typed text; resolves to an error message to show, or null when saved. */
  save(text: string): Promise<string | null>
  className?: string
}

/** Click, type, Enter saves, Esc cancels. A problem is said in words under the cell and editing stays open. */
export function EditableCell({ display, suffix, initial, label, save, className }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  // After Enter or Esc, focus goes back to the cell, so keyboard users keep their place in the list.
  const refocus = useRef(false)
  const cancel = () => {
    setDraft(null)
    setError(null)
  }
  const commit = async () => {
    if (draft === null || saving) return
    if (draft.trim() === initial.trim()) return cancel()
    setSaving(true)
    const problem = await save(draft)
    setSaving(false)
    if (problem) setError(problem)
    else cancel()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      refocus.current = true
      void commit()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      refocus.current = true
      cancel()
    }
  }

  if (draft === null) {
    return (
      <button
        type="button"
        ref={(el) => {
          if (el && refocus.current) {
            refocus.current = false
            el.focus()
          }
        }}
        className={`cell-edit ${className ?? ''}`}
        aria-label={t('catalog.clickToChange', { label, value: display })}
        onClick={() => setDraft(initial)}
      >
        {display}
        {suffix && <span className="cell-suffix">{suffix}</span>}
      </button>
    )
  }
  return (
    <span className="cell-editing">
      <input
        className={`cell-input ${error ? 'invalid' : ''}`}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={draft}
        readOnly={saving}
        aria-busy={saving || undefined}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setDraft(e.target.value)
          setError(null)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          refocus.current = false
          if (!error) cancel()
        }}
      />
      {error && (
        <span className="cell-error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}
