import { ComingSoon } from '../components/ComingSoon'
import { FirstStart } from '../components/FirstStart'
import { useCatalogEmpty } from '../stores/app'

export function QueueView() {
  const empty = useCatalogEmpty()
  return (
    <ComingSoon title="Queue">
      <p>New WhatsApp orders will line up here, oldest first, ready to pack, confirm and mark paid.</p>
      {empty && <FirstStart />}
    </ComingSoon>
  )
}
