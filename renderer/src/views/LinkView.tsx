import { ComingSoon } from '../components/ComingSoon'

export function LinkView() {
  return (
    <ComingSoon title="Link WhatsApp">
      <p>
        Scan a QR code with the shop&apos;s phone (WhatsApp, Linked devices) to connect the shop&apos;s
        number.
      </p>
    </ComingSoon>
  )
}
