// The app's screens in nav order. A new screen is a file in this folder plus one line here.
import type { ComponentType } from 'react'
import type { en } from '../i18n/en'
import { CatalogView } from './CatalogView'
import { ChatsView } from './ChatsView'
import { CounterView } from './CounterView'
import { KhataView } from './KhataView'
import { LinkView } from './LinkView'
import { QueueView } from './QueueView'
import { SettingsView } from './SettingsView'
import { SimulatorView } from './SimulatorView'
import { TodayView } from './TodayView'

export interface ViewEntry {
  id: string
  /** The nav label's key in the i18n files (nav.<label>). */
  label: keyof typeof en.nav
  component: ComponentType
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'queue', label: 'queue', component: QueueView },
  { id: 'counter', label: 'counter', component: CounterView },
  { id: 'khata', label: 'khata', component: KhataView },
  { id: 'chats', label: 'chats', component: ChatsView },
  { id: 'catalog', label: 'catalog', component: CatalogView },
  { id: 'link', label: 'link', component: LinkView },
  { id: 'try', label: 'try', component: SimulatorView },
  { id: 'settings', label: 'settings', component: SettingsView },
  { id: 'today', label: 'today', component: TodayView },
]

export const DEFAULT_VIEW = 'queue'

/** Other first parts of the hash that open a screen: #/orders/1001 is the queue with order 1001 open. */
export const VIEW_ALIASES: Readonly<Record<string, string>> = { orders: 'queue' }
