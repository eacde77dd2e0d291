// New-order alerts: a short two-note tone made with WebAudio (no sound file), a desktop notification when the
// shopkeeper allowed it, and a toast with "Open". Browsers only play sound after a user gesture, so the audio
// is armed on the first click anywhere; notification permission is asked once, from a button (never on load).
import type { EventPayload } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/money'
import { useToasts } from '../../stores/toasts'
import { goTo } from './route'
import { currentFormat } from '../../i18n/format'

let audio: AudioContext | null = null

/** Creates (or resumes) the audio context; must run inside a click or key handler the first time. */
export function armSound(): void {
  try {
    audio ??= new AudioContext()
    if (audio.state === 'suspended') void audio.resume()
  } catch {
    audio = null
  }
}

let armedOnGesture = false

/** Arms the sound on the first click or key press anywhere in the app. */
export function armSoundOnFirstGesture(): void {
  if (armedOnGesture) return
  armedOnGesture = true
  const arm = () => {
    armSound()
    window.removeEventListener('pointerdown', arm, true)
    window.removeEventListener('keydown', arm, true)
  }
  window.addEventListener('pointerdown', arm, true)
  window.addEventListener('keydown', arm, true)
}

/** Two short rising notes, about 0.4 s: noticeable over a shop's noise without being shrill. */
export function playTone(): void {
  if (!audio || audio.state !== 'running') return
  const t0 = audio.currentTime + 0.01
  for (const [i, freq] of [880, 1320].entries()) {
    const osc = audio.createOscillator()
    const gain = audio.createGain()
    osc.type = 'sine'
    osc.frequency.value = freq
    const start = t0 + i * 0.18
    gain.gain.setValueAtTime(0.0001, start)
    gain.gain.exponentialRampToValueAtTime(0.35, start + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2)
    osc.connect(gain).connect(audio.destination)
    osc.start(start)
    osc.stop(start + 0.22)
  }
}

export type NotifyState = 'unsupported' | 'default' | 'granted' | 'denied'

export function notifyState(): NotifyState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

/** Asks for notification permission (from a click) and arms the sound in the same gesture. */
export async function enableAlerts(): Promise<NotifyState> {
  armSound()
  if (typeof Notification === 'undefined') return 'unsupported'
  if (Notification.permission === 'default') {
    try {
      await Notification.requestPermission()
    } catch {
      // Older engines: the callback form; permission stays 'default'.
    }
  }
  return Notification.permission
}

export function announceNewOrder(e: EventPayload<'orders.created'>): void {
  const total = currentFormat().money(e.total, e.currency as Currency)
  const who = e.customerName ?? e.customer
  playTone()
  // A notification only when the shopkeeper is not looking at this window; otherwise the toast is enough.
  if (notifyState() === 'granted' && !document.hasFocus()) {
    try {
      const n = new Notification(`New order #${e.number}`, {
        body: `${who} · ${total}`,
        tag: `order-${e.number}`,
      })
      n.onclick = () => {
        window.focus()
        goTo('queue', e.number)
        n.close()
      }
    } catch {
      // Some platforms only allow notifications from a service worker; the toast still shows.
    }
  }
  useToasts.getState().show(
    {
      message: `New order #${e.number} from ${who} · ${total}`,
      action: { label: 'Open', run: () => goTo('queue', e.number) },
    },
    10_000,
  )
}
