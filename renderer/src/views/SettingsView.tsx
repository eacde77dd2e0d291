import { ComingSoon } from '../components/ComingSoon'

export function SettingsView() {
  return (
    <ComingSoon title="Settings">
      <p>Shop name, currency, language, opening hours, payment links and the tablet pairing code.</p>
    </ComingSoon>
  )
}
