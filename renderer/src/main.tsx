import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startAppStore } from './stores/app'
import { startCatalogStore } from './stores/catalog'
import { startConnection } from './stores/connection'
import './styles/app.css'

startConnection()
startAppStore()
startCatalogStore()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
