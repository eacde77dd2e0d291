// The page's only door to the engine: two functions, no Node, no raw ipcRenderer. Arguments are validated
// again in the main process by the shared contract; the preload only forwards.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

type EventListener = (event: string, payload: unknown) => void

const bridge = {
  call: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke('api:call', method, args),
  subscribe: (listener: EventListener): (() => void) => {
    const handler = (_e: IpcRendererEvent, event: string, payload: unknown) => listener(event, payload)
    ipcRenderer.on('api:event', handler)
    return () => ipcRenderer.removeListener('api:event', handler)
  },
}

export type CounterChatBridge = typeof bridge

contextBridge.exposeInMainWorld('counterchat', bridge)
