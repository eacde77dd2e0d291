// Who we are: shop name, currency, version, whether the catalog is still empty (first start).
import { create } from 'zustand'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../../shared/contract'
import type { Currency } from '../../../shared/money'
import { api, messageOf } from '../api/client'
import { applyLanguage, systemLanguage } from '../i18n'
import { onReconnect } from './connection'

type AppInfo = Result<'app.info'>

interface AppStore {
  info: AppInfo | null
  error: string | null
  load(): Promise<void>
}

export const useApp = create<AppStore>((set) => ({
  info: null,
  error: null,
  async load() {
    try {
      const info = await api.call('app.info', {})
      applyLanguage(info.ui.language ?? systemLanguage())
      applyTheme(info.ui.theme)
      set({ info, error: null })
    } catch (err) {
      set({ error: messageOf(err) })
    }
  },
}))

// Narrow selectors: a price cell re-renders when the currency changes, not when anything else does.
export const useCurrency = (): Currency => useApp((s) => (s.info?.shop.currency ?? 'INR') as Currency)
/** The engine's default shop name (settings/shop.ts), English until the shopkeeper names the shop. */
export const DEFAULT_SHOP_NAME = 'My Shop'

/** The shop's name; the engine's English default said in the screens' language. */
export function useShopName(): string | null {
  const { t } = useTranslation()
  const stored = useApp((s) => s.info?.shop.name ?? null)
  return stored === DEFAULT_SHOP_NAME ? t('app.defaultShop') : stored
}
export const useCatalogEmpty = (): boolean | null => useApp((s) => (s.info ? s.info.catalogEmpty : null))

/** "system" leaves the colours to prefers-color-scheme (app.css); light or dark pins them. */
export function applyTheme(theme: 'system' | 'light' | 'dark'): void {
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}

let started = false

export function startAppStore(): void {
  if (started) return
  started = true
  const load = () => void useApp.getState().load()
  load()
  api.on('settings.changed', load)
  // catalogEmpty flips when the first products arrive (or the last one goes).
  api.on('catalog.changed', load)
  onReconnect(load)
}
