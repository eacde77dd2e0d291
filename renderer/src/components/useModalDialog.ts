import { useEffect, useRef } from 'react'

/**
 * A <dialog> opened as a modal when it mounts: the browser then traps focus and Esc fires `cancel`, which the
 * caller handles (so closing always goes through React state, never the dialog's own close).
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])
  return dialog
}
