// Short notices at the bottom of the screen, optionally with one action ("Undo").
import { create } from 'zustand'

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: { label: string; run(): void }
}

interface ToastStore {
  toasts: Toast[]
  show(t: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }, ms?: number): void
  dismiss(id: number): void
}

let nextId = 1

export const useToasts = create<ToastStore>((set, get) => ({
  toasts: [],
  show(t, ms = 8000) {
    const id = nextId++
    set((s) => ({ toasts: [...s.toasts.slice(-2), { tone: 'info', ...t, id }] }))
    setTimeout(() => get().dismiss(id), ms)
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
  },
}))
