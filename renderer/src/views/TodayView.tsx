import { ComingSoon } from '../components/ComingSoon'

export function TodayView() {
  return (
    <ComingSoon title="Today">
      <p>Today&apos;s orders, takings and best sellers at a glance.</p>
    </ComingSoon>
  )
}
