// The app's screens in nav order. A new screen is a file in this folder plus one line here.
import type { ComponentType } from 'react'
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
  label: string
  component: ComponentType
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'queue', label: 'Queue', component: QueueView },
  { id: 'counter', label: 'Counter', component: CounterView },
  { id: 'khata', label: 'Khata', component: KhataView },
  { id: 'chats', label: 'Chats', component: ChatsView },
  { id: 'catalog', label: 'Catalog', component: CatalogView },
  { id: 'link', label: 'Link WhatsApp', component: LinkView },
  { id: 'try', label: 'Try as customer', component: SimulatorView },
  { id: 'settings', label: 'Settings', component: SettingsView },
  { id: 'today', label: 'Today', component: TodayView },
]

export const DEFAULT_VIEW = 'queue'

/** Other first parts of the hash that open a screen: #/orders/1001 is the queue with order 1001 open. */
export const VIEW_ALIASES: Readonly<Record<string, string>> = { orders: 'queue' }
