import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startAppStore } from './stores/app'
import { startCatalogStore } from './stores/catalog'
import { startChatsStore } from './stores/chats'
import { startConnection } from './stores/connection'
import { startOrdersStore } from './stores/orders'
import { startPaymentsStore } from './stores/payments'
import { startSimulatorStore } from './stores/simulator'
import { startWhatsAppStore } from './stores/whatsapp'
import { armSoundOnFirstGesture } from './components/queue/alerts'
import './styles/app.css'

startConnection()
startAppStore()
startCatalogStore()
startOrdersStore()
startPaymentsStore()
startChatsStore()
startSimulatorStore()
startWhatsAppStore()
armSoundOnFirstGesture()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
